/**
 * KaTeX's stylesheet, cut to what a page's mathematics uses. The whole of it (24 KB, 7.7 KB
 * gzipped with the one font Vite inlined) was linked, render-blocking, from every page with a
 * formula, whose formulas use 12 to 30 of its 250 rules and two or three of its 20 fonts; that
 * request, and the fonts found only after it, cost those pages Lighthouse points. Base.astro puts
 * what a page needs in the page itself (under 1 KB gzipped), so no KaTeX stylesheet holds up its
 * first paint. The rules are chosen from the page's own markup as KaTeX wrote it, so nothing goes
 * stale when a formula changes (tests/unit/katex-css.test.ts and tests/e2e/stylesheets.spec.ts
 * check the choice).
 */
import { mathClasses } from './katex-markup.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** KaTeX's whole stylesheet, read from the installed package (a `?raw` import reads empty under Vitest). */
export const KATEX_CSS = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');

// Each font as its own file (woff2 only: every browser that runs this site's CSS reads it), at
// its built address; `no-inline` keeps Vite from turning a small one into a data: address.
const FONT_FILES = import.meta.glob<string>('/node_modules/katex/dist/fonts/*.woff2', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});
/** The built address of KaTeX's font file `name` (KaTeX_Main-Regular.woff2). */
export function fontUrl(name: string): string {
  const url = FONT_FILES[`/node_modules/katex/dist/fonts/${name}`];
  if (!url) throw new Error(`KaTeX's stylesheet names a font it does not ship: ${name}`);
  return url;
}

/** A rule of a flat stylesheet: its selector (or at-rule) and its declarations. */
interface Rule {
  selectors: string[];
  body: string;
}

/** KaTeX's minified stylesheet is flat (no comments, no @media); a version that is not stops the build. */
export function parseRules(css: string): Rule[] {
  const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)];
  if (rules.map(([whole]) => whole).join('') !== css.trim())
    throw new Error("KaTeX's stylesheet is no longer a flat list of rules: src/lib/katex-css.ts cannot cut it");
  return rules.map(([, selector, body]) => ({ selectors: selector.split(','), body }));
}

/**
 * The classes a selector needs on some element: those of `.a.b`, not those inside :not(…),
 * which match where the class is absent.
 */
export const classesOf = (selector: string) =>
  [...selector.replace(/:not\([^)]*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map(([, name]) => name);

const FAMILY = /KaTeX_\w+/g;

/**
 * KaTeX's rules that can apply to markup whose elements carry only `classes`: each selector all of
 * whose classes are among them (a rule for no class, like KaTeX's counter reset on body, stays),
 * and the @font-face rules of every family those rules name, each with its woff2 file only.
 */
export function cutKatexCss(classes: ReadonlySet<string>, css = KATEX_CSS, url = fontUrl): string {
  const rules = parseRules(css);
  const kept: string[] = [];
  const families = new Set<string>();
  for (const { selectors, body } of rules) {
    if (selectors[0].startsWith('@font-face')) continue;
    const matching = selectors.filter((selector) => classesOf(selector).every((name) => classes.has(name)));
    if (!matching.length) continue;
    kept.push(`${matching.join(',')}{${body}}`);
    for (const [family] of body.matchAll(FAMILY)) families.add(family);
  }
  const faces = rules
    .filter(
      ({ selectors, body }) => selectors[0].startsWith('@font-face') && families.has(body.match(FAMILY)?.[0] ?? ''),
    )
    .map(({ body }) => {
      const file = body.match(/url\(fonts\/([^)]+\.woff2)\)/)?.[1];
      if (!file) throw new Error(`a KaTeX @font-face has no woff2 file: ${body}`);
      return `@font-face{${body.replace(/src:[^;}]+/, `src:url(${url(file)}) format("woff2")`)}}`;
    });
  return [...faces, ...kept].join('');
}

/**
 * What the page body `html` needs for its mathematics (nothing for a page without any): its CSS,
 * and the fonts to fetch with the page rather than once it is laid out. Those are the fonts every
 * formula certainly draws with: KaTeX_Main (upright symbols, and the hidden MathML copy), and
 * KaTeX_Math's italic wherever a formula has an italic letter (KaTeX's .mathnormal).
 */
export function katexFor(html: string): { css: string; preload: string[] } {
  if (!html.includes('class="katex')) return { css: '', preload: [] };
  const classes = mathClasses(html);
  const fonts = ['KaTeX_Main-Regular.woff2', ...(classes.has('mathnormal') ? ['KaTeX_Math-Italic.woff2'] : [])];
  return { css: cutKatexCss(classes), preload: fonts.map((name) => fontUrl(name)) };
}
