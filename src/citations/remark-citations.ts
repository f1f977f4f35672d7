/**
 * remark plugin: `[@key]`, `[@a; @b]`, `[@key, sec. 4.2]` and narrative `@key` become author-year
 * links to the chapter's bibliography, which the plugin appends with a back-link to every citing
 * place, and a hidden card per work for the hover/focus/tap preview.
 *
 * An unknown key or a malformed group is a problem for the build's list (file:line:column and
 * the key), and shows in the page as a marked gap: a citation that silently stays as literal text
 * is the failure this plugin exists to prevent.
 */
import type { Root, Text, Parent, RootContent } from 'mdast';
import type { Element } from 'hast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { h } from 'hastscript';
import { narrative, parenthetical, type BibEntry, type Bibliography } from './bibliography.ts';
import { bibliographySection, citeLink, missingCitation } from './render.ts';
import { sourcePath, type BuildProblems } from '../lib/build-problems.ts';

export interface CitationOptions {
  bibliography: Bibliography;
  problems: BuildProblems;
}

/** `[@...]` groups (which may run over a line break), then a lone narrative `@key` not glued to a word (so e-mails are left alone). */
const CITATION = /\[(@[^\]]*)\]|(?<![\w@.\\/])@([A-Za-z][\w:-]*[\w])/g;
const GROUP_ITEM = /^@([A-Za-z][\w:-]*[\w])(?:\s*,\s*(\S[\s\S]*))?$/;

/** Line and column of `offset` within a text node. */
function where(node: Text, offset: number): { line?: number; column?: number } {
  const start = node.position?.start;
  if (!start) return {};
  const before = node.value.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  const column = newlines ? before.length - before.lastIndexOf('\n') : start.column + offset;
  return { line: start.line + newlines, column };
}

/** A citation as an mdast node that turns into the given hast (remark-rehype's hName/hChildren). */
function hastNode(element: Element | Element[]): RootContent {
  const children = Array.isArray(element) ? element : [element];
  return {
    type: 'citation',
    data: { hName: 'span', hProperties: { className: ['citation'] }, hChildren: children },
  } as unknown as RootContent;
}

export default function remarkCitations(options: CitationOptions) {
  const { entries } = options.bibliography;
  return (tree: Root, file: VFile) => {
    /** How many places cite each work, in order of first citation. */
    const counts = new Map<string, number>();

    const report = (node: Text, offset: number, key: string, message: string) =>
      options.problems.add({ file: sourcePath(file.path), ...where(node, offset), key, message });

    const cite = (key: string, node: Text, offset: number, text: (entry: BibEntry) => string): Element => {
      const entry = entries.get(key);
      if (!entry) {
        const { file: bib, rejected } = options.bibliography;
        report(
          node,
          offset,
          key,
          rejected.has(key)
            ? `citation key "${key}" names an entry of ${bib} that has a problem`
            : `unknown citation key "${key}" (not in ${bib})`,
        );
        return missingCitation(`@${key}`);
      }
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      return citeLink(entry, n, text(entry));
    };

    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || parent.type === 'link' || parent.type === 'linkReference') return;
      const replaced: RootContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(CITATION)) {
        const offset = match.index!;
        if (offset > last) replaced.push({ type: 'text', value: node.value.slice(last, offset) });
        if (match[1] !== undefined) {
          const links = match[1].split(';').map((part) => {
            const item = GROUP_ITEM.exec(part.trim());
            if (!item) {
              report(
                node,
                offset,
                part.trim(),
                `malformed citation "[${match[1]}]"; write [@key], [@a; @b] or [@key, locator]`,
              );
              return missingCitation(part.trim());
            }
            const locator = item[2]?.replace(/\s+/g, ' ');
            return cite(item[1], node, offset, (entry) => parenthetical(entry, locator));
          });
          const group = h('span', { className: ['cite-paren'] }, [
            '(',
            ...links.flatMap((a, i) => (i ? ['; ', a] : [a])),
            ')',
          ]);
          replaced.push(hastNode([group]));
        } else {
          replaced.push(hastNode(cite(match[2], node, offset, (entry) => narrative(entry))));
        }
        last = offset + match[0].length;
      }
      if (!replaced.length) return;
      if (last < node.value.length) replaced.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(replaced as typeof parent.children));
      return [SKIP, index + replaced.length];
    });

    const data = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (data.frontmatter ??= {}).citations = [...counts.keys()];
    if (!counts.size) return;

    const section = bibliographySection([...counts].map(([key, count]) => ({ entry: entries.get(key)!, count })));
    tree.children.push({
      type: 'bibliography',
      data: { hName: 'div', hProperties: { className: ['bibliography-wrap'] }, hChildren: [section] },
    } as unknown as RootContent);
  };
}
