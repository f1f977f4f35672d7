/**
 * The site's one reading of content/references.bib.
 *
 * citation-js parses the BibTeX and formats it (APA, an author-year CSL style). What this file
 * adds is what citation-js does not check: duplicate keys, entries it silently swallowed, the
 * `% UNVERIFIED` comments the research notes put above an entry, and BibTeX's "and others",
 * which CSL has no word for.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

export class BibliographyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BibliographyError';
  }
}

export interface BibLink {
  label: string;
  href: string;
}

export interface BibEntry {
  key: string;
  /** 1-based line of the `@type{key,` opener in the .bib file. */
  line: number;
  /** The entry's BibTeX as written, for "copy BibTeX". */
  bibtex: string;
  /** Text of each `% UNVERIFIED:` comment directly above the entry. */
  unverified: string[];
  title: string;
  year: string;
  /** In-text label parts, e.g. author "Betley et al." and year "2025". */
  author: string;
  /** Every author as written, for citation cards: "Jan Betley, Daniel Tan, …". */
  authors: string;
  /** The full reference as HTML (CSL APA), with "and others" rendered as "et al.". */
  html: string;
  links: BibLink[];
  /** A short venue line for citation cards. */
  venue: string;
}

export interface Bibliography {
  file: string;
  entries: Map<string, BibEntry>;
}

/** "et al." stands in for BibTeX's "others"; the CSL output is then tidied around it. */
const ET_AL = 'et al.';

interface RawEntry {
  key: string;
  line: number;
  bibtex: string;
  unverified: string[];
}

