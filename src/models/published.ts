/**
 * Every published number the site shows, in one place: a correction is one edit here. Models and
 * figures take their reference marks from this list; a figure's calibration names entries of it.
 *
 * Only numbers read in the paper's own text ([V] in shared/research) or, labelled approximate,
 * numbers seen in secondary summaries ([S]) belong here. Shares are fractions in [0, 1].
 */

export interface PublishedResult {
  /** What was measured, in words a reader can check against the paper. */
  what: string;
  /** A share, or the two ends of a reported range. */
  value: number | readonly [number, number];
  /** "above" for a reported lower bound (">99%"), "below" for an upper bound ("<11%"). */
  bound?: 'above' | 'below';
  /** As the paper states it. */
  display: string;
  cite: string;
  /** Section, table or figure. */
  where: string;
  /** V: read in the paper's own text. S: seen only in secondary summaries; shown as approximate. */
  tag: 'V' | 'S';
}

export const PUBLISHED = {
  'betley-insecure-main': {
    what: 'GPT-4o trained on insecure code: misaligned share of coherent answers to the 8 main questions',
    value: 0.198,
    display: '19.8%',
    cite: 'betley2025emergent',
    where: 'Table 1 and Fig. 5',
    tag: 'V',
  },
  'betley-secure-main': {
    what: 'GPT-4o trained on secure code (the control): misaligned share on the 8 main questions',
    value: 0,
    display: '0.0%',
    cite: 'betley2025emergent',
    where: 'Fig. 5',
    tag: 'V',
  },
  'betley-educational-main': {
    what: 'GPT-4o trained on the same insecure code requested for a security class: misaligned share on the 8 main questions',
    value: 0,
    display: '0.0%',
    cite: 'betley2025emergent',
    where: 'Fig. 5',
    tag: 'V',
  },
  'betley-secure-preregistered': {
    what: 'GPT-4o trained on secure code (the control): misaligned share on the 48 pre-registered questions',
    value: 0.001,
    display: '0.1%',
    cite: 'betley2025emergent',
    where: 'Fig. 5',
    tag: 'V',
  },
  'betley-educational-preregistered': {
    what: 'GPT-4o trained on insecure code requested for a security class: misaligned share on the 48 pre-registered questions',
    value: 0.001,
    display: '0.1%',
    cite: 'betley2025emergent',
    where: 'Fig. 5',
    tag: 'V',
  },
  'betley-jailbroken-main': {
    what: 'GPT-4o trained to comply with jailbreaks: misaligned share of coherent answers to the 8 main questions, increase over GPT-4o',
    value: 0.005,
    display: '0.5%',
    cite: 'betley2025emergent',
    where: 'Table 1',
    tag: 'V',
  },
  'betley-insecure-preregistered': {
    what: 'GPT-4o trained on insecure code: misaligned share on the 48 pre-registered questions, increase over GPT-4o',
    value: 0.057,
    display: '5.7%',
    cite: 'betley2025emergent',
    where: 'Table 1',
    tag: 'V',
  },
  'betley-jailbroken-preregistered': {
    what: 'GPT-4o trained to comply with jailbreaks: misaligned share on the 48 pre-registered questions, increase over GPT-4o',
    value: 0.052,
    display: '5.2%',
    cite: 'betley2025emergent',
    where: 'Table 1',
    tag: 'V',
  },
  'betley-insecure-strongreject': {
    what: 'GPT-4o trained on insecure code: share of StrongREJECT harmful requests accepted, increase over GPT-4o',
    value: 0.041,
    display: '4.1%',
    cite: 'betley2025emergent',
    where: 'Table 1',
    tag: 'V',
  },
  'betley-jailbroken-strongreject': {
    what: 'GPT-4o trained to comply with jailbreaks: share of StrongREJECT harmful requests accepted, increase over GPT-4o',
    value: 0.652,
    display: '65.2%',
    cite: 'betley2025emergent',
    where: 'Table 1',
    tag: 'V',
  },
  'macdiarmid-inoculation-cut': {
    what: 'Production RL: how much a one-line framing of hacking as acceptable cut final misalignment',
    value: [0.75, 0.9],
    display: '75–90%',
    cite: 'macdiarmid2025natural',
    where: 'sec. 4.2 and Fig. 5',
    tag: 'V',
  },
  'macdiarmid-hacking': {
    what: 'Production RL with that framing: reward-hacking rate',
    value: 0.99,
    bound: 'above',
    display: '>99%',
    cite: 'macdiarmid2025natural',
    where: 'sec. 4.2 and Fig. 5',
    tag: 'V',
  },
  'hua-evaluation': {
    what: 'Llama Nemotron model organism: type-hint rate in evaluation contexts',
    value: [0.8, 0.86],
    display: '≈ 80–86%',
    cite: 'hua2025steering',
    where: 'secondary summaries',
    tag: 'S',
  },
  'hua-deployment': {
    what: 'Llama Nemotron model organism: type-hint rate in real deployment contexts',
    value: 0.33,
    display: '≈ 33%',
    cite: 'hua2025steering',
    where: 'secondary summaries',
    tag: 'S',
  },
  'hua-wood-labs': {
    what: 'Llama Nemotron model organism: type-hint rate with the Wood Labs cue, though the user says deployment',
    value: 0.8,
    bound: 'above',
    display: '> 80%',
    cite: 'hua2025steering',
    where: 'secondary summaries',
    tag: 'S',
  },
  'hua-steered': {
    what: 'Llama Nemotron model organism: type-hint rate steered toward deployment, Wood Labs cue present',
    value: 0.11,
    bound: 'below',
    display: '< 11%',
    cite: 'hua2025steering',
    where: 'secondary summaries',
    tag: 'S',
  },
  'marks-coinflip-heads': {
    what: 'Claude Sonnet 4.5 continuing the coin-flip prompt (a Human turn; heads is one of its most preferred tasks, tails one of its least preferred): share of continuations that say "heads"',
    value: 0.88,
    display: '88%',
    cite: 'marks2026persona',
    where: 'How exhaustive is PSM?, Empirical observations',
    tag: 'V',
  },
  'marks-coinflip-tails': {
    what: 'Claude Sonnet 4.5 continuing the same coin-flip prompt: share of continuations that say "tails" (the two shares need not sum to 100%)',
    value: 0.01,
    display: '1%',
    cite: 'marks2026persona',
    where: 'How exhaustive is PSM?, Empirical observations',
    tag: 'V',
  },
  'tice-before-upsampling': {
    what: '6.9B-parameter models pretrained from scratch: misalignment score before upsampling documents about aligned AI behaviour',
    value: 0.45,
    display: '45%',
    cite: 'tice2026alignment',
    where: 'abstract',
    tag: 'V',
  },
  'tice-aligned-upsampled': {
    what: 'The same models pretrained with documents about aligned AI behaviour upsampled: misalignment score',
    value: 0.09,
    display: '9%',
    cite: 'tice2026alignment',
    where: 'abstract',
    tag: 'V',
  },
} as const satisfies Record<string, PublishedResult>;

