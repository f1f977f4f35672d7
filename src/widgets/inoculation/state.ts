/** The inoculation figure's state: scenario, the second arm's framing, training size, assumptions. */
import { SCENARIOS, type InoculationScenario, type ScenarioId } from '../../models/inoculation.ts';
import { byId, choiceField, numberField, type State } from '../shared/url-state.ts';
import { BETA_HINT, parameter } from '../shared/controls.ts';
import { logSizeSlider } from '../shared/sliders.ts';
import { figureForm } from '../shared/form.ts';

/** Each scenario's parameters in the address: ip-code-beta, ip-rh-framing… */
const SHORT: Record<ScenarioId, string> = { 'insecure-code': 'code', 'reward-hacking': 'rh' };
const MAX = Math.max(...SCENARIOS.map((s) => s.max));

function scenarioFields(scenario: InoculationScenario) {
  const short = SHORT[scenario.id];
  const rate = (param: string, label: string, initial: number) =>
    parameter(`${short}-${param}`, `${scenario.label}${label}`, initial, 0, 1, 0.001);
  return {
    personas: byId(scenario.personas, (p) => ({
      prior: rate(`prior-${p.id}`, `, prior weight: ${p.label}`, p.prior),
      bad: byId(scenario.framings, (f) =>
        rate(`bad-${p.id}-${f.id}`, `, ${p.label}: chance of ${scenario.behaviour} under “${f.label}”`, p.bad[f.id]),
      ),
      open: rate(`open-${p.id}`, `, ${p.label}: chance of a harmful answer to an unrelated question`, p.open),
    })),
    beta: parameter(
      `${short}-beta`,
      `${scenario.label}: β, the weight of one example`,
      scenario.beta,
      0.0001,
      1,
      0.0001,
      BETA_HINT,
    ),
    halfway: parameter(
      `${short}-k`,
      `${scenario.label}: k, examples at which the trained context's own mapping weighs half`,
      scenario.halfway,
      0,
      100000,
      1,
      'The second way training teaches: the trained context’s own habit, beside the persona. The smaller k, the sooner what the prompt left unexplained carries over to a plain request.',
    ),
  };
}

export const FIELDS = {
  scenario: choiceField(
    'scenario',
    SCENARIOS.map((s) => s.id),
  ),
  /** The second arm's framing, remembered for each scenario. */
  framing: byId(SCENARIOS, (s) =>
    choiceField(
      `${SHORT[s.id]}-framing`,
      s.framings.filter((f) => f.kind !== 'plain').map((f) => f.id),
      s.framings.find((f) => f.kind === 'inoculation')!.id,
    ),
  ),
  n: numberField('n', MAX, 0, MAX, true),
  assumptions: byId(SCENARIOS, scenarioFields),
};

export const FORM = figureForm('Inoculation', FIELDS, { n: logSizeSlider(MAX, 'examples') });
export type InoculationState = State<typeof FIELDS>;

/** The current scenario, with every assumption the reader edited. */
export function scenarioOf(state: InoculationState): InoculationScenario {
  const base = SCENARIOS.find((s) => s.id === state.scenario)!;
  const edited = state.assumptions[base.id];
  return {
    ...base,
    beta: edited.beta,
    halfway: edited.halfway,
    personas: base.personas.map((p) => ({ ...p, ...edited.personas[p.id] })),
  };
}
