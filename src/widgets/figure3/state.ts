/** Figure 3's state: what the reader trained on, how much, and every assumption they edited. */
import { CONTEXTS, DATASETS, DEFAULT_ASSUMPTIONS, MAX_EXAMPLES, type Assumptions, type Context, type Dataset } from '../../models/emergent-misalignment.ts';
import { choiceField, numberField, type Field } from '../shared/url-state.ts';
import { logSizeSlider, parameterFields, type Parameter, type State } from '../shared/controls.ts';

export const priorKey = (persona: string) => `prior.${persona}`;
export const badKey = (persona: string, context: Context) => `bad.${persona}.${context}`;

export const PRIORS: Parameter[] = DEFAULT_ASSUMPTIONS.personas.map((p) => ({
  key: priorKey(p.id), param: `em-prior-${p.id}`, label: `Prior weight: ${p.label}`, min: 0, max: 1, step: 0.001,
}));
export const BAD_RATES: Parameter[][] = DEFAULT_ASSUMPTIONS.personas.map((p) =>
  CONTEXTS.map((c) => ({ key: badKey(p.id, c.id), param: `em-bad-${p.id}-${c.id}`, label: `${p.label}: chance of ${c.bad} answer, ${c.label}`, min: 0, max: 1, step: 0.001 })),
);
export const BETA: Parameter = { key: 'beta', param: 'em-beta', label: 'β, the weight of one training example', min: 0.0001, max: 1, step: 0.0001 };

const PARAMETERS = [...PRIORS, ...BAD_RATES.flat(), BETA];

export const FIELDS: Record<string, Field<string | number>> = {
  data: choiceField('em-data', DATASETS.map((d) => d.id)) as Field<string | number>,
  n: numberField('em-n', 0, MAX_EXAMPLES, true) as Field<string | number>,
  ...parameterFields(PARAMETERS),
};

export const DEFAULTS: State = {
  data: DATASETS[0].id,
  n: MAX_EXAMPLES,
  beta: DEFAULT_ASSUMPTIONS.beta,
  ...Object.fromEntries(DEFAULT_ASSUMPTIONS.personas.flatMap((p) => [[priorKey(p.id), p.prior], ...CONTEXTS.map((c) => [badKey(p.id, c.id), p.bad[c.id]])])),
};

export const ASSUMPTION_KEYS = PARAMETERS.map((p) => p.key);
export const SIZE = logSizeSlider(MAX_EXAMPLES, 'examples');

export function dataset(state: State): Dataset {
  return DATASETS.find((d) => d.id === state.data) ?? DATASETS[0];
}

export function assumptions(state: State): Assumptions {
  return {
    beta: Number(state.beta),
    personas: DEFAULT_ASSUMPTIONS.personas.map((persona) => ({
      ...persona,
      prior: Number(state[priorKey(persona.id)]),
      bad: Object.fromEntries(CONTEXTS.map(({ id }) => [id, Number(state[badKey(persona.id, id)])])) as Record<Context, number>,
    })),
  };
}
