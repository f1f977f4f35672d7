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
import { FIGURES, type Figure } from '../widgets/registry.ts';
import type { FigureForm, FormFields } from '../widgets/shared/form.ts';

type Element = MdxJsxFlowElement | MdxJsxTextElement;

function attribute(node: Element, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attr && typeof attr.value === 'string' ? attr.value : undefined;
}

/** The figure's form, loaded from its folder as the tests load it (tests/figures.ts). */
async function formOf(figure: Figure): Promise<FigureForm<FormFields>> {
  const state = (await import(`../widgets/${figure.folder}/state.ts`)) as { FORM: FigureForm<FormFields> };
  return state.FORM;
}

/** What is wrong with `set` for this figure's form, or nothing. */
export function setProblems(form: FigureForm<FormFields>, set: string): string[] {
  const fields = new Map([...form.byName.values()].map(({ field }) => [`${form.prefix}-${field.param}`, field]));
  const params = [...new URLSearchParams(set)];
  if (!params.length) return [`sets nothing: "set" needs at least one of ${form.name}'s parameters`];
  return params.flatMap(([name, value]) => {
    const field = fields.get(name);
    if (!field) return [`sets "${name}", which ${form.name} does not have (its parameters begin "${form.prefix}-")`];
    if (field.parse(value) === undefined) return [`sets "${name}" to "${value}", which ${form.name} refuses`];
    return [];
  });
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
      for (const message of setProblems(await formOf(figure), set)) report(`<TryThis figure="${id}"> ${message}`);
    }
  };
}
