/**
 * remark plugin: checks every `<TryThis figure="figure-…" set="…">` in a chapter against the
 * figure it drives, so a "try this" cannot point at nothing. The figure must be a registered
 * figure placed in this chapter, and every parameter in `set` one of that figure's own, with a
 * value its field accepts (the same form the figure reads its address with). Anything else is a
 * problem for the build's list, at the chapter's line.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { sourcePath, type BuildProblems } from './build-problems.ts';
import { FIGURES } from '../widgets/registry.ts';
import { setProblems } from '../widgets/shared/form.ts';
import { formOf } from '../widgets/forms.ts';

type Element = MdxJsxFlowElement | MdxJsxTextElement;

function attribute(node: Element, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attr && typeof attr.value === 'string' ? attr.value : undefined;
}

export default function remarkTryThis({ problems }: { problems: BuildProblems }) {
  return async (tree: Root, file: VFile) => {
    const placed = new Set<string>();
    const uses: Element[] = [];
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const element = node as Element;
      if (element.name === 'Figure') placed.add(attribute(element, 'id') ?? '');
      if (element.name === 'TryThis') uses.push(element);
    });
    for (const use of uses) {
      const id = attribute(use, 'figure');
      const set = attribute(use, 'set') ?? '';
      const report = (message: string) =>
        problems.add({ file: sourcePath(file.path), line: use.position?.start.line, key: id, message });
      const figure = FIGURES.find((f) => f.id === id);
      if (!figure || !placed.has(figure.id)) {
        report(`<TryThis> names figure "${id}", which is not a live figure in this chapter`);
        continue;
      }
      for (const message of setProblems(formOf(figure), set)) report(`<TryThis figure="${id}"> ${message}`);
    }
  };
}
