/**
 * A figure before its script runs: on slow Wi-Fi the script can arrive seconds after the page,
 * and without JavaScript it never does. Its controls must not pretend to work meanwhile.
 */
import { readFileSync } from 'node:fs';
import { builtPages, expect, test } from './fixtures.ts';
import { FIGURES } from '../../src/widgets/registry.ts';
import { loadFigure } from '../figures.ts';
import { expectControls, expectShows, expectSummary } from './figure-wiring.ts';

const figurePages = builtPages().filter((path) =>
  readFileSync(`dist${path}index.html`, 'utf8').includes('class="live-figure"'),
);

test('the build has figures to check, every registered one among them', () => {
  expect(figurePages.length).toBeGreaterThan(0);
  expect(FIGURES.filter((f) => !figurePages.includes(f.page)).map((f) => f.component)).toEqual([]);
});

for (const path of figurePages) {
  test(`${path}: until a figure's script runs, its controls say they are not live yet`, async ({ page }) => {
    let release!: () => void;
    const arrived = new Promise<void>((done) => (release = done));
    // Hold back every built script (the figures' and the page script) until the checks below are done.
    await page.route(/\/_astro\/[^/]+\.js$/, async (route) => {
      await arrived;
      await route.fallback();
    });
    // Module scripts hold back DOMContentLoaded and load: wait only for the page to arrive.
    await page.goto(path, { waitUntil: 'commit' });
    const figures = page.locator('.live-figure');
    await figures.first().waitFor({ state: 'attached' });
    const count = await figures.count();
    // Where the controls sit in their figure: starting must not move them (nor what follows).
    const controlsOffset = () =>
      figures.evaluateAll((all) =>
        all.map((f) => f.querySelector('.fig-controls')!.getBoundingClientRect().top - f.getBoundingClientRect().top),
      );
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet),
        ),
      )
      .toBe(true);
    const offsetsBefore = await controlsOffset();
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      await expect(figure.locator('.fig-pending')).toBeVisible();
      await expect(figure.locator('.fig-pending')).toHaveText(/not live yet/i);
      const radio = figure.locator('.fig-controls input').first();
      expect(await radio.evaluate((e) => getComputedStyle(e).pointerEvents)).toBe('none');
      expect(Number(await radio.evaluate((e) => getComputedStyle(e).opacity))).toBeLessThan(1);
    }
    // A keyboard still reaches a control: the change it makes before the script runs is kept.
    // The first figure's slider, or where it has none, its first choice (an arrow picks the next).
    const first = figures.first();
    const hasSlider = (await first.locator('input[type="range"]').count()) > 0;
    const control = hasSlider
      ? first.locator('input[type="range"]').first()
      : first.locator('.fig-controls input[type="radio"]:checked').first();
    await control.focus();
    if (hasSlider) {
      const atEnd = await control.evaluate((e: HTMLInputElement) => e.value === e.max);
      await page.keyboard.press(atEnd ? 'Home' : 'End');
    } else await page.keyboard.press('ArrowDown');
    const chosen = first.locator('.fig-controls input:focus');
    const moved = await chosen.evaluate((e: HTMLInputElement) => `${e.name}=${e.value}`);
    const shownAtFirst = (e: HTMLInputElement) =>
      e.type === 'radio' ? e.checked === e.defaultChecked : e.value === e.defaultValue;
    expect(await chosen.evaluate(shownAtFirst), 'the key changed the control').toBe(false);
    release();
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toHaveAttribute('data-ready', '');
      await expect(figure.locator('.fig-pending')).toBeHidden();
      await expect(figure.locator('.fig-static')).toBeHidden();
      const input = figure.locator('.fig-controls input').first();
      expect(await input.evaluate((e) => getComputedStyle(e).pointerEvents)).toBe('auto');
      expect(await input.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
      await expect(figure.getByRole('button', { name: 'Show QR code' })).toBeVisible();
    }
    expect(await controlsOffset(), 'the pending note leaves no gap behind: nothing moves when a figure starts').toEqual(
      offsetsBefore,
    );
    await expect(first.locator('.fig-controls input:focus')).toHaveCount(1);
    expect(
      await first.locator('.fig-controls input:focus').evaluate((e: HTMLInputElement) => `${e.name}=${e.value}`),
    ).toBe(moved);
    expect(
      await first
        .locator('.fig-controls input:focus')
        .evaluate((e: HTMLInputElement) => e.type !== 'radio' || e.checked),
      'still chosen',
    ).toBe(true);
    await expect.poll(() => new URL(page.url()).search, 'the kept change reaches the address').not.toBe('');
  });

  test(`${path}: without JavaScript, each figure shows the build's frame at its defaults, hides the buttons that need it and says why`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const figures = page.locator('.live-figure');
    expect(await figures.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await figures.count()); i++) {
      const figure = figures.nth(i);
      await expect(figure.getByText('The controls need JavaScript')).toBeVisible();
      await expect(figure.locator('.fig-pending')).toBeHidden();
      for (const button of await figure.locator('button').all()) await expect(button).toBeHidden();
      // What JavaScript would add is hidden; the figure itself and its data are not.
      await expect(figure.locator('[data-output]')).toBeVisible();
    }
    for (const record of FIGURES.filter((f) => f.page === path)) {
      const loaded = await loadFigure(record);
      await expectShows(page, loaded, loaded.form.defaults);
      await expectControls(page, loaded, loaded.form.defaults);
      await expectSummary(page, loaded, loaded.form.defaults);
    }
    for (const button of await page.locator('button').all()) await expect(button).toBeHidden();
    await expect(page.getByLabel('Theme')).toBeHidden();
    await context.close();
  });
}
