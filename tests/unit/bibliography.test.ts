import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBibliography, narrative, parenthetical } from '../../src/citations/bibliography.ts';
import { formatProblem } from '../../src/lib/build-problems.ts';

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

describe('a bad bibliography: every problem with the file, line and key, the other entries still read', () => {
  const problems = (source: string) => parseBibliography(source, 'refs.bib').problems.map(formatProblem);
  const withUrl = (key: string, url: string) => entry(key, `title = {T}, author = {A, B}, year = {2020},\n  url = {${url}}`);

  it('finds no problem in the site bibliography', () => {
    expect(parseBibliography(readFileSync('content/references.bib', 'utf8'), 'content/references.bib').problems).toEqual([]);
  });

  it('reports a duplicate key, and keeps the first entry', () => {
    const source = entry('a2020x') + entry('b2020y') + entry('a2020x');
    expect(problems(source)).toEqual(['refs.bib:7: duplicate citation key "a2020x" (first defined at line 1)']);
    expect([...parseBibliography(source, 'refs.bib').entries.keys()]).toEqual(['a2020x', 'b2020y']);
  });

  it('reports an entry that is never closed', () => {
    expect(problems(`${entry('a2020x')}@misc{b2020y,\n  title = {T}`)).toEqual(['refs.bib:4: entry "b2020y" is never closed (unbalanced braces)']);
  });

  it('reports an entry without a key', () => {
    expect(problems('@misc{, title = {T}}')).toEqual(['refs.bib:1: an @misc entry has no citation key']);
  });

  it('reports an entry with no title, author or year, and leaves it out', () => {
    expect(problems(entry('a2020x', 'author = {A, B}, year = {2020}'))).toEqual(['refs.bib:1: entry "a2020x" has no title']);
    expect(problems(entry('a2020x', 'title = {T}, year = {2020}'))).toEqual(['refs.bib:1: entry "a2020x" has no author']);
    const bib = parseBibliography(entry('a2020x', 'title = {T}, author = {A, B}') + entry('b2020y'), 'refs.bib');
    expect(bib.rejected).toEqual(new Set(['a2020x']));
    expect([...bib.entries.keys()]).toEqual(['b2020y']);
  });

  it('reports malformed field syntax at its own line, and reads the entries around it', () => {
    const source = `${entry('a2020x')}@misc{b2020y,\n  title = {T}\n  author = {A, B}\n}\n${entry('c2020z')}`;
    expect(problems(source)).toEqual([expect.stringMatching(/^refs\.bib:6: entry "b2020y" is malformed BibTeX: /)]);
    expect([...parseBibliography(source, 'refs.bib').entries.keys()]).toEqual(['a2020x', 'c2020z']);
  });

  it('lists every problem of the file at once', () => {
    const source = entry('a2020x', 'title = {T}, year = {2020}') + entry('b2020y') + entry('b2020y') + withUrl('c2020z', 'ftp://x.org/a');
    expect(problems(source)).toHaveLength(3);
  });

  it('accepts http and https links out', () => {
    for (const url of ['https://example.org/paper', 'http://example.org/paper?id=1']) {
      const bib = parseBibliography(withUrl('a2020x', url), 'refs.bib');
      expect(bib.problems).toEqual([]);
      expect(bib.entries.get('a2020x')!.links).toEqual([{ label: 'example.org', href: url }]);
    }
  });

  it('refuses a link without a scheme (no bare TypeError), naming the url line and the key', () => {
    expect(problems(withUrl('a2020x', 'example.org/paper'))).toEqual([
      'refs.bib:3: entry "a2020x": url "example.org/paper" is not an absolute http(s) address',
    ]);
  });

  it('refuses javascript:, data: and other schemes, and drops the link from the entry', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/a']) {
      const bib = parseBibliography(withUrl('a2020x', url), 'refs.bib');
      expect(bib.problems.map(formatProblem)).toEqual([expect.stringMatching(/^refs\.bib:3: entry "a2020x": url ".*" is a [a-z]+: link; only http\(s\) links are allowed$/)]);
      const kept = bib.entries.get('a2020x')!;
      expect(kept.links).toEqual([]);
      expect(kept.html).not.toContain(':alert');
    }
  });

  it('refuses a DOI that is not one', () => {
    expect(problems(entry('a2020x', 'title = {T}, author = {A, B}, year = {2020},\n  doi = {javascript:alert(1)}'))).toEqual([
      'refs.bib:3: entry "a2020x": doi "javascript:alert(1)" is not a DOI (10.NNNN/…)',
    ]);
  });
});
