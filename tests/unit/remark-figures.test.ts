import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import remarkFigures from '../../src/lib/remark-figures.ts';
import { BuildProblems, formatProblem } from '../../src/lib/build-problems.ts';

function run(mdx: string, order = 2) {
  const file = new VFile({ value: mdx, path: 'chapter.mdx', data: { astro: { frontmatter: { order } } } });
  const problems = new BuildProblems();
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFigures, { problems });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return Object.assign(tree, { problems: problems.list().map(formatProblem) });
}

const text = (tree: Root) => JSON.stringify(tree);

describe('figure numbering and references', () => {
  it('numbers figures by chapter and fills in references to them', () => {
    const tree = run(
      'See [Figure](#figure-b) and [Figure](#figure-a).\n\n<Figure id="figure-a">x</Figure>\n\n<Figure id="figure-b">y</Figure>',
    );
    expect(text(tree)).toContain('"value":"Figure 2.2"');
    expect(text(tree)).toContain('"value":"Figure 2.1"');
    expect(text(tree)).toContain('"name":"label","value":"Figure 2.1"');
  });

  it('reports a reference to a figure that is not there', () => {
    expect(run('See [Figure](#figure-missing).\n\n<Figure id="figure-a">x</Figure>').problems).toEqual([
      'chapter.mdx:1: reference to "#figure-missing", which is not a figure in this chapter',
    ]);
  });

  it('reports a figure without a proper id, or two with the same', () => {
    expect(run('<Figure>x</Figure>').problems).toEqual([
      'chapter.mdx:1: <Figure> needs an id like "figure-name" (got undefined)',
    ]);
    expect(run('<Figure id="figure-a">x</Figure>\n\n<Figure id="figure-a">y</Figure>').problems).toEqual([
      'chapter.mdx:3: two figures share the id "figure-a"',
    ]);
  });
});
