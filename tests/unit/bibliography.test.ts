import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBibliography, narrative, parenthetical } from '../../src/citations/bibliography.ts';
import { formatProblem } from '../../src/lib/build-problems.ts';

const entry = (key: string, fields = 'title = {T}, author = {A, B}, year = {2020}') =>
  `@misc{${key},\n  ${fields}\n}\n`;

describe('reading references.bib', () => {
  const site = parseBibliography(readFileSync('content/references.bib', 'utf8'), 'content/references.bib');

  it('reads every entry of the site bibliography', () => {
    const declared = readFileSync('content/references.bib', 'utf8').match(/^@\w+\{[^,\s]+,/gm) ?? [];
    expect(declared.length).toBeGreaterThan(18);
    expect(site.entries.size).toBe(declared.length);
  });

  it('formats author-year labels, disambiguating same-author, same-year works', () => {
    expect(parenthetical(site.entries.get('turner2025model')!)).toBe('Turner et al., 2025');
    expect(narrative(site.entries.get('berglund2023taken')!)).toBe('Berglund et al. (2023)');
    const weird = parenthetical(site.entries.get('betley2025weird')!);
    const emergent = parenthetical(site.entries.get('betley2025emergent')!);
    expect(weird).not.toBe(emergent);
    expect(weird).toMatch(/^Betley, .+ et al\., 2025$/);
  });

  it('reads a trailing "and others" as "et al."', () => {
    expect(parenthetical(site.entries.get('betley2026nature')!)).toBe('Betley et al., 2026');
    expect(site.entries.get('betley2026nature')!.html).toContain('Betley, J., et al. (2026)');
    expect(site.entries.get('templeton2024scaling')!.html).toContain('Chen, B., et al. (2024)');
    for (const { html, author, authors } of site.entries.values()) {
      expect(html).not.toMatch(/others/);
      expect(authors).not.toMatch(/others/);
      expect(author).not.toMatch(/others|&/);
    }
  });

  // BibTeX tools (and citeproc, which prints it as "…") read "others" before another name as a
  // person: an incomplete list may only end with "and others", never continue after it.
  it('puts "and others" only at the end of an author list', () => {
    const source = readFileSync('content/references.bib', 'utf8');
    const lists = [...source.matchAll(/^\s*author\s*=\s*\{(.*)\},?\s*$/gm)].map((match) => match[1]);
    expect(lists.length).toBe(site.entries.size);
    for (const list of lists) {
      const names = list.split(/\s+and\s+/);
      expect(names.slice(0, -1), list).not.toContain('others');
    }
  });

  it('gives the full author lists read from the arXiv listings', () => {
    const macdiarmid = site.entries.get('macdiarmid2025natural')!;
    expect(macdiarmid.authors.split(', ')).toHaveLength(22);
    expect(macdiarmid.authors).toMatch(
      /^Monte MacDiarmid, Benjamin Wright, Jonathan Uesato, Joe Benton, .* Evan Hubinger$/,
    );
    expect(macdiarmid.html).not.toContain('et al.');
    const azarbal = site.entries.get('azarbal2025recontextualization')!;
    expect(azarbal.authors.split(', ')).toHaveLength(9);
    expect(azarbal.html).toContain('Azarbal, A., Gillioz, V.,');
    expect(azarbal.html).toContain('&#38; Turner, A. M. (2025, December)');
    expect(parenthetical(azarbal)).toBe('Azarbal et al., 2025');
  });

  it('dates Hua et al. as the talk does, from the arXiv preprint, keeping the ICLR 2026 version', () => {
    const hua = site.entries.get('hua2025steering')!;
    expect(narrative(hua)).toBe('Hua et al. (2025)');
    expect(hua.bibtex.startsWith('@misc{hua2025steering,')).toBe(true);
    expect(hua.bibtex).toMatch(/ICLR\) 2026/);
    expect(hua.links).toContainEqual({ label: 'OpenReview', href: 'https://openreview.net/forum?id=1TdRdf0fkw' });
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
    expect(bibtex.startsWith('@misc{hua2025steering,')).toBe(true);
    expect(bibtex.trimEnd().endsWith('}')).toBe(true);
  });
});

describe('a bad bibliography: every problem with the file, line and key, the other entries still read', () => {
  const problems = (source: string) => parseBibliography(source, 'refs.bib').problems.map(formatProblem);
  const withUrl = (key: string, url: string) =>
    entry(key, `title = {T}, author = {A, B}, year = {2020},\n  url = {${url}}`);

  it('finds no problem in the site bibliography', () => {
    expect(
      parseBibliography(readFileSync('content/references.bib', 'utf8'), 'content/references.bib').problems,
    ).toEqual([]);
  });

  it('reports a duplicate key, and keeps the first entry', () => {
    const source = entry('a2020x') + entry('b2020y') + entry('a2020x');
    expect(problems(source)).toEqual(['refs.bib:7: duplicate citation key "a2020x" (first defined at line 1)']);
    expect([...parseBibliography(source, 'refs.bib').entries.keys()]).toEqual(['a2020x', 'b2020y']);
  });

  it('reports an entry that is never closed', () => {
    expect(problems(`${entry('a2020x')}@misc{b2020y,\n  title = {T}`)).toEqual([
      'refs.bib:4: entry "b2020y" is never closed (unbalanced braces)',
    ]);
  });

  it('reports an entry without a key', () => {
    expect(problems('@misc{, title = {T}}')).toEqual(['refs.bib:1: an @misc entry has no citation key']);
  });

  it('reports an entry with no title, author or year, and leaves it out', () => {
    expect(problems(entry('a2020x', 'author = {A, B}, year = {2020}'))).toEqual([
      'refs.bib:1: entry "a2020x" has no title',
    ]);
    expect(problems(entry('a2020x', 'title = {T}, year = {2020}'))).toEqual([
      'refs.bib:1: entry "a2020x" has no author',
    ]);
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
    const source =
      entry('a2020x', 'title = {T}, year = {2020}') +
      entry('b2020y') +
      entry('b2020y') +
      withUrl('c2020z', 'ftp://x.org/a');
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
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://example.org/a',
    ]) {
      const bib = parseBibliography(withUrl('a2020x', url), 'refs.bib');
      expect(bib.problems.map(formatProblem)).toEqual([
        expect.stringMatching(
          /^refs\.bib:3: entry "a2020x": url ".*" is a [a-z]+: link; only http\(s\) links are allowed$/,
        ),
      ]);
      const kept = bib.entries.get('a2020x')!;
      expect(kept.links).toEqual([]);
      expect(kept.html).not.toContain(':alert');
    }
  });

  it('refuses a DOI that is not one', () => {
    expect(
      problems(entry('a2020x', 'title = {T}, author = {A, B}, year = {2020},\n  doi = {javascript:alert(1)}')),
    ).toEqual(['refs.bib:3: entry "a2020x": doi "javascript:alert(1)" is not a DOI (10.NNNN/…)']);
  });
});
