/**
 * What a glossary term is, and how its words are found in a chapter's prose. The terms
 * themselves are content: content/glossary.ts.
 */

/** Where a definition comes from: a work of content/references.bib, or a chapter of this site. */
export type Source = { key: string; locator?: string } | { chapter: string; fragment?: string; label: string };

/** A real answer quoted from a paper, with its place in the paper. */
export interface Quote {
  /** Who answered: the model, as the paper names it. */
  speaker: string;
  question: string;
  answer: string;
  key: string;
  locator: string;
}

export interface Term {
  /** The entry's anchor on the glossary page and the key of its card: lowercase words joined by hyphens. */
  id: string;
  /** The term as the glossary lists it. */
  term: string;
  /**
   * The words that count as a use of the term in prose, longest first; a space also matches a
   * line break. A variant written `$…$` matches inline maths that is exactly that formula.
   */
  variants: string[];
  /** Match the variants with their case (for "the Assistant", not "an assistant"). */
  caseSensitive?: boolean;
  /** Words that, right after a variant, make it part of another name (the persona selection model). */
  notBefore?: string[];
  /** One to three sentences, in our own words. */
  definition: string;
  sources: Source[];
  examples?: Quote[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The prose variants of a term as one regular expression (maths variants are matched apart). */
export function variantPattern(term: Term): RegExp | undefined {
  const words = term.variants.filter((variant) => !isMathVariant(variant));
  if (!words.length) return undefined;
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((word) => escape(word).replace(/ /g, '\\s+'));
  const after = term.notBefore?.length ? `(?!\\s+(?:${term.notBefore.map(escape).join('|')}))` : '';
  return new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w-])${after}`, term.caseSensitive ? 'g' : 'gi');
}

export const isMathVariant = (variant: string) => /^\$[^$]+\$$/.test(variant);

/** Which of a term's variants a matched piece of prose is (case and line breaks aside). */
export function variantOf(term: Term, text: string): string | undefined {
  const normal = (value: string) => (term.caseSensitive ? value : value.toLowerCase()).replace(/\s+/g, ' ');
  return term.variants.find((variant) => normal(variant) === normal(text));
}

/**
 * What is wrong with a glossary, as messages naming the term: an empty definition, no source or an
 * unknown one, a repeated id, and (given where each variant was used) a variant that no chapter's prose uses.
 */
export function glossaryProblems(
  terms: Term[],
  isKey: (key: string) => boolean,
  used?: Map<string, Set<string>>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    const name = `glossary term "${term.term}"`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(term.id))
      problems.push(`${name}: id "${term.id}" must be lowercase words joined by hyphens`);
    if (seen.has(term.id)) problems.push(`${name}: id "${term.id}" is used twice`);
    seen.add(term.id);
    if (!term.definition.trim()) problems.push(`${name} has an empty definition`);
    if (!term.sources.length) problems.push(`${name} cites no source`);
    for (const key of [...term.sources, ...(term.examples ?? [])].flatMap((source) =>
      'key' in source ? [source.key] : [],
    )) {
      if (!isKey(key)) problems.push(`${name} cites "${key}", which is not in the bibliography`);
    }
    if (!term.variants.length) problems.push(`${name} lists no variant to find in the chapters`);
    if (!used) continue;
    for (const variant of term.variants) {
      if (!used.get(term.id)?.has(variant))
        problems.push(`${name}: variant "${variant}" is used in no chapter's prose (a dead entry)`);
    }
  }
  return problems;
}
