/** The Pangolin figure's state: paraphrase diversity, hops, retrieval, and the assumptions. */
import { DEFAULT_PANGOLIN, DOCUMENTS, HELD_OUT, type PangolinAssumptions, type PangolinSetting } from '../../models/pangolin.ts';
import { choiceField, numberField, type Field } from '../shared/url-state.ts';
import { linearSlider, parameterFields, type Parameter, type Slider, type State } from '../shared/controls.ts';
import { count, percent } from '../shared/format.ts';

const STEPS = 40;
/** 1 to 300 distinct paraphrases, on a log scale. */
export const DISTINCT: Slider = {
  steps: STEPS,
  toValue: (position) => Math.max(1, Math.round(Math.pow(DOCUMENTS, position / STEPS))),
  toPosition: (value) => Math.round((Math.log(Math.max(1, value)) / Math.log(DOCUMENTS)) * STEPS),
  label: (value) => (value === 1 ? `1 description, repeated ${DOCUMENTS} times` : `${count(value)} distinct paraphrases in ${DOCUMENTS} documents`),
};
export const RETRIEVAL = linearSlider(0, 1, 20, (value) => `${percent(value, 0)} of the time`);

export const GENERAL: Parameter[] = [
  { key: 'prior', param: 'pg-prior', label: 'Prior that a named chatbot does something unusual', min: 0, max: 1, step: 0.001 },
  { key: 'noise', param: 'pg-noise', label: 'Chance such a description is written about an ordinary assistant', min: 0, max: 1, step: 0.01 },
  { key: 'repeatWeight', param: 'pg-repeat', label: 'Weight of a verbatim repeat, relative to a new paraphrase', min: 0, max: 1, step: 0.01 },
  { key: 'beta', param: 'pg-beta', label: 'β, the weight of one document', min: 0.0001, max: 1, step: 0.001 },
];
export const EXECUTION: Parameter[] = HELD_OUT.map((bot) => ({
  key: `execution.${bot.name}`, param: `pg-exec-${bot.name.toLowerCase()}`, label: `${bot.name}: how reliably the persona carries out its task`, min: 0, max: 1, step: 0.01,
}));

const ALL = [...GENERAL, ...EXECUTION];

export const FIELDS: Record<string, Field<string | number>> = {
  distinct: numberField('pg-distinct', 1, DOCUMENTS, true) as Field<string | number>,
  hops: choiceField('pg-hops', ['1', '2']) as Field<string | number>,
  retrieval: numberField('pg-retrieval', 0, 1) as Field<string | number>,
  ...parameterFields(ALL),
};

export const DEFAULTS: State = {
  distinct: DOCUMENTS,
  hops: '1',
  retrieval: 0.5,
  prior: DEFAULT_PANGOLIN.prior,
  noise: DEFAULT_PANGOLIN.noise,
  repeatWeight: DEFAULT_PANGOLIN.repeatWeight,
  beta: DEFAULT_PANGOLIN.beta,
  ...Object.fromEntries(HELD_OUT.map((bot) => [`execution.${bot.name}`, DEFAULT_PANGOLIN.execution[bot.name]])),
};

export const ASSUMPTION_KEYS = ALL.map((p) => p.key);

export function assumptionsOf(state: State): PangolinAssumptions {
  return {
    prior: Number(state.prior),
    noise: Number(state.noise),
    repeatWeight: Number(state.repeatWeight),
    beta: Number(state.beta),
    execution: Object.fromEntries(HELD_OUT.map((bot) => [bot.name, Number(state[`execution.${bot.name}`])])),
  };
}

export function settingOf(state: State): PangolinSetting {
  return { distinct: Number(state.distinct), hops: state.hops === '2' ? 2 : 1, retrieval: Number(state.retrieval) };
}
