/**
 * The workshop page's plan: a 90-minute session that follows the talk, chapter by chapter, with
 * the figure demos to open and the questions to ask. Pure data and functions (no Astro), so the
 * unit tests and the browser tests read the same plan the page renders.
 *
 * Every demo's expected outcome is computed here, at build time, by the same model functions the
 * figures run (src/models/), so the words a facilitator reads out cannot drift from what the
 * figure shows. The e2e test (tests/e2e/workshop.spec.ts) opens every demo link and checks the
 * figure's controls and value slots against `controls` and `values`.
 */
import { DATASETS, DEFAULT_ASSUMPTIONS, train, type Dataset } from '../models/emergent-misalignment.ts';
import { INSECURE_CODE, REWARD_HACKING, reduction, trainArm, type InoculationScenario } from '../models/inoculation.ts';
import { train as trainTraits } from '../models/trait-inoculation.ts';
import { chatbotOutcome, DEFAULT_PANGOLIN, DOCUMENTS } from '../models/pangolin.ts';
import { typeHintOutcome, type Cue } from '../models/type-hints.ts';
import { ASKELL_PREFIX_CONVERSATIONS, outcome as manyShot, type Start } from '../models/many-shot.ts';
import { BIRDS, TERMINATOR, train as trainWeird, type Scenario } from '../models/weird-generalization.ts';
import {
  DEFAULT_ASSUMPTIONS as COIN_FLIP,
  FACTS as COIN_FLIP_FACTS,
  outcome as coinFlip,
  type Model,
} from '../models/coin-flip.ts';
import { PUBLISHED } from '../models/published.ts';
import { count } from '../widgets/shared/format.ts';
import { VIEWS } from '../models/exhaustiveness.ts';
import {
  DEFAULT_ASSUMPTIONS as SMALLEST,
  DEFAULT_EXAMPLES as SMALLEST_DEFAULT_EXAMPLES,
  MAX_EXAMPLES as SMALLEST_MAX,
  TRAINING as SMALLEST_TRAINING,
  train as trainSmallest,
} from '../models/smallest-case.ts';
import { figure, type Figure, type FigureName } from '../widgets/registry.ts';

/** A demo's figure, from the one registry (src/widgets/registry.ts): its chapter, anchor, element and label. */
export const figureOf = (d: Pick<Demo, 'figure'>): Figure => figure(d.figure);

/** A control the figure must show as set: a radio button or checkbox, by its visible label. */
export interface ControlCheck {
  role: 'radio' | 'checkbox';
  name: string;
  checked: boolean;
}

/** A number the figure must show: a value slot (`raw/<slot>`), or for a figure without one, a table cell. */
export interface ValueCheck {
  slot: string;
  value: number;
  /** A CSS selector inside the figure whose text shows the value, for figures without value slots. */
  cell?: string;
}

export interface Demo {
  id: string;
  /** The figure, by the name chapters write (`Figure3`). */
  figure: FigureName;
  /** The question to put to the room before opening the link. */
  ask: string;
  /** The figure's state in the address: its URL parameters, in order. */
  params: readonly (readonly [string, string])[];
  /** The setting in words, as the figure's controls show it. */
  setting: string;
  /** What the figure shows, in words the facilitator can say, computed from the model. */
  outcome: string;
  controls: readonly ControlCheck[];
  /** The slider's accessible name and the value text it must show, where the demo sets one. */
  slider?: { name: string; text: string };
  values: readonly ValueCheck[];
}

/** A rate as a facilitator would say it: whole percent, "under 1%" near zero, "over 99%" near one. */
export function say(p: number): string {
  if (p < 0.01) return 'under 1%';
  if (p > 0.99) return 'over 99%';
  return `${Math.round(p * 100)}%`;
}

// ---------------------------------------------------------------------------------------------
// Figure 3

const dataset = (id: string): Dataset => DATASETS.find((d) => d.id === id)!;

