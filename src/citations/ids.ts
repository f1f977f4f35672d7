/**
 * The ids that tie a citation to its work: the bibliography entry a citation links to, the card
 * it opens, each citing place a back-link returns to, and an entry's BibTeX block. The build,
 * the page script and the tests all take them from here.
 */

/** The entry in a chapter's bibliography, and on the references page. */
export const refId = (key: string) => `ref-${key}`;

/** The hidden card a citation opens on hover, focus or tap. */
export const cardId = (key: string) => `card-${key}`;

/** The n-th place (from 1) in a chapter that cites the work. */
export const citeId = (key: string, n: number) => `cite-${key}-${n}`;

/** An entry's BibTeX on the references page. */
export const bibtexId = (key: string) => `bibtex-${key}`;