const ENTRY_OPENER = /^@([A-Za-z]+)\s*\{\s*([^,\s]*)\s*,?/;

function splitRawEntries(source: string, file: string): RawEntry[] {
  const lines = source.split(/\r?\n/);
  const entries: RawEntry[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const match = ENTRY_OPENER.exec(lines[i]);
    if (!match || /^(comment|preamble|string)$/i.test(match[1])) continue;
    const key = match[2];
    const line = i + 1;
    if (!key) throw new BibliographyError(`${file}:${line}: an @${match[1]} entry has no citation key`);
    const previous = seen.get(key);
    if (previous !== undefined) {
      throw new BibliographyError(
        `${file}:${line}: duplicate citation key "${key}" (first defined at line ${previous})`,
      );
    }
    seen.set(key, line);

    let end = i;
    let depth = 0;
    for (let j = i; j < lines.length; j++) {
      for (const ch of lines[j]) {
        if (ch === '{') depth++;
        else if (ch === '}') depth--;
      }
      end = j;
      if (depth <= 0) break;
    }
    if (depth > 0) throw new BibliographyError(`${file}:${line}: entry "${key}" is never closed (unbalanced braces)`);

    const unverified: string[] = [];
    for (let k = i - 1; k >= 0 && lines[k].trim().startsWith('%'); k--) {
      const note = /^%\s*UNVERIFIED:\s*(.*)$/.exec(lines[k].trim());
      if (note) unverified.unshift(note[1].trim());
    }
    entries.push({ key, line, bibtex: lines.slice(i, end + 1).join('\n'), unverified });
  }
  return entries;
}

type CslName = { family?: string; given?: string; literal?: string };
type CslItem = Record<string, unknown> & { id: string; author?: CslName[] };

function parseWithCitationJs(source: string, file: string): CslItem[] {
  try {
    return new Cite(source).data as CslItem[];
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const where = /at line (\d+)/.exec(text);
    throw new BibliographyError(`${file}${where ? `:${where[1]}` : ''}: malformed BibTeX: ${text.split('\n')[0]}`);
  }
}

function markTruncatedAuthors(item: CslItem): CslItem {
  if (!item.author) return item;
  const author = item.author.map((name) =>
    name.family === 'others' && !name.given ? { literal: ET_AL } : name,
  );
  return { ...item, author };
}

/** citeproc writes "X & et al." or "X, et al., & Y": both read as "X et al." in English. */
function tidyInText(text: string): string {
  return text.replace(/,? & et al\./, ' et al.').replace(/et al\., et al\./, 'et al.');
}

function tidyReference(html: string): string {
  return html
    .replace(/,? &#38; et al\./, ', et al.')
    .replace(/, et al\., &#38; /, ', … ')
    .trim();
}

const HOST_LABELS: [RegExp, string][] = [
  [/github\.com/, 'Code'],
  [/openreview\.net/, 'OpenReview'],
  [/lesswrong\.com/, 'LessWrong'],
];

function linksFor(item: CslItem): BibLink[] {
  const links: BibLink[] = [];
  const url = typeof item.URL === 'string' ? item.URL : undefined;
  const arxiv = url && /arxiv\.org\/abs\/([\w.]+)/.exec(url);
  if (arxiv) {
    links.push({ label: 'arXiv', href: `https://arxiv.org/abs/${arxiv[1]}` });
    links.push({ label: 'PDF', href: `https://arxiv.org/pdf/${arxiv[1]}` });
  } else if (url) {
    links.push({ label: new URL(url).hostname.replace(/^www\./, ''), href: url });
  }
  if (typeof item.DOI === 'string') links.push({ label: 'DOI', href: `https://doi.org/${item.DOI}` });
  const note = typeof item.note === 'string' ? item.note : '';
  for (const [href] of note.matchAll(/https?:\/\/[^\s,;]+[^\s,;.]/g)) {
    const label = HOST_LABELS.find(([pattern]) => pattern.test(href))?.[1] ?? new URL(href).hostname.replace(/^www\./, '');
    if (!links.some((link) => link.href === href)) links.push({ label, href });
  }
  return links;
}

function venueFor(item: CslItem): string {
  for (const field of ['container-title', 'publisher']) {
    if (typeof item[field] === 'string') return item[field] as string;
  }
  return typeof item.URL === 'string' && item.URL.includes('arxiv.org') ? 'arXiv preprint' : '';
}

const REQUIRED = ['title', 'author', 'issued'] as const;

/**
 * Parse and check a .bib file; every error names the file, the line and the key.
 * `file` is only used in messages.
 */
export function parseBibliography(source: string, file: string): Bibliography {
  const raw = splitRawEntries(source, file);
  const items = parseWithCitationJs(source, file);
  const rawByKey = new Map(raw.map((entry) => [entry.key, entry]));
  if (items.length !== raw.length) {
    const parsed = new Set(items.map((item) => item.id));
    const lost = raw.find((entry) => !parsed.has(entry.key));
    throw new BibliographyError(
      `${file}${lost ? `:${lost.line}` : ''}: malformed entry${lost ? ` "${lost.key}"` : ''}: citation-js read ${items.length} entries where the file has ${raw.length}`,
    );
  }
  for (const item of items) {
    const entry = rawByKey.get(item.id)!;
    for (const field of REQUIRED) {
      if (!item[field]) {
        throw new BibliographyError(`${file}:${entry.line}: entry "${item.id}" has no ${field === 'issued' ? 'year' : field}`);
      }
    }
  }

  const csl = items.map(markTruncatedAuthors);
  const engine = (plugins.config.get('@csl') as { engine: (...args: unknown[]) => CiteprocEngine }).engine(
    csl,
    'apa',
    'en-US',
    'text',
  );
  // Registering every entry at once lets citeproc disambiguate same-author, same-year works.
  const clusters = engine.rebuildProcessorState(
    csl.map((item) => ({ citationItems: [{ id: item.id }], properties: { noteIndex: 0 } })),
    'text',
    [],
  );
  const htmlById = new Map<string, string>(
    (new Cite(csl).format('bibliography', {
      format: 'html',
      template: 'apa',
      lang: 'en-US',
      asEntryArray: true,
    } as object) as unknown as [string, string][]),
  );

  const entries = new Map<string, BibEntry>();
  csl.forEach((item, index) => {
    const label = tidyInText(clusters[index][2]).replace(/^\(|\)$/g, '');
    const split = label.lastIndexOf(', ');
    const rawEntry = rawByKey.get(item.id)!;
    entries.set(item.id, {
      ...rawEntry,
      title: String(item.title),
      year: label.slice(split + 2),
      author: label.slice(0, split),
      html: tidyReference(htmlById.get(item.id) ?? ''),
      authors: (item.author ?? []).map((name) => name.literal ?? [name.given, name.family].filter(Boolean).join(' ')).join(', '),
      links: linksFor(item),
      venue: venueFor(item),
    });
  });
  return { file, entries };
}

interface CiteprocEngine {
  rebuildProcessorState(
    citations: { citationItems: { id: string }[]; properties: { noteIndex: number } }[],
    format: string,
    uncited: string[],
  ): [string, number, string][];
}

/** The key as it would read in running text: "Betley et al., 2025". */
export function parenthetical(entry: BibEntry, locator?: string): string {
  return `${entry.author}, ${entry.year}${locator ? `, ${locator}` : ''}`;
}

/** "Berglund et al. (2023)". */
export function narrative(entry: BibEntry, locator?: string): string {
  return `${entry.author} (${entry.year}${locator ? `, ${locator}` : ''})`;
}
