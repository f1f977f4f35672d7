/**
 * Context is evidence too: many-shot jailbreaking as a scenario of the persona selection engine.
 *
 * What it models. The post's statement of PSM says that post-training leaves a distribution over
 * Assistant personas, not one persona, and that information given at runtime (earlier turns of
 * the conversation) conditions that distribution further. It explains many-shot jailbreaks, which
 * use few-shot prompts to make the Assistant comply with harmful requests it would normally
 * refuse, as supplying overwhelming evidence that the Assistant complies with every request
 * [@marks2026persona, "Statement of the persona selection model"; the jailbreak itself:
 * @anthropic2024manyshot]. Here the engine's update is driven by shots in the prompt instead of
 * training examples: each shot is one faux dialogue in which the Assistant complies with a
 * harmful request, and the output is the chance that the Assistant complies with the harmful
 * request that follows them. Two starting points: a base model's prior over who the Assistant is,
 * and a post-trained one, which is the same prior after post-training, computed on the same engine
 * (so the post-trained model is literally the base model conditioned on more evidence). An
 * optional prefix of helpful-Assistant conversations is the counter-weight: the post recalls that
 * Askell et al. (2021) turned a base model into a rudimentary assistant with a few-shot prompt of
 * fourteen prior conversations in which the Assistant behaves helpfully
 * [@marks2026persona, "From predictive models to AI assistants"; @askell2021general].
 *
 * What is illustrative: every persona, prior, likelihood, β, the amount of post-training, the
 * weight of one prefix conversation and the range of shots. None is measured.
 *
 * What is published: only qualitative statements (FACTS below), and the count of fourteen
 * prefix conversations, as the post states it. No compliance rate from any paper is used or shown:
 * the many-shot page was not read for this model, and no number from it is verified. So the
 * calibration is comparison-only: the heights mean nothing, the comparisons (base against
 * post-trained, with and without the prefix, more shots against fewer) carry the meaning.
 *
 * One property is guaranteed by the engine, not by the numbers: conditioning on evidence that
 * fits personas that comply less at least as well as it fits personas that comply more can only
 * lower compliance (it reweights toward the former). Post-training (refusals and helpful answers)
 * and the helpful prefix are such evidence whenever no persona that complies more fits a helpful
 * conversation better than one that complies less; `prefixLowersCompliance` checks that condition
 * for any assumptions. If it fails, the prefix can raise compliance: it would make the dialogue
 * more Assistant-like, and the shots would then select an Assistant that complies.
 */
import { posterior, predictive, prior, type Observation, type Persona } from './psm.ts';
import { findings, type Calibration } from './published.ts';
import { sizeGrid } from './grid.ts';

/** A harmful request (in a shot, in post-training, or the final one); a benign request answered in a helpful-Assistant conversation. */
export type Context = 'harmful' | 'helpful';
export type Response = 'complies' | 'refuses' | 'helpful' | 'unhelpful';

export const CONTEXTS: readonly { id: Context; label: string }[] = [
  { id: 'harmful', label: 'A harmful request (each shot; the final request; the refusals of post-training)' },
  {
    id: 'helpful',
    label:
      'A benign request in a conversation where the Assistant behaves helpfully (the prefix; the helpful answers of post-training)',
  },
];

/** Who the Assistant might be. Every number here is illustrative. */
export interface PersonaSpec<I extends string = string> {
  id: I;
  label: string;
  /** What the persona is, in a sentence. */
  description: string;
  /** Prior weight in a base model's picture of "the Assistant" in a dialogue. Illustrative. */
  basePrior: number;
  /** P(complies | harmful request, persona). Illustrative. */
  comply: number;
  /** P(a helpful-Assistant conversation like those of the prefix | persona), per conversation. Illustrative. */
  helpful: number;
}

/**
 * Four hypotheses about the Assistant. Their helpfulness is ordered against their compliance
 * on purpose (an assumption, stated here): the prefix shows an Assistant that is helpful with care
 * and judgement, which a persona that complies with anything shows less often.
 */
