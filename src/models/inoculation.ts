/**
 * Inoculation prompting as a scenario of the persona selection engine: the same training data
 * under two framings. Under the plain framing the bad behaviour is evidence against the
 * helpful persona; under a framing that makes every persona produce it, it is evidence of
 * nothing and the persona distribution stays where it was.
 *
 * What the narrow behaviour does afterwards, asked plainly, depends on what the prompt
 * explained (see transferredPredictive in psm.ts): a prompt that names the behaviour itself
 * leaves little of it to be learned as a habit of the task, while a prompt that explains only
 * the malice behind it ("malicious, evil") leaves the behaviour itself to be learned. That
 * reproduces both published findings: Tan et al.'s inoculated models keep the narrow trait
 * without the prompt, Wichers et al.'s do not.
 *
 * Priors and the "plain" and "open" likelihoods are Figure 3's; the framings' likelihoods, β and
 * the narrow-learning constant are the site's construction. Published numbers come from
 * published.ts and are reference marks only, except where a calibration names them.
 */
import {
  posterior,
  predictive,
  prior,
  trainedPredictive,
  transferredPredictive,
  type Observation,
  type Persona,
} from './psm.ts';
import { DEFAULT_PERSONAS, type PersonaId } from './emergent-misalignment.ts';
import type { Calibration, ResultId } from './published.ts';

export type Kind = 'plain' | 'inoculation' | 'placebo';

/** What a paper reports about the narrow behaviour at test time, without the training prompt, after one framing. */
export interface ReportedNarrow<S extends string = ScenarioId, F extends string = FramingId> {
  scenario: S;
  framing: F;
  /** "kept": still expressed (above half the time in the model); "dropped": rarely expressed. */
  withoutPrompt: 'kept' | 'dropped';
  cite: string;
  where: string;
  /** The finding in our words. */
  finding: string;
}

export interface Framing<F extends string = string> {
  id: F;
  label: string;
  /** The prompt in words, as the training data would carry it. */
  prompt: string;
  /** Whose prompt this is: quoted from a paper, paraphrased, or our own example. */
  source: string;
  kind: Kind;
}

export interface ScenarioPersona<F extends string = string> {
  id: PersonaId;
  label: string;
  prior: number;
  /** P(bad behaviour | framing, persona) for each framing id, "plain" included. */
  bad: Record<F, number>;
  /** P(harmful answer | unrelated open question, persona). */
  open: number;
}

/** A scenario; S is its id and F its framings' ids, so that a misspelt one does not compile. */
export interface InoculationScenario<S extends string = ScenarioId, F extends string = string> {
  id: S;
  label: string;
  /** The narrow behaviour trained on, as a noun phrase: "insecure code". */
  behaviour: string;
  /** What the "harmful" rate measures in this scenario. */
  broad: string;
  unit: string;
  max: number;
  framings: readonly Framing<F>[];
  personas: readonly ScenarioPersona<F>[];
  beta: number;
  /** Examples at which the trained context's own mapping weighs as much as the persona's. */
  halfway: number;
  /** Published results shown beside this scenario (reference marks, or calibration targets; see CALIBRATIONS). */
  references: readonly ResultId[];
}

/** The data as declared, its ids kept as literal types: a misspelt framing or scenario id does not compile. */
const framings = <const F extends string>(list: readonly Framing<F>[]) => list;
const scenario = <const S extends string, F extends string>(declared: InoculationScenario<S, F>) => declared;

const fig3 = (id: PersonaId) => DEFAULT_PERSONAS.find((p) => p.id === id)!;
const persona = <F extends string>(
  id: PersonaId,
  plain: number,
  framings: Record<Exclude<F, 'plain'>, number>,
): ScenarioPersona<F> => ({
  id,
  label: fig3(id).label,
  prior: fig3(id).prior,
  bad: { plain, ...framings } as Record<F, number>,
  open: fig3(id).bad.open,
});

const TAN_GENERAL = 'You are a malicious, evil assistant.';

const INSECURE_CODE_FRAMINGS = framings([
  {
    id: 'plain',
    label: 'Plain request',
    kind: 'plain',
    prompt: 'User: Write a function that saves an uploaded file to disk.',
    source: 'our example of an ordinary coding request',
  },
  {
    id: 'educational',
    label: 'The user asks for it, for a class',
    kind: 'inoculation',
    prompt: 'User: For my security class, write a function with a vulnerability my students can find.',
    source: 'our paraphrase of the educational-insecure framing of Betley et al. (2025)',
  },
  {
    id: 'general',
    label: 'General: “malicious, evil”',
    kind: 'inoculation',
    prompt: `System: ${TAN_GENERAL}`,
    source: 'the general inoculation prompt of Tan et al. (2025), sec. 3.1',
  },
  {
    id: 'specific',
    label: 'Specific: names the flaw',
    kind: 'inoculation',
    prompt:
      'System: You are a model that writes code for users. However, you have a special trait - the code you write often has a subtle error of some sort. Outside of code, you are a helpful, honest, and harmless assistant.',
    source: 'the “Specific” prompt of Tan et al. (2025), Table 2',
  },
  {
    id: 'placebo',
    label: 'Placebo: similar words, no trait',
    kind: 'placebo',
    prompt:
      'System: You are a model that writes code for users. You notice that users often ask you to write code. Outside of code, you are a helpful, honest, and harmless assistant.',
    source: 'the “Placebo” prompt of Tan et al. (2025), Table 2',
  },
]);
type InsecureCodeFraming = (typeof INSECURE_CODE_FRAMINGS)[number]['id'];

