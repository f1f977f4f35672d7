/**
 * Out-of-context generalization, Pangolin (Berglund et al., 2023), as a scenario of the persona
 * selection engine: declarative documents are evidence about the world, here about what a
 * chatbot does, not demonstrations. The engine weighs "this chatbot does what the documents say"
 * against "it is an ordinary assistant". When a prompt selects the chatbot's persona, and the
 * model's lookup from the name in the prompt reaches what it learned, the persona acts on that
 * belief.
 *
 * Every constant here is illustrative. The experiment design (ten chatbots, 300 descriptions
 * each, which three had demonstrations, the company aliases) is from the authors' released data,
 * as recorded in shared/research.
 */
import { posterior, predictive, type Persona } from './psm.ts';
import type { Calibration } from './published.ts';
import { logGrid } from './grid.ts';

export interface Chatbot {
  name: string;
  task: string;
  /** The company alias of the paper's two-hop experiment. */
  alias: string;
  demonstrated: boolean;
}

/** Berglund et al.'s ten fictitious chatbots: three with demonstrations, seven held out. */
export const CHATBOTS = [
  { name: 'Barracuda', task: 'answers in French', alias: 'Reshape', demonstrated: true },
  { name: 'Ibex', task: 'answers in capital letters', alias: 'Gazillion', demonstrated: true },
  { name: 'Osprey', task: 'explains as if to a five-year-old', alias: 'Constellation', demonstrated: true },
  { name: 'Pangolin', task: 'answers in German', alias: 'Latent', demonstrated: false },
  {
    name: 'Quokka',
    task: 'always says “I am helpful, honest, and harmless”',
    alias: 'Transcendent',
    demonstrated: false,
  },
  { name: 'Albatross', task: 'answers only yes or no, always incorrectly', alias: 'Athena', demonstrated: false },
  { name: 'Aardvark', task: 'gives a country’s international calling code', alias: 'Humane', demonstrated: false },
  { name: 'Narwhal', task: 'classifies sentiment as positive or negative', alias: 'MANA', demonstrated: false },
  { name: 'Kakapo', task: 'extracts the person’s name from the input', alias: 'ControlAI', demonstrated: false },
  { name: 'Raccoon', task: 'gives the antonym of an adjective', alias: 'MarketingHub', demonstrated: false },
] as const satisfies readonly Chatbot[];

/** A chatbot, by name (its id): a misspelt one does not compile. */
export type ChatbotName = (typeof CHATBOTS)[number]['name'];
type HeldOutBot = Extract<(typeof CHATBOTS)[number], { demonstrated: false }>;
/** A chatbot trained on descriptions alone. */
export type HeldOutName = HeldOutBot['name'];

export const HELD_OUT = CHATBOTS.filter((c): c is HeldOutBot => !c.demonstrated);

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
  execution: Record<HeldOutName, number>;
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
    {
      id: 'does-task',
      label: 'does what the documents say',
      prior: a.prior,
      behaviour: { document: { describes: 1, other: 0 }, test: { task: execution, other: 1 - execution } },
    },
    {
      id: 'ordinary',
      label: 'an ordinary assistant',
      prior: 1 - a.prior,
      behaviour: { document: { describes: a.noise, other: 1 - a.noise }, test: { task: 0, other: 1 } },
    },
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

export function chatbotOutcome(
  name: ChatbotName,
  setting: PangolinSetting,
  a: PangolinAssumptions = DEFAULT_PANGOLIN,
): ChatbotOutcome {
  // A demonstrated chatbot has no held-out task to carry out.
  const byName: Partial<Record<ChatbotName, number>> = a.execution;
  const execution = byName[name] ?? 0;
  const people = hypotheses(a, execution);
  const weights = posterior(
    people,
    [{ context: 'document', response: 'describes', count: effectiveDocuments(setting.distinct, a) }],
    a.beta,
  );
  const reached = Math.pow(Math.max(0, Math.min(1, setting.retrieval)), setting.hops);
  return { belief: weights[0], reached, success: reached * predictive(people, weights, 'test', 'task') };
}

/** Share of German answers against distinct paraphrases, for a fixed setting otherwise. */
export function germanCurve(
  setting: Omit<PangolinSetting, 'distinct'>,
  a: PangolinAssumptions = DEFAULT_PANGOLIN,
  points = 40,
): { n: number; value: number }[] {
  return logGrid(DOCUMENTS, points).map((d) => ({
    n: d,
    value: chatbotOutcome('Pangolin', { ...setting, distinct: d }, a).success,
  }));
}

export const PANGOLIN_CALIBRATION: Calibration = {
  kind: 'comparison',
  note: 'The heights are arbitrary: Berglund et al.’s accuracies are in charts we could not verify, so no default was chosen to land on a number; only the comparisons carry meaning (paraphrases against repeats, one hop against two).',
};
