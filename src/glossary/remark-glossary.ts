/**
 * remark plugin: the first use of each glossary term in a chapter's prose becomes a link to the
 * term's glossary entry that opens the term's card on hover, focus or tap (the citation cards'
 * script and styles, src/citations/cards.ts). No markup in the chapter: the words are found.
 *
 * Prose means the chapter's own sentences: headings, code, links, citations, maths, quotations,
 * tables and every component (figures, sidenotes, dialogues) are left alone, so a card never
 * lands inside another link or a figure. The one exception is a maths variant (`$\beta$`), which
 * matches inline maths that is exactly that formula.
 *
 * It records, in the chapter's front matter, which terms it marked and every variant it found
 * anywhere in the prose (the glossary page lists each term's chapters from it), and adds the
 * variants to `found`, over which the build fails on a variant no chapter uses (checks.ts).
 */
import type { Root, Text, Parent, RootContent } from 'mdast';
import type { Element, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { parenthetical, type Bibliography } from '../citations/bibliography.ts';
import { isMathVariant, variantOf, variantPattern, type Source, type Term } from './terms.ts';
import { termCardId, termId, useId } from './ids.ts';

export interface GlossaryOptions {
  terms: Term[];
  bibliography: Bibliography;
  /** The site's base path (BASE_PATH), for the link to the glossary page. */
  base: string;
  /** Collects, over every chapter, the variants found of each term (for the dead-entry check, checks.ts). */
  found?: Map<string, Set<string>>;
}

/** What a chapter's front matter records: the terms marked, and each term's variants found. */
export interface GlossaryUse {
  marked: string[];
  found: Record<string, string[]>;
}

const NOT_PROSE = new Set([
  'heading',
  'code',
  'inlineCode',
  'link',
  'linkReference',
  'definition',
  'footnoteDefinition',
  'html',
  'math',
  'blockquote',
  'table',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
  'yaml',
  'citation',
  'bibliography',
]);

export const glossaryHref = (base: string, id: string) => `${base.replace(/\/?$/, '/')}glossary/#${termId(id)}`;

/** A source as the card reads it: "Betley et al., 2025, Table 1", or the chapter's label. */
export function sourceText(source: Source, bibliography: Bibliography): string {
  if (!('key' in source)) return source.label;
  const entry = bibliography.entries.get(source.key);
  return entry ? parenthetical(entry, source.locator) : source.key;
}

/** The card a term's first use opens: a popover where the browser has them, styled as a citation card. */
export function termCard(term: Term, bibliography: Bibliography, base: string): Element {
  const examples: ElementContent[] = (term.examples ?? []).map((quote) =>
    h('p', { className: ['term-card-example'] }, [
      `Asked “${quote.question}”, ${quote.speaker} answered: `,
      h('q', quote.answer),
      ` (${sourceText(quote, bibliography)})`,
    ]),
  );
  return h(
    'div',
    { className: ['cite-card', 'term-card'], id: termCardId(term.id), popover: 'auto', role: 'tooltip' },
    [
      h('p', { className: ['cite-card-title'] }, term.term),
      h('p', term.definition),
      ...examples,
      h('p', { className: ['cite-card-venue'] }, [
        `Source: ${term.sources.map((source) => sourceText(source, bibliography)).join('; ')} · `,
        h('a', { href: glossaryHref(base, term.id) }, [`Glossary: ${term.term}`]),
      ]),
    ],
  );
}

interface Match {
  start: number;
  end: number;
  term: Term;
}

export default function remarkGlossary(options: GlossaryOptions) {
  const patterns = options.terms.map((term) => ({ term, pattern: variantPattern(term) }));
  const mathVariants = options.terms.flatMap((term) =>
    term.variants.filter(isMathVariant).map((variant) => ({ term, variant, formula: variant.slice(1, -1).trim() })),
  );

  return (tree: Root, file: VFile) => {
    const marked: Term[] = [];
    const found = new Map<string, Set<string>>();
    const note = (term: Term, variant: string) => {
      for (const map of options.found ? [found, options.found] : [found]) {
        if (!map.has(term.id)) map.set(term.id, new Set());
        map.get(term.id)!.add(variant);
      }
    };
    const link = (term: Term, children: RootContent[], label?: string): RootContent => {
      marked.push(term);
      return {
        type: 'glossaryTerm',
        data: {
          hName: 'a',
          hProperties: {
            className: ['term'],
            href: glossaryHref(options.base, term.id),
            id: useId(term.id),
            dataTerm: term.id,
            ariaDescribedBy: termCardId(term.id),
            ariaLabel: label,
          },
        },
        children,
      } as unknown as RootContent;
    };
    const isMarked = (term: Term) => marked.includes(term);

    /** The text's pieces: plain text, and at most one link per term not yet marked in the chapter. */
    const splitText = (node: Text): RootContent[] | undefined => {
      const matches: Match[] = [];
      for (const { term, pattern } of patterns) {
        if (!pattern) continue;
        for (const match of node.value.matchAll(pattern)) {
          note(term, variantOf(term, match[0])!);
          matches.push({ start: match.index!, end: match.index! + match[0].length, term });
        }
      }
      matches.sort((a, b) => a.start - b.start || b.end - a.end);
      const pieces: RootContent[] = [];
      let last = 0;
      for (const { start, end, term } of matches) {
        if (start < last || isMarked(term)) continue;
        if (start > last) pieces.push({ type: 'text', value: node.value.slice(last, start) });
        pieces.push(link(term, [{ type: 'text', value: node.value.slice(start, end) }]));
        last = end;
      }
      if (!last) return undefined;
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
      return pieces;
    };

    const walk = (parent: Parent) => {
      for (let index = 0; index < parent.children.length; index++) {
        const child = parent.children[index];
        if (child.type === 'inlineMath') {
          const math = mathVariants.find(
            ({ formula }) => formula === (child as unknown as { value: string }).value.trim(),
          );
          if (!math) continue;
          note(math.term, math.variant);
          // KaTeX's MathML gives a link no name that every screen reader reads, so it is named.
          if (!isMarked(math.term)) parent.children[index] = link(math.term, [child], math.term.term) as typeof child;
        } else if (child.type === 'text') {
          const pieces = splitText(child);
          if (!pieces) continue;
          parent.children.splice(index, 1, ...(pieces as typeof parent.children));
          index += pieces.length - 1;
        } else if (!NOT_PROSE.has(child.type) && 'children' in child) {
          walk(child as Parent);
        }
      }
    };
    walk(tree);

    const use: GlossaryUse = {
      marked: marked.map((term) => term.id),
      found: Object.fromEntries([...found].map(([id, variants]) => [id, [...variants]])),
    };
    const data = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (data.frontmatter ??= {}).glossary = use;
    if (!marked.length) return;
    tree.children.push({
      type: 'glossaryCards',
      data: {
        hName: 'div',
        hProperties: { className: ['glossary-cards'] },
        hChildren: marked.map((term) => termCard(term, options.bibliography, options.base)),
      },
    } as unknown as RootContent);
  };
}
