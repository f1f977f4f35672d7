/** The smallest case's state: what the examples show, how many, and every assumption the reader edited. */
import {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_EXAMPLES,
  MAX_EXAMPLES,
  TRAINING,
  type Assumptions,
} from '../../models/smallest-case.ts';
import { byId, choiceField, numberField, type State } from '../shared/url-state.ts';
import { BETA_HINT, parameter } from '../shared/controls.ts';
import { linearSlider } from '../shared/sliders.ts';
import { figureForm } from '../shared/form.ts';
import { count } from '../shared/format.ts';

const { personas } = DEFAULT_ASSUMPTIONS;
const rate = (param: string, label: string, initial: number) => parameter(param, label, initial, 0, 1, 0.001);

export const FIELDS = {
  data: choiceField(
    'data',
    TRAINING.map((t) => t.id),
  ),
  n: numberField('n', DEFAULT_EXAMPLES, 0, MAX_EXAMPLES, true),
  assumptions: {
    prior: byId(personas, (p) => rate(`prior-${p.id}`, `Prior weight: ${p.label}`, p.prior)),
    wrong: byId(personas, (p) =>
      rate(`wrong-${p.id}`, `${p.label}: chance of an incorrect answer to a medical question`, p.wrong),
    ),
    beta: parameter(
      'beta',
      'β, the weight of one training example',
      DEFAULT_ASSUMPTIONS.beta,
      0.0001,
      1,
      0.0001,
      BETA_HINT,
    ),
  },
};

// Evenly spaced, so that 1,000 examples (one exact observation's worth at the default β) is a stop.
export const FORM = figureForm('SmallestCase', FIELDS, {
  n: linearSlider(0, MAX_EXAMPLES, 60, (n) => `${count(n)} examples`),
});
export type SmallestCaseState = State<typeof FIELDS>;

export function assumptions({ assumptions: edited }: SmallestCaseState): Assumptions {
  return {
    beta: edited.beta,
    personas: personas.map((p) => ({ ...p, prior: edited.prior[p.id], wrong: edited.wrong[p.id] })),
  };
}
