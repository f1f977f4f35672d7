/**
 * The one rendering of a bibliography entry, as hast: the citation link, its card, and the list
 * item that a chapter's bibliography (remark-citations) and the references page both show. A
 * change of how a work reads is an edit here.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import type { BibEntry } from './bibliography.ts';
import { cardId, citeId, refId } from './ids.ts';

/** Entries in the order of their formatted reference (APA: by first author, then year). */
export function byReference(entries: Iterable<BibEntry>): BibEntry[] {
  return [...entries].sort((a, b) => a.html.localeCompare(b.html, 'en'));
}

/** The author-year link a citation becomes; `n` numbers the places that cite the work. */
export function citeLink(entry: BibEntry, n: number, text: string): Element {
  return h(
    'a',
    {
      className: ['cite'],
      href: `#${refId(entry.key)}`,
      id: citeId(entry.key, n),
      dataKey: entry.key,
      ariaDescribedBy: cardId(entry.key),
    },
    text,
  );
}

/** What stands in the page for a citation the build could not resolve (and reports). */
export function missingCitation(text: string): Element {
  return h('mark', { className: ['cite-missing'] }, text);
}

function linkList(entry: BibEntry, className: string[]): Element {
  return h(
    'span',
    { className },
    entry.links.flatMap((link, index) => [
      index ? ' · ' : '',
      h('a', { href: link.href, rel: 'noopener', ariaLabel: `${link.label}: ${entry.title}` }, link.label),
    ]),
  );
}

/** The card a citation opens: a popover where the browser has them (see cards.ts). */
export function card(entry: BibEntry): Element {
  const lines: (Element | null)[] = [
    h('p', { className: ['cite-card-title'] }, entry.title),
    h('p', { className: ['cite-card-authors'] }, `${entry.authors} (${entry.year})`),
    entry.venue ? h('p', { className: ['cite-card-venue'] }, entry.venue) : null,
    entry.unverified.length
      ? h('p', { className: ['unverified'] }, `Unverified: ${entry.unverified.join('; ')}`)
      : null,
    linkList(entry, ['cite-card-links']),
  ];
  return h(
    'div',
    { className: ['cite-card'], id: cardId(entry.key), popover: 'auto', role: 'tooltip' },
    lines.filter((line): line is Element => line !== null),
  );
}

/**
 * What a reference list shows of a work: the formatted reference, what our sources could not
 * confirm, its links out, and `trail` (where it is cited) on the same line as the links.
 */
export function referenceContent(entry: BibEntry, trail: Element): ElementContent[] {
  const reference = fromHtml(entry.html, { fragment: true }).children as ElementContent[];
  return [
    ...reference,
    ...(entry.unverified.length
      ? [h('p', { className: ['unverified'] }, `Unverified in our sources: ${entry.unverified.join('; ')}`)]
      : []),
    h('p', { className: ['reference-meta'] }, [linkList(entry, ['reference-links']), ' ', trail]),
  ];
}

/** A chapter's bibliography entry, with a back-link to each of the `count` places citing it. */
export function referenceItem(entry: BibEntry, count: number): Element {
  const backlinks = Array.from({ length: count }, (_, index) =>
    h(
      'a',
      {
        href: `#${citeId(entry.key, index + 1)}`,
        className: ['backlink'],
        // The entry it sits in names the work.
        ariaLabel: `Back to citation ${index + 1}`,
      },
      `↩ ${index + 1}`,
    ),
  );
  const trail = h('span', { className: ['backlinks'] }, [
    'Cited here: ',
    ...backlinks.flatMap((a, i) => (i ? [' ', a] : [a])),
  ]);
  return h('li', { id: refId(entry.key), className: ['reference'] }, referenceContent(entry, trail));
}

/** A chapter's bibliography: its cited works, then their (hidden) cards. */
export function bibliographySection(cited: { entry: BibEntry; count: number }[]): Element {
  const sorted = byReference(cited.map(({ entry }) => entry));
  const count = new Map(cited.map(({ entry, count }) => [entry.key, count]));
  return h('section', { className: ['bibliography'], ariaLabelledBy: 'references' }, [
    h('h2', { id: 'references' }, 'References'),
    h(
      'ol',
      { className: ['references'] },
      sorted.map((entry) => referenceItem(entry, count.get(entry.key)!)),
    ),
    ...sorted.map(card),
  ]);
}
