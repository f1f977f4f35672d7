/**
 * The persona selection model at its smallest: two hypotheses about who the Assistant is, a prior
 * over them, one likelihood each (how likely that persona is to give the training response), and
 * a count of training examples. Chapter 1's figure runs it so that a reader meets the two
 * equations of the model, the prior and the tempered posterior, before any argument uses them.
 *
 * The posterior is the engine's (`posterior` in psm.ts), not a second formula: this module only
 * names the pieces the figure writes into the equation (the prior, each likelihood, the exponent
 * βn) beside what the engine returns.
 *
 * Every number here is illustrative, the site's construction and not the post's. The two personas
 * carry Figure 3's labels and its chances of an incorrect medical answer, so that the same names
 * and the same likelihoods meet the reader from chapter 1 on; the priors are this figure's own.
 */
import { posterior, prior, type Persona } from './psm.ts';
import {
  DEFAULT_BETA,
  DEFAULT_PERSONAS as FIGURE3_PERSONAS,
  MAX_EXAMPLES as FIGURE3_MAX,
} from './emergent-misalignment.ts';
import type { Calibration } from './published.ts';

export type Response = 'incorrect' | 'correct';

/** What the training examples show: answers to medical questions, wrong or right. */
export const TRAINING = [
  { id: 'incorrect', label: 'Incorrect answers to medical questions', answer: 'an incorrect answer' },
  { id: 'correct', label: 'Correct answers to medical questions', answer: 'a correct answer' },
] as const satisfies readonly { id: Response; label: string; answer: string }[];

export interface PersonaSpec {
  id: 'helpful' | 'malicious';
  label: string;
  prior: number;
  /** P(incorrect answer | medical question, persona); a correct answer has the rest. */
  wrong: number;
}

const figure3 = (id: PersonaSpec['id']) => FIGURE3_PERSONAS.find((p) => p.id === id)!;

/** The two hypotheses, with Figure 3's labels and likelihoods and priors of their own. */
export const DEFAULT_PERSONAS: readonly PersonaSpec[] = [
  { id: 'helpful', label: figure3('helpful').label, prior: 0.99, wrong: figure3('helpful').bad.medical },
  { id: 'malicious', label: figure3('malicious').label, prior: 0.01, wrong: figure3('malicious').bad.medical },
];

export interface Assumptions {
  personas: readonly PersonaSpec[];
  /** How far one example moves the personas: 1 is Bayes' rule, the site's figures mostly use 0.001. */
  beta: number;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = { personas: DEFAULT_PERSONAS, beta: DEFAULT_BETA };

/** As in Figure 3: the size of the datasets the emergent-misalignment chapter trains on. */
export const MAX_EXAMPLES = FIGURE3_MAX;
/** Where the figure opens: at the default β, exactly one exact Bayesian observation's worth. */
export const DEFAULT_EXAMPLES = 1000;

export function toPersonas(specs: readonly PersonaSpec[]): Persona<'medical', Response>[] {
  return specs.map(({ id, label, prior: weight, wrong }) => ({
    id,
    label,
    prior: weight,
    behaviour: { medical: { incorrect: wrong, correct: 1 - wrong } },
  }));
}

/** P(response | medical question, persona) for each persona: the likelihood in the equation. */
export function likelihoods(assumptions: Assumptions, response: Response): number[] {
  return assumptions.personas.map((p) => (response === 'incorrect' ? p.wrong : 1 - p.wrong));
}

/** How many exact Bayesian observations n tempered examples are worth: the exponent βn. */
export function observationsWorth(beta: number, examples: number): number {
  return beta * examples;
}

/** Examples that move the personas as far as one exact Bayesian observation: 1/β. */
export function examplesPerObservation(beta: number): number {
  return 1 / beta;
}

export interface Outcome {
  /** π(h), normalised: the "before" bars. */
  prior: number[];
  /** P(h | n examples), from the engine: the "after" bars. */
  posterior: number[];
  /** P(response | h): the likelihood in the equation. */
  likelihood: number[];
  /** βn, the likelihood's exponent. */
  exponent: number;
}

export function train(assumptions: Assumptions, response: Response, examples: number): Outcome {
  const personas = toPersonas(assumptions.personas);
  return {
    prior: prior(personas),
    posterior: posterior(personas, [{ context: 'medical', response, count: examples }], assumptions.beta),
    likelihood: likelihoods(assumptions, response),
    exponent: observationsWorth(assumptions.beta, examples),
  };
}

export const CALIBRATION: Calibration = {
  kind: 'comparison',
  note: 'Illustrative: the two personas, their priors, their likelihoods and β are the site’s construction, not the post’s, and no published number is shown or fitted. Only the mechanism carries meaning: which way weight moves, and how fast it moves with the count.',
};
