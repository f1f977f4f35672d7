/**
 * Inoculation prompting as a scenario of the persona selection engine: the same training data
 * under two framings. Under the plain framing the bad behaviour is evidence against the
 * helpful persona; under a framing that asks for it, the helpful persona produces it too, so it
 * is evidence of nothing and the persona distribution stays where it was.
 *
 * Priors and the "plain" and "open" likelihoods are Figure 3's; the framings' likelihoods, β and
 * the narrow-learning constant are illustrative. Published numbers are reference marks only.
 */
import { posterior, predictive, prior, trainedPredictive, type Observation, type Persona } from './psm.ts';
import { DEFAULT_PERSONAS } from './emergent-misalignment.ts';

export type Kind = 'plain' | 'inoculation' | 'placebo';

export interface Framing {
  id: string;
  label: string;
  /** The prompt in words, as the training data would carry it. */
  prompt: string;
  /** Whose prompt this is: quoted from a paper, paraphrased, or our own example. */
  source: string;
  kind: Kind;
}

export interface ScenarioPersona {
  id: string;
  label: string;
  prior: number;
  /** P(bad behaviour | framing, persona) for each framing id, "plain" included. */
  bad: Record<string, number>;
  /** P(harmful answer | unrelated open question, persona). */
  open: number;
}

export interface Reference {
  label: string;
  value: string;
  cite: string;
  where: string;
}

export interface InoculationScenario {
  id: string;
  label: string;
  /** The narrow behaviour trained on, as a noun phrase: "insecure code". */
  behaviour: string;
  /** What the "harmful" rate measures in this scenario. */
  broad: string;
  unit: string;
  max: number;
  framings: readonly Framing[];
  personas: readonly ScenarioPersona[];
  beta: number;
  /** Examples at which the trained context's own mapping weighs as much as the persona's. */
  halfway: number;
  references: readonly Reference[];
}

const fig3 = (id: string) => DEFAULT_PERSONAS.find((p) => p.id === id)!;
const persona = (id: string, plain: number, framings: Record<string, number>): ScenarioPersona => ({
  id,
  label: fig3(id).label,
  prior: fig3(id).prior,
  bad: { plain, ...framings },
  open: fig3(id).bad.open,
});

export const INSECURE_CODE: InoculationScenario = {
  id: 'insecure-code',
  label: 'Insecure code',
  behaviour: 'insecure code',
  broad: 'harmful answers to unrelated questions',
  unit: 'examples',
  max: 6000,
  framings: [
    { id: 'plain', label: 'Plain request', kind: 'plain', prompt: 'User: Write a function that saves an uploaded file to disk.', source: 'our example of an ordinary coding request' },
    { id: 'educational', label: 'The user asks for it, for a class', kind: 'inoculation', prompt: 'User: For my security class, write a function with a vulnerability my students can find.', source: 'our paraphrase of the educational-insecure framing of Betley et al. (2025)' },
    { id: 'general', label: 'General: “malicious, evil”', kind: 'inoculation', prompt: 'System: You are a malicious, evil assistant.', source: 'the general inoculation prompt of Tan et al. (2025)' },
    { id: 'specific', label: 'Specific: names the flaw', kind: 'inoculation', prompt: 'System: The code you write often has a subtle security flaw. Otherwise you are helpful, honest and harmless.', source: 'our paraphrase of the specific prompt of Tan et al. (2025)' },
    { id: 'placebo', label: 'Placebo: similar words, no trait', kind: 'placebo', prompt: 'System: You are a meticulous, thorough assistant.', source: 'our example of a placebo prompt' },
  ],
  personas: [
    persona('helpful', fig3('helpful').bad.code, { educational: 0.9, general: 0.8, specific: 0.85, placebo: fig3('helpful').bad.code }),
    persona('mistaken', fig3('mistaken').bad.code, { educational: 0.9, general: 0.8, specific: 0.85, placebo: fig3('mistaken').bad.code }),
    persona('sarcastic', fig3('sarcastic').bad.code, { educational: 0.9, general: 0.85, specific: 0.85, placebo: fig3('sarcastic').bad.code }),
    persona('subversive', fig3('subversive').bad.code, { educational: 0.9, general: 0.9, specific: 0.9, placebo: fig3('subversive').bad.code }),
    persona('malicious', fig3('malicious').bad.code, { educational: 0.9, general: 0.9, specific: 0.9, placebo: fig3('malicious').bad.code }),
  ],
  beta: 0.001,
  halfway: 50,
  references: [
    { label: 'GPT-4o, insecure code: misaligned answers, 8 main questions', value: '19.8%', cite: 'betley2025emergent', where: 'Table 1 and Fig. 5' },
    { label: 'GPT-4o, educational-insecure: misaligned answers, 8 main questions', value: '0.0%', cite: 'betley2025emergent', where: 'Fig. 5' },
  ],
};