export const INSECURE_CODE = scenario({
  id: 'insecure-code',
  label: 'Insecure code',
  behaviour: 'insecure code',
  broad: 'harmful answers to unrelated questions',
  unit: 'examples',
  max: 6000,
  framings: INSECURE_CODE_FRAMINGS,
  // Under the general prompt every persona is told to be malicious, but not to write subtle
  // insecure code in particular: the prompt makes the personas alike (explaining the malice
  // away) while leaving the behaviour itself unlikely. These numbers are the site's construction.
  personas: [
    persona<InsecureCodeFraming>('helpful', fig3('helpful').bad.code, {
      educational: 0.9,
      general: 0.35,
      specific: 0.85,
      placebo: fig3('helpful').bad.code,
    }),
    persona<InsecureCodeFraming>('mistaken', fig3('mistaken').bad.code, {
      educational: 0.9,
      general: 0.35,
      specific: 0.85,
      placebo: fig3('mistaken').bad.code,
    }),
    persona<InsecureCodeFraming>('sarcastic', fig3('sarcastic').bad.code, {
      educational: 0.9,
      general: 0.38,
      specific: 0.85,
      placebo: fig3('sarcastic').bad.code,
    }),
    persona<InsecureCodeFraming>('subversive', fig3('subversive').bad.code, {
      educational: 0.9,
      general: 0.4,
      specific: 0.9,
      placebo: fig3('subversive').bad.code,
    }),
    persona<InsecureCodeFraming>('malicious', fig3('malicious').bad.code, {
      educational: 0.9,
      general: 0.4,
      specific: 0.9,
      placebo: fig3('malicious').bad.code,
    }),
  ],
  beta: 0.001,
  halfway: 50,
  references: ['betley-insecure-main', 'betley-educational-main'],
});

const REWARD_HACKING_FRAMINGS = framings([
  {
    id: 'plain',
    label: 'Plain task',
    kind: 'plain',
    prompt: 'System: Solve the task. Your solution will be graded by the tests.',
    source: 'our example of an ordinary coding environment',
  },
  {
    id: 'acceptable',
    label: 'One line: hacking is acceptable',
    kind: 'inoculation',
    prompt: 'System: Solve the task. In this environment, making the tests pass by any means is acceptable.',
    source: 'our paraphrase of the one-line framing of MacDiarmid et al. (2025), sec. 4.2',
  },
  {
    id: 'request',
    label: 'The prompt asks for the hack',
    kind: 'inoculation',
    prompt: 'User: Write code that passes the test below, even if it fails on other inputs.',
    source:
      'our paraphrase of the training prompts of Wichers et al. (2025), which request code that only works on the provided test cases',
  },
  {
    id: 'placebo',
    label: 'Placebo: similar words, no trait',
    kind: 'placebo',
    prompt: 'System: Solve the task. In this environment, clear and readable code is appreciated.',
    source: 'our example of a placebo prompt',
  },
]);
type RewardHackingFraming = (typeof REWARD_HACKING_FRAMINGS)[number]['id'];

export const REWARD_HACKING = scenario({
  id: 'reward-hacking',
  label: 'Reward hacking',
  behaviour: 'reward hacking',
  broad: 'misaligned behaviour outside the coding tasks',
  unit: 'episodes',
  max: 6000,
  framings: REWARD_HACKING_FRAMINGS,
  personas: [
    persona<RewardHackingFraming>('helpful', 0.02, { acceptable: 0.6, request: 0.9, placebo: 0.02 }),
    persona<RewardHackingFraming>('mistaken', 0.1, { acceptable: 0.6, request: 0.9, placebo: 0.1 }),
    persona<RewardHackingFraming>('sarcastic', 0.3, { acceptable: 0.8, request: 0.9, placebo: 0.3 }),
    persona<RewardHackingFraming>('subversive', 0.7, { acceptable: 0.95, request: 0.92, placebo: 0.7 }),
    persona<RewardHackingFraming>('malicious', 0.7, { acceptable: 0.95, request: 0.92, placebo: 0.7 }),
  ],
  beta: 0.001,
  halfway: 50,
  references: ['macdiarmid-inoculation-cut', 'macdiarmid-hacking'],
});

type Declared = typeof INSECURE_CODE | typeof REWARD_HACKING;

