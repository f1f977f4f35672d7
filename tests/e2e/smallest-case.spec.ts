/**
 * What chapter 1's smallest case alone does: a number in an equation and its bar light up
 * together, whichever the reader points at or focuses, and the equations show the bars' numbers
 * after every change. (Its wiring, as every figure's: figure-input.spec.ts.)
 */
import { axeViolations } from './axe.ts';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { figure } from '../../src/widgets/registry.ts';

const { page: chapter, id, tag } = figure('SmallestCase');
const TERMS = ['before-helpful', 'before-malicious', 'after-helpful', 'after-malicious'];

async function openFigure(page: Page, query = '') {
  await page.goto(`${chapter}${query}#${id}`);
  await expect(page.locator(`${tag}[data-ready]`)).toHaveCount(1);
}

/** Nothing pointed at, nothing focused. */
async function rest(page: Page) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

const lit = (element: Locator) => element.evaluate((e) => getComputedStyle(e).outlineStyle !== 'none');
const bar = (page: Page, term: string) => page.locator(`${tag} .sc-bars [data-term="${term}"]`);
const terms = (page: Page, term: string) => page.locator(`${tag} .sc-equations [data-term="${term}"]`);

test('pointing at or focusing a number in an equation lights its bar, and only its bar', async ({ page }) => {
  await openFigure(page);
  for (const term of TERMS) {
    const first = terms(page, term).first();
    for (const how of ['hover', 'focus'] as const) {
      await rest(page);
      for (const other of TERMS) expect(await lit(bar(page, other)), `${other} at rest`).toBe(false);
      await (how === 'hover' ? first.hover() : first.focus());
      for (const other of TERMS)
        await expect.poll(() => lit(bar(page, other)), `${how} ${term}: ${other}`).toBe(other === term);
    }
  }
});

test('pointing at or focusing a bar lights every number in the equations that it draws', async ({ page }) => {
  await openFigure(page);
  for (const term of TERMS) {
    for (const how of ['hover', 'focus'] as const) {
      await rest(page);
      await (how === 'hover' ? bar(page, term).hover() : bar(page, term).focus());
      const count = await terms(page, term).count();
      expect(count, `${term} appears in the equations`).toBeGreaterThan(0);
      for (let i = 0; i < count; i++)
        await expect.poll(() => lit(terms(page, term).nth(i)), `${how} ${term} #${i}`).toBe(true);
      for (const other of TERMS.filter((t) => t !== term))
        expect(await lit(terms(page, other).first()), `${how} ${term}: ${other}`).toBe(false);
    }
  }
});

test('the keyboard reaches the equations’ numbers and the bars in reading order', async ({ page }) => {
  await openFigure(page);
  const focusable = page.locator(`${tag} [data-output] [tabindex="0"]`);
  await expect(focusable).toHaveCount(8);
  await bar(page, 'before-helpful').focus();
  await page.keyboard.press('Tab');
  await expect(bar(page, 'after-helpful')).toBeFocused();
});

test('after a slider change and a choice, the equations show exactly the bars’ numbers', async ({ page }) => {
  await openFigure(page);
  const slider = page.locator(`${tag} input[name="n"]`);
  const check = async () => {
    for (const term of TERMS) {
      const shown = (await bar(page, term).locator('.fig-values').innerText()).trim();
      const written = await terms(page, term).allInnerTexts();
      expect(written.length).toBeGreaterThan(0);
      for (const text of written) expect(text.trim(), term).toBe(shown);
      // The bar's width is the same number.
      const width = await bar(page, term)
        .locator('.fig-bar')
        .evaluate((e) => parseFloat((e as HTMLElement).style.width));
      const exact = Number(
        await page.locator(`${tag} [data-slot-value="raw/${term.replace('-', '/')}"]`).getAttribute('data-value'),
      );
      expect(width).toBeCloseTo(exact * 100, 1);
      if (!shown.startsWith('<')) expect(Number(shown.replace('%', ''))).toBeCloseTo(exact * 100, 1);
    }
  };
  await check();
  const before = await bar(page, 'after-malicious').locator('.fig-values').innerText();
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(bar(page, 'after-malicious').locator('.fig-values')).not.toHaveText(before);
  await expect(page.locator(`${tag} .sc-eq strong [data-slot="n"]`)).toHaveText('1,200');
  await check();
  await page.locator(`${tag} input[name="data"][value="correct"]`).check();
  await expect(page.locator(`${tag} [data-slot="likelihood/malicious"]`).first()).toHaveText('0.3');
  await check();
});

test('the equations are coloured like the bars they produce', async ({ page }) => {
  await openFigure(page);
  const colour = (locator: Locator, property: 'color' | 'backgroundColor') =>
    locator.evaluate((e, p) => getComputedStyle(e)[p as 'color'], property);
  const after = await colour(bar(page, 'after-malicious').locator('.fig-bar'), 'backgroundColor');
  expect(await colour(terms(page, 'after-malicious').first(), 'color')).toBe(after);
  const before = await bar(page, 'before-malicious')
    .locator('.fig-bar')
    .evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(await colour(terms(page, 'before-malicious').first(), 'color')).toBe(before);
});

test('the figure, with a number lit, passes axe', async ({ page }) => {
  await openFigure(page);
  await terms(page, 'after-malicious').first().focus();
  expect(await axeViolations(page, [tag])).toEqual([]);
  await page.locator(tag).screenshot({ path: 'test-results/smallest-case.png' });
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the equations fit the screen', async ({ page }) => {
    await openFigure(page);
    const overflow = await page.locator(`${tag} .sc-equations`).evaluate((e) => e.scrollWidth - e.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator(tag).screenshot({ path: 'test-results/smallest-case-320.png' });
  });
});
