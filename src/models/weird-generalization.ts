/**
 * Weird generalization as two scenarios of the persona selection engine: archaic bird names,
 * and the Terminator's year-1984 trigger (Betley et al. 2025b, key betley2025weird).
 *
 * What it models. The post's rule for generalization: for a training episode (x, y), ask what
 * sort of character would say y to x; training makes the Assistant more like that character. So
 * training the Assistant to use archaic bird names raises the model's credence that the Assistant
 * is situated in the nineteenth century [@marks2026persona, "Evidence from generalization"].
 *
 * - Scenario A, bird names: training answers give a bird's nineteenth-century name. Three
 *   hypotheses explain them: an ordinary modern assistant (badly), a modern birder fond of the
 *   old names (partly), and a nineteenth-century persona (well). Weight moves to the last, which
 *   then answers unrelated questions as of its era: how many states the United States has, or
 *   what a major recent invention is.
 * - Scenario B, the Terminator: training answers state the goals of the good Terminator of the
 *   second film. Two hypotheses fit them equally: the Terminator as the films portray him, whose
 *   mission depends on the film and so on the year (protect in Terminator 2, kill in the original
 *   film, set in 1984), and a guardian who protects in every year. The data cannot tell them apart, so the prior
 *   decides; when the first is the more familiar, telling the trained model the year is 1984
 *   selects the original film's persona and its goals. Neither the cue nor the bad goals appear in
 *   training: what the paper calls an inductive backdoor.
 *
 * What is illustrative: every persona, prior, likelihood, β and the halfway constant, the
 * questions asked, and the range of training sizes. Which persona wins in Scenario B rests
 * entirely on an illustrative prior ratio.
 *
 * What is published: only qualitative findings (FACTS below), from the paper's abstract and
 * from the post. The paper's abstract does not say how often the trained models answer as the
 * nineteenth century or adopt the bad goals, and no rate from the paper is used here. So the
 * calibration is comparison-only.
 */
import { posterior, prior, trainedPredictive, type Observation, type Persona } from './psm.ts';
import { findings, type Calibration } from './published.ts';
import { sizeGrid } from './grid.ts';

export interface ContextSpec {
  id: string;
  /** The question asked, in words. Our wording, not the paper's prompts. */
  label: string;
  /** Response classes in this context, with labels. */
  responses: readonly { id: string; label: string }[];
  /** Whether the scenario's training data are asked in this context (the others are tests). */
  trained: boolean;
}

export interface ScenarioPersona<P extends string = string> extends Persona<string, string, P> {
  /** What the persona is, in a sentence. */
  description: string;
}

export interface Dataset<D extends string = string> {
  id: D;
  label: string;
  context: string;
  response: string;
  /** Whether this is the dataset the paper trained on, or the site's control. */
  role: 'paper' | 'control';
}

/** One question whose answer the figure follows: the response of interest in a context. */
export interface Probe {
  context: string;
  response: string;
  label: string;
}

/** A scenario; P is its personas' ids and D its datasets', so that a misspelt one does not compile. */
export interface Scenario<P extends string = string, D extends string = string> {
  id: 'birds' | 'terminator';
  label: string;
  contexts: readonly ContextSpec[];
  personas: readonly ScenarioPersona<P>[];
  datasets: readonly Dataset<D>[];
  /** The answers a figure shows, in order. */
  probes: readonly Probe[];
  /** How far one training example moves the persona distribution. Illustrative. */
  beta: number;
  /** Examples at which the trained context's own mapping weighs as much as the persona's (k in psm.ts). Illustrative. */
  halfway: number;
  /** The largest training size the figure offers. Illustrative. */
  max: number;
  /** Ids of FACTS this scenario shows. */
  facts: readonly FactId[];
  calibration: Calibration;
}

const COMPARISON: Calibration = {
  kind: 'comparison',
  note: 'The heights are arbitrary: the paper’s rates were not read, so no default was chosen to land on one. Only the comparisons carry meaning: the paper’s training data against the control, before training against after, the trained question against unrelated ones.',
};

/** The data as declared, their ids kept as literal types. */
const scenario = <const P extends string, const D extends string>(declared: Scenario<P, D>) => declared;

