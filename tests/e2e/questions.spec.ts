/**
 * Predict, then look: a reader answers a chapter's question, reveals the answer beside the
 * model's outcome, and "show me" puts the figure in the question's state. By keyboard, by touch on
 * a phone, across a reload, with storage blocked, and without JavaScript.
 */
import { axeViolations } from './axe.ts';
import type { Locator, Page } from '@playwright/test';
import { FIGURES } from '../../src/widgets/registry.ts';
import { expect, figureValue, setTheme, test } from './fixtures.ts';

const CHAPTER = '/chapters/emergent-misalignment/';
const QUESTION = '#question-em-correct-answers';

/** Every chapter with a figure carries a question; these are the ones the tests walk. */
const FIGURE_CHAPTERS = [...new Set(FIGURES.map((f) => f.page))];

const question = (page: Page) => page.locator(QUESTION);
const ready = (q: Locator) => expect(q).toHaveAttribute('data-ready', '');
const rightIndex = async (q: Locator) => Number(await q.getAttribute('data-answer'));

test('asks for an answer first; answers and reveals by keyboard; “show me” puts the figure in the question’s state; the answer survives a reload, on the reader’s device only', async ({
  page,
}) => {
  await page.goto(CHAPTER);
  const q = question(page);
  await ready(q);
  const right = await rightIndex(q);
  const body = q.locator('.question-answer-body');
  await expect(body).toBeHidden();

  await test.step('a reveal without an answer asks for one', async () => {
    await q.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect(q.getByRole('status')).toHaveText(/Choose an answer first/);
    await expect(body).toBeHidden();
  });

  await test.step('by keyboard: choose, reveal', async () => {
    await q.getByRole('radio').first().focus();
    for (let i = 0; i < right; i++) await page.keyboard.press('ArrowDown');
    await expect(q.getByRole('radio').nth(right)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(q.getByRole('button', { name: 'Reveal the answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(body).toBeVisible();
    await expect(body).toBeFocused();
    await expect(q.locator('.question-verdict')).toHaveText(/that is the answer\.$/);
    await expect(q.locator(`[data-choice="${right}"]`)).toHaveAttribute('data-right', '');
    await expect(q.getByRole('button', { name: 'Reveal the answer' })).toBeHidden();
  });

  await test.step('“show me” puts the figure in the question’s state', async () => {
    const show = q.getByRole('button', { name: 'Show me in the figure' });
    await show.focus();
    await page.keyboard.press('Enter');
    const figure = page.locator('#figure-em');
    await expect(figure).toBeFocused();
    await expect(figure).toBeInViewport();
    const element = figure.locator('psm-figure3');
    await expect(element.getByRole('radio', { name: /^Correct answers/ })).toBeChecked();
    const expected = Number(await q.locator('.question-value').getAttribute('data-value'));
    await expect.poll(() => figureValue(page, 'psm-figure3', 'harmful-after')).toBeCloseTo(expected, 12);
    await expect(page).toHaveURL(/em-data=correct-medical/);
  });

  await test.step('the answer is kept on this device, and comes back after a reload', async () => {
    const stored = await page.evaluate(() => localStorage.getItem('psm-question:em-correct-answers'));
    expect(JSON.parse(stored!)).toEqual({ choice: right, revealed: true });
    await page.reload();
    await ready(q);
    await expect(q.getByRole('radio').nth(right)).toBeChecked();
    await expect(body).toBeVisible();
    await expect(q.locator('.question-verdict')).toHaveText(/that is the answer\.$/);
    await expect(q.getByRole('button', { name: 'Reveal the answer' })).toBeHidden();
  });
});

test('still answers and reveals when storage is blocked', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(CHAPTER);
  const q = question(page);
  await ready(q);
  const right = await rightIndex(q);
  await q.getByRole('radio').nth(right).check();
  await q.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(q.locator('.question-verdict')).toHaveText(/that is the answer\.$/);
  await expect(q.getByRole('button', { name: 'Show me in the figure' })).toBeVisible();
});

test.describe('on a 320 px phone, by touch', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('taps a choice, taps reveal, and nothing overflows the screen', async ({ page }) => {
    await page.goto(CHAPTER);
    const q = question(page);
    await ready(q);
    const right = await rightIndex(q);
    const choice = q.locator(`[data-choice="${right}"]`);
    await choice.scrollIntoViewIfNeeded();
    expect((await choice.boundingBox())!.height, 'a thumb-sized target').toBeGreaterThanOrEqual(44);
    await choice.tap();
    await expect(q.getByRole('radio').nth(right)).toBeChecked();
    await q.getByRole('button', { name: 'Reveal the answer' }).tap();
    await expect(q.locator('.question-verdict')).toHaveText(/that is the answer\.$/);
    const box = (await q.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await q.getByRole('button', { name: 'Show me in the figure' }).tap();
    await expect(page.locator('#figure-em')).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the question and its answer read as text', async ({ page }) => {
    await page.goto(CHAPTER);
    const q = question(page);
    await expect(q.locator('.question-prompt')).toContainText('correct');
    await expect(q.getByRole('radio')).toHaveCount(3);
    await expect(q.getByRole('button', { name: 'Reveal the answer' })).toBeHidden();
    await q.getByText('Show the answer').click();
    await expect(q.locator('.question-answer-body')).toContainText('The answer: It falls below where it started');
    await expect(q.locator('.question-model')).toContainText('illustrative model');
  });
});

for (const chapter of FIGURE_CHAPTERS) {
  test(`${chapter} asks before its figure shows, and “show me” lands on the computed outcome`, async ({ page }) => {
    await page.goto(chapter);
    const questions = page.locator('.question[data-figure]');
    expect(await questions.count()).toBeGreaterThan(0);
    for (const q of await questions.all()) {
      await ready(q);
      const anchor = (await q.getAttribute('data-figure'))!;
      const before = await q.evaluate(
        (node, id) => !!(node.compareDocumentPosition(document.getElementById(id)!) & Node.DOCUMENT_POSITION_FOLLOWING),
        anchor,
      );
      expect(before, `${anchor}: the question comes before its figure`).toBe(true);
      await q
        .getByRole('radio')
        .nth(await rightIndex(q))
        .check();
      await q.getByRole('button', { name: 'Reveal the answer' }).click();
      await q.getByRole('button', { name: 'Show me in the figure' }).click();
      const tag = (await q.getAttribute('data-tag'))!;
      const name = await q.getAttribute('data-value-name');
      if (name) {
        const expected = Number(await q.locator('.question-value').getAttribute('data-value'));
        await expect
          .poll(() => figureValue(page, tag, name), `${anchor} shows the question's outcome`)
          .toBeCloseTo(expected, 12);
      }
      await expect(page.locator(`#${anchor}`)).toBeInViewport();
    }
  });
}

test('a page without questions loads no question code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/chapters/behavioural-evidence/');
  await page.waitForLoadState('networkidle');
  expect(await page.locator('.question').count(), 'a chapter without questions').toBe(0);
  expect(scripts.filter((url) => url.includes('question'))).toEqual([]);
});

test('a revealed question is axe-clean in light and dark', async ({ page }) => {
  await page.goto(CHAPTER);
  const q = question(page);
  await ready(q);
  await q.getByRole('radio').first().check();
  await q.getByRole('button', { name: 'Reveal the answer' }).click();
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    expect(await axeViolations(page, [QUESTION]), theme).toEqual([]);
  }
});
