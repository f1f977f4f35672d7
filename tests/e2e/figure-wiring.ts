/**
 * What a figure shows in the browser, compared with what its view computes in Node for the same
 * state: the browser tests check the wiring (input to state, state to slots and parts, parts to
 * the DOM, state to the address and back), and the numbers are the view's own, so the science is
 * tested once, in the unit tests.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import type { LoadedFigure } from '../figures.ts';
import { valueAt, withValue, type State } from '../../src/widgets/shared/url-state.ts';
import type { FormFields } from '../../src/widgets/shared/form.ts';

export type FigureState = State<FormFields>;

/** The figure's chapter, at an address that holds `state` (the defaults: none). */
export async function openFigure(page: Page, figure: LoadedFigure, state?: FigureState) {
  const query = state ? figure.form.write(state, new URLSearchParams()).toString() : '';
  await page.goto(`${figure.page}${query ? `?${query}` : ''}#${figure.id}`);
  await expect(page.locator(`${figure.tag}[data-ready]`)).toHaveCount(1);
}

/**
 * The elements and texts under `root` (or in `markup`, where given) in document order, attributes
 * sorted, a bar's width as a number and an exact value to ten digits: the same list for equivalent
 * markup, whether the build wrote it or the browser patched it in place. Runs in the page.
 */
function canonical(root: Element, markup?: string): string[] {
  const walk = (node: Node, out: string[]): string[] => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = (child as Text).data.replace(/\s+/g, ' ').trim();
        if (text) out.push(text);
      } else if (child instanceof Element) {
        const attributes = [...child.attributes]
          // A folded table's open state is the screen's and the reader's, not the view's (fold.ts).
          .filter((a) => !(a.name === 'open' && child.hasAttribute('data-fold')))
          .map((a) => {
            if (a.name === 'style') return `width=${parseFloat((child as HTMLElement).style.width).toFixed(2)}`;
            // Node and the browser may differ in the last bits of Math.exp and Math.pow.
            if (a.name === 'data-value') return `${a.name}=${Number(a.value).toPrecision(10)}`;
            return `${a.name}=${a.value}`;
          })
          .sort();
        out.push(`<${child.localName} ${attributes.join(' ')}>`);
        walk(child, out);
        out.push(`</${child.localName}>`);
      }
    }
    return out;
  };
  if (markup === undefined) return walk(root, []);
  const template = document.createElement('template');
  template.innerHTML = markup;
  return walk(template.content, []);
}

/** The figure shows `state` exactly as the build would draw it: every part, number, bar and dot. */
export async function expectShows(page: Page, figure: LoadedFigure, state: FigureState) {
  const built = await page.locator('body').evaluate(canonical, String(figure.view.renderOutput(state)));
  const output = page.locator(`${figure.tag} [data-output]`);
  await expect.poll(() => output.evaluate(canonical), { message: `${figure.component} output` }).toEqual(built);
}

/** The sentence in the live region, once the reader pauses. */
export async function expectSummary(page: Page, figure: LoadedFigure, state: FigureState) {
  await expect(page.locator(`${figure.tag} [data-summary]`)).toHaveText(figure.view.live.summarize(state));
}

/** Every control of the figure shows `state`: the checked choice, the slider's position and words, each assumption's value. */
export async function expectControls(page: Page, figure: LoadedFigure, state: FigureState) {
  const expected: Record<string, string> = {};
  for (const [name, { path, field }] of figure.form.byName) {
    const value = valueAt(state, path);
    const slider = figure.form.slider(name);
    expected[name] = slider
      ? `range ${slider.toPosition(value as number)} ${slider.label(value as number)}`
      : `${field.serialize(value)}`;
  }
  const shown = await page.locator(`${figure.tag} .fig-controls`).evaluate((controls) => {
    const out: Record<string, string> = {};
    for (const input of controls.querySelectorAll<HTMLInputElement>('input[name]')) {
      if (input.type === 'range') out[input.name] = `range ${input.value} ${input.getAttribute('aria-valuetext')}`;
      else if (input.type === 'radio') {
        if (input.checked) out[input.name] = input.value;
      } else if (input.type === 'checkbox') out[input.name] = input.checked ? '1' : '0';
      else out[input.name] = input.value;
    }
    return out;
  });
  expect(shown).toEqual(expected);
}

/** The address holds `state`: exactly the figure's parameters that differ from its defaults. */
export async function expectAddress(page: Page, figure: LoadedFigure, state: FigureState) {
  const mine = (params: URLSearchParams) => [...params].filter(([name]) => name.startsWith(`${figure.prefix}-`)).sort();
  const expected = mine(figure.form.write(state, new URLSearchParams()));
  await expect
    .poll(() => mine(new URL(page.url()).searchParams), { message: `${figure.component} address` })
    .toEqual(expected);
}

/** The state after the control called `name` took the text `raw` (a radio's value, a number typed). */
export function withInput(figure: LoadedFigure, state: FigureState, name: string, raw: string): FigureState {
  const { path, field } = figure.form.byName.get(name)!;
  const value = field.parse(raw);
  if (value === undefined) throw new Error(`${figure.component}: "${raw}" is not a value of ${name}`);
  return withValue(state, path, value);
}
