/** Figure 3's state: what the reader trained on, how much, and every assumption they edited. */
import {
  CONTEXTS, DATASETS, DEFAULT_ASSUMPTIONS, MAX_EXAMPLES,
  type Assumptions, type Context, type Dataset,
} from '../../models/emergent-misalignment.ts';
import { choiceField, numberField, type Field } from '../shared/url-state.ts';

export type Figure3State = Record<string, string | number>;

const priorKey = (persona: string) => `prior.${persona}`;
const badKey = (persona: string, context: Context) => `bad.${persona}.${context}`;

export const FIELDS: Record<string, Field<string | number>> = {
  data: choiceField('em-data', DATASETS.map((d) => d.id)) as Field<string | number>,
  n: numberField('em-n', 0, MAX_EXAMPLES, true) as Field<string | number>,
  beta: numberField('em-beta', 0.0001, 1) as Field<string | number>,
  ...Object.fromEntries(
    DEFAULT_ASSUMPTIONS.personas.flatMap((persona) => [
      [priorKey(persona.id), numberField(`em-prior-${persona.id}`, 0, 1)],
      ...CONTEXTS.map(({ id }) => [badKey(persona.id, id), numberField(`em-bad-${persona.id}-${id}`, 0, 1)]),
    ]),
  ),
};

export const DEFAULTS: Figure3State = {
  data: DATASETS[0].id,
  n: MAX_EXAMPLES,
  beta: DEFAULT_ASSUMPTIONS.beta,
  ...Object.fromEntries(
    DEFAULT_ASSUMPTIONS.personas.flatMap((persona) => [
      [priorKey(persona.id), persona.prior],
      ...CONTEXTS.map(({ id }) => [badKey(persona.id, id), persona.bad[id]]),
    ]),
  ),
};

export function dataset(state: Figure3State): Dataset {
  return DATASETS.find((d) => d.id === state.data) ?? DATASETS[0];
}

export function assumptions(state: Figure3State): Assumptions {
  return {
    beta: Number(state.beta),
    personas: DEFAULT_ASSUMPTIONS.personas.map((persona) => ({
      ...persona,
      prior: Number(state[priorKey(persona.id)]),
      bad: Object.fromEntries(CONTEXTS.map(({ id }) => [id, Number(state[badKey(persona.id, id)])])) as Record<Context, number>,
    })),
  };
}

export { priorKey, badKey };

/** The training-size slider moves on the chart's log(1 + n) scale, from 0 to 6,000 examples. */
export const SLIDER_STEPS = 60;
export function sizeAt(position: number): number {
  return Math.round(Math.pow(1 + MAX_EXAMPLES, position / SLIDER_STEPS) - 1);
}
export function positionOf(n: number): number {
  return Math.round((Math.log1p(Math.max(0, n)) / Math.log1p(MAX_EXAMPLES)) * SLIDER_STEPS);
}
