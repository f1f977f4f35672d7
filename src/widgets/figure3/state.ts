/** Figure 3's state: what the reader trained on, how much, and every assumption they edited. */
import {
  CONTEXTS,
  DATASETS,
  DEFAULT_ASSUMPTIONS,
  MAX_EXAMPLES,
  type Assumptions,
  type PersonaId,
  type Dataset,
} from '../../models/emergent-misalignment.ts';
import { byId, choiceField, numberField, type State } from '../shared/url-state.ts';
import { BETA_HINT, parameter } from '../shared/controls.ts';
import { logSizeSlider } from '../shared/sliders.ts';
import { figureForm } from '../shared/form.ts';

const { personas } = DEFAULT_ASSUMPTIONS;
const rate = (param: string, label: string, initial: number) => parameter(param, label, initial, 0, 1, 0.001);

export const FIELDS = {
  data: choiceField(
    'data',
    DATASETS.map((d) => d.id),
  ),
  n: numberField('n', MAX_EXAMPLES, 0, MAX_EXAMPLES, true),
  assumptions: {
    prior: byId(personas, (p) => rate(`prior-${p.id}`, `Prior weight: ${p.label}`, p.prior)),
    bad: byId(personas, (p) =>
      byId(CONTEXTS, (c) =>
        rate(`bad-${p.id}-${c.id}`, `${p.label}: chance of ${c.bad} answer, ${c.label}`, p.bad[c.id]),
      ),
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

export const FORM = figureForm('Figure3', FIELDS, { n: logSizeSlider(MAX_EXAMPLES, 'examples') });
export type Figure3State = State<typeof FIELDS>;

export function dataset(state: Figure3State): Dataset {
  return DATASETS.find((d) => d.id === state.data)!;
}

export function assumptions({ assumptions: edited }: Figure3State): Assumptions<PersonaId> {
  return {
    beta: edited.beta,
    personas: personas.map((persona) => ({ ...persona, prior: edited.prior[persona.id], bad: edited.bad[persona.id] })),
  };
}
