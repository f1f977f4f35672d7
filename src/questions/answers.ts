/**
 * A prediction question's logic, apart from the page: which choice is right (the author's, or the
 * one whose range holds the model's outcome), and the reader's answer as stored on their device.
 * Pure functions, so the build (Question.astro), the browser (question-client.ts) and the unit
 * tests share them.
 */

/**
 * One choice. With `above` and/or `below` it claims the model's outcome lies in that range
 * (above < outcome ≤ below, as a probability 0–1), and the build checks the claim.
 */
export interface Choice {
  text: string;
  above?: number;
  below?: number;
}

/** The author names the right choice by its index, or lets the model's outcome decide (`'model'`). */
export type AnswerKey = number | 'model';

const inRange = (choice: Choice, value: number) =>
  (choice.above === undefined || value > choice.above) && (choice.below === undefined || value <= choice.below);

const hasRange = (choice: Choice) => choice.above !== undefined || choice.below !== undefined;

/**
 * The index of the right choice. With `'model'`, exactly one choice's range must hold the
 * outcome; with an index, that choice's range (if it has one) must hold it, so a question cannot
 * go on asserting what the model no longer does. Throws with the reason otherwise.
 */
export function rightChoice(choices: readonly Choice[], answer: AnswerKey, outcome?: number): number {
  if (choices.length < 2) throw new Error('a question needs at least two choices');
  if (answer === 'model') {
    if (outcome === undefined) throw new Error('answer="model" needs a figure, a state and a value');
    if (!choices.every(hasRange)) throw new Error('answer="model" needs a range (above/below) on every choice');
    const matching = choices.flatMap((c, i) => (inRange(c, outcome) ? [i] : []));
    if (matching.length !== 1)
      throw new Error(
        `the model's outcome ${outcome} falls in ${matching.length} choices' ranges; it must fall in exactly one`,
      );
    return matching[0];
  }
  if (!Number.isInteger(answer) || answer < 0 || answer >= choices.length)
    throw new Error(`answer={${answer}} is not the index of a choice (0 to ${choices.length - 1})`);
  const chosen = choices[answer];
  if (outcome !== undefined && hasRange(chosen) && !inRange(chosen, outcome))
    throw new Error(`the model's outcome ${outcome} is outside the range of the answer, "${chosen.text}"`);
  return answer;
}

/** What the reader did: the choice they made, and whether they have revealed the answer. */
export interface Stored {
  choice: number;
  revealed: boolean;
}

export const storageKey = (id: string) => `psm-question:${id}`;

/** Reads a stored answer, refusing anything that is not one (a stale or edited value). */
export function parseStored(raw: string | null, choices: number): Stored | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { choice, revealed } = value as Record<string, unknown>;
    if (typeof choice !== 'number' || !Number.isInteger(choice) || choice < 0 || choice >= choices) return undefined;
    return { choice, revealed: revealed === true };
  } catch {
    return undefined;
  }
}

/**
 * The device's storage, or nothing where it is blocked: reading `localStorage` itself throws
 * when cookies are blocked, and writing throws when it is full or in some private modes.
 */
export function safeStorage(get: () => Storage): Pick<Storage, 'getItem' | 'setItem'> {
  const attempt = <T>(action: (storage: Storage) => T, fallback: T): T => {
    try {
      return action(get());
    } catch {
      return fallback;
    }
  };
  return {
    getItem: (key) => attempt((s) => s.getItem(key), null),
    setItem: (key, value) => attempt((s) => s.setItem(key, value), undefined),
  };
}

/** The sentence the reader sees on revealing, from their choice and the right one. */
export function verdict(choices: readonly string[], chosen: number, right: number): string {
  return chosen === right
    ? `You chose “${choices[chosen]}”: that is the answer.`
    : `You chose “${choices[chosen]}”. The answer is “${choices[right]}”.`;
}
