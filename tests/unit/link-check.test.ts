import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import {
  checkLinks,
  extractLinks,
  linkProblem,
  remarkLinkSources,
  type LinkSources,
  type PageLinks,
} from '../../src/lib/link-check.ts';

const page = (html: string) => extractLinks(`<!doctype html><html><body>${html}</body></html>`);

function site(pages: Record<string, string>, files: string[] = []) {
  const map = new Map<string, PageLinks>(Object.entries(pages).map(([path, html]) => [path, page(html)]));
  return checkLinks(map, (path) => files.includes(path));
}

describe('the build link checker', () => {
  const healthy = {
    '/': '<a href="/chapters/a/">A</a><a href="chapters/a/#intro">intro</a><link rel="stylesheet" href="/_astro/site.css">',
    '/chapters/a/':
      '<h2 id="intro">Intro</h2><a href="#intro">up</a><a href="../../">home</a><a href="https://example.org/x">out</a><a href="#">top</a>',
  };

  it('passes a site whose links all land', () => {
    expect(site(healthy, ['/_astro/site.css'])).toEqual([]);
  });

  it('fails on a planted link to a page that does not exist', () => {
    const problems = site({ ...healthy, '/chapters/b/': '<p><a href="/chapters/missing/">dead</a></p>' }, [
      '/_astro/site.css',
    ]);
    expect(problems).toEqual([
      { page: '/chapters/b/', href: '/chapters/missing/', reason: 'no such page or file in the build' },
    ]);
  });

  it('fails on a planted #fragment that no element has', () => {
    const problems = site(
      { ...healthy, '/chapters/b/': '<a href="/chapters/a/#no-such-heading">x</a><a href="#nor-here">y</a>' },
      ['/_astro/site.css'],
    );
    expect(problems.map((p) => p.href)).toEqual(['/chapters/a/#no-such-heading', '#nor-here']);
  });

  it('fails on a missing asset', () => {
    expect(site(healthy)).toEqual([
      { page: '/', href: '/_astro/site.css', reason: 'no such page or file in the build' },
    ]);
  });

  it('resolves links under a deployment base path', () => {
    const problems = site({
      '/psm/': '<a href="/psm/chapters/a/#intro">ok</a><a href="/chapters/a/">missing the base</a>',
      '/psm/chapters/a/': '<h2 id="intro">Intro</h2>',
    });
    expect(problems.map((p) => p.href)).toEqual(['/chapters/a/']);
  });
});

describe('a dead link reported where it was written', () => {
  const sources: LinkSources = new Map();
  const file = new VFile({
    value: 'Intro.\n\nSee [there](../gone/) and [out](https://example.org/).\n\n[ref]: #nowhere\n',
    path: 'content/chapters/03-some-chapter.mdx',
  });
  const processor = unified().use(remarkParse).use(remarkLinkSources, { sources });
  processor.runSync(processor.parse(file), file);

  it('notes each internal link of a chapter by its page, file, line and column', () => {
    expect(sources.get('chapters/some-chapter/')).toEqual([
      { href: '../gone/', file: 'content/chapters/03-some-chapter.mdx', line: 3, column: 5 },
      { href: '#nowhere', file: 'content/chapters/03-some-chapter.mdx', line: 5, column: 1 },
    ]);
  });

  it('names the file and line of a dead link written in a chapter, under any base', () => {
    expect(
      linkProblem(
        { page: '/psm/chapters/some-chapter/', href: '../gone/', reason: 'no such page or file in the build' },
        sources,
        '/psm/',
      ),
    ).toEqual({
      file: 'content/chapters/03-some-chapter.mdx',
      line: 3,
      column: 5,
      key: '../gone/',
      message: 'dead link "../gone/" (no such page or file in the build) on /psm/chapters/some-chapter/',
    });
  });

  it('names the page of a dead link no chapter wrote (a layout, a component)', () => {
    expect(linkProblem({ page: '/references/', href: '/nope/', reason: 'r' }, sources, '/')).toEqual({
      file: '/references/',
      key: '/nope/',
      message: 'dead link "/nope/" (r)',
    });
  });
});
