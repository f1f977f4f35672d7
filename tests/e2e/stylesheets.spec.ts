/**
 * CSS stays light: KaTeX's stylesheet (half the site's CSS) loads only on pages that show
 * mathematics, and there it still renders formulas in KaTeX's own fonts.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtPages, expect, test } from './fixtures.ts';

const hasMath = (path: string) => readFileSync(`dist${path}index.html`, 'utf8').includes('class="katex"');
const pages = builtPages();
const withMath = pages.filter(hasMath);
const withoutMath = pages.filter((path) => !hasMath(path));
// Gzip level 9, as the benchmark measures (README, "Checks and budgets"). Issue 14's 6 KB holds
// for chapters without figures; a chapter with figures but no mathematics loads each shown
// figure's own stylesheet too and is at up to 6.15 KB (README says so): its own budget here keeps
// it from growing further until the site's stylesheet sheds the search dialog's styles.
const CSS_BUDGET = 6 * 1024;
const FIGURE_CHAPTER_CSS_BUDGET = 6.25 * 1024;
const hasFigures = (path: string) => readFileSync(`dist${path}index.html`, 'utf8').includes('class="live-figure');

test('the build has chapters with and without mathematics to check', () => {
  expect(withMath.length).toBeGreaterThan(0);
  expect(withoutMath.filter((path) => path.startsWith('/chapters/')).length).toBeGreaterThan(0);
});

for (const path of withoutMath) {
  const budget = hasFigures(path) ? FIGURE_CHAPTER_CSS_BUDGET : CSS_BUDGET;
  test(`${path} has no mathematics and loads under ${budget / 1024} KB of CSS, gzipped`, async ({ page, request }) => {
    const stylesheets: string[] = [];
    page.on('request', (r) => r.resourceType() === 'stylesheet' && stylesheets.push(r.url()));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(
      stylesheets.filter((url) => /katex/i.test(url)),
      'KaTeX stylesheet',
    ).toEqual([]);
    let bytes = 0;
    for (const url of stylesheets) bytes += gzipSync(await (await request.get(url)).body(), { level: 9 }).length;
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('style')].map((s) => s.textContent).join(''),
    );
    bytes += inline ? gzipSync(inline, { level: 9 }).length : 0;
    expect(bytes).toBeLessThan(budget);
  });
}

for (const path of withMath) {
  test(`${path} renders its mathematics with KaTeX's stylesheet and fonts`, async ({ page }) => {
    const fonts: string[] = [];
    page.on('requestfinished', async (r) => {
      if (r.resourceType() === 'font' && (await r.response())?.ok()) fonts.push(r.url());
    });
    await page.goto(path);
    const formula = page.locator('.katex').first();
    await formula.scrollIntoViewIfNeeded();
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    // KaTeX's stylesheet hides the MathML copy and sets the formula in its own face.
    expect(await formula.locator('.katex-mathml').evaluate((e) => getComputedStyle(e).position)).toBe('absolute');
    expect(await formula.evaluate((e) => getComputedStyle(e).fontFamily)).toContain('KaTeX_Main');
    expect(
      await page.evaluate(() =>
        [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'KaTeX_Main' && f.status === 'loaded'),
      ),
    ).toBe(true);
    expect(fonts.some((url) => /KaTeX_/.test(url))).toBe(true);
  });
}
