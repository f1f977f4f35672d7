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

const DIR = 'tests/fixtures/citations';
const bibliography = parseBibliography(readFileSync(`${DIR}/refs.bib`, 'utf8'), `${DIR}/refs.bib`);

function transform(markdown: string, path = 'chapter.mdx') {
  const processor = unified().use(remarkParse).use(remarkCitations, { bibliography }).use(remarkRehype).use(rehypeStringify);
  const file = new VFile({ value: markdown, path });
  return { html: String(processor.processSync(file)), file };
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

  it('stops on an unknown key, naming the file, the line, the column and the key', () => {
    expect(() => transform('First line.\n\nSee [@smith2020one; @nosuch2024key].', 'content/chapters/x.mdx')).toThrow(
      'content/chapters/x.mdx:3:5: unknown citation key "nosuch2024key"',
    );
    expect(() => transform('As @nosuch2024key said.', 'x.mdx')).toThrow('x.mdx:1:4: unknown citation key "nosuch2024key"');
  });

  it('stops on a malformed citation group', () => {
    expect(() => transform('See [@smith2020one; nokey].')).toThrow(/malformed citation/);
  });

  it('lists the cited keys in order for the references page', () => {
    const { file } = transform('[@lee2021many] then @smith2020one and [@lee2021many].');
    expect((file.data.astro as { frontmatter: { citations: string[] } }).frontmatter.citations).toEqual(['lee2021many', 'smith2020one']);
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