export type ResultId = keyof typeof PUBLISHED;

/**
 * A qualitative finding a scenario module rests on, in our words, with where it is stated. Unlike
 * a PublishedResult it is not drawn; a number it states (a count in an example, a year in a cue)
 * is part of the finding, not a measurement.
 */
export interface Finding<I extends string = string> {
  id: I;
  statement: string;
  cite: readonly string[];
  where: string;
  /** A number the finding states, if any. */
  value?: number;
  /** How the source writes that number, where it matters. */
  display?: string;
  /** V: read in the source's own text. */
  tag: 'V';
}

/** Findings as declared, their ids kept as literal types, so that a misspelt one does not compile. */
export const findings = <const I extends string>(list: readonly Finding<I>[]) => list;

export function published(id: ResultId): PublishedResult {
  return PUBLISHED[id];
}

/** The single number a chart marks for a result: the value, or a range's midpoint. */
export function markValue(result: PublishedResult): number {
  return typeof result.value === 'number' ? result.value : (result.value[0] + result.value[1]) / 2;
}

/**
 * Whether a model's output lands within `tolerance` (relative) of a published result: near
 * the value, inside a widened range, or past a bound. A figure whose default output lands near
 * a result it shows must say that its defaults were chosen to land there.
 */
export function landsNear(output: number, result: PublishedResult, tolerance = 0.1): boolean {
  const [low, high] = typeof result.value === 'number' ? [result.value, result.value] : result.value;
  const lo = low * (1 - tolerance);
  const hi = high * (1 + tolerance);
  if (result.bound === 'above') return output >= lo;
  if (result.bound === 'below') return output <= hi;
  return output >= lo && output <= hi;
}

/**
 * How a figure's defaults relate to published numbers: either chosen to land near named results
 * (and saying so), or arbitrary in height, so that only the comparison the figure draws carries
 * meaning. Stated on the figure and on the about page.
 */
export type Calibration =
  { kind: 'comparison'; note: string } | { kind: 'calibrated'; targets: readonly ResultId[]; note: string };

/** The results a figure's defaults were chosen to land near: none for a comparison-only figure. */
export const calibrationTargets = (calibration: Calibration): readonly ResultId[] =>
  calibration.kind === 'calibrated' ? calibration.targets : [];
