/**
 * Every browser test runs with a page that fails the test on any console error, uncaught
 * exception, Content-Security-Policy violation, failed request or request to another origin:
 * the site must be self-contained.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { builtFiles, isPage, pagePath } from '../../src/lib/built-files.ts';

export const test = base.extend<{ problems: string[] }>({
  // What went wrong in the test's page; a test that expects one removes it (expectProblems).
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern: none.
  problems: async ({}, use) => use([]),
  // The page itself carries the checks, so a test that never opens a page (one reading the build's
  // files, or making its own windows) costs no browser window.
  page: async ({ page, baseURL, problems }, use) => {
    const origin = new URL(baseURL!).origin;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A request the browser cancels because the test navigated away is not the site's fault.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    // Any Content-Security-Policy violation fails the test: the policy (src/integrations/csp.ts)
    // must allow everything the site does. Reported through a binding, since a blocked script
    // or style leaves no console error in every case.
    await page.exposeBinding('__reportCspViolation', (_source, text: string) =>
      problems.push(`CSP violation: ${text}`),
    );
    await page.addInitScript(() => {
      addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
        report(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} (${event.sample})`,
        );
      });
    });
    page.on('dialog', (dialog) => {
      problems.push(`dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // Heard, not intercepted: any route turns off the browser's HTTP cache, and a test that
    // opens several pages would fetch and compile every script again on each.
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) problems.push(`request to another origin: ${url}`);
    });
    await use(page);
    expect(problems, 'console errors, failed or foreign requests').toEqual([]);
  },
});

export { expect };

/**
 * Every page of the build, as a URL path, read from dist/ (the tests run after the build). The
 * pages that only redirect an old address are left out: a browser leaves them at once, and
 * reading.spec.ts checks where they land.
 */
export function builtPages(dir = 'dist'): string[] {
  return builtFiles(dir)
    .filter((file) => isPage(file) && !/^(_astro|pagefind)\//.test(file))
    .filter((file) => !/<meta http-equiv="refresh"/.test(readFileSync(`${dir}/${file}`, 'utf8').split('</head>')[0]))
    .map((file) => `/${pagePath(file)}`)
    .sort();
}

export async function setTheme(page: Page, theme: 'light' | 'dark' | 'system') {
  await page.getByLabel('Theme').selectOption(theme);
}

/** The page script arrives after the page (on idle or first interaction); wait for it. */
export async function pageReady(page: Page) {
  await page.locator('html[data-page-ready]').waitFor({ state: 'attached' });
}

/** A figure's exact number (a value slot, see src/widgets/shared/slots.ts), not its rounded text. */
export async function figureValue(page: Page, element: string, id: string): Promise<number> {
  const value = await page.locator(`${element} [data-slot-value="raw/${id}"]`).getAttribute('data-value');
  if (value === null || value === '') throw new Error(`${element} shows no value "${id}"`);
  return Number(value);
}

/** Drops the problems a test provokes on purpose (a 404 it asked for, a fetch made offline); any other still fails it. */
export function expectProblems(problems: string[], ...expected: string[]) {
  problems.splice(0, problems.length, ...problems.filter((p) => !expected.some((e) => p.includes(e))));
}

/** The chapters' titles and slugs in talk order, read from their front matter, as the site orders them. */
export function chapterList(): { title: string; path: string }[] {
  const dir = 'content/chapters';
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const head = readFileSync(`${dir}/${name}`, 'utf8').split('---')[1];
      const field = (key: string) =>
        head
          .match(new RegExp(`^${key}:\\s*(.+)$`, 'm'))?.[1]
          .trim()
          .replace(/^["']|["']$/g, '') ?? '';
      return {
        title: field('title'),
        order: Number(field('order')),
        path: `/chapters/${name.replace(/^\d+-/, '').replace(/\.mdx$/, '')}/`,
      };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ title, path }) => ({ title, path }));
}
