/**
 * The whole talk, heading by heading, in the post's order, and where each heading lives on the
 * site. The one place this map is kept: the landing page draws its outline from it (so the
 * build's link checker proves every anchor exists), and a unit test checks it against the post's
 * outline in shared/research, so a heading can be neither dropped nor misplaced.
 *
 * Times are where the post's heading starts in the narration (1:34:24 long), from the
 * narration's published outline, which stops at 43:23. No source we could read gives a later
 * time, so later headings carry none rather than a guess.
 */

export interface TalkHeading {
  /** The post's heading, as the post prints it ("tl;dr" is unheaded in the post). */
  title: string;
  /** 1 for the post's top-level sections, 2 and 3 for its subsections. */
  level: 1 | 2 | 3;
  /** Start in the narration, "MM:SS", where a source gives it. */
  start?: string;
  /** The chapter's slug. */
  chapter: string;
  /** The id of the heading on that chapter's page; none when the chapter is that section. */
  anchor?: string;
}

export const NARRATION_LENGTH = '1:34:24';

export const TALK_OUTLINE: readonly TalkHeading[] = [
  { title: 'tl;dr', level: 1, start: '00:10', chapter: 'introduction', anchor: 'tldr' },
  { title: 'Introduction', level: 1, start: '01:02', chapter: 'introduction', anchor: 'introduction' },
  { title: 'The persona selection model', level: 1, start: '06:18', chapter: 'persona-selection-model' },
  {
    title: 'Predictive models and personas',
    level: 2,
    start: '07:09',
    chapter: 'persona-selection-model',
    anchor: 'predictive-models-and-personas',
  },
  {
    title: 'From predictive models to AI assistants',
    level: 2,
    start: '09:54',
    chapter: 'persona-selection-model',
    anchor: 'from-predictive-models-to-ai-assistants',
  },
  {
    title: 'Statement of the persona selection model',
    level: 2,
    start: '12:43',
    chapter: 'persona-selection-model',
    anchor: 'statement-of-the-persona-selection-model',
  },
  {
    title: 'Empirical evidence for PSM',
    level: 2,
    start: '16:25',
    chapter: 'emergent-misalignment',
    anchor: 'empirical-evidence-for-psm',
  },
  {
    title: 'Evidence from generalization',
    level: 3,
    start: '16:58',
    chapter: 'emergent-misalignment',
    anchor: 'evidence-from-generalization',
  },
  { title: 'Behavioral evidence', level: 3, start: '22:48', chapter: 'behavioural-evidence' },
  { title: 'Evidence from interpretability', level: 3, start: '28:42', chapter: 'evidence-from-interpretability' },
  { title: 'Complicating evidence', level: 3, start: '35:42', chapter: 'complicating-evidence' },
  { title: 'Consequences for AI development', level: 1, start: '42:21', chapter: 'consequences-for-ai-development' },
  {
    title: 'AI assistants are human-like',
    level: 2,
    start: '42:45',
    chapter: 'consequences-for-ai-development',
    anchor: 'ai-assistants-are-human-like',
  },
  {
    title: 'Anthropomorphic reasoning about AI assistants is productive',
    level: 2,
    start: '43:23',
    chapter: 'consequences-for-ai-development',
    anchor: 'anthropomorphic-reasoning-about-ai-assistants-is-productive',
  },
  { title: 'AI welfare', level: 2, chapter: 'consequences-for-ai-development', anchor: 'ai-welfare' },
  {
    title: 'The importance of good AI role models',
    level: 2,
    chapter: 'consequences-for-ai-development',
    anchor: 'the-importance-of-good-ai-role-models',
  },
  {
    title: 'Interpretability-based alignment auditing will be tractable',
    level: 2,
    chapter: 'consequences-for-ai-development',
    anchor: 'interpretability-based-alignment-auditing-will-be-tractable',
  },
  { title: 'How exhaustive is PSM?', level: 1, chapter: 'how-exhaustive-is-psm', anchor: 'how-exhaustive-is-psm' },
  {
    title: 'Shoggoths, actors, operating systems, and authors',
    level: 2,
    chapter: 'how-exhaustive-is-psm',
    anchor: 'shoggoths-actors-operating-systems-and-authors',
  },
  {
    title: 'Degrees of non-persona LLM agency',
    level: 3,
    chapter: 'how-exhaustive-is-psm',
    anchor: 'degrees-of-non-persona-llm-agency',
  },
  {
    title: 'Other sources of persona-like agency',
    level: 3,
    chapter: 'how-exhaustive-is-psm',
    anchor: 'other-sources-of-persona-like-agency',
  },
  {
    title: 'Why might we expect PSM to be exhaustive?',
    level: 2,
    chapter: 'why-psm-might-be-exhaustive',
    anchor: 'why-might-we-expect-psm-to-be-exhaustive',
  },
  {
    title: 'Post-training as elicitation',
    level: 3,
    chapter: 'why-psm-might-be-exhaustive',
    anchor: 'post-training-as-elicitation',
  },
  {
    title: 'Personas provide a simple way to fit the post-training data',
    level: 3,
    chapter: 'why-psm-might-be-exhaustive',
    anchor: 'personas-provide-a-simple-way-to-fit-the-post-training-data',
  },
  {
    title: 'How might these considerations change?',
    level: 3,
    chapter: 'why-psm-might-be-exhaustive',
    anchor: 'how-might-these-considerations-change',
  },
  {
    title: 'Empirical observations',
    level: 2,
    chapter: 'why-psm-might-be-exhaustive',
    anchor: 'empirical-observations',
  },
  { title: 'Conclusion', level: 1, chapter: 'conclusion', anchor: 'conclusion' },
  { title: 'Acknowledgements', level: 1, chapter: 'conclusion', anchor: 'acknowledgements' },
  { title: 'Appendix A: Breaking character', level: 1, chapter: 'conclusion', anchor: 'appendix-a-breaking-character' },
  {
    title: 'Appendix B: An example of non-persona deception',
    level: 1,
    chapter: 'conclusion',
    anchor: 'appendix-b-an-example-of-non-persona-deception',
  },
];

/** A heading's place on the site, relative to the site's root. */
export const placeOf = (heading: TalkHeading) =>
  `chapters/${heading.chapter}/${heading.anchor ? `#${heading.anchor}` : ''}`;
