/**
 * Offline reading under workshop conditions (issue 14, "Offline, on bad Wi-Fi"): lossy Wi-Fi, a
 * deploy while a tab is open, a failing cache, search offline, two deploys on one origin, and the
 * reader being told the site is saved. The network is played by route handlers on the context,
 * which see the service worker's own requests as well as the page's.
 */
import { createServer, type Server } from 'node:http';
import type { Page, Route } from '@playwright/test';
import { expect, pageReady, test } from './fixtures.ts';
import { WORKER_ALLOWED, WORKER_BLOCKED } from '../../src/offline/test-switch.ts';
import { FIGURES } from '../../src/widgets/registry.ts';

const CHAPTER = '/chapters/out-of-context-generalization/';
const TITLE = 'Out-of-context generalization';
const REFRESHED = '<meta name="psm-test" content="refreshed">';

/** A first visit: the worker installs, saves the site and takes the page over. */
async function saveSite(page: Page) {
  await page.goto('/');
  // The page script registers the worker once the browser is idle; a pointer move gets it there sooner.
  await page.mouse.move(10, 10);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Another build of the site: every content hash in the worker changes, as a deploy's would. */
const anotherDeploy = (worker: string) => worker.replace(/\b[0-9a-f]{12,}\b/g, (hash) => [...hash].reverse().join(''));

/** The page as the server now has it, marked, so a test can tell the network's copy from a saved one. */
async function marked(route: Route, delayMs = 0) {
  const response = await route.fetch();
  const body = (await response.text()).replace('</head>', `${REFRESHED}</head>`);
  if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
  await route.fulfill({ response, body });
}

const isRefreshed = (page: Page) =>
  page
    .locator('meta[name="psm-test"]')
    .count()
    .then((count) => count === 1);

test.describe('with the offline worker', () => {
  test.use(WORKER_ALLOWED);

  test('the page tells the reader the site is saved for offline reading', async ({ page }) => {
    await saveSite(page);
    await expect(page.getByRole('status').filter({ hasText: 'offline' })).toHaveText('Saved for offline reading');
  });

  test('on Wi-Fi that drops packets, a saved page opens from the saved copy within about 3 s, and is refreshed behind it', async ({
    page,
    context,
  }) => {
    await saveSite(page);
    let answered = false;
    // The network answers, but only after 8 s.
    await context.route(`**${CHAPTER}`, async (route) => {
      await marked(route, 8_000);
      answered = true;
    });
    const start = Date.now();
    await page.goto(CHAPTER, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('h1')).toHaveText(TITLE);
    expect(Date.now() - start, 'the saved copy answers after the 3 s timeout').toBeLessThan(5_500);
    expect(await isRefreshed(page), 'this is the saved copy').toBe(false);

    // The late answer is saved for the next visit.
    await expect.poll(() => answered, { timeout: 15_000 }).toBe(true);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    // Offline, and with nothing fresh in the browser's HTTP cache either (the server lets pages be
    // cached for ten minutes, as GitHub Pages does): a route turns that cache off.
    await context.route('**/*', (route) => route.abort('internetdisconnected'));
    await expect
      .poll(async () => {
        await page.goto(CHAPTER);
        return isRefreshed(page);
      })
      .toBe(true);
  });

  test('a failed cache write does not look like being offline: the page comes from the network', async ({
    page,
    context,
  }) => {
    await saveSite(page);
    const [worker] = context.serviceWorkers();
    await worker.evaluate(() => {
      Cache.prototype.put = () =>
        Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    });
    await context.route(`**${CHAPTER}`, (route) => marked(route));
    await page.goto(CHAPTER);
    await expect(page.locator('h1')).toHaveText(TITLE);
    expect(await isRefreshed(page), "the network's copy, not the saved one").toBe(true);
  });

  test('after a deploy, a tab opened before still loads its lazy code offline, and is not reloaded', async ({
    page,
    context,
  }) => {
    // The deploy's worker saves the whole site again: slow on a loaded machine.
    test.slow();
    await saveSite(page);
    await page.goto(CHAPTER);
    await pageReady(page);
    const worker = await page.evaluate(() => fetch('/sw.js').then((response) => response.text()));
    // Code this tab has not loaded yet: the script of a figure in another chapter.
    const other = FIGURES.find((f) => !CHAPTER.includes(f.chapter))!.component;
    const lazy = worker.match(new RegExp(`_astro/${other}\\.astro[\\w.-]+\\.js`))![0];
    const renamed = lazy.replace(`${other}.`, `${other}-next.`);
    await page.evaluate(() => ((window as unknown as { openedBefore: boolean }).openedBefore = true));

    // The deploy: new content hashes everywhere, and that module under a new name.
    // A new worker at a new address plays the deploy's worker: a browser's own update check of
    // sw.js does not pass through Playwright's route handlers.
    await context.route('**/sw.js?deploy=next', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: anotherDeploy(await response.text()).replaceAll(lazy, renamed) });
    });
    await context.route(`**/${renamed}`, (route) =>
      route.fulfill({ path: `dist/${lazy}`, contentType: 'text/javascript' }),
    );
    await page.evaluate(() => navigator.serviceWorker.register('/sw.js?deploy=next').then(() => undefined));
    // Polled rather than heard: a statechange event can reach the page after the worker moved on.
    await page.waitForFunction(async () => {
      const active = (await navigator.serviceWorker.getRegistration())?.active;
      return active?.scriptURL.endsWith('?deploy=next') && active.state === 'activated';
    });

    await context.setOffline(true);
    const loaded = await page.evaluate(
      (url) =>
        import(/* @vite-ignore */ url).then(
          () => true,
          () => false,
        ),
      `/${lazy}`,
    );
    expect(loaded, "the previous deploy's module still loads").toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { openedBefore?: boolean }).openedBefore),
      'the page was not reloaded',
    ).toBe(true);
  });

  test('search works offline once its index was used', async ({ page, context }) => {
    await saveSite(page);
    const search = async () => {
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('searchbox', { name: 'Search the site' }).fill('Pangolin');
      await expect(page.locator('#search-results')).toContainText('Pangolin');
    };
    await page.goto(CHAPTER);
    await search();
    await context.setOffline(true);
    await page.goto(CHAPTER);
    await search();
  });

  test("a second deploy on the same origin (/psm-preview/) does not delete this one's offline copy", async ({
    page,
    context,
  }) => {
    await saveSite(page);
    // The same site under /psm-preview/, as another build with its own content hashes.
    await context.route('**/psm-preview/**', async (route) => {
      const url = new URL(route.request().url());
      url.pathname = url.pathname.replace('/psm-preview/', '/');
      const response = await route.fetch({ url: url.href });
      if (url.pathname === '/sw.js') await route.fulfill({ response, body: anotherDeploy(await response.text()) });
      else await route.fulfill({ response });
    });
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.register('/psm-preview/sw.js', { scope: '/psm-preview/' });
      const worker = (registration.installing ?? registration.waiting ?? registration.active)!;
      await new Promise<void>((resolve, reject) => {
        const check = () =>
          worker.state === 'activated'
            ? resolve()
            : worker.state === 'redundant'
              ? reject(new Error('preview worker failed'))
              : undefined;
        worker.addEventListener('statechange', check);
        check();
      });
    });
    await context.setOffline(true);
    await page.goto(CHAPTER);
    await expect(page.locator('h1')).toHaveText(TITLE);
  });
});

