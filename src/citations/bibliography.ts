/**
 * The site's one reading of content/references.bib.
 *
 * citation-js parses the BibTeX and formats it (APA, an author-year CSL style). What this file
 * adds is what citation-js does not check: duplicate keys, entries it silently swallowed, links
 * that are not http(s), the `% UNVERIFIED` comments the research notes put above an entry, and
 * BibTeX's "and others", which CSL has no word for.
 *
 * Each entry is parsed on its own, so one malformed entry is reported with its file, line and key
 * while the others are still read: the build lists every problem at its end (build-problems.ts).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { Problem } from '../lib/build-problems.ts';

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
  /** What is wrong with the file; an entry with a problem is left out, or keeps only its good links. */
  problems: Problem[];
  /** Keys of the entries left out for a problem, so that citing one is not also called "unknown". */
  rejected: Set<string>;
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

function splitRawEntries(source: string, file: string, problems: Problem[]): RawEntry[] {
  const lines = source.split(/\r?\n/);
  const entries: RawEntry[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const match = ENTRY_OPENER.exec(lines[i]);
    if (!match || /^(comment|preamble|string)$/i.test(match[1])) continue;
    const key = match[2];
    const line = i + 1;

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

    if (!key) {
      problems.push({ file, line, message: `an @${match[1]} entry has no citation key` });
    } else if (seen.has(key)) {
      problems.push({
        file,
        line,
        key,
        message: `duplicate citation key "${key}" (first defined at line ${seen.get(key)})`,
      });
    } else if (depth > 0) {
      problems.push({ file, line, key, message: `entry "${key}" is never closed (unbalanced braces)` });
      seen.set(key, line);
    } else {
      seen.set(key, line);
      const unverified: string[] = [];
      for (let k = i - 1; k >= 0 && lines[k].trim().startsWith('%'); k--) {
        const note = /^%\s*UNVERIFIED:\s*(.*)$/.exec(lines[k].trim());
        if (note) unverified.unshift(note[1].trim());
      }
      entries.push({ key, line, bibtex: lines.slice(i, end + 1).join('\n'), unverified });
    }
    // An unclosed entry runs to the end of the file; a closed one ends where its braces do.
    i = depth > 0 ? i : end;
  }
  return entries;
}

type CslName = { family?: string; given?: string; literal?: string };
type CslItem = Record<string, unknown> & { id: string; author?: CslName[] };

/** One entry through citation-js; a problem (with the entry's own line) where it cannot read it. */
function parseEntry(entry: RawEntry, file: string, problems: Problem[]): CslItem | undefined {
  const fail = (message: string, offset = 0) => {
    problems.push({
      file,
      line: entry.line + offset,
      key: entry.key,
      message: `entry "${entry.key}" is malformed BibTeX: ${message}`,
    });
    return undefined;
  };
  let items: CslItem[];
  try {
    items = new Cite(entry.bibtex).data as CslItem[];
  } catch (error) {
    const text = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    const at = /at line (\d+)/.exec(text);
    return fail(text.replace(/:$/, ''), at ? Number(at[1]) - 1 : 0);
  }
  if (items.length !== 1 || items[0].id !== entry.key) return fail('citation-js could not read it');
  return items[0];
}

function markTruncatedAuthors(item: CslItem): CslItem {
  if (!item.author) return item;
  const author = item.author.map((name) => (name.family === 'others' && !name.given ? { literal: ET_AL } : name));
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

/** The 1-based line in the file of the entry's first line that `matches`, else of the entry's opener. */
function lineOf(entry: RawEntry, matches: (text: string) => boolean): number {
  return entry.line + Math.max(entry.bibtex.split('\n').findIndex(matches), 0);
}

/** Matches the line where a field starts: `  url = {…}`. */
const fieldLine = (field: string) => (text: string) => new RegExp(`^\\s*${field}\\s*=`, 'i').test(text);

/** Why `value` may not be a link out, or nothing when it may: only absolute http(s) addresses. */
function badAddress(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an absolute http(s) address';
  }
  return url.protocol === 'http:' || url.protocol === 'https:'
    ? undefined
    : `is a ${url.protocol} link; only http(s) links are allowed`;
}