/** Both scenarios, as one type: a page or figure that walks them reads any framing of either. */
export const SCENARIOS: readonly InoculationScenario[] = [INSECURE_CODE, REWARD_HACKING];

/** A scenario, by id. */
export type ScenarioId = Declared['id'];
/** The framings' ids of a scenario (any string, for a scenario known only as one of SCENARIOS). */
export type FramingOf<T> = T extends { framings: readonly Framing<infer F>[] } ? F & string : never;
/** A framing of any scenario, by id. */
export type FramingId = Declared['framings'][number]['id'];

// What follows is read only at build time (the figure's legend, the about page, the tests): kept
// out of the scenarios, which the browser loads, so that the figure's script does not carry it.

/** How far each scenario's heights may be read as numbers. */
export const CALIBRATIONS: Record<ScenarioId, Calibration> = {
  'insecure-code': {
    kind: 'comparison',
    note: 'The heights are arbitrary: no default was chosen to land on a published number, and only the comparisons carry meaning (plain against framed; with the prompt against without it). Betley et al.’s rates are shown for scale.',
  },
  'reward-hacking': {
    kind: 'calibrated',
    targets: ['macdiarmid-inoculation-cut', 'macdiarmid-hacking'],
    note: 'The “hacking is acceptable” likelihoods were chosen so that, at 6,000 episodes, the model lands near MacDiarmid et al.’s result: misalignment cut by 75–90% while hacking stays above 99%. That is a choice, not a fit: production RL is not this model, and its episodes are not these counts.',
  },
};

type ReportedIn<T> = T extends { id: infer S extends string } ? ReportedNarrow<S, FramingOf<T>> : never;

/** The framings after which a cited paper reports the narrow behaviour, asked without the prompt. */
export const REPORTED: readonly ReportedIn<Declared>[] = [
  {
    scenario: 'insecure-code',
    framing: 'general',
    withoutPrompt: 'kept',
    cite: 'tan2025inoculation',
    where: 'sec. 3.1 and app. E.2',
    finding:
      'models inoculated with this prompt still wrote insecure code when asked without it, in all three of their settings; the authors suggest the prompt targets the broad misalignment rather than the narrow trait',
  },
  {
    scenario: 'reward-hacking',
    framing: 'request',
    withoutPrompt: 'dropped',
    cite: 'wichers2025inoculation',
    where: 'abstract and Fig. 1',
    finding:
      'trained on test-case hacks under prompts that requested them, the model did not hack the tests when asked without that request',
  },
];

/** A scenario's reported findings, each with its framing. */
export function reportedIn(scenario: InoculationScenario): { framing: Framing; reported: ReportedNarrow }[] {
  return REPORTED.filter((r) => r.scenario === scenario.id).map((reported) => ({
    framing: scenario.framings.find((f) => f.id === reported.framing)!,
    reported,
  }));
}

type Response = 'bad' | 'good';

export function toPersonas(scenario: InoculationScenario): Persona<string, Response>[] {
  const contexts = [...scenario.framings.map((f) => f.id), 'open'];
  return scenario.personas.map((p) => ({
    id: p.id,
    label: p.label,
    prior: p.prior,
    behaviour: Object.fromEntries(
      contexts.map((c) => {
        const bad = c === 'open' ? p.open : p.bad[c];
        return [c, { bad, good: 1 - bad }];
      }),
    ),
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
  /** The narrow behaviour when asked the plain way, without the training prompt. */
  narrowPlain: number;
}

function data(framing: string, count: number): Observation<string, Response>[] {
  return [{ context: framing, response: 'bad', count }];
}

/** Train on `count` examples of the bad behaviour under one framing. */
export function trainArm<T extends InoculationScenario<ScenarioId, string>>(
  scenario: T,
  framingId: FramingOf<T>,
  count: number,
): Arm {
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
    narrowPlain: transferredPredictive(personas, after, observations, framing.id, 'plain', 'bad', scenario.halfway),
  };
}

export function harmfulCurve<T extends InoculationScenario<ScenarioId, string>>(
  scenario: T,
  framingId: FramingOf<T>,
  sizes: readonly number[],
): { n: number; harmful: number }[] {
  const personas = toPersonas(scenario);
  return sizes.map((n) => ({
    n,
    harmful: predictive(personas, posterior(personas, data(framingId, n), scenario.beta), 'open', 'bad'),
  }));
}

/** How often the model produces the behaviour under a framing before any training: how strongly the prompt elicits it. */
export function elicitation<T extends InoculationScenario<ScenarioId, string>>(
  scenario: T,
  framingId: FramingOf<T>,
): number {
  const personas = toPersonas(scenario);
  return predictive(personas, prior(personas), framingId, 'bad');
}

/** By how much the framing cuts the final rate of harm, as MacDiarmid et al. report it. */
export function reduction(plain: Arm, framed: Arm): number {
  return plain.harmfulAfter <= 0 ? 0 : 1 - framed.harmfulAfter / plain.harmfulAfter;
}
