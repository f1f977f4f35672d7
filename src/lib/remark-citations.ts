/**
 * remark plugin: `[@key]`, `[@a; @b]`, `[@key, sec. 4.2]` and narrative `@key` become author-year
 * links to the chapter's bibliography, which the plugin appends with a back-link to every citing
 * place, and a hidden card per work for the hover/focus/tap preview.
 *
 * Unknown keys stop the build (file:line:column and the key): a citation that silently stays
 * as literal text is the failure this plugin exists to prevent.
 */
import type { Root, Text, Parent, RootContent } from 'mdast';
import type { Element, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { narrative, parenthetical, type BibEntry, type Bibliography } from './bibliography.ts';

export interface CitationOptions {
  bibliography: Bibliography;
}

/** `[@...]` groups (which may run over a line break), then a lone narrative `@key` not glued to a word (so e-mails are left alone). */
const CITATION = /\[(@[^\]]*)\]|(?<![\w@.\\/])@([A-Za-z][\w:-]*[\w])/g;
const GROUP_ITEM = /^@([A-Za-z][\w:-]*[\w])(?:\s*,\s*(\S[\s\S]*))?$/;

export class CitationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CitationError';
  }
}

interface Occurrence {
  key: string;
  id: string;
}

function where(file: VFile, node: Text, offset: number): string {
  const start = node.position?.start;
  if (!start) return file.path ?? '<input>';
  const before = node.value.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  const column = newlines ? before.length - before.lastIndexOf('\n') : start.column + offset;
  return `${file.path ?? '<input>'}:${start.line + newlines}:${column}`;
}

export const refId = (key: string) => `ref-${key}`;
export const cardId = (key: string) => `card-${key}`;

function citeLink(entry: BibEntry, id: string, text: string): Element {
  return h(
    'a',
    { className: ['cite'], href: `#${refId(entry.key)}`, id, dataKey: entry.key, ariaDescribedBy: cardId(entry.key) },
    text,
  );
}

function card(entry: BibEntry): Element {
  return h('div', { className: ['cite-card'], id: cardId(entry.key), popover: 'auto', role: 'tooltip' }, [
    h('p', { className: ['cite-card-title'] }, entry.title),
    h('p', { className: ['cite-card-authors'] }, `${entry.authors} (${entry.year})`),
    entry.venue ? h('p', { className: ['cite-card-venue'] }, entry.venue) : null,
    entry.unverified.length ? h('p', { className: ['unverified'] }, `Unverified: ${entry.unverified.join('; ')}`) : null,
    linkList(entry, ['cite-card-links']),
  ].filter((node): node is Element => node !== null));
}

function linkList(entry: BibEntry, className: string[]): Element {
  return h(
    'span',
    { className },
    entry.links.flatMap((link, index) => [
      index ? ' · ' : '',
      h('a', { href: link.href, rel: 'noopener', ariaLabel: `${link.label}: ${entry.title}` }, link.label),
    ]),
  );
}

function referenceItem(entry: BibEntry, occurrences: Occurrence[]): Element {
  const reference = fromHtml(entry.html, { fragment: true }).children as ElementContent[];
  const backlinks = occurrences.map((occurrence, index) =>
    h('a', { href: `#${occurrence.id}`, className: ['backlink'], ariaLabel: `Back to citation ${index + 1} of ${entry.author}, ${entry.year}` }, `↩ ${index + 1}`),
  );
  return h('li', { id: refId(entry.key), className: ['reference'] }, [
    ...reference,
    entry.unverified.length ? h('p', { className: ['unverified'] }, `Unverified in our sources: ${entry.unverified.join('; ')}`) : '',
    h('p', { className: ['reference-meta'] }, [linkList(entry, ['reference-links']), ' ', h('span', { className: ['backlinks'] }, ['Cited here: ', ...backlinks.flatMap((a, i) => (i ? [' ', a] : [a]))])]),
  ]);
}

function hastNode(element: Element | Element[]): RootContent {
  const children = Array.isArray(element) ? element : [element];
  return { type: 'citation', data: { hName: 'span', hProperties: { className: ['citation'] }, hChildren: children } } as unknown as RootContent;
}

export default function remarkCitations(options: CitationOptions) {
  const { entries } = options.bibliography;
  return (tree: Root, file: VFile) => {
    const order: string[] = [];
    const occurrences = new Map<string, Occurrence[]>();

    const lookup = (key: string, node: Text, offset: number): BibEntry => {
      const entry = entries.get(key);
      if (!entry) {
        throw new CitationError(`${where(file, node, offset)}: unknown citation key "${key}" (not in ${options.bibliography.file})`);
      }
      if (!occurrences.has(key)) {
        occurrences.set(key, []);
        order.push(key);
      }
      const list = occurrences.get(key)!;
      const occurrence = { key, id: `cite-${key}-${list.length + 1}` };
      list.push(occurrence);
      return entry;
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
            if (!item) throw new CitationError(`${where(file, node, offset)}: malformed citation "[${match[1]}]"; write [@key], [@a; @b] or [@key, locator]`);
            const entry = lookup(item[1], node, offset);
            const occurrence = occurrences.get(entry.key)!.at(-1)!;
            return citeLink(entry, occurrence.id, parenthetical(entry, item[2]?.replace(/\s+/g, ' ')));
          });
          replaced.push(hastNode([h('span', { className: ['cite-paren'] }, ['(', ...links.flatMap((a, i) => (i ? ['; ', a] : [a])), ')'])]));
        } else {
          const entry = lookup(match[2], node, offset);
          replaced.push(hastNode(citeLink(entry, occurrences.get(entry.key)!.at(-1)!.id, narrative(entry))));
        }
        last = offset + match[0].length;
      }
      if (!replaced.length) return;
      if (last < node.value.length) replaced.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(replaced as typeof parent.children));
      return [SKIP, index + replaced.length];
    });

    const data = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (data.frontmatter ??= {}).citations = order;
    if (!order.length) return;

    const sorted = [...order].sort((a, b) =>
      entries.get(a)!.html.localeCompare(entries.get(b)!.html, 'en'),
    );
    const section = h('section', { className: ['bibliography'], ariaLabelledBy: 'references' }, [
      h('h2', { id: 'references' }, 'References'),
      h('ol', { className: ['references'] }, sorted.map((key) => referenceItem(entries.get(key)!, occurrences.get(key)!))),
      ...sorted.map((key) => card(entries.get(key)!)),
    ]);
    tree.children.push({
      type: 'bibliography',
      data: { hName: 'div', hProperties: { className: ['bibliography-wrap'] }, hChildren: [section] },
    } as unknown as RootContent);
  };
}
