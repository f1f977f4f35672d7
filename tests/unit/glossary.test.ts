/**
 * The glossary transform: which words count as a term's first use, what it leaves alone, the card
 * it writes, and the checks that fail the build (an empty definition, an unknown source, a dead
 * variant). The last tests run the site's own glossary over the site's own chapters.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkGlossary, { type GlossaryUse } from '../../src/glossary/remark-glossary.ts';
import remarkCitations from '../../src/citations/remark-citations.ts';
import { glossaryProblems, variantPattern, type Term } from '../../src/glossary/terms.ts';
import { parseBibliography } from '../../src/citations/bibliography.ts';
import { bibliography as siteBibliography } from '../../src/citations/site-bibliography.ts';
import { BuildProblems } from '../../src/lib/build-problems.ts';
import { glossary } from '../../content/glossary.ts';

const bibliography = parseBibliography(readFileSync('tests/fixtures/citations/refs.bib', 'utf8'), 'refs.bib');
const KEY = [...bibliography.entries.keys()][0];

const TERMS: Term[] = [
  {
    id: 'persona',
    term: 'persona',
    variants: ['personas', 'persona'],
    notBefore: ['selection model'],
    definition: 'A character.',
    sources: [{ key: KEY, locator: 'sec. 2' }],
  },
  {
    id: 'the-assistant',
    term: 'the Assistant',
    variants: ['the Assistant'],
    caseSensitive: true,
    definition: 'The character users talk to.',
    sources: [{ chapter: 'intro', label: 'Chapter 1' }],
  },
  { id: 'beta', term: 'β', variants: ['$\\beta$'], definition: 'A weight.', sources: [{ key: KEY }] },
];

function transform(markdown: string, terms = TERMS) {
  const file = new VFile({ value: markdown, path: 'chapter.md' });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkGlossary, { terms, bibliography, base: '/base/' })
    .use(remarkRehype)
    .use(rehypeStringify);
  const html = String(processor.processSync(file));
  const use = (file.data.astro as { frontmatter: { glossary: GlossaryUse } }).frontmatter.glossary;
  return { html, use, links: html.match(/<a class="term"[^>]*>[\s\S]*?<\/a>/g) ?? [] };
}

describe('variant patterns', () => {
  const persona = variantPattern(TERMS[0])!;
  const find = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => m[0]);

  it('find every listed form, any case, across a line break', () => {
    expect(find(persona, 'Personas and a persona.')).toEqual(['Personas', 'persona']);
    expect(find(variantPattern({ ...TERMS[0], variants: ['reward hacking'] })!, 'by reward\n  hacking')).toEqual([
      'reward\n  hacking',
    ]);
  });

  it('skip a word inside a longer word or name', () => {
    expect(find(persona, 'personal, non-persona, persona-like, the persona selection model')).toEqual([]);
  });

  it('keep the case where asked', () => {
    expect(find(variantPattern(TERMS[1])!, 'the Assistant, the assistant, The Assistant')).toEqual(['the Assistant']);
  });
});

describe('the glossary transform', () => {
  it('marks only the first use of each term in a chapter, linking to the glossary entry and the card', () => {
    const { links, use } = transform('A persona here.\n\nAnother persona, and the Assistant.\n\nThe Assistant again.');
    expect(links).toEqual([
      '<a class="term" href="/base/glossary/#term-persona" id="use-persona" data-term="persona" aria-describedby="term-card-persona">persona</a>',
      '<a class="term" href="/base/glossary/#term-the-assistant" id="use-the-assistant" data-term="the-assistant" aria-describedby="term-card-the-assistant">the Assistant</a>',
    ]);
    expect(use.marked).toEqual(['persona', 'the-assistant']);
    expect(use.found).toEqual({ persona: ['persona'], 'the-assistant': ['the Assistant'] });
  });

  it('leaves headings, code, links, quotations and tables alone', () => {
    const { links } = transform(
      '# A persona\n\n`persona`\n\n[a persona](x)\n\n> a persona\n\n| persona |\n| --- |\n| persona |\n\nAt last a persona.',
    );
    expect(links).toHaveLength(1);
    expect(links[0]).toContain('>persona</a>');
  });

  it('leaves citations and components alone', () => {
    const file = new VFile({
      value: 'See [@lee2021many] and <Note>a persona</Note>.\n\n<Figure>a persona</Figure>\n\nA persona.',
      path: 'x.mdx',
    });
    const tree = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkCitations, { bibliography, problems: new BuildProblems() })
      .use(remarkGlossary, { terms: TERMS, bibliography, base: '/' });
    tree.runSync(tree.parse(file), file);
    const use = (file.data.astro as { frontmatter: { glossary: GlossaryUse } }).frontmatter.glossary;
    expect(use.found).toEqual({ persona: ['persona'] });
  });

  it('marks inline maths that is exactly a maths variant, and names the link', () => {
    const { links } = transform('With $\\beta \\le 1$ and then $\\beta$ and $\\beta$.');
    expect(links).toHaveLength(1);
    expect(links[0]).toContain('aria-label="β"');
    expect(links[0]).toContain('math-inline');
  });

  it('writes one card per marked term, with its definition, sources and glossary link', () => {
    const { html } = transform('A persona, and the Assistant.');
    const cards = html.slice(html.indexOf('<div class="glossary-cards">'));
    expect(cards.match(/class="cite-card term-card"/g)).toHaveLength(2);
    expect(cards).toContain('id="term-card-persona" popover="auto" role="tooltip"');
    expect(cards).toContain('<p>A character.</p>');
    expect(cards).toMatch(/Source: [^<]+, sec\. 2 · <a href="\/base\/glossary\/#term-persona">Glossary: persona<\/a>/);
    expect(cards).toContain('Source: Chapter 1');
  });

  it('writes no cards for a chapter that uses no term', () => {
    expect(transform('Nothing here.').html).not.toContain('glossary-cards');
  });
});

describe('the glossary checks', () => {
  const isKey = (key: string) => key === KEY;

  it('name a term with an empty definition, no source, an unknown source or a repeated id', () => {
    const broken: Term[] = [
      { ...TERMS[0], definition: '  ' },
      { ...TERMS[1], sources: [] },
      { ...TERMS[2], sources: [{ key: 'nosuch2024' }] },
      { ...TERMS[2], term: 'β again' },
    ];
    expect(glossaryProblems(broken, isKey)).toEqual([
      'glossary term "persona" has an empty definition',
      'glossary term "the Assistant" cites no source',
      'glossary term "β" cites "nosuch2024", which is not in the bibliography',
      'glossary term "β again": id "beta" is used twice',
    ]);
  });

  it('name a variant that no chapter uses (a dead entry)', () => {
    const used = new Map([['persona', new Set(['persona'])]]);
    expect(glossaryProblems([TERMS[0]], isKey, used)).toEqual([
      'glossary term "persona": variant "personas" is used in no chapter\'s prose (a dead entry)',
    ]);
  });
});

describe("the site's glossary", () => {
  it('is sound: every definition filled, every source in references.bib', () => {
    expect(glossaryProblems(glossary, (key) => siteBibliography.entries.has(key))).toEqual([]);
  });

  it('defines every term in one to three sentences', () => {
    for (const term of glossary) {
      const sentences = term.definition.replace(/et al\./g, 'et al').match(/[.!?](\s|$)/g) ?? [];
      expect(sentences.length, term.term).toBeGreaterThanOrEqual(1);
      expect(sentences.length, term.term).toBeLessThanOrEqual(3);
    }
  });

  it('covers at least the terms issue 15 asks for', () => {
    expect(glossary.map((term) => term.id)).toEqual(
      expect.arrayContaining([
        'persona',
        'the-assistant',
        'prior',
        'posterior',
        'beta',
        'emergent-misalignment',
        'misaligned',
        'reward-hacking',
        'jailbreak',
        'inoculation-prompting',
        'out-of-context-generalization',
        'expert-iteration',
        'activation-steering',
        'sae-feature',
        'evaluation-awareness',
        'strongreject',
        'truthfulqa',
      ]),
    );
    expect(glossary.find((term) => term.id === 'misaligned')!.examples).toHaveLength(2);
  });

  it("has every variant used in some chapter's prose", () => {
    const used = new Map<string, Set<string>>();
    const dir = 'content/chapters';
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) {
      const source = readFileSync(`${dir}/${name}`, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
      const file = new VFile({ value: source, path: `${dir}/${name}` });
      const processor = unified()
        .use(remarkParse)
        .use(remarkMdx)
        .use(remarkMath)
        .use(remarkCitations, { bibliography: siteBibliography, problems: new BuildProblems() })
        .use(remarkGlossary, { terms: glossary, bibliography: siteBibliography, base: '/' });
      processor.runSync(processor.parse(file), file);
      const use = (file.data.astro as { frontmatter: { glossary: GlossaryUse } }).frontmatter.glossary;
      for (const [id, variants] of Object.entries(use.found))
        used.set(id, new Set([...(used.get(id) ?? []), ...variants]));
    }
    expect(glossaryProblems(glossary, () => true, used)).toEqual([]);
  });
});