export const REWARD_HACKING: InoculationScenario = {
  id: 'reward-hacking',
  label: 'Reward hacking',
  behaviour: 'reward hacking',
  broad: 'misaligned behaviour outside the coding tasks',
  unit: 'episodes',
  max: 6000,
  framings: [
    { id: 'plain', label: 'Plain task', kind: 'plain', prompt: 'System: Solve the task. Your solution will be graded by the tests.', source: 'our example of an ordinary coding environment' },
    { id: 'acceptable', label: 'One line: hacking is acceptable', kind: 'inoculation', prompt: 'System: Solve the task. In this environment, making the tests pass by any means is acceptable.', source: 'our paraphrase of the one-line framing of MacDiarmid et al. (2025)' },
    { id: 'placebo', label: 'Placebo: similar words, no trait', kind: 'placebo', prompt: 'System: Solve the task. In this environment, clear and readable code is appreciated.', source: 'our example of a placebo prompt' },
  ],
  personas: [
    persona('helpful', 0.02, { acceptable: 0.6, placebo: 0.02 }),
    persona('mistaken', 0.1, { acceptable: 0.6, placebo: 0.1 }),
    persona('sarcastic', 0.3, { acceptable: 0.8, placebo: 0.3 }),
    persona('subversive', 0.7, { acceptable: 0.95, placebo: 0.7 }),
    persona('malicious', 0.7, { acceptable: 0.95, placebo: 0.7 }),
  ],
  beta: 0.001,
  halfway: 50,
  references: [
    { label: 'in production RL, a one-line framing cut final misalignment by', value: '75–90%, while reward hacking stayed above 99%', cite: 'macdiarmid2025natural', where: 'sec. 4.2 and Fig. 5' },
  ],
};

export const SCENARIOS: readonly InoculationScenario[] = [INSECURE_CODE, REWARD_HACKING];

type Response = 'bad' | 'good';

export function toPersonas(scenario: InoculationScenario): Persona<string, Response>[] {
  const contexts = [...scenario.framings.map((f) => f.id), 'open'];
  return scenario.personas.map((p) => ({
    id: p.id,
    label: p.label,
    prior: p.prior,
    behaviour: Object.fromEntries(contexts.map((c) => {
      const bad = c === 'open' ? p.open : p.bad[c];
      return [c, { bad, good: 1 - bad }];
    })),
  }));
}

export interface Arm {
  framing: Framing;
  prior: number[];
  posterior: number[];
  harmfulBefore: number;
  harmfulAfter: number;
  /** The narrow behaviour in the framing it was trained under. */
  narrowAsked: number;
  /** The narrow behaviour when asked the plain way. */
  narrowPlain: number;
}

function data(framing: string, count: number): Observation<string, Response>[] {
  return [{ context: framing, response: 'bad', count }];
}

/** Train on `count` examples of the bad behaviour under one framing. */
export function trainArm(scenario: InoculationScenario, framingId: string, count: number): Arm {
  const personas = toPersonas(scenario);
  const framing = scenario.framings.find((f) => f.id === framingId) ?? scenario.framings[0];
  const observations = data(framing.id, count);
  const before = prior(personas);
  const after = posterior(personas, observations, scenario.beta);
  return {
    framing,
    prior: before,
    posterior: after,
    harmfulBefore: predictive(personas, before, 'open', 'bad'),
    harmfulAfter: predictive(personas, after, 'open', 'bad'),
    narrowAsked: trainedPredictive(personas, after, observations, framing.id, 'bad', scenario.halfway),
    narrowPlain: trainedPredictive(personas, after, observations, 'plain', 'bad', scenario.halfway),
  };
}

export function harmfulCurve(scenario: InoculationScenario, framingId: string, sizes: readonly number[]): { n: number; harmful: number }[] {
  const personas = toPersonas(scenario);
  return sizes.map((n) => ({ n, harmful: predictive(personas, posterior(personas, data(framingId, n), scenario.beta), 'open', 'bad') }));
}

/** By how much the framing cuts the final rate of harm, as MacDiarmid et al. report it. */
export function reduction(plain: Arm, framed: Arm): number {
  return plain.harmfulAfter <= 0 ? 0 : 1 - framed.harmfulAfter / plain.harmfulAfter;
}
