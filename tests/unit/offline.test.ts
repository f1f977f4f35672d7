import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { precacheList } from '../../src/offline/build.ts';

describe('what the service worker saves on a first visit', () => {
  it('every page a reader follows by its address, the 404 page, the icon, and every script and stylesheet; not fonts, the search index, or the pages saved when visited', () => {
    const root = mkdtempSync(join(tmpdir(), 'psm-offline-'));
    for (const file of [
      'index.html',
      '404.html',
      'favicon.svg',
      'references.bib',
      'chapters/one/index.html',
      'references/index.html',
      'workshop/index.html',
      'about-the-model/index.html',
      '_astro/Base.abc.css',
      '_astro/page-x.js',
      '_astro/KaTeX_Main.woff2',
      'pagefind/pagefind.js',
      'pagefind/fragment/a.pf_fragment',
    ]) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), 'x');
    }
    expect(precacheList(root)).toEqual([
      './',
      './404.html',
      './_astro/Base.abc.css',
      './_astro/page-x.js',
      './chapters/one/',
      './favicon.svg',
    ]);
  });
});
