/** The Pangolin figure's state: paraphrase diversity, hops, retrieval, and the assumptions. */
import { DEFAULT_PANGOLIN, DOCUMENTS, HELD_OUT, type PangolinSetting } from '../../models/pangolin.ts';
import { byKey, choiceField, numberField, type State } from '../shared/url-state.ts';
import { BETA_HINT, parameter } from '../shared/controls.ts';
import { linearSlider, type Slider } from '../shared/sliders.ts';
import { figureForm } from '../shared/form.ts';
import { count, percent } from '../shared/format.ts';

const STEPS = 40;
/** 1 to 300 distinct paraphrases, on a log scale. */
export const DISTINCT: Slider = {
  steps: STEPS,
  toValue: (position) => Math.max(1, Math.round(Math.pow(DOCUMENTS, position / STEPS))),
  toPosition: (value) => Math.round((Math.log(Math.max(1, value)) / Math.log(DOCUMENTS)) * STEPS),
  label: (value) =>
    value === 1
      ? `1 description, repeated ${DOCUMENTS} times`
      : `${count(value)} distinct paraphrases in ${DOCUMENTS} documents`,
};

const a = DEFAULT_PANGOLIN;

export const FIELDS = {
  distinct: numberField('distinct', DOCUMENTS, 1, DOCUMENTS, true),
  hops: choiceField('hops', ['1', '2']),
  retrieval: numberField('retrieval', 0.5, 0, 1),
  // In the model's own shape (PangolinAssumptions), so the figure hands them over as they are.
  assumptions: {
    prior: parameter('prior', 'Prior that a named chatbot does something unusual', a.prior, 0, 1, 0.001),
    noise: parameter('noise', 'Chance such a description is written about an ordinary assistant', a.noise, 0, 1, 0.01),
    repeatWeight: parameter(
      'repeat',
      'Weight of a verbatim repeat, relative to a new paraphrase',
      a.repeatWeight,
      0,
      1,
      0.01,
    ),
    beta: parameter('beta', 'β, the weight of one document', a.beta, 0.0001, 1, 0.001, BETA_HINT),
    execution: byKey(
      HELD_OUT,
      (bot) => bot.name,
      (bot) =>
        parameter(
          `exec-${bot.name.toLowerCase()}`,
          `${bot.name}: how reliably the persona carries out its task`,
          a.execution[bot.name],
          0,
          1,
          0.01,
        ),
    ),
  },
};

export const FORM = figureForm('Pangolin', FIELDS, {
  distinct: DISTINCT,
  retrieval: linearSlider(0, 1, 20, (value) => `${percent(value, 0)} of the time`),
});
export type PangolinState = State<typeof FIELDS>;

export function settingOf(state: PangolinState): PangolinSetting {
  return { distinct: state.distinct, hops: state.hops === '2' ? 2 : 1, retrieval: state.retrieval };
}
