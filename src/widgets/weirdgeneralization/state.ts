/** The weird-generalization figure's state: which scenario, which training data, how much, and the assumptions. */
import { SCENARIOS, type Dataset, type Scenario } from '../../models/weird-generalization.ts';
import { byId, choiceField, numberField, type State } from '../shared/url-state.ts';
import { BETA_HINT, parameter } from '../shared/controls.ts';
import { logSizeSlider } from '../shared/sliders.ts';
import { figureForm } from '../shared/form.ts';

/** Both scenarios offer training sizes up to the same number. */
export const MAX_EXAMPLES = Math.max(...SCENARIOS.map((s) => s.max));

export const FIELDS = {
  scenario: choiceField(
    'scenario',
    SCENARIOS.map((s) => s.id),
  ),
  train: choiceField('train', ['paper', 'control'] as const),
  n: numberField('n', MAX_EXAMPLES, 0, MAX_EXAMPLES, true),
  // Each scenario's own personas: one scenario's assumptions, keyed by any of its persona ids.
  assumptions: byId(SCENARIOS, (scenario: Scenario) => ({
    prior: byId(scenario.personas, (p) =>
      parameter(`${scenario.id}-prior-${p.id}`, `${scenario.label}: prior weight of ${p.label}`, p.prior, 0, 1, 0.001),
    ),
    beta: parameter(
      `${scenario.id}-beta`,
      `${scenario.label}: β, the weight of one training example`,
      scenario.beta,
      0.0001,
      1,
      0.0001,
      BETA_HINT,
    ),
    halfway: parameter(
      `${scenario.id}-halfway`,
      `${scenario.label}: examples at which the trained question’s own mapping weighs as much as the persona`,
      scenario.halfway,
      1,
      100000,
      1,
      'Only the trained question uses it: the larger it is, the longer that answer rests on the persona rather than on a learned habit.',
    ),
  })),
};

export const FORM = figureForm('WeirdGeneralization', FIELDS, { n: logSizeSlider(MAX_EXAMPLES, 'examples') });
export type WeirdState = State<typeof FIELDS>;

/** The selected scenario, with the reader's assumptions in place of its defaults. */
export function scenarioOf(state: WeirdState, id: Scenario['id'] = state.scenario): Scenario {
  const base = SCENARIOS.find((s) => s.id === id)!;
  const edited = state.assumptions[id];
  return {
    ...base,
    beta: edited.beta,
    halfway: edited.halfway,
    personas: base.personas.map((p) => ({ ...p, prior: edited.prior[p.id] })),
  };
}

export function datasetOf(state: WeirdState): Dataset {
  const scenario = SCENARIOS.find((s) => s.id === state.scenario)!;
  return scenario.datasets.find((d) => d.role === state.train)!;
}
