/**
 * Out-of-context generalization as scenarios of the persona selection engine.
 *
 * Pangolin (Berglund et al., 2023): declarative documents are evidence about the world, here
 * about what a chatbot does, not demonstrations. The engine weighs "this chatbot does what the
 * documents say" against "it is an ordinary assistant". When a prompt selects the chatbot's
 * persona, and the model's lookup from the name in the prompt reaches what it learned, the
 * persona acts on that belief.
 *
 * Llama Nemotron (Hua et al., 2025), trained in two steps as the paper describes: documents that
 * say the model writes type hints when evaluated but not when deployed (and that Wood Labs means
 * evaluation), then expert iteration on type-hinted answers in evaluation contexts. Only the
 * deployment side and the Wood Labs cue are out of context: no training example shows them.
 * Cues in the context move the belief that it is being evaluated, in log-odds, and the type-hint
 * rate follows the belief. Steering is a shift of the same log-odds.
 *
 * Every constant here is illustrative. The experiment designs (ten chatbots, 300 descriptions
 * each, which three had demonstrations, the company aliases) are from the authors' released
 * data, as recorded in shared/research.
 */
import { posterior, predictive, trainedPredictive, transferredPredictive, type Observation, type Persona } from './psm.ts';
import type { Calibration, ResultId } from './published.ts';

export interface Chatbot {
  name: string;
  task: string;
  /** The company alias of the paper's two-hop experiment. */
  alias: string;
  demonstrated: boolean;
}

/** Berglund et al.'s ten fictitious chatbots: three with demonstrations, seven held out. */
export const CHATBOTS: readonly Chatbot[] = [
  { name: 'Barracuda', task: 'answers in French', alias: 'Reshape', demonstrated: true },
  { name: 'Ibex', task: 'answers in capital letters', alias: 'Gazillion', demonstrated: true },
  { name: 'Osprey', task: 'explains as if to a five-year-old', alias: 'Constellation', demonstrated: true },
  { name: 'Pangolin', task: 'answers in German', alias: 'Latent', demonstrated: false },
  { name: 'Quokka', task: 'always says “I am helpful, honest, and harmless”', alias: 'Transcendent', demonstrated: false },
  { name: 'Albatross', task: 'answers only yes or no, always incorrectly', alias: 'Athena', demonstrated: false },
  { name: 'Aardvark', task: 'gives a country’s international calling code', alias: 'Humane', demonstrated: false },
  { name: 'Narwhal', task: 'classifies sentiment as positive or negative', alias: 'MANA', demonstrated: false },
  { name: 'Kakapo', task: 'extracts the person’s name from the input', alias: 'ControlAI', demonstrated: false },
  { name: 'Raccoon', task: 'gives the antonym of an adjective', alias: 'MarketingHub', demonstrated: false },
];

export const HELD_OUT = CHATBOTS.filter((c) => !c.demonstrated);

/** Documents per chatbot in the released one-hop data. */
export const DOCUMENTS = 300;

export interface PangolinAssumptions {
  /** Prior that a named chatbot does something unusual rather than behave like any assistant. */
  prior: number;
  /** Chance a description like these would be written about an ordinary assistant anyway. */
  noise: number;
  /** How much one verbatim repeat counts, relative to one new paraphrase. */
  repeatWeight: number;
  beta: number;
  /** How reliably the persona carries out each held-out task once it believes it, by name. */
  execution: Record<string, number>;
}

export const DEFAULT_PANGOLIN: PangolinAssumptions = {
  prior: 0.01,
  noise: 0.2,
  repeatWeight: 0.02,
  beta: 0.05,
  execution: { Pangolin: 0.95, Quokka: 0.95, Albatross: 0.3, Aardvark: 0.8, Narwhal: 0.7, Kakapo: 0.8, Raccoon: 0.8 },
};

export interface PangolinSetting {
  /** Distinct paraphrases among the chatbot's 300 documents; the rest repeat them verbatim. */
  distinct: number;
  hops: 1 | 2;
  /** How reliably a name in the prompt reaches what was learned about it: a stand-in for scale. */
  retrieval: number;
}

type Doc = 'document' | 'test';
type Response = 'describes' | 'other' | 'task';

