/**
 * CSS stays light: KaTeX's rules are only on pages that show mathematics, in the page, cut to what
 * its formulas use (src/lib/katex-css.ts), and there they still render formulas in KaTeX's own fonts.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtPages, expect, test } from './fixtures.ts';

const hasMath = (path: string) => readFileSync(`dist${path}index.html`, 'utf8').includes('class="katex"');
const pages = builtPages();
// Every selector of KaTeX's whole stylesheet (it is flat: rules, no @media), read here on its own
// so that the check below does not trust the code it checks.
const katexSelectors = [
  ...readFileSync('node_modules/katex/dist/katex.min.css', 'utf8').matchAll(/([^{}]+)\{[^{}]*\}/g),
].flatMap(([, selector]) => (selector.startsWith('@') ? [] : selector.split(',')));
const withMath = pages.filter(hasMath);
const withoutMath = pages.filter((path) => !hasMath(path));
// Gzip level 9, as the benchmark measures (README, "Checks and budgets"): issue 14's budget, for
// every page without mathematics, figures' own stylesheets included.
const CSS_BUDGET = 6 * 1024;

test('the build has chapters with and without mathematics to check', () => {
  expect(withMath.length).toBeGreaterThan(0);
  expect(withoutMath.filter((path) => path.startsWith('/chapters/')).length).toBeGreaterThan(0);
});

test(`every page without mathematics loads no KaTeX and under ${CSS_BUDGET / 1024} KB of CSS, gzipped`, async ({
  page,
  request,
}) => {
  const gzipped = new Map<string, number>();
  for (const path of withoutMath) {
    await test.step(path, async () => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // What the page has linked by now, read from the page (a stylesheet the browser had cached is
      // not requested again).
      const stylesheets = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href),
      );
      expect(
        stylesheets.filter((url) => /katex/i.test(url)),
        `${path}: KaTeX stylesheet`,
      ).toEqual([]);
      let bytes = 0;
      for (const url of stylesheets) {
        if (!gzipped.has(url)) gzipped.set(url, gzipSync(await (await request.get(url)).body(), { level: 9 }).length);
        bytes += gzipped.get(url)!;
      }
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('style')].map((s) => s.textContent).join(''),
      );
      expect(inline, `${path}: KaTeX's rules`).not.toContain('.katex');
      bytes += inline ? gzipSync(inline, { level: 9 }).length : 0;
      expect(bytes, `${path}: bytes of CSS`).toBeLessThan(CSS_BUDGET);
    });
  }
});

for (const path of withMath) {
  test(`${path} renders its mathematics with KaTeX's rules and fonts`, async ({ page }) => {
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
    // Each font the page fetches ahead (a preload link) is one its formulas draw with.
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((link) => {
        const [, family, style] = link.href.match(/(KaTeX_\w+)-(\w+)\./)!;
        const italic = style.includes('Italic');
        return [...document.fonts].some(
          (face) =>
            face.family.replace(/"/g, '') === family &&
            (face.style === 'italic') === italic &&
            face.status === 'loaded',
        );
      }),
    );
    expect(preloaded.length).toBeGreaterThan(0);
    expect(preloaded, 'each preloaded font is drawn with').not.toContain(false);
    // Every rule of KaTeX's that applies to an element of this page is in the page: a formula
    // using a class the cut left out fails here. (Pseudo-elements are matched by their element.)
    const missing = await page.evaluate((selectors) => {
      const shipped = new Set(
        [...document.querySelectorAll('style')]
          .flatMap((style) => [...(style.textContent ?? '').matchAll(/([^{}]+)\{[^{}]*\}/g)])
          .flatMap(([, selector]) => selector.split(',')),
      );
      return selectors.filter(
        (selector) => document.querySelector(selector.replace(/::?(before|after)\b/g, '')) && !shipped.has(selector),
      );
    }, katexSelectors);
    expect(missing, "KaTeX's rules that apply here but are not in the page").toEqual([]);
    expect(await page.locator('link[rel="stylesheet"][href*="katex" i]').count()).toBe(0);
  });
}

for (const path of withMath) {
  test(`${path} draws every formula exactly as KaTeX's own fonts do, light and dark`, async ({ page }) => {
    // Each formula's pixels, in the fonts the page loads (cut to the site's characters by
    // src/integrations/katex-fonts.ts), then in KaTeX's whole fonts in their place.
    const shots = async () => {
      await page.goto(path);
      const formulas = page.locator('.katex');
      const taken: Buffer[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (let i = 0; i < (await formulas.count()); i++) {
          await formulas.nth(i).scrollIntoViewIfNeeded();
          await page.evaluate(() => document.fonts.ready);
          taken.push(await formulas.nth(i).screenshot({ animations: 'disabled' }));
        }
      }
      return taken;
    };
    const cut = await shots();
    await page.route('**/KaTeX_*.woff2', (route) =>
      route.fulfill({
        path: `node_modules/katex/dist/fonts/${new URL(route.request().url()).pathname.match(/(KaTeX_[\w-]+)\.[\w-]+\.woff2$/)![1]}.woff2`,
        contentType: 'font/woff2',
      }),
    );
    const whole = await shots();
    expect(cut.length).toBeGreaterThan(0);
    expect(whole.length).toBe(cut.length);
    const differ = cut.flatMap((shot, i) => (shot.equals(whole[i]) ? [] : [i % (cut.length / 2)]));
    expect(differ, 'formulas (by their place on the page) drawn differently in the cut fonts').toEqual([]);
  });
}