test.describe('where the browser refuses a worker', () => {
  test.use(WORKER_BLOCKED);

  test('the page says nothing about offline reading', async ({ page }) => {
    await page.goto(CHAPTER);
    await pageReady(page);
    await page.waitForTimeout(300);
    await expect(page.locator('#offline-status')).toHaveText('');
  });
});

/**
 * A page streams through the worker as it arrives: on slow Wi-Fi the reader sees the top of a
 * chapter while the rest is still coming. Route handlers cannot send a response in parts, so a
 * small server in front of the site's holds back all of the chapter after its title until told.
 */
test.describe('a page through the worker, on a slow connection', () => {
  const sitePort = Number(process.env.E2E_PORT ?? 4329);
  const port = sitePort + 1;
  // Only the visit under test is held back: the worker's saving of the site is not.
  let holding = false;
  let release = () => {};
  let server: Server;
  test.use({ ...WORKER_ALLOWED, baseURL: `http://127.0.0.1:${port}` });

  test.beforeAll(async () => {
    const site = `http://127.0.0.1:${sitePort}`;
    server = createServer(async (request, response) => {
      const upstream = await fetch(`${site}${request.url}`);
      const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
      if (!holding || request.url !== CHAPTER) {
        response.writeHead(upstream.status, { 'content-type': type });
        response.end(Buffer.from(await upstream.arrayBuffer()));
        return;
      }
      const html = await upstream.text();
      const cut = html.indexOf('</h1>') + '</h1>'.length;
      response.writeHead(200, { 'content-type': type });
      // Past the parser's first chunk, so the browser has something to show.
      response.write(html.slice(0, cut) + `<!--${' '.repeat(4096)}-->`);
      await new Promise<void>((resolve) => (release = resolve));
      response.end(html.slice(cut));
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('shows the top of a chapter before the rest has arrived', async ({ page }) => {
    await saveSite(page);
    holding = true;
    const navigation = page.goto(CHAPTER, { waitUntil: 'commit' });
    await expect(page.locator('h1')).toHaveText(TITLE);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker answered').toBe(true);
    await expect(page.locator('.site-footer')).toHaveCount(0);
    release();
    await navigation;
    await expect(page.locator('.site-footer')).toHaveCount(1);
  });
});
