/** The parsed bibliography kept between runs: the same result as a fresh parse, and never stale. */
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBibliography } from '../../src/citations/bibliography.ts';
import { cachedBibliography } from '../../src/citations/bibliography-cache.ts';

// One good entry with a link, and one without a year, which is a problem and is left out.
const SOURCE = [
  '% UNVERIFIED: the venue.',
  '@misc{good2024paper,',
  '  title = {A Paper}, author = {Ada Lovelace and Alan Turing}, year = {2024},',
  '  url = {https://example.org/paper}',
  '}',
  '@misc{noyear2024paper,',
  '  title = {No Year}, author = {Grace Hopper}',
  '}',
  '',
].join('\n');

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'psm-bib-cache-'));
  const parse = vi.fn(parseBibliography);
  const read = (source = SOURCE, fingerprint = 'code v1') =>
    cachedBibliography(source, 'refs.bib', parse, { dir, fingerprint });
  return { dir, parse, read };
}

describe('the bibliography kept between runs', () => {
  it('gives what a fresh parse gives, entries, problems and left-out keys alike, and parses once', () => {
    const { parse, read } = setup();
    const fresh = read();
    const cached = read();
    expect(parse).toHaveBeenCalledOnce();
    expect(cached).toEqual(fresh);
    expect(cached.entries).toBeInstanceOf(Map);
    expect(cached.entries.get('good2024paper')?.unverified).toEqual(['the venue.']);
    expect(cached.rejected).toEqual(new Set(['noyear2024paper']));
    expect(cached.problems.map((p) => p.key)).toEqual(['noyear2024paper']);
  });

  it('parses afresh when the .bib or the code that parses it changes', () => {
    const { parse, read } = setup();
    read();
    read(SOURCE.replace('A Paper', 'Another Paper'));
    read(SOURCE, 'code v2');
    expect(parse).toHaveBeenCalledTimes(3);
    expect(read(SOURCE.replace('A Paper', 'Another Paper')).entries.get('good2024paper')?.title).toBe('Another Paper');
  });

  it('parses afresh over a damaged cache file, and still works where it cannot write', () => {
    const { dir, parse, read } = setup();
    read();
    for (const file of readdirSync(dir)) writeFileSync(join(dir, file), '{ not json');
    expect(read().entries.has('good2024paper')).toBe(true);
    expect(parse).toHaveBeenCalledTimes(2);
    // A folder below a file can be neither read nor made.
    writeFileSync(join(dir, 'a-file'), '');
    const unwritable = cachedBibliography(SOURCE, 'refs.bib', parse, { dir: join(dir, 'a-file', 'cache') });
    expect(unwritable.entries.has('good2024paper')).toBe(true);
  });
});
