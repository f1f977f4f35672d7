/**
 * remark plugin: numbers a chapter's `<Figure id="figure-…">` elements ("Figure 2.1" in the
 * chapter whose `order` is 2) and turns every link `[Figure](#figure-…)` into "Figure 2.1", so
 * numbers and references never drift when figures move. A reference to a figure that is not in
 * the chapter, or a figure without a proper id, is a problem for the build's list.
 */
import type { Root, Link } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { sourcePath, type BuildProblems } from './build-problems.ts';

const FIGURE_ID = /^figure-[a-z0-9-]+$/;

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attr && typeof attr.value === 'string' ? attr.value : undefined;
}

export default function remarkFigures({ problems }: { problems: BuildProblems }) {
  return (tree: Root, file: VFile) => {
    const report = (line: number | undefined, key: string | undefined, message: string) =>
      problems.add({ file: sourcePath(file.path), line, key, message });
    const frontmatter = (file.data.astro as { frontmatter?: { order?: number } } | undefined)?.frontmatter;
    const prefix = frontmatter?.order ? `${frontmatter.order}.` : '';
    const numbers = new Map<string, string>();

    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const element = node as MdxJsxFlowElement;
      if (element.name !== 'Figure') return;
      const id = attribute(element, 'id');
      const line = element.position?.start.line;
      if (!id || !FIGURE_ID.test(id))
        return report(line, id, `<Figure> needs an id like "figure-name" (got ${JSON.stringify(id)})`);
      if (numbers.has(id)) return report(line, id, `two figures share the id "${id}"`);
      const label = `Figure ${prefix}${numbers.size + 1}`;
      numbers.set(id, label);
      element.attributes.push({ type: 'mdxJsxAttribute', name: 'label', value: label });
    });

    visit(tree, 'link', (node: Link) => {
      if (!node.url.startsWith('#figure-')) return;
      const label = numbers.get(node.url.slice(1));
      if (!label)
        return report(
          node.position?.start.line,
          node.url,
          `reference to "${node.url}", which is not a figure in this chapter`,
        );
      node.children = [{ type: 'text', value: label }];
    });
  };
}
