/**
 * Golden files for the citation transform: tests/fixtures/citations/<case>.md in, <case>.html
 * out. Run with UPDATE_GOLDEN=1 to rewrite the expected HTML after a deliberate change, then
 * read the diff.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkCitations from '../../src/citations/remark-citations.ts';
import { parseBibliography } from '../../src/citations/bibliography.ts';
import { citeId } from '../../src/citations/ids.ts';
import { BuildProblems, formatProblem } from '../../src/lib/build-problems.ts';

const DIR = 'tests/fixtures/citations';
const bibliography = parseBibliography(readFileSync(`${DIR}/refs.bib`, 'utf8'), `${DIR}/refs.bib`);

function transform(markdown: string, path = 'chapter.mdx') {
  const problems = new BuildProblems();
  const processor = unified()
    .use(remarkParse)
    .use(remarkCitations, { bibliography, problems })
    .use(remarkRehype)
    .use(rehypeStringify);
  const file = new VFile({ value: markdown, path });
  return { html: String(processor.processSync(file)), file, problems: problems.list().map(formatProblem) };
}

describe('the citation transform (golden files)', () => {
  for (const name of ['single', 'multiple', 'locator', 'narrative', 'others', 'linebreak']) {
    it(`renders the "${name}" case`, () => {
      const { html } = transform(readFileSync(`${DIR}/${name}.md`, 'utf8'));
      const golden = `${DIR}/${name}.html`;
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, html);
      expect(existsSync(golden), `${golden} exists (UPDATE_GOLDEN=1 writes it)`).toBe(true);
      expect(html).toBe(readFileSync(golden, 'utf8'));
    });
  }

  it('reports every unknown key with the file, the line, the column and the key, and marks the gap', () => {
    const { html, problems } = transform(
      'First line.\n\nSee [@smith2020one; @nosuch2024key].\n\nAs @nosuch2025other said.',
      'content/chapters/x.mdx',
    );
    expect(problems).toEqual([
      'content/chapters/x.mdx:3:5: unknown citation key "nosuch2024key" (not in tests/fixtures/citations/refs.bib)',
      'content/chapters/x.mdx:5:4: unknown citation key "nosuch2025other" (not in tests/fixtures/citations/refs.bib)',
    ]);
    expect(html).toContain('<mark class="cite-missing">@nosuch2024key</mark>');
    expect(html).not.toMatch(/\[@/);
  });

  it('reports a malformed citation group', () => {
    expect(transform('See [@smith2020one; nokey].').problems).toEqual([
      'chapter.mdx:1:5: malformed citation "[@smith2020one; nokey]"; write [@key], [@a; @b] or [@key, locator]',
    ]);
  });

  it('reports nothing for a chapter whose citations all resolve', () => {
    expect(transform('[@lee2021many] and @smith2020one.').problems).toEqual([]);
  });

  it('lists the cited keys in order for the references page', () => {
    const { file } = transform('[@lee2021many] then @smith2020one and [@lee2021many].');
    expect((file.data.astro as { frontmatter: { citations: string[] } }).frontmatter.citations).toEqual([
      'lee2021many',
      'smith2020one',
    ]);
  });

  it('gives every citation a back-link from its bibliography entry', () => {
    const { html } = transform('[@lee2021many] and again [@lee2021many, p. 2].');
    for (const n of [1, 2]) {
      expect(html).toContain(`id="${citeId('lee2021many', n)}"`);
      expect(html).toContain(`href="#${citeId('lee2021many', n)}"`);
    }
  });

  it('adds nothing to a chapter that cites nothing', () => {
    expect(transform('No citations here.').html).toBe('<p>No citations here.</p>');
  });
});
