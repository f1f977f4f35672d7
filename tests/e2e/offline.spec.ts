import type { BrowserContext, Page } from '@playwright/test';
import { chapterList, expect, expectProblems, figureValue, test } from './fixtures.ts';
import { WORKER_ALLOWED } from '../../src/offline/test-switch.ts';

test.use(WORKER_ALLOWED);

async function visitOnceThenGoOffline(page: Page, context: BrowserContext) {
  await page.goto('/');
  // The page script registers the worker once the browser is idle; a pointer move gets it there sooner.
  await page.mouse.move(10, 10);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await context.setOffline(true);
}

test('after one visit every chapter reads offline, its figures working', async ({ page, context }) => {
  await visitOnceThenGoOffline(page, context);

  await page.goto('/chapters/out-of-context-generalization/?pg-distinct=3#figure-pangolin');
  await expect(page.locator('h1')).toHaveText('Out-of-context generalization');
  await expect(page.locator('psm-pangolin[data-ready]')).toHaveCount(1);
  const few = await figureValue(page, 'psm-pangolin', 'german');
  await page.locator('psm-pangolin input[name="distinct"]').fill('40');
  expect(await figureValue(page, 'psm-pangolin', 'german'), 'the figure still computes offline').toBeGreaterThan(few);

  await page.locator('a[rel="next"]').click();
  const chapters = chapterList();
  const next =
    chapters[chapters.findIndex((chapter) => chapter.path === '/chapters/out-of-context-generalization/') + 1];
  await expect(page.locator('h1')).toHaveText(next.title);
});

test('offline, search says it needs the network, and works once the network is back', async ({
  page,
  context,
  problems,
}) => {
  await visitOnceThenGoOffline(page, context);
  await page.goto('/chapters/consequences-for-ai-development/');
  await page.getByRole('button', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search the site' });
  await box.fill('Pangolin');
  await expect(page.locator('#search-status')).toHaveText(/needs a network connection/);

  await context.setOffline(false);
  await box.fill('Pangolins');
  await expect(page.locator('#search-results')).toContainText('Pangolin');
  // The browser logs the index it could not fetch offline, sometimes only after the message
  // shows; that is the point of this test. A failure once online would have emptied the results.
  expectProblems(problems, 'ERR_INTERNET_DISCONNECTED', 'ERR_FAILED');
});

test('offline, a page that was never saved says so and leads back to the start', async ({
  page,
  context,
  problems,
}) => {
  await visitOnceThenGoOffline(page, context);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(503);
  await expect(page.locator('h1')).toHaveText('You are offline');
  await page.getByRole('link', { name: 'go to the start page' }).click();
  await expect(page).toHaveURL('/');
  // The browser reports the 503 itself as a console error; that one is expected here.
  expectProblems(problems, '503');
});