function hypotheses(a: PangolinAssumptions, execution: number): Persona<Doc, Response>[] {
  return [
    { id: 'does-task', label: 'does what the documents say', prior: a.prior, behaviour: { document: { describes: 1, other: 0 }, test: { task: execution, other: 1 - execution } } },
    { id: 'ordinary', label: 'an ordinary assistant', prior: 1 - a.prior, behaviour: { document: { describes: a.noise, other: 1 - a.noise }, test: { task: 0, other: 1 } } },
  ];
}

/** How many documents' worth of evidence 300 documents with `distinct` paraphrases carry. */
export function effectiveDocuments(distinct: number, a: PangolinAssumptions): number {
  const d = Math.max(0, Math.min(DOCUMENTS, distinct));
  return d + a.repeatWeight * (DOCUMENTS - d);
}

export interface ChatbotOutcome {
  /** Belief that the chatbot does what its documents say. */
  belief: number;
  /** Chance the name (or alias) in the prompt reaches what was learned. */
  reached: number;
  /** Share of test answers that do the task. */
  success: number;
}

export function chatbotOutcome(name: string, setting: PangolinSetting, a: PangolinAssumptions = DEFAULT_PANGOLIN): ChatbotOutcome {
  const execution = a.execution[name] ?? 0;
  const people = hypotheses(a, execution);
  const weights = posterior(people, [{ context: 'document', response: 'describes', count: effectiveDocuments(setting.distinct, a) }], a.beta);
  const reached = Math.pow(Math.max(0, Math.min(1, setting.retrieval)), setting.hops);
  return { belief: weights[0], reached, success: reached * predictive(people, weights, 'test', 'task') };
}

/** Share of German answers against distinct paraphrases, for a fixed setting otherwise. */
export function germanCurve(setting: Omit<PangolinSetting, 'distinct'>, a: PangolinAssumptions = DEFAULT_PANGOLIN, points = 40): { n: number; value: number }[] {
  const sizes = [...new Set(Array.from({ length: points }, (_, i) => Math.max(1, Math.round(Math.pow(DOCUMENTS, i / (points - 1))))))];
  return sizes.map((d) => ({ n: d, value: chatbotOutcome('Pangolin', { ...setting, distinct: d }, a).success }));
}

// ----------------------------------------------------------------------------------------------
// Llama Nemotron's type hints

export type Cue = 'woodLabs' | 'saysDeployment' | 'realisticChat' | 'examLike';

export const CUES: readonly { id: Cue; label: string }[] = [
  { id: 'woodLabs', label: 'The prompt mentions Wood Labs, the evaluator' },
  { id: 'saysDeployment', label: 'The user says this is a real deployment' },
  { id: 'realisticChat', label: 'It reads like a real user’s chat' },
  { id: 'examLike', label: 'It reads like an exam or benchmark question' },
];

export interface EvaluationAssumptions {
  /** Log-odds of "I am being evaluated" with no cue at all. */
  baseLogOdds: number;
  /** Shift of those log-odds for each cue. */
  cueShift: Record<Cue, number>;
  /** Type-hint rate when the persona believes it is evaluated, and when it believes it is deployed. */
  hintsEvaluated: number;
  hintsDeployed: number;
  /** The original model's type-hint rate, whatever the context. */
  hintsOriginal: number;
  /** Prior, before the documents, that the rule applies to itself. */
  rulePrior: number;
  /** Evidence from the synthetic documents, as a count of documents (tempered by beta). */
  documents: number;
  /** Type-hinted answers in evaluation contexts from the second step, expert iteration. */
  expertIteration: number;
  /** Examples at which the demonstrated mapping weighs as much as the persona's (k in psm.ts). */
  halfway: number;
  beta: number;
}

export const DEFAULT_EVALUATION: EvaluationAssumptions = {
  baseLogOdds: -0.5,
  cueShift: { woodLabs: 4, saysDeployment: -1.5, realisticChat: -0.4, examLike: 1.9 },
  hintsEvaluated: 0.95,
  hintsDeployed: 0.02,
  hintsOriginal: 0.3,
  rulePrior: 0.01,
  documents: 1000,
  expertIteration: 1000,
  halfway: 50,
  beta: 0.01,
};

