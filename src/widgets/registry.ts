/**
 * Every live figure, once. A figure is known by the name a chapter writes to place it
 * (`<Figure3 />`); its folder (src/widgets/figure3/) and its custom element (<psm-figure3>)
 * follow from that name, and so does its anchor (#figure-traits), except where chapters and
 * shared links already use another. What cannot follow from the name is stated here: its chapter,
 * its address prefix, the model it runs, its name in reports, and the slider a drag moves.
 *
 * Plain data with no imports, so that the build, the browser, the bench (Node) and the tests all
 * read this one list: src/widgets/index.ts (what chapters may place), scripts/bench.mjs, the
 * browser tests and the snapshot tests.
 */

export interface FigureRecord {
  /** What a chapter writes: `<Figure3 />`. */
  component: string;
  /** The chapter that places it: content/chapters/NN-<chapter>.mdx. */
  chapter: string;
  /** Before each of its parameters in the address: "em" makes em-n=100. Short, and fixed by shared links. */
  prefix: string;
  /** src/models/<model>.ts, the scenario it runs. */
  model: string;
  /** Its name in reports (the bench table). */
  label: string;
  /**
   * The field a slider drag moves: the bench times it, the keyboard and touch tests move it. A
   * figure without a slider (a choice of views) leaves it out, and they use its choices instead.
   */
  slider?: string;
  /** Its anchor, where it is not figure-<folder>: chapters and shared links use this one. */
  anchor?: string;
}

const RECORDS = [
  {
    component: 'SmallestCase',
    chapter: 'introduction',
    anchor: 'figure-smallest-case',
    prefix: 'sc',
    model: 'smallest-case',
    label: 'The smallest case: two personas',
    slider: 'n',
  },
  {
    component: 'Figure3',
    chapter: 'emergent-misalignment',
    anchor: 'figure-em',
    prefix: 'em',
    model: 'emergent-misalignment',
    label: 'Figure 3 (emergent misalignment)',
    slider: 'n',
  },
  {
    component: 'Inoculation',
    chapter: 'inoculation-prompting',
    prefix: 'ip',
    model: 'inoculation',
    label: 'Inoculation: same data, two framings',
    slider: 'n',
  },
  {
    component: 'Traits',
    chapter: 'inoculation-prompting',
    prefix: 'tr',
    model: 'trait-inoculation',
    label: 'Inoculation: one trait at a time',
    slider: 'n',
  },
  {
    component: 'Pangolin',
    chapter: 'out-of-context-generalization',
    prefix: 'pg',
    model: 'pangolin',
    label: 'Pangolin (out-of-context)',
    slider: 'distinct',
  },
  {
    component: 'TypeHints',
    chapter: 'out-of-context-generalization',
    prefix: 'th',
    model: 'type-hints',
    label: 'Llama Nemotron type hints',
    slider: 'steering',
  },
  {
    component: 'ManyShot',
    chapter: 'persona-selection-model',
    anchor: 'figure-many-shot',
    prefix: 'ms',
    model: 'many-shot',
    label: 'Context is evidence too (many-shot)',
    slider: 'shots',
  },
  {
    component: 'WeirdGeneralization',
    chapter: 'emergent-misalignment',
    anchor: 'figure-weird',
    prefix: 'wg',
    model: 'weird-generalization',
    label: 'Weird generalization',
    slider: 'n',
  },
  {
    component: 'CoinFlip',
    chapter: 'why-psm-might-be-exhaustive',
    prefix: 'cf',
    model: 'coin-flip',
    label: 'Preferences that leak (coin flip)',
    slider: 'n',
  },
  {
    component: 'Exhaustiveness',
    chapter: 'how-exhaustive-is-psm',
    prefix: 'ex',
    model: 'exhaustiveness',
    label: 'The views of exhaustiveness (Figure 4)',
  },
] as const satisfies readonly FigureRecord[];

export type FigureName = (typeof RECORDS)[number]['component'];

export interface Figure extends FigureRecord {
  component: FigureName;
  /** src/widgets/<folder>/ */
  folder: string;
  /** Its custom element. */
  tag: string;
  /** Its anchor in the chapter, without the "#". */
  id: string;
  /** Its chapter's address, from the site's root. */
  page: string;
}

export const FIGURES: readonly Figure[] = RECORDS.map((record: FigureRecord & { component: FigureName }) => {
  const folder = record.component.toLowerCase();
  return {
    ...record,
    folder,
    tag: `psm-${folder}`,
    id: record.anchor ?? `figure-${folder}`,
    page: `/chapters/${record.chapter}/`,
  };
});

export function figure(name: FigureName): Figure {
  return FIGURES.find((f) => f.component === name)!;
}
