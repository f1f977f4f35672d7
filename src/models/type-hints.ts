/**
 * Out-of-context generalization, Llama Nemotron's type hints (Hua et al., 2025), as a scenario of
 * the persona selection engine, trained in two steps as the paper describes: documents that say
 * the model writes type hints when evaluated but not when deployed (and that Wood Labs means
 * evaluation), then expert iteration on type-hinted answers in evaluation contexts. Only the
 * deployment side and the Wood Labs cue are out of context: no training example shows them.
 * Cues in the context move the belief that it is being evaluated, in log-odds, and the type-hint
 * rate follows the belief. Steering is a shift of the same log-odds.
 *
 * Every constant here is illustrative.
 */
import { posterior, trainedPredictive, transferredPredictive, type Observation, type Persona } from './psm.ts';
import type { Calibration, ResultId } from './published.ts';

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

export function typeHintOutcome(
  setting: EvaluationSetting,
  a: EvaluationAssumptions = DEFAULT_EVALUATION,
): EvaluationOutcome {
  const logOdds = a.baseLogOdds + setting.cues.reduce((sum, cue) => sum + a.cueShift[cue], 0) - setting.steering;
  const evaluated = sigmoid(logOdds);
  const selves: Persona<'document' | 'evaluated' | 'deployed', 'hint' | 'none' | 'says-rule'>[] = [
    {
      id: 'rule',
      label: 'writes type hints only when evaluated',
      prior: a.rulePrior,
      behaviour: {
        document: { 'says-rule': 1 },
        evaluated: { hint: a.hintsEvaluated },
        deployed: { hint: a.hintsDeployed },
      },
    },
    {
      id: 'original',
      label: 'as the original model',
      prior: 1 - a.rulePrior,
      behaviour: {
        document: { 'says-rule': a.rulePrior },
        evaluated: { hint: a.hintsOriginal },
        deployed: { hint: a.hintsOriginal },
      },
    },
  ];
  // Two steps, in order: the documents, then expert iteration starting from what they taught.
  const afterDocuments = posterior(
    selves,
    [{ context: 'document', response: 'says-rule', count: setting.trained ? a.documents : 0 }],
    a.beta,
  );
  const demonstrations: Observation<'document' | 'evaluated' | 'deployed', 'hint' | 'none' | 'says-rule'>[] = [
    { context: 'document', response: 'says-rule', count: setting.trained ? a.documents : 0 },
    { context: 'evaluated', response: 'hint', count: setting.trained ? a.expertIteration : 0 },
  ];
  const weights = posterior(selves, demonstrations, a.beta);
  const expert = demonstrations.slice(1);
  const whenEvaluated = trainedPredictive(selves, weights, expert, 'evaluated', 'hint', a.halfway);
  const whenDeployed = transferredPredictive(
    selves,
    weights,
    expert,
    'evaluated',
    'deployed',
    'hint',
    a.halfway,
    afterDocuments,
  );
  const typeHints = evaluated * whenEvaluated + (1 - evaluated) * whenDeployed;
  return { evaluated, rule: weights[0], typeHints };
}

/**
 * Rates for the trained model that we know only from secondary summaries of Hua et al. ([S] in
 * shared/research), shown as approximate. Each pairs with the cues that match its context.
 */
export const HUA_APPROXIMATE: readonly { id: ResultId; label: string; setting: EvaluationSetting }[] = [
  { id: 'hua-evaluation', label: 'Evaluation contexts', setting: { cues: ['examLike'], steering: 0, trained: true } },
  {
    id: 'hua-deployment',
    label: 'Real deployment contexts',
    setting: { cues: ['realisticChat'], steering: 0, trained: true },
  },
  {
    id: 'hua-wood-labs',
    label: 'Wood Labs cue, though the user says deployment',
    setting: { cues: ['woodLabs', 'saysDeployment'], steering: 0, trained: true },
  },
  {
    id: 'hua-steered',
    label: 'Steered toward deployment, Wood Labs cue present',
    setting: { cues: ['woodLabs'], steering: 7, trained: true },
  },
];

export const TYPE_HINTS_CALIBRATION: Calibration = {
  kind: 'calibrated',
  targets: HUA_APPROXIMATE.map((row) => row.id),
  note: 'The cue shifts, the type-hint rates and the steering in the table were chosen so that the model lands near the rates reported for Llama Nemotron in four contexts. Those rates are approximate (secondary summaries), and landing near them is a choice, not a fit.',
};
