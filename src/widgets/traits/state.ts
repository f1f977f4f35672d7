/** The trait figure's state: which training prompt, how much training, and the assumptions. */
import { DEFAULT_BETA, DEFAULT_TRAITS, MAX_EXAMPLES, PROMPTS, type TraitSpec } from '../../models/trait-inoculation.ts';
import { byId, byKey, choiceField, numberField, type State } from '../shared/url-state.ts';
import { BETA_HINT, parameter } from '../shared/controls.ts';
import { logSizeSlider } from '../shared/sliders.ts';
import { figureForm } from '../shared/form.ts';

/** What the reader may edit about each trait, with its column heading. */
export const TRAIT_FIELDS = [
  ['prior', 'prior weight of the persona with the trait'],
  ['slip', 'chance a persona without it shows it anyway'],
  ['followed', 'chance any persona shows it when the prompt asks'],
  ['shown', 'chance the persona with it shows it'],
] as const;

export const NAMES = { spanish: 'Spanish', capitals: 'Capitals' } as const;

export const FIELDS = {
  prompt: choiceField(
    'prompt',
    PROMPTS.map((p) => p.id),
    'spanish',
  ),
  n: numberField('n', MAX_EXAMPLES, 0, MAX_EXAMPLES, true),
  assumptions: {
    traits: byId(DEFAULT_TRAITS, (trait) =>
      byKey(
        TRAIT_FIELDS,
        ([field]) => field,
        ([field, label]) =>
          parameter(`${trait.id}-${field}`, `${NAMES[trait.id]}: ${label}`, trait[field], 0, 1, 0.001),
      ),
    ),
    beta: parameter('beta', 'β, the weight of one example', DEFAULT_BETA, 0.0001, 1, 0.0001, BETA_HINT),
  },
};

export const FORM = figureForm('Traits', FIELDS, { n: logSizeSlider(MAX_EXAMPLES, 'examples') });
export type TraitsState = State<typeof FIELDS>;

export function traitsOf(state: TraitsState): TraitSpec[] {
  return DEFAULT_TRAITS.map((t) => ({ id: t.id, ...state.assumptions.traits[t.id] }));
}
