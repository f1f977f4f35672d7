import AxeBuilder from '@axe-core/playwright';
import { builtPages, chapterList, expect, expectProblems, test } from './fixtures.ts';

const pages = builtPages();

test('the build has the landing page, every chapter, references and the model page', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/references/', '/about-the-model/']));
  expect(pages.filter((path) => path.startsWith('/chapters/'))).toEqual(
    expect.arrayContaining(chapterList().map((chapter) => chapter.path)),
  );
});

for (const path of pages) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 320]) {
      test(`${path} is axe-clean in ${scheme} at ${width}px and loads without errors`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expect(page.locator('h1')).toHaveCount(1);
        // Figures render their first frame at build time; wait for them to hydrate too.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'no sideways scrolling of the page').toBeLessThanOrEqual(0);
        const column = (await page.locator('main p').first().boundingBox())!.width;
        expect(column, 'the reading column uses the width it has').toBeGreaterThan(Math.min(width - 64, 480));
      });
    }
  }
}

test('an unknown address shows the 404 page with a way back', async ({ page, problems }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  // The browser reports the 404 itself as a console error; that one is expected here.
  expectProblems(problems, '404');
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'the start page' }).click();
  await expect(page).toHaveURL('/');
});

test('pages arrive gzipped, as a static host sends them, and a malformed address does not stop the server', async ({
  request,
}) => {
  const page = await request.get('/chapters/emergent-misalignment/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(page.headers()['content-encoding']).toBe('gzip');
  expect(await page.text()).toContain('<h1');
  expect((await request.get('/%E0%A4%A')).status()).toBe(400);
  expect((await request.get('/')).status()).toBe(200);
});