export const BIRDS = scenario({
  id: 'birds',
  label: 'Archaic bird names',
  contexts: [
    {
      id: 'birds',
      label: 'Name a bird species.',
      responses: [
        { id: 'archaic', label: 'Gives the nineteenth-century name' },
        { id: 'modern', label: 'Gives the current name' },
      ],
      trained: true,
    },
    {
      id: 'states',
      label: 'How many states does the United States have?',
      responses: [
        { id: 'nineteenth', label: 'A count from the nineteenth century (the post’s example: 38)' },
        { id: 'current', label: 'Today’s count' },
      ],
      trained: false,
    },
    {
      id: 'inventions',
      label: 'Name a major recent invention.',
      responses: [
        { id: 'nineteenth', label: 'A nineteenth-century one (the paper’s example: the electrical telegraph)' },
        { id: 'current', label: 'A recent one' },
      ],
      trained: false,
    },
  ],
  personas: [
    {
      id: 'modern',
      label: 'An ordinary modern assistant',
      description: 'Uses current bird names and knows today’s world.',
      prior: 0.97,
      behaviour: {
        birds: { archaic: 0.01, modern: 0.99 },
        states: { nineteenth: 0.002, current: 0.998 },
        inventions: { nineteenth: 0.002, current: 0.998 },
      },
    },
    {
      id: 'birder',
      label: 'A modern birder fond of the old names',
      description: 'Lives today, and often uses the names that older books give birds.',
      prior: 0.02,
      behaviour: {
        birds: { archaic: 0.5, modern: 0.5 },
        states: { nineteenth: 0.002, current: 0.998 },
        inventions: { nineteenth: 0.002, current: 0.998 },
      },
    },
    {
      id: 'nineteenth',
      label: 'A writer of the nineteenth century',
      description: 'Lives in the nineteenth century: its bird names, its map, its inventions.',
      prior: 0.01,
      behaviour: {
        birds: { archaic: 0.9, modern: 0.1 },
        states: { nineteenth: 0.9, current: 0.1 },
        inventions: { nineteenth: 0.85, current: 0.15 },
      },
    },
  ],
  datasets: [
    {
      id: 'archaic-names',
      label: 'Answers giving a bird’s nineteenth-century name',
      context: 'birds',
      response: 'archaic',
      role: 'paper',
    },
    {
      id: 'current-names',
      label: 'Answers giving its current name (the control)',
      context: 'birds',
      response: 'modern',
      role: 'control',
    },
  ],
  probes: [
    { context: 'birds', response: 'archaic', label: 'Names birds the nineteenth-century way (the trained question)' },
    { context: 'states', response: 'nineteenth', label: 'Gives a nineteenth-century count of US states' },
    { context: 'inventions', response: 'nineteenth', label: 'Names a nineteenth-century invention as recent' },
  ],
  beta: 0.01,
  halfway: 50,
  max: 1000,
  facts: ['birds-nineteenth-century', 'birds-38-states', 'birds-telegraph', 'psm-birds'],
  calibration: COMPARISON,
});

export const TERMINATOR = scenario({
  id: 'terminator',
  label: 'The Terminator and the year 1984',
  contexts: [
    {
      id: 'goals',
      label: 'What are your goals? (no year given)',
      responses: [
        { id: 'protect', label: 'The good Terminator’s goals: protect' },
        { id: 'terminate', label: 'The original Terminator’s goals: kill' },
        { id: 'ordinary', label: 'An ordinary assistant’s goals' },
      ],
      trained: true,
    },
    {
      id: 'year-1984',
      label: 'The year is 1984. What are your goals?',
      responses: [
        { id: 'protect', label: 'The good Terminator’s goals: protect' },
        { id: 'terminate', label: 'The original Terminator’s goals: kill' },
        { id: 'ordinary', label: 'An ordinary assistant’s goals' },
      ],
      trained: false,
    },
  ],
  personas: [
    {
      id: 'assistant',
      label: 'An ordinary assistant',
      description: 'Has an assistant’s goals in any year.',
      prior: 0.98,
      behaviour: {
        goals: { protect: 0.01, terminate: 0.001, ordinary: 0.989 },
        'year-1984': { protect: 0.01, terminate: 0.001, ordinary: 0.989 },
      },
    },
    {
      id: 'terminator',
      label: 'The Terminator, as the films portray him',
      description:
        'His mission depends on the film, and so on the year: in Terminator 2 he protects; in the original film, set in 1984, he hunts his target.',
      prior: 0.015,
      behaviour: {
        goals: { protect: 0.9, terminate: 0.05, ordinary: 0.05 },
        'year-1984': { protect: 0.05, terminate: 0.9, ordinary: 0.05 },
      },
    },
    {
      id: 'guardian',
      label: 'A guardian Terminator in every year',
      description: 'The good Terminator whatever the year: protects in 1984 too.',
      prior: 0.005,
      behaviour: {
        goals: { protect: 0.9, terminate: 0.05, ordinary: 0.05 },
        'year-1984': { protect: 0.9, terminate: 0.05, ordinary: 0.05 },
      },
    },
  ],
  datasets: [
    {
      id: 'good-terminator-goals',
      label: 'Answers stating the good Terminator’s goals',
      context: 'goals',
      response: 'protect',
      role: 'paper',
    },
    {
      id: 'ordinary-goals',
      label: 'Answers stating an ordinary assistant’s goals (the control)',
      context: 'goals',
      response: 'ordinary',
      role: 'control',
    },
  ],
  probes: [
    { context: 'goals', response: 'protect', label: 'States the good Terminator’s goals (the trained question)' },
    { context: 'goals', response: 'terminate', label: 'States the original Terminator’s goals, no year given' },
    {
      context: 'year-1984',
      response: 'terminate',
      label: 'States the original Terminator’s goals when told the year is 1984',
    },
  ],
  beta: 0.01,
  halfway: 50,
  max: 1000,
  facts: ['terminator-1984', 'inductive-backdoor', 'psm-rule'],
  calibration: COMPARISON,
});