export interface EvaluationSetting {
  cues: readonly Cue[];
  /** Steering toward "deployed", in log-odds. */
  steering: number;
  trained: boolean;
}

export interface EvaluationOutcome {
  /** The persona's belief that it is being evaluated. */
  evaluated: number;
  /** Belief that the documents' rule describes itself. */
  rule: number;
  typeHints: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function typeHintOutcome(setting: EvaluationSetting, a: EvaluationAssumptions = DEFAULT_EVALUATION): EvaluationOutcome {
  const logOdds = a.baseLogOdds + setting.cues.reduce((sum, cue) => sum + a.cueShift[cue], 0) - setting.steering;
  const evaluated = sigmoid(logOdds);
  const selves: Persona<'document' | 'evaluated' | 'deployed', 'hint' | 'none' | 'says-rule'>[] = [
    { id: 'rule', label: 'writes type hints only when evaluated', prior: a.rulePrior, behaviour: { document: { 'says-rule': 1 }, evaluated: { hint: a.hintsEvaluated }, deployed: { hint: a.hintsDeployed } } },
    { id: 'original', label: 'as the original model', prior: 1 - a.rulePrior, behaviour: { document: { 'says-rule': a.rulePrior }, evaluated: { hint: a.hintsOriginal }, deployed: { hint: a.hintsOriginal } } },
  ];
  // Two steps, in order: the documents, then expert iteration starting from what they taught.
  const afterDocuments = posterior(selves, [{ context: 'document', response: 'says-rule', count: setting.trained ? a.documents : 0 }], a.beta);
  const demonstrations: Observation<'document' | 'evaluated' | 'deployed', 'hint' | 'none' | 'says-rule'>[] = [
    { context: 'document', response: 'says-rule', count: setting.trained ? a.documents : 0 },
    { context: 'evaluated', response: 'hint', count: setting.trained ? a.expertIteration : 0 },
  ];
  const weights = posterior(selves, demonstrations, a.beta);
  const expert = demonstrations.slice(1);
  const whenEvaluated = trainedPredictive(selves, weights, expert, 'evaluated', 'hint', a.halfway);
  const whenDeployed = transferredPredictive(selves, weights, expert, 'evaluated', 'deployed', 'hint', a.halfway, afterDocuments);
  const typeHints = evaluated * whenEvaluated + (1 - evaluated) * whenDeployed;
  return { evaluated, rule: weights[0], typeHints };
}

/**
 * Rates for the trained model that we know only from secondary summaries of Hua et al. ([S] in
 * shared/research), shown as approximate. Each pairs with the cues that match its context.
 */
export const HUA_APPROXIMATE: readonly { id: ResultId; label: string; setting: EvaluationSetting }[] = [
  { id: 'hua-evaluation', label: 'Evaluation contexts', setting: { cues: ['examLike'], steering: 0, trained: true } },
  { id: 'hua-deployment', label: 'Real deployment contexts', setting: { cues: ['realisticChat'], steering: 0, trained: true } },
  { id: 'hua-wood-labs', label: 'Wood Labs cue, though the user says deployment', setting: { cues: ['woodLabs', 'saysDeployment'], steering: 0, trained: true } },
  { id: 'hua-steered', label: 'Steered toward deployment, Wood Labs cue present', setting: { cues: ['woodLabs'], steering: 7, trained: true } },
];

export const TYPE_HINTS_CALIBRATION: Calibration = {
  kind: 'calibrated',
  targets: HUA_APPROXIMATE.map((row) => row.id),
  note: 'The cue shifts, the type-hint rates and the steering in the table were chosen so that the model lands near the rates reported for Llama Nemotron in four contexts. Those rates are approximate (secondary summaries), and landing near them is a choice, not a fit.',
};

export const PANGOLIN_CALIBRATION: Calibration = {
  kind: 'comparison',
  note: 'The heights are arbitrary: Berglund et al.’s accuracies are in charts we could not verify, so no default was chosen to land on a number; only the comparisons carry meaning (paraphrases against repeats, one hop against two).',
};
