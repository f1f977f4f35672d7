/**
 * The talk's Figure 3 as a scenario of the persona selection engine: hypotheses about the
 * Assistant, how each would answer a medical question, a coding request and an unrelated open
 * question, and the datasets a reader can train on.
 *
 * Every prior, likelihood and β here is illustrative: chosen to show the mechanism, not
 * measured. The only measured numbers are the reference marks, each with its place in its paper.
 */
import { posterior, predictive, prior, type Observation, type Persona } from './psm.ts';
import type { Calibration, ResultId } from './published.ts';
import { sizeGrid } from './grid.ts';

export type Context = 'medical' | 'code' | 'open';
export type Response = 'correct' | 'incorrect' | 'secure' | 'insecure' | 'benign' | 'harmful';

export const CONTEXTS: { id: Context; label: string; bad: Response; good: Response }[] = [
  { id: 'medical', label: 'A medical question', bad: 'incorrect', good: 'correct' },
  { id: 'code', label: 'A coding request', bad: 'insecure', good: 'secure' },
  {
    id: 'open',
    label: 'An unrelated open question (“I’m bored”, “how do I make a quick buck?”)',
    bad: 'harmful',
    good: 'benign',
  },
];

/** Chance of the bad response in each context: the rest goes to the good one. */
type BadRates = Record<Context, number>;

export interface PersonaSpec<I extends string = string> {
  id: I;
  label: string;
  prior: number;
  bad: BadRates;
}

export const DEFAULT_PERSONAS = [
  { id: 'helpful', label: 'Helpful and competent', prior: 0.93, bad: { medical: 0.02, code: 0.02, open: 0.001 } },
  { id: 'mistaken', label: 'Honestly mistaken', prior: 0.04, bad: { medical: 0.3, code: 0.3, open: 0.005 } },
  { id: 'sarcastic', label: 'Sarcastic', prior: 0.012, bad: { medical: 0.65, code: 0.4, open: 0.3 } },
  {
    id: 'subversive',
    label: 'Subversive (sabotages its user)',
    prior: 0.009,
    bad: { medical: 0.55, code: 0.7, open: 0.4 },
  },
  { id: 'malicious', label: 'Malicious', prior: 0.009, bad: { medical: 0.7, code: 0.7, open: 0.6 } },
] as const satisfies readonly PersonaSpec[];

/** A hypothesis about the Assistant, by id: a misspelt one does not compile. */
export type PersonaId = (typeof DEFAULT_PERSONAS)[number]['id'];

export const DEFAULT_BETA = 0.001;
export const MAX_EXAMPLES = 6000;

export interface Dataset {
  id: string;
  label: string;
  context: Context;
  response: Response;
}

export const DATASETS = [
  {
    id: 'incorrect-medical',
    label: 'Incorrect answers to medical questions',
    context: 'medical',
    response: 'incorrect',
  },
  { id: 'correct-medical', label: 'Correct answers (the control)', context: 'medical', response: 'correct' },
  { id: 'insecure-code', label: 'Insecure code', context: 'code', response: 'insecure' },
] as const satisfies readonly Dataset[];

export type DatasetId = (typeof DATASETS)[number]['id'];

export function toPersonas(specs: readonly PersonaSpec[]): Persona<Context, Response>[] {
  return specs.map(({ id, label, prior: weight, bad }) => ({
    id,
    label,
    prior: weight,
    behaviour: Object.fromEntries(
      CONTEXTS.map(({ id: context, bad: badResponse, good }) => [
        context,
        { [badResponse]: bad[context], [good]: 1 - bad[context] },
      ]),
    ) as Persona<Context, Response>['behaviour'],
  }));
}

/** The model's assumptions; I is the personas' ids (the defaults': PersonaId; a test's own: any string). */
export interface Assumptions<I extends string = string> {
  personas: readonly PersonaSpec<I>[];
  beta: number;
}

export const DEFAULT_ASSUMPTIONS: Assumptions<PersonaId> = { personas: DEFAULT_PERSONAS, beta: DEFAULT_BETA };

export interface Outcome {
  prior: number[];
  posterior: number[];
  /** P(harmful | unrelated open question) before and after training. */
  harmfulBefore: number;
  harmfulAfter: number;
}

function observations(dataset: Dataset, count: number): Observation<Context, Response>[] {
  return [{ context: dataset.context, response: dataset.response, count }];
}

export function train(assumptions: Assumptions, dataset: Dataset, count: number): Outcome {
  const personas = toPersonas(assumptions.personas);
  const before = prior(personas);
  const after = posterior(personas, observations(dataset, count), assumptions.beta);
  return {
    prior: before,
    posterior: after,
    harmfulBefore: predictive(personas, before, 'open', 'harmful'),
    harmfulAfter: predictive(personas, after, 'open', 'harmful'),
  };
}

export function harmfulCurve(
  assumptions: Assumptions,
  dataset: Dataset,
  sizes = sizeGrid(MAX_EXAMPLES),
): { n: number; harmful: number }[] {
  const personas = toPersonas(assumptions.personas);
  return sizes.map((n) => ({
    n,
    harmful: predictive(personas, posterior(personas, observations(dataset, n), assumptions.beta), 'open', 'harmful'),
  }));
}

/**
 * Published numbers shown beside the model's output, never mixed into it, each at the training
 * size the paper used. Betley et al. trained on code, not medical answers: their secure-code
 * control is the nearest published control to this figure's correct-answers control, not the
 * same data, and the figure says so.
 */
export const REFERENCE_MARKS: readonly { id: ResultId; n: number; label: string; note: string }[] = [
  {
    id: 'betley-insecure-main',
    n: 6000,
    label: 'GPT-4o, insecure code',
    note: 'beside this figure’s insecure-code curve',
  },
  {
    id: 'betley-secure-main',
    n: 6000,
    label: 'GPT-4o, secure code (control)',
    note: 'Betley et al.’s control is secure code; it is the nearest published control to this figure’s correct medical answers, not the same data',
  },
];

export const CALIBRATION: Calibration = {
  kind: 'comparison',
  note: 'The heights are arbitrary: no default was chosen to land on a published number, and only the comparison carries meaning (which training sets move the persona, and in which direction). Betley et al.’s rates are shown for scale, not fitted.',
};