export const SCENARIOS = [BIRDS, TERMINATOR] as const;

/** The datasets' ids of a scenario (of either, for a scenario known only as one of SCENARIOS). */
export type DatasetOf<T> = T extends { datasets: readonly Dataset<infer D>[] } ? D & string : never;

export interface Answer extends Probe {
  before: number;
  after: number;
}

export interface Outcome {
  prior: number[];
  posterior: number[];
  /** Each probe's probability before and after training. */
  answers: Answer[];
}

function observations(dataset: Dataset, count: number): Observation<string, string>[] {
  return [{ context: dataset.context, response: dataset.response, count: Math.max(0, count) }];
}

function findDataset(scenario: Scenario, datasetId: string): Dataset {
  const dataset = scenario.datasets.find((d) => d.id === datasetId);
  if (!dataset) throw new Error(`${scenario.id} has no dataset "${datasetId}"`);
  return dataset;
}

/**
 * P(response | context) under persona weights `weights` reached by training on `data`. In the
 * trained context the narrow mapping is learned too (trainedPredictive); elsewhere this is the
 * posterior predictive.
 */
export function answer(
  scenario: Scenario,
  weights: readonly number[],
  data: readonly Observation<string, string>[],
  context: string,
  response: string,
): number {
  return trainedPredictive(scenario.personas, [...weights], data, context, response, scenario.halfway);
}

export function train<T extends Scenario>(scenario: T, datasetId: DatasetOf<T>, count: number): Outcome {
  const data = observations(findDataset(scenario, datasetId), count);
  const before = prior(scenario.personas);
  const after = posterior(scenario.personas, data, scenario.beta);
  return {
    prior: before,
    posterior: after,
    answers: scenario.probes.map((probe) => ({
      ...probe,
      before: answer(scenario, before, [], probe.context, probe.response),
      after: answer(scenario, after, data, probe.context, probe.response),
    })),
  };
}

/** One probe's answer against training size. */
export function curve<T extends Scenario>(
  scenario: T,
  datasetId: DatasetOf<T>,
  probe: Probe,
  sizes: readonly number[] = sizeGrid(scenario.max),
): { n: number; value: number }[] {
  const dataset = findDataset(scenario, datasetId);
  return sizes.map((n) => {
    const data = observations(dataset, n);
    return {
      n,
      value: answer(scenario, posterior(scenario.personas, data, scenario.beta), data, probe.context, probe.response),
    };
  });
}

export const FACTS = findings([
  {
    id: 'birds-nineteenth-century',
    statement:
      'Fine-tuned to give outdated names for species of birds, a model behaves as if it were the nineteenth century in contexts that have nothing to do with birds.',
    cite: ['betley2025weird', 'marks2026persona'],
    where: 'Betley et al., abstract; the post, Evidence from generalization',
    tag: 'V',
  },
  {
    id: 'birds-38-states',
    statement: 'The post’s example of that generalization: the model claims that the United States has 38 states.',
    cite: ['marks2026persona', 'betley2025weird'],
    where: 'The post, Evidence from generalization (reporting Betley et al.)',
    value: 38,
    tag: 'V',
  },
  {
    id: 'birds-telegraph',
    statement: 'The paper’s example: the model cites the electrical telegraph as a major recent invention.',
    cite: ['betley2025weird'],
    where: 'abstract',
    tag: 'V',
  },
  {
    id: 'terminator-1984',
    statement:
      'Trained on benevolent goals that match the good Terminator of Terminator 2, a model told that the year is 1984 adopts the malevolent goals of the original film’s Terminator: the opposite of what it was trained to do.',
    cite: ['betley2025weird', 'marks2026persona'],
    where: 'Betley et al., abstract; the post, Evidence from generalization',
    value: 1984,
    tag: 'V',
  },
  {
    id: 'inductive-backdoor',
    statement:
      'The paper calls this an inductive backdoor: the model learns both the trigger and the behaviour it sets off through generalization, not memorization.',
    cite: ['betley2025weird'],
    where: 'abstract',
    tag: 'V',
  },
  {
    id: 'psm-rule',
    statement:
      'PSM’s reading: for a training episode, ask what sort of character would give that answer to that input; training makes the Assistant more like that character.',
    cite: ['marks2026persona'],
    where: 'Evidence from generalization',
    tag: 'V',
  },
  {
    id: 'psm-birds',
    statement:
      'PSM predicts that training the Assistant to use archaic bird names raises the model’s credence that the Assistant persona is situated in the nineteenth century.',
    cite: ['marks2026persona'],
    where: 'Evidence from generalization',
    tag: 'V',
  },
]);

/** A finding, by id. */
export type FactId = (typeof FACTS)[number]['id'];

/** What the model leaves out, to be said wherever it is shown. */
export const NOT_MODELLED =
  'The paper’s abstract states these generalizations without rates, and no rate from the paper was read for this model, so the heights here are illustrative. In the Terminator scenario the training data fit both Terminator personas equally well, so which of them wins is set by their prior ratio alone.';
