/**
 * The parsed bibliography, kept between runs. citation-js and citeproc take seconds to read and
 * format the .bib, and every `astro build`, `astro check` and dev server start paid it, a build
 * twice (its config and its pages each load the bibliography). The key is all the result depends
 * on: the .bib and its path, the code that parses and stores it, and the installed packages (package-lock.json);
 * a change to any of them parses afresh. A cache that cannot be read or written is passed over.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BibEntry, Bibliography } from './bibliography.ts';

interface Stored {
  file: string;
  entries: [string, BibEntry][];
  problems: Bibliography['problems'];
  rejected: string[];
}

const readOr = (path: string, fallback: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
};

/** What the result depends on besides the .bib: the code that parses and stores it, and the packages it runs on. */
export function parserFingerprint(root = process.cwd()): string {
  return ['src/citations/bibliography.ts', 'src/citations/bibliography-cache.ts', 'package-lock.json']
    .map((file) => readOr(join(root, file), ''))
    .join('\0');
}

export function cachedBibliography(
  source: string,
  file: string,
  parse: (source: string, file: string) => Bibliography,
  { dir, fingerprint = parserFingerprint() }: { dir: string; fingerprint?: string },
): Bibliography {
  const key = createHash('sha256').update(file).update('\0').update(source).update('\0').update(fingerprint);
  const path = join(dir, `psm-bibliography-${key.digest('hex').slice(0, 16)}.json`);
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
    return { ...stored, entries: new Map(stored.entries), rejected: new Set(stored.rejected) };
  } catch {
    // Not cached yet, or unreadable: parse.
  }
  const parsed = parse(source, file);
  try {
    mkdirSync(dir, { recursive: true });
    const stored: Stored = { ...parsed, entries: [...parsed.entries], rejected: [...parsed.rejected] };
    writeFileSync(path, JSON.stringify(stored));
  } catch {
    // A read-only checkout still builds; it only parses every time.
  }
  return parsed;
}
