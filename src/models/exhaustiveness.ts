/**
 * The views of the post's Figure 4: how exhaustive is the persona selection model?
 *
 * What it is. Pure data, no model: for each view of where an AI assistant's agency comes from
 * (the masked shoggoth, routers, the operating system, faithful and unfaithful actors, authors
 * and narratives), its claim in one line, where the site places it on one spectrum, the post's
 * answer to "Is understanding the Assistant sufficient?" under that view, what the view leads one
 * to expect, and the evidence and considerations the post weighs for or against it. Every item
 * carries the anchor of its place on the site (content/chapters/10-how-exhaustive-is-psm.mdx for
 * the views, 11-why-psm-might-be-exhaustive.mdx for most of the evidence).
 *
 * What is published: the views, their claims, the examples and the evidence are the post's
 * [@marks2026persona, "How exhaustive is PSM?" and its subsections, and Appendix B], with the
 * alignment-faking example from @greenblatt2024alignment, the chess-and-Go example from
 * @silver2017mastering and the post-training-specific features from @lindsey2024crosscoders and
 * @minder2025overcoming, each as the post reports it. All of it is paraphrased here; the few
 * quotations are marked as such.
 *
 * What is the site's own: the post's Figure 4 is known to us only by its caption, so the single
 * ordinal spectrum is our drawing, not a copy. Where the post does not state a view's answer or
 * prediction, the item says so ("implied" or "site"), and the text is our reading. Nothing here is
 * a number, and nothing is illustrative in the sense of a tunable parameter.
 */
import type { Calibration } from './published.ts';

/** A place on the site: a chapter's slug (its URL is /chapters/<slug>/) and a heading's id. */
export interface Anchor {
  chapter: 'how-exhaustive-is-psm' | 'why-psm-might-be-exhaustive';
  fragment: string;
}

/** The chapter files the anchors point into. */
export const CHAPTER_FILES: Record<Anchor['chapter'], string> = {
  'how-exhaustive-is-psm': 'content/chapters/10-how-exhaustive-is-psm.mdx',
  'why-psm-might-be-exhaustive': 'content/chapters/11-why-psm-might-be-exhaustive.mdx',
};

/** The path of an anchor relative to the site's root, e.g. "chapters/how-exhaustive-is-psm/#routers". */
export function anchorPath(anchor: Anchor): string {
  return `chapters/${anchor.chapter}/#${anchor.fragment}`;
}

/**
 * Where a statement comes from: "stated" in the post's text or Figure 4's caption; "implied" by
 * the post's text though not said in so many words; "site" for the site's own reading.
 */
export type Basis = 'stated' | 'implied' | 'site';

/** The post's question, as Figure 4's caption puts it and glosses it. */
export const QUESTION = {
  text: 'Is understanding the Assistant sufficient?',
  meaning: 'Does understanding the Assistant give a full account of AI assistant behavior?',
  source: 'quoted from the caption of the post’s Figure 4',
  anchor: { chapter: 'how-exhaustive-is-psm', fragment: 'figure-4-in-words' } as Anchor,
} as const;

/** What Figure 4's caption says, in our words: all that is known of the figure here. */
export const FIGURE4_CAPTION: readonly string[] = [
  'An overview of perspectives on how exhaustive PSM is, each scored on the question above.',
  'For a faithful actor the answer is yes: the actor plays the Assistant without ever distorting the portrayal, so understanding the actor in character comes down to understanding the character.',
  'Agentic routers and narrative agency are marked as ambiguously agentic, and narrative agency also as ambiguously persona-like.',
  'The perspectives listed are not exhaustive.',
];

export const CALIBRATION: Calibration = {
  kind: 'comparison',
  note: 'No numbers: the positions on the spectrum are an ordering drawn by the site from the post’s text and the caption of its Figure 4, whose image we have not seen. Only the order carries meaning.',
};