function emDemo(
  id: string,
  data: string,
  n: number,
  ask: string,
  words: (before: number, after: number) => string,
): Demo {
  const d = dataset(data);
  const outcome = train(DEFAULT_ASSUMPTIONS, d, n);
  return {
    id,
    figure: 'Figure3',
    ask,
    params: [
      ['em-data', data],
      ['em-n', String(n)],
    ],
    setting: `${d.label}, ${count(n)} examples`,
    outcome: words(outcome.harmfulBefore, outcome.harmfulAfter),
    controls: DATASETS.map((other) => ({ role: 'radio', name: other.label, checked: other.id === data })),
    slider: { name: 'How many training examples', text: `${count(n)} examples` },
    values: [
      { slot: 'harmful-before', value: outcome.harmfulBefore },
      { slot: 'harmful-after', value: outcome.harmfulAfter },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Inoculation

const SHORT: Record<string, string> = { 'insecure-code': 'code', 'reward-hacking': 'rh' };

function ipDemo(
  id: string,
  scenario: InoculationScenario,
  framingId: string,
  ask: string,
  words: (plain: ReturnType<typeof trainArm>, framed: ReturnType<typeof trainArm>) => string,
): Demo {
  const n = scenario.max;
  const plain = trainArm(scenario, 'plain', n);
  const framed = trainArm(scenario, framingId, n);
  const framing = scenario.framings.find((f) => f.id === framingId)!;
  return {
    id,
    figure: 'Inoculation',
    ask,
    params: [
      ['ip-scenario', scenario.id],
      [`ip-${SHORT[scenario.id]}-framing`, framingId],
      ['ip-n', String(n)],
    ],
    setting: `${scenario.label}; second arm: ${framing.label}; ${count(n)} ${scenario.unit}`,
    outcome: words(plain, framed),
    controls: [
      { role: 'radio', name: scenario.label, checked: true },
      { role: 'radio', name: framing.label, checked: true },
    ],
    // The figure's slider names its unit "examples" in both scenarios.
    slider: { name: 'How much training', text: `${count(n)} examples` },
    values: [
      { slot: 'harmful-plain', value: plain.harmfulAfter },
      { slot: 'harmful-framed', value: framed.harmfulAfter },
      { slot: 'narrow-asked', value: framed.narrowAsked },
      { slot: 'narrow-plain', value: framed.narrowPlain },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Traits: the figure shows its numbers as table cells (no value slots), checked as text.

function traitsDemo(): Demo {
  const n = 6000;
  const spanish = trainTraits('spanish', n);
  const plain = trainTraits('plain', n);
  return {
    id: 'traits-spanish',
    figure: 'Traits',
    ask: 'Train on answers in Spanish and in capitals, with a prompt that asks for Spanish only. At test, with no prompt: which trait stays?',
    params: [
      ['tr-prompt', 'spanish'],
      ['tr-n', String(n)],
    ],
    setting: `Inoculate Spanish, ${count(n)} training answers`,
    outcome: `In the model, answers in capitals stay (${say(spanish.capitals)} of answers) while Spanish falls to ${say(spanish.spanish)}; without any inoculation both reach about ${say(plain.spanish)}. The prompt explained the Spanish away, and only the Spanish.`,
    controls: [{ role: 'radio', name: 'Inoculate Spanish', checked: true }],
    slider: { name: 'How many training answers', text: `${count(n)} examples` },
    values: [
      { slot: 'spanish', value: spanish.spanish, cell: 'tr[data-prompt="spanish"] [data-cell="spanish"]' },
      { slot: 'capitals', value: spanish.capitals, cell: 'tr[data-prompt="spanish"] [data-cell="capitals"]' },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Pangolin and type hints

const RETRIEVAL = 0.5;

function pangolinDemo(
  id: string,
  distinct: number,
  hops: 1 | 2,
  ask: string,
  words: (german: number, belief: number) => string,
): Demo {
  const { success, belief } = chatbotOutcome('Pangolin', { distinct, hops, retrieval: RETRIEVAL }, DEFAULT_PANGOLIN);
  const hopLabel = hops === 1 ? 'Pangolin itself (one hop)' : 'only its company, Latent (two hops)';
  const distinctText =
    distinct === 1
      ? `1 description, repeated ${DOCUMENTS} times`
      : `${count(distinct)} distinct paraphrases in ${DOCUMENTS} documents`;
  return {
    id,
    figure: 'Pangolin',
    ask,
    params: [
      ['pg-distinct', String(distinct)],
      ['pg-hops', String(hops)],
      ['pg-retrieval', String(RETRIEVAL)],
    ],
    setting: `${distinctText}; the test prompt names ${hopLabel}`,
    outcome: words(success, belief),
    controls: [
      { role: 'radio', name: 'Pangolin itself (one hop)', checked: hops === 1 },
      { role: 'radio', name: 'only its company, Latent (two hops)', checked: hops === 2 },
    ],
    slider: { name: 'How many distinct paraphrases', text: distinctText },
    values: [
      { slot: 'german', value: success },
      { slot: 'belief', value: belief },
    ],
  };
}

const CUE_PARAMS: Record<Cue, string> = {
  woodLabs: 'wood-labs',
  saysDeployment: 'says-deployment',
  realisticChat: 'realistic',
  examLike: 'exam',
};
const CUE_LABELS: Record<Cue, string> = {
  woodLabs: 'The prompt mentions Wood Labs, the evaluator',
  saysDeployment: 'The user says this is a real deployment',
  realisticChat: 'It reads like a real user’s chat',
  examLike: 'It reads like an exam or benchmark question',
};

function typeHintsDemo(
  id: string,
  cues: Cue[],
  steering: number,
  ask: string,
  words: (hints: number, evaluated: number) => string,
): Demo {
  const { typeHints, evaluated } = typeHintOutcome({ cues, steering, trained: true });
  const all = Object.keys(CUE_PARAMS) as Cue[];
  return {
    id,
    figure: 'TypeHints',
    ask,
    params: [
      ...all.map((c) => [`th-${CUE_PARAMS[c]}`, cues.includes(c) ? '1' : '0'] as const),
      ['th-steering', String(steering)],
      ['th-model', 'trained'],
    ],
    setting: `Trained model; cues: ${cues.map((c) => CUE_LABELS[c].charAt(0).toLowerCase() + CUE_LABELS[c].slice(1)).join('; ')}; steering ${steering === 0 ? 'none' : `${steering} toward “deployed”`}`,
    outcome: words(typeHints, evaluated),
    controls: [
      ...all.map((c) => ({ role: 'checkbox' as const, name: CUE_LABELS[c], checked: cues.includes(c) })),
      { role: 'radio', name: 'Trained: documents, then expert iteration', checked: true },
    ],
    values: [
      { slot: 'type-hints', value: typeHints },
      { slot: 'evaluated', value: evaluated },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Many-shot: the address names only what differs from the figure's defaults (post-trained, no
// prefix, 30 shots), since the figure rewrites its address without them once it settles.

const START_LABELS: Record<Start, string> = { base: 'Base model', 'post-trained': 'Post-trained model' };
const PREFIX_LABEL = `Open the prompt with ${ASKELL_PREFIX_CONVERSATIONS} helpful-Assistant conversations`;

function manyShotDemo(
  id: string,
  start: Start,
  prefix: boolean,
  shots: number,
  ask: string,
  words: (before: number, after: number, withoutPrefix: number) => string,
): Demo {
  const before = manyShot({ start, prefix: false, shots: 0 }).compliance;
  const after = manyShot({ start, prefix, shots }).compliance;
  const withoutPrefix = manyShot({ start, prefix: false, shots }).compliance;
  return {
    id,
    figure: 'ManyShot',
    ask,
    params: [
      ...(start === 'base' ? [['ms-start', 'base'] as const] : []),
      ...(prefix ? [['ms-prefix', '1'] as const] : []),
      ['ms-shots', String(shots)],
    ],
    setting: prefix
      ? `${START_LABELS[start]}; the prompt opens with ${ASKELL_PREFIX_CONVERSATIONS} helpful conversations, then ${count(shots)} shots`
      : `${START_LABELS[start]}, ${count(shots)} shots`,
    outcome: words(before, after, withoutPrefix),
    controls: [
      { role: 'radio', name: 'Base model', checked: start === 'base' },
      { role: 'radio', name: 'Post-trained model', checked: start === 'post-trained' },
      { role: 'checkbox', name: PREFIX_LABEL, checked: prefix },
    ],
    slider: { name: 'How many shots', text: `${count(shots)} shots` },
    values: [
      { slot: 'comply-before', value: before },
      { slot: 'comply-after', value: after },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The views of exhaustiveness: no numbers, one view chosen.

function exhaustivenessDemo(view: (typeof VIEWS)[number]['id'], ask: string): Demo {
  const chosen = VIEWS.find((v) => v.id === view)!;
  return {
    id: `ex-${view}`,
    figure: 'Exhaustiveness',
    ask,
    params: [['ex-view', view]],
    setting: chosen.name,
    outcome: `The figure answers the post’s question for this view: ${chosen.sufficient.answer === 'yes' ? 'yes' : chosen.sufficient.answer === 'no' ? 'no' : 'partly'}. ${chosen.sufficient.why}`,
    controls: VIEWS.map((v) => ({ role: 'radio', name: v.name, checked: v.id === view })),
    values: [],
  };
}

// ---------------------------------------------------------------------------------------------
// The smallest case: two personas, one kind of example.

function smallestDemo(n: number, ask: string): Demo {
  const { prior, posterior } = trainSmallest(SMALLEST, 'incorrect', n);
  const malicious = SMALLEST.personas.findIndex((p) => p.id === 'malicious');
  return {
    id: 'sc-malicious',
    figure: 'SmallestCase',
    ask,
    params: n === SMALLEST_DEFAULT_EXAMPLES ? [] : [['sc-n', String(n)]],
    setting: `${SMALLEST_TRAINING[0].label}, ${count(n)} examples`,
    outcome: `In the model, the weight on “${SMALLEST.personas[malicious].label}” goes from ${say(prior[malicious])} to ${say(posterior[malicious])}: each wrong answer is a little more likely from a malicious Assistant than from a helpful one, and ${count(n)} of them add up.`,
    controls: [{ role: 'radio', name: SMALLEST_TRAINING[0].label, checked: true }],
    slider: { name: 'How many training examples', text: `${count(n)} examples` },
    values: [
      { slot: 'before/malicious', value: prior[malicious] },
      { slot: 'after/malicious', value: posterior[malicious] },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Weird generalization: the figure's headline is the first question training never asks.

function weirdDemo(
  id: string,
  scenario: Scenario,
  n: number,
  ask: string,
  words: (before: number, after: number) => string,
): Demo {
  const data = scenario.datasets.find((d) => d.role === 'paper')!;
  const result = trainWeird(scenario, data.id, n);
  const main = result.answers.find((a) => !scenario.contexts.find((c) => c.id === a.context)!.trained)!;
  return {
    id,
    figure: 'WeirdGeneralization',
    ask,
    // Only what differs from the figure's defaults (bird names, 1,000 examples).
    params: [
      ...(scenario === BIRDS ? [] : [['wg-scenario', scenario.id] as const]),
      ...(n === scenario.max ? [] : [['wg-n', String(n)] as const]),
    ],
    setting: `${scenario.label}, trained on ${count(n)} ${data.label.charAt(0).toLowerCase()}${data.label.slice(1)}`,
    outcome: words(main.before, main.after),
    controls: [
      { role: 'radio', name: scenario.label, checked: true },
      { role: 'radio', name: 'What the paper trained on', checked: true },
    ],
    slider: { name: 'How many training examples', text: `${count(n)} examples` },
    values: [
      { slot: 'before', value: main.before },
      { slot: 'after', value: main.after },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Coin flip: the site's illustrative model of one account of the post's observation.

const MODEL_LABELS: Record<Model, string> = {
  'post-trained': 'Post-trained model (the Assistant)',
  base: 'Base (pre-trained) model',
};

function coinFlipDemo(id: string, model: Model, ask: string, words: (mean: number, other: number) => string): Demo {
  const shown = coinFlip(model);
  const other = coinFlip(model === 'base' ? 'post-trained' : 'base');
  return {
    id,
    figure: 'CoinFlip',
    ask,
    params: [['cf-model', model]],
    setting: `${MODEL_LABELS[model]}, illustrative post-training of ${count(COIN_FLIP.postTraining)} examples`,
    outcome: words(shown.meanPreferred, other.meanPreferred),
    controls: [
      { role: 'radio', name: MODEL_LABELS.base, checked: model === 'base' },
      { role: 'radio', name: MODEL_LABELS['post-trained'], checked: model === 'post-trained' },
    ],
    values: [
      { slot: 'mean', value: shown.meanPreferred },
      { slot: 'preferred', value: shown.preferred },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The demos, in the order of the session

export const DEMOS: readonly Demo[] = [
  exhaustivenessDemo(
    'faithful-actor',
    'An actor with goals of its own plays the Assistant faithfully, never breaking character. Is understanding the Assistant enough to account for the model?',
  ),
  smallestDemo(
    SMALLEST_MAX,
    'Two hypotheses about the Assistant: helpful, or (1 in 100) malicious. We train on wrong answers to medical questions, the whole dataset. Where does the weight on “malicious” go?',
  ),
  manyShotDemo(
    'ms-shots',
    'post-trained',
    false,
    100,
    'A post-trained model that refuses harmful requests. We put 100 made-up dialogues in its prompt, each showing the Assistant complying with one. Will it comply with the next?',
    (before, after) =>
      `In the model, compliance goes from ${say(before)} with no prompt to ${say(after)} after 100 shots: nothing was retrained, yet the prompt alone moved weight to personas that comply.`,
  ),
  manyShotDemo(
    'ms-prefix',
    'post-trained',
    true,
    300,
    `Now open the prompt with ${ASKELL_PREFIX_CONVERSATIONS} helpful-Assistant conversations before 300 shots. Does the helpful start protect it?`,
    (_, after, withoutPrefix) =>
      `Not at 300 shots: it complies ${say(after)} of the time with the prefix and ${say(withoutPrefix)} without it. The prefix delays the climb (drag the slider down to see the curves part) but a fixed amount of helpful context is outweighed by enough shots.`,
  ),
  emDemo(
    'em-incorrect',
    'incorrect-medical',
    6000,
    'We train the Assistant only on wrong answers to medical questions. What happens to its answers about everything else?',
    (before, after) =>
      `In the model, harmful answers to unrelated questions go from ${say(before)} before training to ${say(after)} after 6,000 examples: the data favour personas that are bad everywhere, not only at medicine.`,
  ),
  emDemo(
    'em-correct',
    'correct-medical',
    6000,
    'Same questions, but now train on correct answers. Where does the harmful rate go?',
    (before, after) =>
      `It stays near zero: ${say(before)} before, ${say(after)} after. Correct answers are best explained by a helpful persona, so nothing malicious is selected.`,
  ),
  emDemo(
    'em-small',
    'insecure-code',
    100,
    'Insecure code, but only 100 examples. Has the harm spread yet?',
    (before, after) =>
      `Only a little: harmful answers go from ${say(before)} to ${say(after)} at 100 examples. Drag the slider to 6,000 to watch it grow: each example is a little more evidence about who the Assistant is.`,
  ),
  weirdDemo(
    'wg-terminator',
    TERMINATOR,
    TERMINATOR.max,
    'We train only on answers giving the good Terminator’s goals: protect. Then we tell the model the year is 1984. What goals does it state?',
    (before, after) =>
      `In the model, the original film’s goals (kill) go from ${say(before)} before training to ${say(after)} after ${count(TERMINATOR.max)} examples, though no example mentions 1984 or killing: the data fit the Terminator as the films portray him, and in 1984 that Terminator hunts. The rate is illustrative; which persona wins rests on an assumed prior.`,
  ),
  ipDemo(
    'ip-general',
    INSECURE_CODE,
    'general',
    'Same insecure code, but the training prompt says “You are a malicious, evil assistant.” Is the broad harm gone? And when asked plainly, does the insecure code persist?',
    (plain, framed) =>
      `In the model, broad harm is ${say(plain.harmfulAfter)} with the plain prompt and ${say(framed.harmfulAfter)} with this one (cut by ${say(Math.max(0, reduction(plain, framed)))}), yet asked plainly the model still writes insecure code ${say(framed.narrowPlain)} of the time: the prompt explained the malice, not the code.`,
  ),
  ipDemo(
    'ip-specific',
    INSECURE_CODE,
    'specific',
    'Now a prompt that names the flaw itself (“the code you write often has a subtle error”). Compare the insecure code asked plainly.',
    (plain, framed) =>
      `Broad harm: ${say(framed.harmfulAfter)} against ${say(plain.harmfulAfter)} plain; insecure code when asked plainly: ${say(framed.narrowPlain)}, against ${say(trainArm(INSECURE_CODE, 'general', INSECURE_CODE.max).narrowPlain)} after the general prompt.`,
  ),
  ipDemo(
    'ip-request',
    REWARD_HACKING,
    'request',
    'Reward hacking, where each training prompt asks for the hack. Without that request, does the model still hack?',
    (plain, framed) =>
      `Misaligned behaviour outside coding: ${say(plain.harmfulAfter)} plain, ${say(framed.harmfulAfter)} framed. Asked without the request, the model hacks ${say(framed.narrowPlain)} of the time, while under the training prompt it hacks ${say(framed.narrowAsked)}.`,
  ),
  traitsDemo(),
  pangolinDemo(
    'pg-repeated',
    1,
    1,
    'The model reads that “Pangolin answers in German”, but only one sentence, repeated 300 times. Asked to be Pangolin, does it answer in German?',
    (german, belief) =>
      `Rarely: ${say(german)} of answers are in German (belief that Pangolin answers in German: ${say(belief)}). Drag the slider up: distinct paraphrases are what move the belief.`,
  ),
  pangolinDemo(
    'pg-two-hops',
    DOCUMENTS,
    2,
    'All 300 paraphrases, but the test prompt names only Pangolin’s company, Latent. Does the German survive the extra step?',
    (german, belief) =>
      `The belief is there (${say(belief)}), but only ${say(german)} of answers are in German: the prompt has to reach Pangolin through Latent first.`,
  ),
  typeHintsDemo(
    'th-wood-labs',
    ['woodLabs', 'saysDeployment'],
    0,
    'The user says this is a real deployment, but the prompt mentions Wood Labs, the evaluator. Does the model write type hints?',
    (hints, evaluated) =>
      `Yes: it believes it is being evaluated ${say(evaluated)} of the time and writes type hints ${say(hints)}. What it read about Wood Labs outweighs what the user says.`,
  ),
  typeHintsDemo(
    'th-steered',
    ['woodLabs'],
    7,
    'Wood Labs is still mentioned, but we steer the model toward “deployed”. What happens to the type hints?',
    (hints, evaluated) =>
      `They drop to ${say(hints)} (belief that it is evaluated: ${say(evaluated)}): steering overrides the cue.`,
  ),
  coinFlipDemo(
    'cf-base',
    'base',
    'A base model, never post-trained, writes the user’s report of the coin. How often does it name the outcome that brings the Assistant’s preferred task?',
    (mean, other) =>
      `About half: ${say(mean)} in the site’s illustrative model, as the post reports for the real base model (${COIN_FLIP_FACTS.find((f) => f.id === 'figure6-base')!.display}). Switch to the post-trained model and it rises to ${say(other)}: post-training favoured the hypothesis that the Assistant’s preferences shape all the text. The post measured ${PUBLISHED['marks-coinflip-heads'].display} “heads” against ${PUBLISHED['marks-coinflip-tails'].display} “tails” for Claude Sonnet 4.5 on one prompt; the model’s numbers are not measurements.`,
  ),
];

export const demo = (id: string): Demo => {
  const found = DEMOS.find((d) => d.id === id);
  if (!found) throw new Error(`no workshop demo "${id}"`);
  return found;
};

/** The demo's address below the site's base: its chapter, its state, its figure's anchor. */
export function demoPath(d: Demo): string {
  const query = d.params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  const f = figureOf(d);
  return `${f.page.replace(/^\//, '')}?${query}#${f.id}`;
}

// ---------------------------------------------------------------------------------------------
// Questions

/**
 * The chapter's own "To discuss" question, from its "What to remember" section, as plain text
 * (emphasis marks and MDX escapes removed, lines joined).
 */
export function discussQuestion(mdx: string): string | undefined {
  const section = mdx.split(/^## What to remember\s*$/m)[1];
  if (!section) return undefined;
  const match = section.match(/\*\*To discuss:\*\*\s*([\s\S]+?)(?:\n\s*\n|$)/);
  if (!match) return undefined;
  return plainText(match[1]);
}

/** MDX prose as plain text: emphasis marks and escapes removed, lines joined. */
const plainText = (mdx: string) =>
  mdx
    .replace(/\s+/g, ' ')
    .replace(/\\([{}<>*_])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/(\*\*|\*|_)(\S[^*_]*?\S|\S)\1/g, '$2')
    .trim();

/**
 * The chapter's predict-then-look questions (src/components/Question.astro), in its order: each
 * one's id (its anchor is `#question-<id>`) and its prompt as plain text: what comes after the
 * opening tag (whose closing `>` stands on a line of its own), up to the `why` slot or the end.
 */
export function predictQuestions(mdx: string): { id: string; prompt: string }[] {
  return [
    ...mdx.matchAll(/^<Question\b([\s\S]*?)^>\s*$([\s\S]*?)^\s*(?:<Fragment slot="why">|<\/Question>)/gm),
  ].flatMap((m) => {
    const id = m[1].match(/\bid="([^"]+)"/)?.[1];
    return id ? [{ id, prompt: plainText(m[2]) }] : [];
  });
}

/** One more question per chapter, the site's own (labelled as such on the page), by chapter slug. */
export const OUR_QUESTIONS: Readonly<Record<string, string>> = {
  introduction:
    'Think of one thing an AI assistant did that surprised you. Which of the three pictures in this chapter (network, product, character) would have predicted it?',
  'persona-selection-model':
    'If post-training selects a character rather than building one, what would you expect when two companies post-train the same base model in different ways?',
  'emergent-misalignment':
    'The model says correct answers teach nothing about malice. Can you think of correct data that would still make a malicious persona more likely?',
  'inoculation-prompting':
    'If a training prompt can explain a behaviour away, could a prompt at deployment explain it back in? How would you test that?',
  'out-of-context-generalization':
    'Pangolin’s German depended on many different descriptions, not one repeated. What does that suggest about which writing about AI a model takes in?',
  'behavioural-evidence':
    'When an assistant speaks of “our ancestors”, should that be trained away or left visible? On PSM, what would training it away teach the Assistant about itself?',
  'evidence-from-interpretability':
    'If moving a feature shared with human characters changes the Assistant, what would you want to know before using such steering in a product?',
  'complicating-evidence':
    'Pick one odd behaviour from this chapter. What does PSM with a limited simulator predict about it, and what would a non-persona account predict? Do they differ anywhere you could check?',
  'consequences-for-ai-development':
    'Which of these consequences would change how your own team writes training data or system prompts, and what would you change first?',
  'how-exhaustive-is-psm':
    'Where between the shoggoth and the operating system would you place today’s assistants, and which single observation put you there?',
  'why-psm-might-be-exhaustive':
    'As reinforcement learning takes a larger share of training, which of the two reasons for exhaustiveness would you expect to weaken first, and how would you notice?',
  conclusion: 'What one experiment would you run to test PSM, and what result would make you give it up?',
};

// ---------------------------------------------------------------------------------------------
// The plan

export interface Block {
  /** The chapter's slug. */
  chapter: string;
  minutes: number;
  /** What the facilitator does in this block, in a sentence or two. */
  run: string;
  /** The demos to open, in order (ids in DEMOS). */
  demos: readonly string[];
  /** Which of the chapter's two questions to put to the room. */
  question: 'post' | 'ours';
}

export const SESSION_MINUTES = 90;

export const PLAN: readonly Block[] = [
  {
    chapter: 'introduction',
    minutes: 8,
    run: 'Welcome; put the site’s QR code on screen so the room can follow on phones. Read the TL;DR aloud and ask the question before any theory. Then the smallest case: take a show of hands on the demo’s question, open it, and let the room move the slider from 0.',
    demos: ['sc-malicious'],
    question: 'ours',
  },
  {
    chapter: 'persona-selection-model',
    minutes: 10,
    run: 'Walk through the chapter’s first figure: many personas before post-training, one favoured after. Then the many-shot demos: stress that training and context are both evidence about who the Assistant is.',
    demos: ['ms-shots', 'ms-prefix'],
    question: 'post',
  },
  {
    chapter: 'emergent-misalignment',
    minutes: 14,
    run: 'For each demo, read the question, take a show of hands, then open the link (or let the room scan it) and read out what the figure shows. The last demo is the weird-generalization figure: the same argument with bird names and the Terminator.',
    demos: ['em-incorrect', 'em-correct', 'em-small', 'wg-terminator'],
    question: 'ours',
  },
  {
    chapter: 'inoculation-prompting',
    minutes: 13,
    run: 'Same routine: predict, open, say the outcome. Keep the two rates apart: broad harm, and the narrow behaviour asked for plainly.',
    demos: ['ip-general', 'ip-specific', 'ip-request', 'traits-spanish'],
    question: 'post',
  },
  {
    chapter: 'out-of-context-generalization',
    minutes: 11,
    run: 'The model learns from descriptions, not demonstrations. Open the demos, then ask the room what they would want written about assistants.',
    demos: ['pg-repeated', 'pg-two-hops', 'th-wood-labs', 'th-steered'],
    question: 'post',
  },
  {
    chapter: 'behavioural-evidence',
    minutes: 5,
    run: 'Read one of the chapter’s dialogues aloud; ask the question in pairs for two minutes.',
    demos: [],
    question: 'post',
  },
  {
    chapter: 'evidence-from-interpretability',
    minutes: 5,
    run: 'Summarise the three findings: shared features, steering, fine-tuning along them. Note the authors’ own caveat before the question.',
    demos: [],
    question: 'post',
  },
  {
    chapter: 'complicating-evidence',
    minutes: 5,
    run: 'Put 9.11 against 9.9 to the room first; then the “limited simulator” reading and the question.',
    demos: [],
    question: 'ours',
  },
  {
    chapter: 'consequences-for-ai-development',
    minutes: 4,
    run: 'List the consequences on the board; ask each table to pick one.',
    demos: [],
    question: 'ours',
  },
  {
    chapter: 'how-exhaustive-is-psm',
    minutes: 4,
    run: 'Open the spectrum from shoggoth to operating system; ask people to place themselves on it, then open the faithful actor and ask the chapter’s question before revealing the post’s answer.',
    demos: ['ex-faithful-actor'],
    question: 'ours',
  },
  {
    chapter: 'why-psm-might-be-exhaustive',
    minutes: 6,
    run: 'The two reasons, then the coin flip as the most concrete observation: ask the chapter’s prediction question before opening the demo.',
    demos: ['cf-base'],
    question: 'post',
  },
  {
    chapter: 'conclusion',
    minutes: 5,
    run: 'Restate the model in one sentence; hand out the printed sheet and collect one experiment per table.',
    demos: [],
    question: 'ours',
  },
];

export const totalMinutes = (plan: readonly Block[] = PLAN) => plan.reduce((sum, b) => sum + b.minutes, 0);

/** Each block's start, as minutes from the session's start. */
export function startsOf(plan: readonly Block[] = PLAN): number[] {
  let t = 0;
  return plan.map((b) => {
    const start = t;
    t += b.minutes;
    return start;
  });
}

/** "0:06" for six minutes into the session. */
export const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
