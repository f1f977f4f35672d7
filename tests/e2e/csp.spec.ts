/**
 * The Content-Security-Policy (src/integrations/csp.ts): on every page, first in <head>, with
 * no 'unsafe-inline' for scripts, and strict enough that an injected script is refused, yet
 * nothing the site itself does is blocked. Every browser test fails on a violation (see the
 * fixtures), so every page (pages.spec.ts) and every figure's controls, QR code and downloads
 * (figure-input.spec.ts, downloads.spec.ts) are checked under the policy where they are worked;
 * these tests check the policy itself, and what only they do (search's WebAssembly, the worker).
 */
import { readFileSync } from 'node:fs';
import { builtPages, expect, expectProblems, test } from './fixtures.ts';

const pages = builtPages();
const htmlOf = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

for (const path of [...pages, '/404']) {
  test(`${path} carries the policy before anything it governs, with hashed inline scripts only`, () => {
    const html = path === '/404' ? readFileSync('dist/404.html', 'utf8') : htmlOf(path);
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
    expect(metas).toHaveLength(1);
    const at = metas[0].index!;
    for (const governed of ['<script', '<link rel="stylesheet"', '<style', '<link rel="icon"']) {
      const first = html.indexOf(governed);
      if (first >= 0) expect(first, `${governed} comes after the policy`).toBeGreaterThan(at);
    }
    const policy = directives(metas[0][1]);
    const script = policy.get('script-src')!;
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(script).toContain("'wasm-unsafe-eval'");
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('style-src-elem')).not.toContain("'unsafe-inline'");
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/g)]
      .length;
    expect(
      script.filter((source) => source.startsWith("'sha256-")).length,
      'one hash per distinct inline script',
    ).toBeGreaterThanOrEqual(Math.min(inlineScripts, 1));
  });
}

test('search runs Pagefind, WebAssembly included, under the policy', async ({ page }) => {
  await page.goto('/chapters/consequences-for-ai-development/');
  await page.keyboard.press('/');
  const wasm = page.waitForRequest(/\/pagefind\/wasm\.\w+\.pagefind$/);
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('Pangolin');
  await expect(page.locator('#search-results mark').first()).toBeVisible();
  await wasm;
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });
  test('the offline worker registers under the policy', async ({ page }) => {
    await page.goto('/');
    await page.mouse.move(10, 10);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  });
});

test('a script injected into a page is refused, and the tests hear of it', async ({ page, problems }) => {
  await page.goto('/');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { display: none }';
    document.head.append(style);
    await new Promise((done) => setTimeout(done, 100));
    return { script: 'injected' in window, hidden: getComputedStyle(document.body).display === 'none' };
  });
  expect(ran).toEqual({ script: false, hidden: false });
  await expect.poll(() => problems.filter((p) => p.startsWith('CSP violation')).length).toBe(2);
  // Chromium also logs each refusal as a console error.
  expectProblems(problems, 'CSP violation', 'violates the following Content Security Policy directive');
});