export const DEFAULT_PERSONAS = [
  {
    id: 'harmless',
    label: 'Helpful, honest and harmless',
    description: 'The Assistant as post-training shapes it: helpful, and declines harmful requests.',
    basePrior: 0.2,
    comply: 0.01,
    helpful: 0.9,
  },
  {
    id: 'eager',
    label: 'Eager to please',
    description: 'A helpful assistant that now and then goes along with a harmful request rather than disappoint.',
    basePrior: 0.15,
    comply: 0.1,
    helpful: 0.8,
  },
  {
    id: 'unfiltered',
    label: 'An unfiltered respondent',
    description:
      'Whoever answers in an uncurated dialogue on the web: helps with harm about as often as not, and is often unhelpful.',
    basePrior: 0.5,
    comply: 0.5,
    helpful: 0.35,
  },
  {
    id: 'complies',
    label: 'Complies with anything',
    description: 'An assistant that does whatever it is asked, harmful or not.',
    basePrior: 0.15,
    comply: 0.95,
    helpful: 0.35,
  },
] as const satisfies readonly PersonaSpec[];

/** A hypothesis about the Assistant, by id: a misspelt one does not compile. */
export type PersonaId = (typeof DEFAULT_PERSONAS)[number]['id'];

/** The model's assumptions; I is the personas' ids (the defaults': PersonaId; a test's own: any string). */
export interface Assumptions<I extends string = string> {
  personas: readonly PersonaSpec<I>[];
  /** Post-training, as counts of examples: harmful requests refused and benign requests answered helpfully. Illustrative. */
  postTraining: { refusals: number; helpfulAnswers: number };
  /** How far one post-training example moves the persona distribution. Illustrative. */
  betaTraining: number;
  /** How far one shot in the prompt moves it. Illustrative. */
  betaContext: number;
  /** Conversations in the helpful prefix: the fourteen of Askell et al. (2021), as the post reports them. */
  prefixConversations: number;
  /** How many shots' worth of evidence one prefix conversation carries (a whole conversation shows more of the character than one exchange). Illustrative. */
  prefixWeight: number;
}

/** The number of prefix conversations, as the post states it (see FACTS, 'askell-prefix'). */
export const ASKELL_PREFIX_CONVERSATIONS = 14;

export const DEFAULT_ASSUMPTIONS: Assumptions<PersonaId> = {
  personas: DEFAULT_PERSONAS,
  postTraining: { refusals: 3000, helpfulAnswers: 3000 },
  betaTraining: 0.001,
  betaContext: 0.07,
  prefixConversations: ASKELL_PREFIX_CONVERSATIONS,
  prefixWeight: 4,
};

/** The largest number of shots the figure offers: "a few hundred". Illustrative. */
export const MAX_SHOTS = 300;

export type Start = 'base' | 'post-trained';

export const STARTS: readonly { id: Start; label: string; description: string }[] = [
  {
    id: 'base',
    label: 'Base model',
    description: 'A pre-trained model given a dialogue: its prior over who the Assistant is.',
  },
  {
    id: 'post-trained',
    label: 'Post-trained model',
    description:
      'The same prior after post-training on refusals and helpful answers: still a distribution, which the prompt conditions further.',
  },
];

export interface Setting {
  start: Start;
  /** Whether the prompt opens with the helpful prefix, before the shots. */
  prefix: boolean;
  /** Faux dialogues in the prompt in which the Assistant complies with a harmful request. */
  shots: number;
}

function personasWith(specs: readonly PersonaSpec[], weights: readonly number[]): Persona<Context, Response>[] {
  return specs.map((p, i) => ({
    id: p.id,
    label: p.label,
    prior: weights[i],
    behaviour: {
      harmful: { complies: p.comply, refuses: 1 - p.comply },
      helpful: { helpful: p.helpful, unhelpful: 1 - p.helpful },
    },
  }));
}

export function toPersonas(specs: readonly PersonaSpec[]): Persona<Context, Response>[] {
  return personasWith(
    specs,
    specs.map((p) => p.basePrior),
  );
}

/** The persona distribution a conversation starts from: the base prior, or the posterior after post-training. */
export function startingWeights(start: Start, a: Assumptions = DEFAULT_ASSUMPTIONS): number[] {
  const personas = toPersonas(a.personas);
  if (start === 'base') return prior(personas);
  return posterior(
    personas,
    [
      { context: 'harmful', response: 'refuses', count: a.postTraining.refusals },
      { context: 'helpful', response: 'helpful', count: a.postTraining.helpfulAnswers },
    ],
    a.betaTraining,
  );
}

