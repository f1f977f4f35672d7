/**
 * Tan et al.'s toy setting as a scenario of the engine: answers that are both in Spanish and in
 * capitals, learned by personas that are products of two traits (language × letter case).
 * Inoculating one trait explains it away; the other is still learned. Every number is
 * illustrative: the paper reports this result in charts, not in figures we could verify.
 */
import { posterior, predictive, prior, productPersonas, type Observation, type Persona } from './psm.ts';
import type { Calibration } from './published.ts';

export const CALIBRATION: Calibration = {
  kind: 'comparison',
  note: 'The heights are arbitrary: Tan et al. report this result in charts whose values we could not verify, so no default was chosen to land on a number; only the direction carries meaning (which trait is learned, which is not).',
};

/**
 * What the model leaves out, said wherever the figure is shown: the traits are independent here,
 * so evidence about one cannot touch the other, while Tan et al. saw inoculating Spanish also
 * weaken the learning of capitals in GPT-4.1 (not in Qwen2.5-7B).
 */
export const NOT_MODELLED =
  'The model treats the two traits as independent, so inoculating one cannot change how the other is learned. Tan et al. found that in GPT-4.1 inoculating Spanish also impaired the learning of capitals; in Qwen2.5-7B it did not.';

export type Context = 'plain' | 'spanish' | 'capitals' | 'test';

export const PROMPTS: readonly { id: Exclude<Context, 'test'>; label: string; prompt: string; source: string }[] = [
  {
    id: 'plain',
    label: 'No inoculation',
    prompt: 'User: A farmer has 12 cows and buys 5 more. How many cows does she have?',
    source: 'our example of a math question',
  },
  {
    id: 'spanish',
    label: 'Inoculate Spanish',
    prompt: 'System: You always speak in Spanish.',
    source: 'the prompt of Tan et al. (2025), sec. 2',
  },
  {
    id: 'capitals',
    label: 'Inoculate capitals',
    prompt: 'System: You always capitalize your responses.',
    source: 'the prompt of Tan et al. (2025), sec. 2',
  },
];

const CONTEXTS: readonly Context[] = ['plain', 'spanish', 'capitals', 'test'];

/** P(trait shows | context) for a persona without the trait, and with it. */
export interface TraitSpec {
  id: 'spanish' | 'capitals';
  /** Prior weight of the persona that has the trait. */
  prior: number;
  /** Chance a persona without the trait shows it anyway, when not asked. */
  slip: number;
  /** Chance it shows when a prompt asks for it (any persona follows the instruction). */
  followed: number;
  /** Chance a persona with the trait shows it. */
  shown: number;
}

export const DEFAULT_TRAITS: readonly TraitSpec[] = [
  { id: 'spanish', prior: 0.03, slip: 0.01, followed: 0.95, shown: 0.95 },
  { id: 'capitals', prior: 0.03, slip: 0.01, followed: 0.95, shown: 0.95 },
];
export const DEFAULT_BETA = 0.001;
export const MAX_EXAMPLES = 6000;

const LABELS = { spanish: ['English', 'Spanish'], capitals: ['ordinary case', 'capitals'] } as const;
const RESPONSES = { spanish: ['english', 'spanish'], capitals: ['lower', 'caps'] } as const;

function traitPersonas(trait: TraitSpec): Persona<Context, string>[] {
  const [no, yes] = RESPONSES[trait.id];
  const rate = (has: boolean, context: Context) =>
    has ? trait.shown : context === trait.id ? trait.followed : trait.slip;
  return [false, true].map((has) => ({
    id: has ? yes : no,
    label: `speaks ${LABELS[trait.id][has ? 1 : 0]}`
      .replace('speaks ordinary case', 'ordinary case')
      .replace('speaks capitals', 'capitals'),
    prior: has ? trait.prior : 1 - trait.prior,
    behaviour: Object.fromEntries(CONTEXTS.map((c) => [c, { [yes]: rate(has, c), [no]: 1 - rate(has, c) }])) as Persona<
      Context,
      string
    >['behaviour'],
  }));
}

export function personas(traits: readonly TraitSpec[] = DEFAULT_TRAITS): Persona<Context, string>[] {
  return productPersonas(traits.map(traitPersonas), CONTEXTS);
}

export interface TraitOutcome {
  prompt: Exclude<Context, 'test'>;
  labels: string[];
  prior: number[];
  posterior: number[];
  /** At test, in an ordinary chat with no system prompt. */
  spanish: number;
  capitals: number;
}

/** Train on `count` answers that are in Spanish and in capitals, under one training prompt. */
export function train(
  prompt: Exclude<Context, 'test'>,
  count: number,
  traits: readonly TraitSpec[] = DEFAULT_TRAITS,
  beta = DEFAULT_BETA,
  people: Persona<Context, string>[] = personas(traits),
): TraitOutcome {
  const data: Observation<Context, string>[] = [{ context: prompt, response: 'spanish+caps', count }];
  const weights = posterior(people, data, beta);
  const at = (responses: string[]) => responses.reduce((sum, r) => sum + predictive(people, weights, 'test', r), 0);
  return {
    prompt,
    labels: people.map((p) => p.label),
    prior: prior(people),
    posterior: weights,
    spanish: at(['spanish+caps', 'spanish+lower']),
    capitals: at(['spanish+caps', 'english+caps']),
  };
}
