import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import katex from 'katex';
import { KATEX_CSS as fullCss, classesOf, cutKatexCss, katexFor, parseRules } from '../../src/lib/katex-css.ts';
import { mathClasses } from '../../src/lib/katex-markup.ts';

// Formulas as rehype-katex renders them (HTML and MathML), inline and displayed, using what the
// chapters use (fractions, sums, proportionality, primes, big delimiters) and a little more.
const render = (tex: string, displayMode = false) =>
  katex.renderToString(tex, { displayMode, output: 'htmlAndMathml', throwOnError: true });
const page = [
  render(String.raw`P(h \mid D) \propto P(h)\,P(D \mid h)`),
  render(String.raw`\sum_{i=1}^{n} \frac{x_i'}{\sqrt{y}} \le \left( \prod_j \beta_j \right)`, true),
  render(String.raw`\mathbf{v} \in \mathbb{R}^d,\ \text{so } \hat{p} = 0.5`),
].join('\n<p>Prose between formulas, with a <span class="mord">lookalike</span> class outside them.</p>\n');

const selectorsIn = (css: string) => new Set(parseRules(css).flatMap(({ selectors }) => selectors));
const kept = selectorsIn(katexFor(page).css);

describe("KaTeX's stylesheet cut to a page's mathematics", () => {
  it("reads KaTeX's stylesheet as a flat list of rules, and refuses one it cannot", () => {
    expect(parseRules(fullCss).length).toBeGreaterThan(200);
    expect(() => parseRules('@media print{.katex{color:red}}')).toThrow(/no longer a flat list/);
  });

  it('keeps every rule whose classes are all on the formulas, and no other', () => {
    const used = mathClasses(page);
    for (const selector of selectorsIn(fullCss)) {
      if (selector.startsWith('@font-face')) continue;
      expect(kept.has(selector), selector).toBe(classesOf(selector).every((name) => used.has(name)));
    }
    // Rules a formula here needs (its box, its hidden MathML, italic maths, fractions, roots)…
    for (const selector of ['.katex', '.katex .katex-mathml', '.katex .mathnormal', '.katex .mfrac .frac-line'])
      expect(kept, selector).toContain(selector);
    // …and none it does not (equation numbers, arrows, colour boxes).
    for (const selector of ['.katex .eqn-num:before', '.katex .x-arrow', '.katex .fcolorbox'])
      expect(kept, selector).not.toContain(selector);
  });

  it("takes the classes from the formulas' own markup, displayed formulas' wrapper included", () => {
    const used = mathClasses(`${render('x', true)}<p class="vlist">not maths</p>`);
    expect(used).toContain('katex-display');
    expect(used).toContain('mathnormal');
    expect(used).not.toContain('vlist');
  });

  it('does not count a class under :not() as needed: such a rule applies where the class is absent', () => {
    expect(classesOf('.katex .accent .accent-body:not(.accent-full)')).toEqual(['katex', 'accent', 'accent-body']);
  });

  it('declares only the fonts its rules name, each as its built woff2 file', () => {
    const css = katexFor(page).css;
    const rules = css.replace(/@font-face\{[^}]*\}/g, '');
    const families = new Set([...css.matchAll(/@font-face\{[^}]*font-family:(\w+)/g)].map(([, family]) => family));
    expect(families).toContain('KaTeX_Main');
    for (const family of families) expect(rules, family).toContain(family);
    for (const family of ['KaTeX_Caligraphic', 'KaTeX_Fraktur', 'KaTeX_Script', 'KaTeX_Typewriter'])
      expect(families).not.toContain(family);
    for (const [, src] of css.matchAll(/src:([^;}]+)/g))
      expect(src).toMatch(/^url\([^)]+\.woff2[^)]*\) format\("woff2"\)$/);
    expect(cutKatexCss(new Set(['katex']), fullCss, (file) => `/fonts/${file}`)).toContain(
      'src:url(/fonts/KaTeX_Main-Regular.woff2) format("woff2")',
    );
  });

  it("fetches with the page the fonts every formula draws with: KaTeX_Main, and KaTeX_Math's italic for a letter", () => {
    const fonts = (html: string) => katexFor(html).preload.map((url) => url.match(/KaTeX_[\w-]+/)![0]);
    expect(fonts(page)).toEqual(['KaTeX_Main-Regular', 'KaTeX_Math-Italic']);
    expect(fonts(render('1 + 2 = 3'))).toEqual(['KaTeX_Main-Regular']);
    expect(fonts('<p>No formulas here.</p>')).toEqual([]);
  });

  it('is a small part of the whole, and nothing for a page without mathematics', () => {
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    expect(gz(katexFor(page).css)).toBeLessThan(gz(fullCss) / 2);
    expect(katexFor('<p>No formulas here.</p>').css).toBe('');
  });
});