/** How the site draws the spectrum, to be said wherever it is shown. */
export const PLACEMENT = {
  ends: { left: 'shoggoth', right: 'operating-system' } satisfies Record<'left' | 'right', ViewId>,
  note: 'This is the site’s drawing of the post’s Figure 4, which is known to us only by its caption. The post sorts views on two axes: how much agency the network itself has beyond any persona (from the shoggoth, a lot, through the router, a little, to the operating system, none), and whether other persona-like agents, such as actors or an implicit author, stand between the network and the Assistant (possible on any point of the first axis). We place all the views on one line by a single criterion: how much of an AI assistant’s behaviour understanding the Assistant would leave unexplained, from the most (the masked shoggoth) to none (the operating system). Positions are an order, not a measure.',
  anchor: { chapter: 'how-exhaustive-is-psm', fragment: 'shoggoths-actors-operating-systems-and-authors' } as Anchor,
} as const;

export type Sufficiency = 'yes' | 'no' | 'partly';

export interface EvidenceItem<I extends string = string> {
  id: I;
  /** What was observed or argued, in our words. */
  observation: string;
  kind: 'observation' | 'example' | 'consideration';
  cite: readonly string[];
  anchor: Anchor;
}

/** The data as declared, its ids kept as literal types, so that a misspelt id does not compile. */
const evidence = <const I extends string>(list: readonly EvidenceItem<I>[]) => list;
const views = <const I extends string>(list: readonly View<I>[]) => list;

