import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { precacheList } from '../../src/offline/build.ts';

describe('what the service worker saves on a first visit', () => {
  it('every page a reader follows by its address, the icon, and every script and stylesheet reading needs; not the 404 page, fonts, the search index, the pages saved when visited or the code loaded on request', () => {
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
      'glossary/index.html',
      '_astro/Base.abc.css',
      '_astro/page-x.js',
      '_astro/present-x.js',
      '_astro/presenter.x.css',
      '_astro/download.x.js',
      '_astro/qr.x.js',
      '_astro/download-table.x.js',
      '_astro/KaTeX_Main.woff2',
      'pagefind/pagefind.js',
      'pagefind/fragment/a.pf_fragment',
    ]) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), 'x');
    }
    expect(precacheList(root)).toEqual([
      './',
      './_astro/Base.abc.css',
      './_astro/download-table.x.js',
      './_astro/page-x.js',
      './chapters/one/',
      './favicon.svg',
    ]);
  });
});
