/** The inoculation figure's state: scenario, the second arm's framing, training size, assumptions. */
import { SCENARIOS, type InoculationScenario } from '../../models/inoculation.ts';
import { choiceField, numberField, type Field } from '../shared/url-state.ts';
import { logSizeSlider, parameterFields, type Parameter, type State } from '../shared/controls.ts';

const SHORT: Record<string, string> = { 'insecure-code': 'code', 'reward-hacking': 'rh' };
const MAX = Math.max(...SCENARIOS.map((s) => s.max));

export const framingKey = (scenario: string) => `framing.${scenario}`;
const priorKey = (s: string, p: string) => `prior.${s}.${p}`;
const badKey = (s: string, p: string, f: string) => `bad.${s}.${p}.${f}`;
const openKey = (s: string, p: string) => `open.${s}.${p}`;
const betaKey = (s: string) => `beta.${s}`;
const halfwayKey = (s: string) => `halfway.${s}`;

const rate = (key: string, param: string, label: string): Parameter => ({ key, param, label, min: 0, max: 1, step: 0.001 });

export interface ScenarioParameters {
  scenario: InoculationScenario;
  rows: { label: string; cells: Parameter[] }[];
  training: Parameter[];
}

export const PARAMETERS: ScenarioParameters[] = SCENARIOS.map((scenario) => {
  const s = scenario.id;
  const short = SHORT[s];
  return {
    scenario,
    rows: scenario.personas.map((p) => ({
      label: p.label,
      cells: [
        rate(priorKey(s, p.id), `ip-${short}-prior-${p.id}`, `${scenario.label}, prior weight: ${p.label}`),
        ...scenario.framings.map((f) => rate(badKey(s, p.id, f.id), `ip-${short}-bad-${p.id}-${f.id}`, `${scenario.label}, ${p.label}: chance of ${scenario.behaviour} under “${f.label}”`)),
        rate(openKey(s, p.id), `ip-${short}-open-${p.id}`, `${scenario.label}, ${p.label}: chance of a harmful answer to an unrelated question`),
      ],
    })),
    training: [
      { key: betaKey(s), param: `ip-${short}-beta`, label: `${scenario.label}: β, the weight of one example`, min: 0.0001, max: 1, step: 0.0001 },
      { key: halfwayKey(s), param: `ip-${short}-k`, label: `${scenario.label}: k, examples at which the trained context's own mapping weighs half`, min: 0, max: 100000, step: 1 },
    ],
  };
});

const ALL = PARAMETERS.flatMap((p) => [...p.rows.flatMap((r) => r.cells), ...p.training]);

export const FIELDS: Record<string, Field<string | number>> = {
  scenario: choiceField('ip-scenario', SCENARIOS.map((s) => s.id)) as Field<string | number>,
  ...Object.fromEntries(SCENARIOS.map((s) => [framingKey(s.id), choiceField(`ip-${SHORT[s.id]}-framing`, s.framings.filter((f) => f.kind !== 'plain').map((f) => f.id))])),
  n: numberField('ip-n', 0, MAX, true) as Field<string | number>,
  ...parameterFields(ALL),
};

export const DEFAULTS: State = {
  scenario: SCENARIOS[0].id,
  ...Object.fromEntries(SCENARIOS.map((s) => [framingKey(s.id), s.framings.find((f) => f.kind === 'inoculation')!.id])),
  n: MAX,
  ...Object.fromEntries(
    SCENARIOS.flatMap((s) => [
      ...s.personas.flatMap((p) => [
        [priorKey(s.id, p.id), p.prior],
        ...s.framings.map((f) => [badKey(s.id, p.id, f.id), p.bad[f.id]]),
        [openKey(s.id, p.id), p.open],
      ]),
      [betaKey(s.id), s.beta],
      [halfwayKey(s.id), s.halfway],
    ]),
  ),
};

export const ASSUMPTION_KEYS = ALL.map((p) => p.key);
export const SIZE = logSizeSlider(MAX, 'examples');

/** The current scenario, with every assumption the reader edited. */
export function scenarioOf(state: State): InoculationScenario {
  const base = SCENARIOS.find((s) => s.id === state.scenario) ?? SCENARIOS[0];
  const s = base.id;
  return {
    ...base,
    beta: Number(state[betaKey(s)]),
    halfway: Number(state[halfwayKey(s)]),
    personas: base.personas.map((p) => ({
      ...p,
      prior: Number(state[priorKey(s, p.id)]),
      open: Number(state[openKey(s, p.id)]),
      bad: Object.fromEntries(base.framings.map((f) => [f.id, Number(state[badKey(s, p.id, f.id)])])),
    })),
  };
}

export function framingOf(state: State, scenario: InoculationScenario): string {
  return String(state[framingKey(scenario.id)]);
}