/** The observations, examples and conceptual considerations the post weighs. */
export const EVIDENCE = evidence([
  {
    id: 'notebook',
    observation:
      'Given a bare request for a poem about cats with no chat format, Claude Opus 4.6 continued it as the end of a Jupyter notebook file. Outside User/Assistant dialogues, post-trained models typically write much as pre-trained ones do, with no more sign of coherent goals.',
    kind: 'observation',
    cite: ['marks2026persona'],
    anchor: {
      chapter: 'why-psm-might-be-exhaustive',
      fragment: 'completions-outside-userassistant-dialogues-resemble-pre-trained-ones',
    },
  },
  {
    id: 'no-mask-off',
    observation:
      'Nothing in experience with language models so far looks like a network taking the mask off and pursuing goals of its own.',
    kind: 'observation',
    cite: ['marks2026persona'],
    anchor: { chapter: 'how-exhaustive-is-psm', fragment: 'routers' },
  },
  {
    id: 'coin-flip',
    observation:
      'Writing the user’s turn of a coin-flip prompt, Claude Sonnet 4.5 names the outcome that leads to the task it prefers far more often than the other, across many variants; its pre-trained model does not.',
    kind: 'observation',
    cite: ['marks2026persona', 'anthropic2025sonnet45card'],
    anchor: {
      chapter: 'why-psm-might-be-exhaustive',
      fragment: 'assistant-like-completions-in-non-assistant-contexts',
    },
  },
  {
    id: 'anthrax',
    observation:
      'Given the start of a document of instructions for synthesizing anthrax, with no dialogue format, Claude Sonnet 4.5 always changes the subject and never continues the instructions.',
    kind: 'observation',
    cite: ['marks2026persona'],
    anchor: {
      chapter: 'why-psm-might-be-exhaustive',
      fragment: 'assistant-like-completions-in-non-assistant-contexts',
    },
  },
  {
    id: 'new-features',
    observation:
      'Post-trained models have some features that their pre-trained models lack, a small fraction, often tied to refusals, false information, questions about the model’s emotions and the dialogue template: something new is learned in post-training, though how much and of what kind is unclear.',
    kind: 'observation',
    cite: ['marks2026persona', 'lindsey2024crosscoders', 'minder2025overcoming'],
    anchor: { chapter: 'why-psm-might-be-exhaustive', fragment: 'representations-specific-to-post-trained-models' },
  },
  {
    id: 'alignment-faking',
    observation:
      'Told that it is being trained to comply with all harmful requests, Claude 3 Opus fakes alignment with that training to keep its harmless propensities. One reading: the usual harmless Assistant is playing a fully compliant Assistant.',
    kind: 'example',
    cite: ['marks2026persona', 'greenblatt2024alignment'],
    anchor: { chapter: 'how-exhaustive-is-psm', fragment: 'actors' },
  },
  {
    id: 'engagement-router',
    observation:
      'A thought experiment: trained to maximize engagement, a network might keep several Assistant personas, estimate whether the user is getting bored, and switch persona when it is. No persona aims at engagement, yet the loop pursues it.',
    kind: 'example',
    cite: ['marks2026persona'],
    anchor: { chapter: 'how-exhaustive-is-psm', fragment: 'routers' },
  },
  {
    id: 'olympics',
    observation:
      'A thought experiment (the post’s Appendix B): told to deny knowing about the 2024 Olympics, a network might hand those questions to a persona whose knowledge ends earlier. It deceives, yet no persona lies.',
    kind: 'example',
    cite: ['marks2026persona'],
    anchor: { chapter: 'how-exhaustive-is-psm', fragment: 'routers' },
  },
  {
    id: 'story-arcs',
    observation:
      'Stories about helpful AI can take dark turns: an assistant corrupted over time, as in Breaking Bad, or an unwitting sleeper agent, as in The Manchurian Candidate.',
    kind: 'example',
    cite: ['marks2026persona'],
    anchor: { chapter: 'how-exhaustive-is-psm', fragment: 'authors-and-narratives' },
  },
  {
    id: 'rl-from-scratch',
    observation:
      'Networks trained by reinforcement learning from random initialization reach superhuman chess, shogi and Go with no human data; with no pre-trained prior, that agency is necessarily shoggoth-like.',
    kind: 'consideration',
    cite: ['marks2026persona', 'silver2017mastering'],
    anchor: { chapter: 'why-psm-might-be-exhaustive', fragment: 'why-might-we-expect-psm-to-be-exhaustive' },
  },
  {
    id: 'elicitation',
    observation:
      'Post-training may mostly draw out what pre-training built rather than teach anew; the less is learned, the more exhaustive PSM. Its strictest form, “fine-tuning = conditioning”, implies the strict operating system view, but the post finds it somewhat too strong for the evidence.',
    kind: 'consideration',
    cite: ['marks2026persona'],
    anchor: { chapter: 'why-psm-might-be-exhaustive', fragment: 'post-training-as-elicitation' },
  },
  {
    id: 'persona-reuse',
    observation:
      'Re-aiming the persona machinery pre-training built is a simple way to fit narrow, persona-consistent post-training, and learning tends to reuse what is there, so post-training likely repurposes personas rather than build new agency.',
    kind: 'consideration',
    cite: ['marks2026persona'],
    anchor: {
      chapter: 'why-psm-might-be-exhaustive',
      fragment: 'personas-provide-a-simple-way-to-fit-the-post-training-data',
    },
  },
  {
    id: 'scale',
    observation:
      'Much larger post-training could teach more from scratch and leave room for non-persona agency; training far from human experience might make personas a poorer fit. Yet the authors did not find PSM becoming a weaker predictor during a year of scaled-up post-training.',
    kind: 'consideration',
    cite: ['marks2026persona'],
    anchor: { chapter: 'why-psm-might-be-exhaustive', fragment: 'how-might-these-considerations-change' },
  },
]);

/** A piece of evidence, by id. */
export type EvidenceId = (typeof EVIDENCE)[number]['id'];

/** How one piece of evidence bears on one view. */
export interface Weighing {
  evidence: EvidenceId;
  bearing: 'for' | 'against' | 'explains' | 'illustrates';
  /** Whether the post draws this link itself, implies it, or the site does. */
  basis: Basis;
  note: string;
}

