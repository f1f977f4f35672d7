import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { inlineHashes, policyFor, withPolicy } from '../../src/integrations/csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy of a built page', () => {
  const theme = "(() => { document.documentElement.classList.add('js'); })();";
  const boot = '\n(() => import(document.currentScript.dataset.page))();\n';
  const page =
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title><script>${theme}</script>` +
    '<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"@type":"Article"}</script>' +
    `</head><body><p>é</p><script data-page="/_astro/page.js">${boot}</script><script type="module">${theme}</script></body></html>`;

  test('hashes every inline script the browser runs, once each, and no data block or external script', () => {
    expect(inlineHashes(page).scripts).toEqual([hash(theme), hash(boot)]);
  });

  test('hashes inline style elements for style-src-elem', () => {
    expect(inlineHashes('<style>p { color: red }</style>').styles).toEqual([hash('p { color: red }')]);
  });

  test('allows no inline script but the hashed ones, and Pagefind its WebAssembly', () => {
    const script = policyFor(page)
      .split('; ')
      .find((d) => d.startsWith('script-src '))!;
    expect(script).toBe(`script-src 'self' 'wasm-unsafe-eval' ${hash(theme)} ${hash(boot)}`);
  });

  test('goes right after the charset, before anything it governs', () => {
    const out = withPolicy(page);
    expect(out.indexOf('<meta http-equiv="Content-Security-Policy"')).toBe(
      out.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length,
    );
    expect(out.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '')).toBe(page);
  });

  test('stops the build on a page it cannot place a policy in, or that has one already', () => {
    expect(() => withPolicy('<html><head><title>x</title></head></html>', 'x.html')).toThrow(
      /x\.html has no <meta charset/,
    );
    expect(() => withPolicy(withPolicy(page), 'y.html')).toThrow(/y\.html already has/);
  });
});