/** Whether a field's address may be a link out; a problem on the field's line where not. */
type LinkCheck = (href: string, field: string, line: number) => boolean;

function linkCheck(entry: RawEntry, file: string, problems: Problem[]): LinkCheck {
  return (href, field, line) => {
    const wrong = badAddress(href);
    if (wrong)
      problems.push({ file, line, key: entry.key, message: `entry "${entry.key}": ${field} "${href}" ${wrong}` });
    return !wrong;
  };
}

const DOI = /^10\.\d{4,9}\/\S+$/;
const NOTE_URL = /https?:\/\/[^\s,;]+[^\s,;.]/g;

function linksFor(item: CslItem, entry: RawEntry, file: string, problems: Problem[], accept: LinkCheck): BibLink[] {
  const links: BibLink[] = [];
  const url = typeof item.URL === 'string' ? item.URL : undefined;
  const arxiv = url && /arxiv\.org\/abs\/([\w.]+)/.exec(url);
  if (arxiv) {
    links.push({ label: 'arXiv', href: `https://arxiv.org/abs/${arxiv[1]}` });
    links.push({ label: 'PDF', href: `https://arxiv.org/pdf/${arxiv[1]}` });
  } else if (url) {
    links.push({ label: new URL(url).hostname.replace(/^www\./, ''), href: url });
  }
  if (typeof item.DOI === 'string') {
    if (DOI.test(item.DOI)) links.push({ label: 'DOI', href: `https://doi.org/${item.DOI}` });
    else {
      const line = lineOf(entry, fieldLine('doi'));
      problems.push({
        file,
        line,
        key: entry.key,
        message: `entry "${entry.key}": doi "${item.DOI}" is not a DOI (10.NNNN/…)`,
      });
    }
  }
  const note = typeof item.note === 'string' ? item.note : '';
  for (const [href] of note.matchAll(NOTE_URL)) {
    if (
      !accept(
        href,
        'note',
        lineOf(entry, (text) => text.includes(href)),
      )
    )
      continue;
    const label =
      HOST_LABELS.find(([pattern]) => pattern.test(href))?.[1] ?? new URL(href).hostname.replace(/^www\./, '');
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
 * Parse and check a .bib file. Every problem names the file, the line and the key; an entry with
 * one is left out (or, for a bad link, keeps its other links), so one bad entry hides no other.
 * `file` is only used in messages.
 */
export function parseBibliography(source: string, file: string): Bibliography {
  const problems: Problem[] = [];
  const rejected = new Set<string>();
  const read: { raw: RawEntry; item: CslItem; links: BibLink[] }[] = [];
  for (const raw of splitRawEntries(source, file, problems)) {
    let item = parseEntry(raw, file, problems);
    const missing = item && REQUIRED.find((field) => !item![field]);
    if (missing) {
      const field = missing === 'issued' ? 'year' : missing;
      problems.push({ file, line: raw.line, key: raw.key, message: `entry "${raw.key}" has no ${field}` });
    }
    if (!item || missing) {
      rejected.add(raw.key);
      continue;
    }
    const accept = linkCheck(raw, file, problems);
    // A refused address must not reach the formatted reference either.
    if (typeof item.URL === 'string' && !accept(item.URL, 'url', lineOf(raw, fieldLine('url'))))
      item = { ...item, URL: undefined };
    read.push({ raw, item, links: linksFor(item, raw, file, problems, accept) });
  }
  const items = read.map(({ item }) => item);
  const links = new Map(read.map(({ raw, links }) => [raw.key, links]));
  const rawByKey = new Map(read.map(({ raw }) => [raw.key, raw]));

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
    new Cite(csl).format('bibliography', {
      format: 'html',
      template: 'apa',
      lang: 'en-US',
      asEntryArray: true,
    } as object) as unknown as [string, string][],
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
      authors: (item.author ?? [])
        .map((name) => name.literal ?? [name.given, name.family].filter(Boolean).join(' '))
        .join(', '),
      links: links.get(item.id)!,
      venue: venueFor(item),
    });
  });
  return { file, entries, problems, rejected };
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