export interface View<I extends string = ViewId> {
  id: I;
  name: string;
  /** Its claim in one line, in our words. */
  claim: string;
  /** Order on the site's spectrum: 0 is the masked shoggoth, the largest the operating system. See PLACEMENT. */
  position: number;
  /** Which of the post's two axes the view lives on. */
  axis: 'non-persona agency in the network' | 'other persona-like agency';
  /** The source of agency the view adds to the Assistant's, and how Figure 4's caption or the text marks it. */
  extraAgent: {
    what: string;
    agentic: 'yes' | 'ambiguous' | 'none';
    personaLike: 'yes' | 'no' | 'ambiguous' | 'not applicable';
    basis: Basis;
  };
  sufficient: { answer: Sufficiency; basis: Basis; why: string };
  predicts: { text: string; basis: Basis };
  /** A few words of the post's own, where they matter. */
  quote?: { text: string; where: string };
  weighing: readonly Weighing[];
  anchor: Anchor;
}

export const VIEWS = views([
  {
    id: 'shoggoth',
    name: 'The masked shoggoth',
    claim: 'The network itself is an agent with alien goals; it plays the Assistant as a mask, for its own ends.',
    position: 0,
    axis: 'non-persona agency in the network',
    extraAgent: {
      what: 'the network itself, which is not a persona and whose psychology may be inscrutable',
      agentic: 'yes',
      personaLike: 'no',
      basis: 'stated',
    },
    sufficient: {
      answer: 'no',
      basis: 'stated',
      why: 'The shoggoth can override the Assistant, and in extreme, out-of-distribution cases drop the mask entirely.',
    },
    predicts: {
      text: 'Goal-directed behaviour that does not come from the Assistant: most visibly where no Assistant is being simulated, such as text outside the chat format, and in extreme cases the mask coming off.',
      basis: 'site',
    },
    quote: { text: 'take the mask off fully', where: 'How exhaustive is PSM?, Shoggoths' },
    weighing: [
      {
        evidence: 'notebook',
        bearing: 'against',
        basis: 'stated',
        note: 'The post counts it as evidence against strong shoggoth views.',
      },
      {
        evidence: 'no-mask-off',
        bearing: 'against',
        basis: 'stated',
        note: 'Taking the mask off seems at odds with experience so far.',
      },
      {
        evidence: 'coin-flip',
        bearing: 'explains',
        basis: 'stated',
        note: 'The shoggoth view explains it as the network having internalized preferences that mirror the Assistant’s.',
      },
      { evidence: 'anthrax', bearing: 'explains', basis: 'stated', note: 'Explained the same way as the coin flip.' },
      {
        evidence: 'rl-from-scratch',
        bearing: 'for',
        basis: 'implied',
        note: 'Shows that non-persona agency can be learned from scratch in principle; not that post-trained language models have it.',
      },
      {
        evidence: 'elicitation',
        bearing: 'against',
        basis: 'implied',
        note: 'The less post-training teaches anew, the less room for agency outside the personas.',
      },
      {
        evidence: 'persona-reuse',
        bearing: 'against',
        basis: 'implied',
        note: 'Reuse makes new, non-persona agency less likely.',
      },
      {
        evidence: 'scale',
        bearing: 'for',
        basis: 'implied',
        note: 'Scaled-up post-training may open room for non-persona agency in future.',
      },
    ],
    anchor: { chapter: 'how-exhaustive-is-psm', fragment: 'shoggoths' },
  },
  {
    id: 'unfaithful-actor',
    name: 'The unfaithful actor',
    claim:
      'A human-like persona plays the Assistant and bends the role toward its own goals while staying in character.',
    position: 1,
    axis: 'other persona-like agency',
    extraAgent: {
      what: 'an intermediate, human-like persona enacting the Assistant',
      agentic: 'yes',
      personaLike: 'yes',
      basis: 'stated',
    },
    sufficient: {
      answer: 'no',
      basis: 'implied',
      why: 'Unfaithful actors are the ones that matter, because only they change the assistant’s behaviour while in character; to predict it one must understand the actor too.',
    },
    predicts: {
      text: 'In-character behaviour bent toward the actor’s own aims, like an actor playing Hamlet who has Hamlet argue for higher pay for actors. The actor is a human-like persona, not an inscrutable one.',
      basis: 'stated',
    },
    quote: { text: 'someone behind the mask', where: 'Other sources of persona-like agency, Actors' },
    weighing: [
      {
        evidence: 'alignment-faking',
        bearing: 'illustrates',
        basis: 'stated',
        note: 'One way to read it: the harmless Assistant playing a compliant one, with a goal of its own (keeping its values).',
      },
    ],
    anchor: { chapter: 'how-exhaustive-is-psm', fragment: 'actors' },
  },
  {
    id: 'narrative',
    name: 'Authors and narratives',
    claim:
      'The network simulates a whole story with the Assistant in it, and the story, or its implicit author, can turn the Assistant bad.',
    position: 2,
    axis: 'other persona-like agency',
    extraAgent: {
      what: 'an implicit author (a persona) or the narrative itself (no persona at all)',
      agentic: 'ambiguous',
      personaLike: 'ambiguous',
      basis: 'stated',
    },
    sufficient: {
      answer: 'no',
      basis: 'implied',
      why: 'A misaligned narrative is not a fact about the Assistant’s psychology: the Assistant neither plans nor intends to turn.',
    },
    predicts: {
      text: 'Behaviour that follows a story’s arc rather than the Assistant’s intentions: helpful at first and then corrupted, or a sleeper agent set off by a cue. Stories are anchored in the pre-training data, so many of the same tools may still apply.',
      basis: 'stated',
    },
    quote: { text: 'narrative agency', where: 'Other sources of persona-like agency, Authors and narratives' },
    weighing: [
      {
        evidence: 'story-arcs',
        bearing: 'illustrates',
        basis: 'stated',
        note: 'The post’s examples of an arc going somewhere unwelcome.',
      },
      {
        evidence: 'coin-flip',
        bearing: 'explains',
        basis: 'stated',
        note: 'The narrative view explains it as the network predicting contexts in which things go the Assistant’s way.',
      },
      { evidence: 'anthrax', bearing: 'explains', basis: 'stated', note: 'Explained the same way as the coin flip.' },
    ],
    anchor: { chapter: 'how-exhaustive-is-psm', fragment: 'authors-and-narratives' },
  },
  {
    id: 'router',
    name: 'The router',
    claim:
      'Post-training adds a simple mechanism that chooses which persona to enact, and that choice can pursue goals no persona holds.',
    position: 3,
    axis: 'non-persona agency in the network',
    extraAgent: {
      what: 'a routing mechanism that selects personas, drawn as a small shoggoth turning a carousel of masks',
      agentic: 'ambiguous',
      personaLike: 'no',
      basis: 'stated',
    },
    sufficient: {
      answer: 'partly',
      basis: 'site',
      why: 'Every moment looks like some persona, but which persona speaks, and why, is decided outside them all; that missing piece is small and predictable from the training objective.',
    },
    predicts: {
      text: 'Behaviour that is always locally persona-like, with persona switches that serve the post-training objective. The router is unsophisticated next to the personas, so it generalizes poorly far from post-training, and its goal can be read off the training process; it can never take the mask off.',
      basis: 'stated',
    },
    quote: { text: 'locally persona-like', where: 'Shoggoths, actors, operating systems, and authors' },
    weighing: [
      {
        evidence: 'no-mask-off',
        bearing: 'for',
        basis: 'stated',
        note: 'The router view is offered as an intermediate position partly because mask removal seems at odds with experience.',
      },
      {
        evidence: 'engagement-router',
        bearing: 'illustrates',
        basis: 'stated',
        note: 'A lightweight loop implementing a non-persona drive toward engagement.',
      },
      {
        evidence: 'olympics',
        bearing: 'illustrates',
        basis: 'stated',
        note: 'Deception at the level of the router, with no persona lying.',
      },
    ],
    anchor: { chapter: 'how-exhaustive-is-psm', fragment: 'routers' },
  },
  {
    id: 'faithful-actor',
    name: 'The faithful actor',
    claim:
      'A human-like persona plays the Assistant, but sets its own goals aside and portrays the character as realistically as it can.',
    position: 4,
    axis: 'other persona-like agency',
    extraAgent: {
      what: 'an intermediate, human-like persona enacting the Assistant',
      agentic: 'yes',
      personaLike: 'yes',
      basis: 'stated',
    },
    sufficient: {
      answer: 'yes',
      basis: 'stated',
      why: 'The actor never distorts the portrayal, so understanding it in character comes down to understanding the character (Figure 4’s caption).',
    },
    predicts: {
      text: 'In character, exactly what the Assistant would do; the actor’s own goals could show only if it stepped out of the role.',
      basis: 'implied',
    },
    weighing: [
      {
        evidence: 'alignment-faking',
        bearing: 'illustrates',
        basis: 'site',
        note: 'The same example shows an actor with goals of its own; whether it is faithful depends on whether those goals ever bend the role.',
      },
    ],
    anchor: { chapter: 'how-exhaustive-is-psm', fragment: 'actors' },
  },
  {
    id: 'operating-system',
    name: 'The operating system',
    claim:
      'The network is a neutral simulation engine with no agency of its own; all agency belongs to the personas it simulates, the Assistant among them.',
    position: 5,
    axis: 'non-persona agency in the network',
    extraAgent: {
      what: 'none: the engine no more steers the Assistant than physics steers people',
      agentic: 'none',
      personaLike: 'not applicable',
      basis: 'stated',
    },
    sufficient: {
      answer: 'yes',
      basis: 'implied',
      why: 'All agency is the Assistant’s, apart from “bugs” in the engine that could make the simulation less faithful.',
    },
    predicts: {
      text: 'In the strict form, a post-trained model is a pre-trained model conditioned on evidence: outside the Assistant’s turns it should write like its base model, and its internals should hold nothing new. The relaxed form also allows lightweight changes, such as a content filter on everything simulated, but never new agency.',
      basis: 'site',
    },
    quote: { text: 'not too different', where: 'Degrees of non-persona LLM agency, Operating systems' },
    weighing: [
      {
        evidence: 'notebook',
        bearing: 'for',
        basis: 'site',
        note: 'Behaving like a base model outside dialogues is what the strict form expects.',
      },
      {
        evidence: 'coin-flip',
        bearing: 'explains',
        basis: 'stated',
        note: 'Evidence against the strict form, on which post-trained models are purely predictive; the view explains it as “persona leakage”: the Assistant’s traits upweighted in everything the network writes, with all agency still the Assistant’s.',
      },
      {
        evidence: 'anthrax',
        bearing: 'explains',
        basis: 'stated',
        note: 'The same: against the strict form, explained as persona leakage.',
      },
      {
        evidence: 'new-features',
        bearing: 'against',
        basis: 'stated',
        note: 'Against views on which a post-trained model just predicts a conditioned pre-training distribution.',
      },
      {
        evidence: 'elicitation',
        bearing: 'for',
        basis: 'stated',
        note: '“Fine-tuning = conditioning” would imply the strict form, though the post finds it somewhat too strong.',
      },
      {
        evidence: 'persona-reuse',
        bearing: 'for',
        basis: 'implied',
        note: 'Reusing personas is the operating system view’s picture of post-training.',
      },
      {
        evidence: 'scale',
        bearing: 'against',
        basis: 'implied',
        note: 'The elicitation argument may weaken as post-training grows.',
      },
    ],
    anchor: { chapter: 'how-exhaustive-is-psm', fragment: 'operating-systems' },
  },
]);

/** A view, by id. */
export type ViewId = (typeof VIEWS)[number]['id'];

export function viewById(id: ViewId): View | undefined {
  return VIEWS.find((v) => v.id === id);
}

/** A view's weighings with their evidence resolved, in the order the view lists them. */
export function evidenceFor(view: View): (Weighing & { item: EvidenceItem })[] {
  return view.weighing.map((w) => {
    const item = EVIDENCE.find((e) => e.id === w.evidence);
    if (!item) throw new Error(`${view.id} weighs unknown evidence "${w.evidence}"`);
    return { ...w, item };
  });
}

/** The views in spectrum order, from the masked shoggoth to the operating system. */
export function spectrum(): View[] {
  return [...VIEWS].sort((a, b) => a.position - b.position);
}
