import { axeViolations } from './axe.ts';
import { builtPages, chapterList, expect, expectProblems, test } from './fixtures.ts';

const pages = builtPages();

test('the build has the landing page, every chapter, references and the model page', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/references/', '/about-the-model/']));
  expect(pages.filter((path) => path.startsWith('/chapters/'))).toEqual(
    expect.arrayContaining(chapterList().map((chapter) => chapter.path)),
  );
});

// One load per page, then each scheme at each width: the checks cost far less than loading and
// hydrating a long chapter four times.
for (const path of pages) {
  test(`${path} is axe-clean in light and dark at 1280px and 320px and loads without errors`, async ({ page }) => {
    // Four checks in one test: four tests' time.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    // The inline theme script ran under the Content-Security-Policy (its hash matched).
    await expect(page.locator('html.js')).toHaveCount(1);
    // Figures render their first frame at build time; wait for them to hydrate too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(page), `${scheme} at ${width}px`).toEqual([]);
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `no sideways scrolling of the page at ${width}px`).toBeLessThanOrEqual(0);
      const column = (await page.locator('main p').first().boundingBox())!.width;
      expect(column, `the reading column uses the width it has at ${width}px`).toBeGreaterThan(
        Math.min(width - 64, 480),
      );
    }
  });
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
