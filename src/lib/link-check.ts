/**
 * The build's own link checker: every internal href, and every #fragment, must land on a page
 * or file of the build and on an element with that id. Pure over its inputs so that the tests
 * can plant a broken link and watch it fail. A remark plugin notes where each chapter's links
 * were written, so that a dead one is reported at its file and line.
 */
import { basename, extname } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import type { Definition, Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { sourcePath, type Problem } from './build-problems.ts';
import { chapterPath } from './paths.ts';

export interface PageLinks {
  ids: Set<string>;
  links: string[];
}

export interface LinkProblem {
  page: string;
  href: string;
  reason: string;
}

const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', source: 'src' };

export function extractLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    const { properties } = node;
    if (typeof properties.id === 'string') ids.add(properties.id);
    if (node.tagName === 'a' && typeof properties.name === 'string') ids.add(properties.name);
    const attribute = LINK_ATTRIBUTES[node.tagName];
    const value = attribute && properties[attribute];
    if (typeof value === 'string') links.push(value);
  });
  return { ids, links };
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * @param pages   URL path of each HTML page ("/base/chapters/x/") to what it holds
 * @param exists  whether a non-page URL path ("/base/_astro/a.css") is a file of the build
 */
export function checkLinks(pages: Map<string, PageLinks>, exists: (path: string) => boolean): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const [page, { links }] of pages) {
    for (const href of links) {
      if (EXTERNAL.test(href) || href === '#') continue;
      const url = new URL(href, `http://site.invalid${page}`);
      const path = decodeURI(url.pathname);
      const fragment = decodeURIComponent(url.hash.slice(1));
      const target = pages.get(path) ?? pages.get(path.endsWith('/') ? path : `${path}/`);
      if (!target) {
        if (!exists(path)) problems.push({ page, href, reason: 'no such page or file in the build' });
        continue;
      }
      if (fragment && !target.ids.has(fragment))
        problems.push({ page, href, reason: `no element with id "${fragment}" on ${path}` });
    }
  }
  return problems;
}

export interface LinkSource {
  href: string;
  file: string;
  line?: number;
  column?: number;
}

/** Where each chapter's links were written, by the chapter page's address below the base. */
export type LinkSources = Map<string, LinkSource[]>;

/** remark plugin: notes in `sources` where each internal link of a chapter was written. */
export function remarkLinkSources({ sources }: { sources: LinkSources }) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const written: LinkSource[] = [];
    visit(tree, ['link', 'definition'], (node) => {
      const { url, position } = node as Link | Definition;
      if (EXTERNAL.test(url)) return;
      written.push({
        href: url,
        file: sourcePath(file.path),
        line: position?.start.line,
        column: position?.start.column,
      });
    });
    sources.set(chapterPath(basename(file.path, extname(file.path))), written);
  };
}

/** A dead link as a build problem: at the line that wrote it where a chapter did, else on its page. */
export function linkProblem({ page, href, reason }: LinkProblem, sources: LinkSources, base: string): Problem {
  const message = `dead link "${href}" (${reason})`;
  const written = sources.get(page.slice(base.length))?.find((source) => source.href === href);
  if (!written) return { file: page, key: href, message };
  return {
    file: written.file,
    line: written.line,
    column: written.column,
    key: href,
    message: `${message} on ${page}`,
  };
}
