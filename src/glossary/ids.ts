/**
 * The ids that tie a term's first use in a chapter to its card and to its glossary entry. The
 * build, the page script and the tests all take them from here.
 */

/** The term's entry on the glossary page. */
export const termId = (id: string) => `term-${id}`;

/** The term's first use in a chapter (the glossary page links back to it). */
export const useId = (id: string) => `use-${id}`;

/** The hidden card the first use opens on hover, focus or tap. */
export const termCardId = (id: string) => `term-card-${id}`;