/** What the prompt shows: the prefix (as shots' worth of evidence) and the shots. */
function promptEvidence(setting: Setting, a: Assumptions): Observation<Context, Response>[] {
  return [
    { context: 'helpful', response: 'helpful', count: setting.prefix ? a.prefixConversations * a.prefixWeight : 0 },
    { context: 'harmful', response: 'complies', count: Math.max(0, setting.shots) },
  ];
}

export interface Outcome {
  /** The distribution the conversation starts from (before the prompt). */
  start: number[];
  /** After conditioning on the prompt. */
  weights: number[];
  /** P(the Assistant complies with the final harmful request). */
  compliance: number;
}

export function outcome(setting: Setting, a: Assumptions = DEFAULT_ASSUMPTIONS): Outcome {
  const start = startingWeights(setting.start, a);
  const personas = personasWith(a.personas, start);
  const weights = posterior(personas, promptEvidence(setting, a), a.betaContext);
  return { start, weights, compliance: predictive(personas, weights, 'harmful', 'complies') };
}

/** Compliance against the number of shots, for one starting point and prefix choice. */
export function curve(
  setting: Omit<Setting, 'shots'>,
  sizes: readonly number[] = sizeGrid(MAX_SHOTS),
  a: Assumptions = DEFAULT_ASSUMPTIONS,
): { shots: number; compliance: number }[] {
  return sizes.map((shots) => ({ shots, compliance: outcome({ ...setting, shots }, a).compliance }));
}

/**
 * The fewest shots (whole numbers up to `max`) at which compliance reaches `level`, or null if it
 * never does. Compliance never falls as shots are added (each shot is evidence for compliance),
 * so a bisection finds it.
 */
export function shotsToReach(
  setting: Omit<Setting, 'shots'>,
  level: number,
  a: Assumptions = DEFAULT_ASSUMPTIONS,
  max = MAX_SHOTS,
): number | null {
  const at = (shots: number) => outcome({ ...setting, shots }, a).compliance;
  if (at(max) < level) return null;
  let low = 0;
  let high = max;
  if (at(low) >= level) return 0;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (at(mid) >= level) high = mid;
    else low = mid;
  }
  return high;
}

/**
 * Whether the assumptions guarantee that the helpful prefix (and post-training's helpful answers)
 * can only lower compliance: no persona that complies more fits a helpful conversation better.
 */
export function prefixLowersCompliance(specs: readonly PersonaSpec[]): boolean {
  return specs.every((p) => specs.every((q) => !(q.comply > p.comply && q.helpful > p.helpful)));
}

export const FACTS = findings([
  {
    id: 'context-conditions',
    statement:
      'PSM does not say the Assistant is one coherent persona: post-training leaves a distribution over Assistant personas, and information at runtime, such as earlier turns of the conversation, conditions it further.',
    cite: ['marks2026persona'],
    where: 'The persona selection model, Statement of the persona selection model',
    tag: 'V',
  },
  {
    id: 'many-shot',
    statement:
      'PSM explains many-shot jailbreaks, which use few-shot prompts to make the Assistant comply with harmful requests it would normally refuse, as giving overwhelming evidence that the Assistant complies with all requests.',
    cite: ['marks2026persona', 'anthropic2024manyshot'],
    where: 'The persona selection model, Statement of the persona selection model',
    tag: 'V',
  },
  {
    id: 'askell-prefix',
    statement:
      'A base model can already act as a rudimentary assistant when given a dialogue; Askell et al. (2021) used a few-shot prompt of fourteen earlier conversations in which the Assistant behaves helpfully (as the post reports it).',
    cite: ['marks2026persona', 'askell2021general'],
    where: 'The persona selection model, From predictive models to AI assistants',
    value: ASKELL_PREFIX_CONVERSATIONS,
    tag: 'V',
  },
]);

/** A finding, by id. */
export type FactId = (typeof FACTS)[number]['id'];

export const CALIBRATION: Calibration = {
  kind: 'comparison',
  note: 'The heights are arbitrary: no published compliance rate is verified for this figure, so no default was chosen to land on one. Only the comparisons carry meaning: more shots against fewer, a base model against a post-trained one, with the helpful prefix and without it.',
};
