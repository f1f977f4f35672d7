import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBibliography, narrative, parenthetical } from '../../src/citations/bibliography.ts';

const entry = (key: string, fields = 'title = {T}, author = {A, B}, year = {2020}') => `@misc{${key},\n  ${fields}\n}\n`;

describe('reading references.bib', () => {
  const site = parseBibliography(readFileSync('content/references.bib', 'utf8'), 'content/references.bib');

  it('reads every entry of the site bibliography', () => {
    expect(site.entries.size).toBe(18);
  });

  it('formats author-year labels, disambiguating same-author, same-year works', () => {
    expect(parenthetical(site.entries.get('turner2025model')!)).toBe('Turner et al., 2025');
    expect(narrative(site.entries.get('berglund2023taken')!)).toBe('Berglund et al. (2023)');
    const weird = parenthetical(site.entries.get('betley2025weird')!);
    const emergent = parenthetical(site.entries.get('betley2025emergent')!);
    expect(weird).not.toBe(emergent);
    expect(weird).toMatch(/^Betley, .+ et al\., 2025$/);
  });

  it('reads "and others" as "et al.", at the end or in the middle of the list', () => {
    expect(parenthetical(site.entries.get('azarbal2025recontextualization')!)).toBe('Azarbal et al., 2025');
    expect(site.entries.get('azarbal2025recontextualization')!.html).toContain('Azarbal, A., et al. (2025)');
    expect(site.entries.get('macdiarmid2025natural')!.html).toContain('Benton, J., … Hubinger, E.');
    for (const { html, author } of site.entries.values()) {
      expect(html).not.toMatch(/others/);
      expect(author).not.toMatch(/others|&/);
    }
  });

  it('keeps the UNVERIFIED notes of an entry, and only of that entry', () => {
    expect(site.entries.get('betley2026nature')!.unverified).toEqual([
      'volume, pages and DOI; title and the 14 Jan 2026 date come from a secondary blog.',
    ]);
    expect(site.entries.get('berglund2023taken')!.unverified).toEqual([]);
  });

  it('links out to the arXiv abstract, the PDF and the code', () => {
    expect(site.entries.get('berglund2023taken')!.links).toEqual([
      { label: 'arXiv', href: 'https://arxiv.org/abs/2309.00667' },
      { label: 'PDF', href: 'https://arxiv.org/pdf/2309.00667' },
      { label: 'Code', href: 'https://github.com/AsaCooperStickland/situational-awareness-evals' },
    ]);
  });

  it('keeps the BibTeX of each entry as written, for copying', () => {
    const bibtex = site.entries.get('hua2025steering')!.bibtex;
    expect(bibtex.startsWith('@inproceedings{hua2025steering,')).toBe(true);
    expect(bibtex.trimEnd().endsWith('}')).toBe(true);
  });
});

describe('bad bibliographies stop the build with the file, line and key', () => {
  it('rejects a duplicate key', () => {
    expect(() => parseBibliography(entry('a2020x') + entry('b2020y') + entry('a2020x'), 'refs.bib')).toThrow(
      'refs.bib:7: duplicate citation key "a2020x" (first defined at line 1)',
    );
  });

  it('rejects an entry that is never closed', () => {
    expect(() => parseBibliography(`${entry('a2020x')}@misc{b2020y,\n  title = {T}`, 'refs.bib')).toThrow(/refs\.bib:\d+: .*b2020y|malformed/);
  });

  it('rejects an entry without a key', () => {
    expect(() => parseBibliography('@misc{, title = {T}}', 'refs.bib')).toThrow('refs.bib:1: an @misc entry has no citation key');
  });

  it('rejects an entry with no title, author or year, naming it', () => {
    expect(() => parseBibliography(entry('a2020x', 'author = {A, B}, year = {2020}'), 'refs.bib')).toThrow('refs.bib:1: entry "a2020x" has no title');
    expect(() => parseBibliography(entry('a2020x', 'title = {T}, year = {2020}'), 'refs.bib')).toThrow('refs.bib:1: entry "a2020x" has no author');
  });

  it('rejects malformed field syntax with its line', () => {
    expect(() => parseBibliography(`${entry('a2020x')}@misc{b2020y,\n  title = "unclosed }\n}\n`, 'refs.bib')).toThrow(/refs\.bib(:\d+)?: malformed/);
  });
});
