/** The trait figure's state: which training prompt, how much training, and the assumptions. */
import { DEFAULT_BETA, DEFAULT_TRAITS, MAX_EXAMPLES, PROMPTS, type TraitSpec } from '../../models/trait-inoculation.ts';
import { choiceField, numberField, type Field } from '../shared/url-state.ts';
import { logSizeSlider, parameterFields, type Parameter, type State } from '../shared/controls.ts';

const FIELDS_OF_TRAIT = [
  ['prior', 'prior weight of the persona with the trait'],
  ['slip', 'chance a persona without it shows it anyway'],
  ['followed', 'chance any persona shows it when the prompt asks'],
  ['shown', 'chance the persona with it shows it'],
] as const;

const NAMES = { spanish: 'Spanish', capitals: 'Capitals' } as const;

export const TRAIT_ROWS: { label: string; cells: Parameter[] }[] = DEFAULT_TRAITS.map((trait) => ({
  label: NAMES[trait.id],
  cells: FIELDS_OF_TRAIT.map(([field, label]) => ({ key: `${trait.id}.${field}`, param: `tr-${trait.id}-${field}`, label: `${NAMES[trait.id]}: ${label}`, min: 0, max: 1, step: 0.001 })),
}));
export const COLUMNS = FIELDS_OF_TRAIT.map(([, label]) => label);
export const BETA: Parameter = { key: 'beta', param: 'tr-beta', label: 'β, the weight of one example', min: 0.0001, max: 1, step: 0.0001 };

const ALL = [...TRAIT_ROWS.flatMap((r) => r.cells), BETA];

export const FIELDS: Record<string, Field<string | number>> = {
  prompt: choiceField('tr-prompt', PROMPTS.map((p) => p.id)) as Field<string | number>,
  n: numberField('tr-n', 0, MAX_EXAMPLES, true) as Field<string | number>,
  ...parameterFields(ALL),
};

export const DEFAULTS: State = {
  prompt: 'spanish',
  n: MAX_EXAMPLES,
  beta: DEFAULT_BETA,
  ...Object.fromEntries(DEFAULT_TRAITS.flatMap((t) => FIELDS_OF_TRAIT.map(([field]) => [`${t.id}.${field}`, t[field]]))),
};

export const ASSUMPTION_KEYS = ALL.map((p) => p.key);
export const SIZE = logSizeSlider(MAX_EXAMPLES, 'examples');

export function traitsOf(state: State): TraitSpec[] {
  return DEFAULT_TRAITS.map((t) => ({
    id: t.id,
    prior: Number(state[`${t.id}.prior`]),
    slip: Number(state[`${t.id}.slip`]),
    followed: Number(state[`${t.id}.followed`]),
    shown: Number(state[`${t.id}.shown`]),
  }));
}
