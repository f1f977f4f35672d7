/**
 * What a figure shows in a stated state, computed at build time by the figure's own form and view
 * (the functions the browser runs when the figure is put in that state), so a question's answer
 * cannot drift from the figure it points to.
 */
import { FIGURES, type Figure } from '../widgets/registry.ts';
import { formOf } from '../widgets/forms.ts';
import type { FormFields } from '../widgets/shared/form.ts';
import type { FigureView } from '../widgets/shared/view.ts';
import type { State } from '../widgets/shared/url-state.ts';

type AnyState = State<FormFields>;
const views = import.meta.glob<{ live: FigureView<AnyState> }>('../widgets/*/view.ts', { eager: true });

export interface FigureOutcome {
  figure: Figure;
  /** The state as an address query, in the figure's own words (only what differs from its defaults). */
  query: string;
  /** The figure's own sentence for that state: what its live region says. */
  summary: string;
  /** The value slot asked about (`raw/<value>`), a probability. */
  value?: number;
}

/** The figure placed at `#anchor`. */
export function figureAt(anchor: string): Figure {
  const found = FIGURES.find((f) => f.id === anchor);
  if (!found) throw new Error(`no figure has the anchor "${anchor}" (known: ${FIGURES.map((f) => f.id).join(', ')})`);
  return found;
}

/**
 * The figure at `anchor` in the state `set` (an address query with the figure's parameters), and
 * the number its value slot `value` holds there. Throws on a parameter the figure does not have
 * or refuses, and on an unknown value, naming what is known.
 */
export function outcomeOf(anchor: string, set: string, value?: string): FigureOutcome {
  const figure = figureAt(anchor);
  const form = formOf(figure);
  const view = views[`../widgets/${figure.folder}/view.ts`].live;
  const params = new URLSearchParams(set);
  const state = form.read(params);
  const written = form.write(state, new URLSearchParams());
  for (const [key, given] of params) {
    const leaf = [...form.byName.values()].find((l) => `${form.prefix}-${l.field.param}` === key);
    if (!leaf) throw new Error(`${figure.component} has no address parameter "${key}"`);
    const kept = written.get(key) ?? leaf.field.serialize(leaf.field.initial);
    if (kept !== given) throw new Error(`${figure.component} refuses ${key}=${given} (it would show ${key}=${kept})`);
  }
  const slots = view.slots(state);
  let number: number | undefined;
  if (value !== undefined) {
    const raw = slots[`raw/${value}`];
    if (raw === undefined) {
      const known = Object.keys(slots).filter((k) => k.startsWith('raw/'));
      throw new Error(
        `${figure.component} has no value "${value}" (known: ${known.map((k) => k.slice(4)).join(', ')})`,
      );
    }
    number = Number(raw);
  }
  return { figure, query: written.toString(), summary: view.summarize(state), value: number };
}
