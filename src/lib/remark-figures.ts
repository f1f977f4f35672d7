/**
 * remark plugin: numbers a chapter's `<Figure id="figure-…">` elements ("Figure 2.1" in the
 * chapter whose `order` is 2) and turns every link `[Figure](#figure-…)` into "Figure 2.1", so
 * numbers and references never drift when figures move. A reference to a figure that is not in
 * the chapter stops the build.
 */
import type { Root, Link } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export class FigureReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FigureReferenceError';
  }
}

const FIGURE_ID = /^figure-[a-z0-9-]+$/;

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attr && typeof attr.value === 'string' ? attr.value : undefined;
}

export default function remarkFigures() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data.astro as { frontmatter?: { order?: number } } | undefined)?.frontmatter;
    const prefix = frontmatter?.order ? `${frontmatter.order}.` : '';
    const numbers = new Map<string, string>();

    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const element = node as MdxJsxFlowElement;
      if (element.name !== 'Figure') return;
      const id = attribute(element, 'id');
      const place = `${file.path}:${element.position?.start.line ?? '?'}`;
      if (!id || !FIGURE_ID.test(id)) throw new FigureReferenceError(`${place}: <Figure> needs an id like "figure-name" (got ${JSON.stringify(id)})`);
      if (numbers.has(id)) throw new FigureReferenceError(`${place}: two figures share the id "${id}"`);
      const label = `Figure ${prefix}${numbers.size + 1}`;
      numbers.set(id, label);
      element.attributes.push({ type: 'mdxJsxAttribute', name: 'label', value: label });
    });

    visit(tree, 'link', (node: Link) => {
      if (!node.url.startsWith('#figure-')) return;
      const label = numbers.get(node.url.slice(1));
      if (!label) {
        throw new FigureReferenceError(`${file.path}:${node.position?.start.line ?? '?'}: reference to "${node.url}", which is not a figure in this chapter`);
      }
      node.children = [{ type: 'text', value: label }];
    });
  };
}
