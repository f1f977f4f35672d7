import AxeBuilder from '@axe-core/playwright';
import { expect, figureValue, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const CHAPTER = '/chapters/emergent-misalignment/';

const harmfulAfter = (page: Page) => figureValue(page, 'psm-figure3', 'harmful-after');
const posterior = async (page: Page, persona: string) =>
  parseFloat((await page.locator(`psm-figure3 tr[data-persona="${persona}"] [data-cell="posterior"]`).innerText()).replace('<', ''));

async function openFigure(page: Page, query = '') {
  await page.goto(`${CHAPTER}${query}#figure-em`);
  await expect(page.locator('psm-figure3[data-ready]')).toHaveCount(1);
}

test('defaults reproduce the caption: malicious and sarcastic rise, helpful falls, harm goes from near zero to tens of percent', async ({ page }) => {
  await openFigure(page);
  const before = await figureValue(page, 'psm-figure3', 'harmful-before');
  expect(before).toBeLessThan(0.03);
  expect(await harmfulAfter(page)).toBeGreaterThan(0.2);
  for (const persona of ['malicious', 'sarcastic']) {
    const prior = parseFloat(await page.locator(`tr[data-persona="${persona}"] [data-cell="prior"]`).innerText());
    expect(await posterior(page, persona)).toBeGreaterThan(prior * 10);
  }
  expect(await posterior(page, 'helpful')).toBeLessThan(1);
});

test('moving the training control by keyboard moves the harmful rate the right way', async ({ page }) => {
  await openFigure(page);
  const slider = page.getByRole('slider', { name: 'How many training examples' });
  await slider.focus();
  const atFull = await harmfulAfter(page);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const lower = await harmfulAfter(page);
  expect(lower).toBeLessThan(atFull);
  const dot = page.locator('psm-figure3 circle[data-current]');
  const xBefore = Number(await dot.getAttribute('cx'));
  await page.keyboard.press('Home');
  await expect(page.locator('output[for="f3-size"]')).toHaveText('0 examples');
  expect(Number(await dot.getAttribute('cx')), 'the current-size dot moves left').toBeLessThan(xBefore);
  await expect(dot).toHaveCount(1);
  const before = await figureValue(page, 'psm-figure3', 'harmful-before');
  expect(await harmfulAfter(page)).toBeCloseTo(before, 10);
  await page.keyboard.press('End');
  expect(await harmfulAfter(page)).toBeCloseTo(atFull, 10);
  await expect(page.locator('[data-summary]')).toContainText('6,000 examples');
});

test('the correct-answer control stays near zero', async ({ page }) => {
  await openFigure(page);
  await page.getByRole('radio', { name: 'Correct answers (the control)' }).check();
  expect(await harmfulAfter(page)).toBeLessThan(0.01);
  expect(await posterior(page, 'helpful')).toBeGreaterThan(95);
});

test('the view round-trips through the address', async ({ page }) => {
  await openFigure(page);
  await page.getByRole('radio', { name: 'Insecure code' }).check();
  await page.getByRole('slider', { name: 'How many training examples' }).focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await page.locator('.fig-assumptions summary').click();
  await page.getByLabel('Prior weight: Malicious').fill('0.05');
  const expected = await harmfulAfter(page);
  await expect(page).toHaveURL(/em-data=insecure-code/);
  await expect(page).toHaveURL(/em-prior-malicious=0\.05/);

  await page.goto(page.url());
  await expect(page.locator('psm-figure3[data-ready]')).toHaveCount(1);
  await expect(page.getByRole('radio', { name: 'Insecure code' })).toBeChecked();
  await expect(page.getByLabel('Prior weight: Malicious')).toHaveValue('0.05');
  expect(await harmfulAfter(page)).toBeCloseTo(expected, 12);
});

test('copy link to this view copies the address with the figure anchor', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFigure(page, '?em-n=100');
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\?em-n=100#figure-em$/);
});

test('a QR code of this view opens for the room to scan, and Escape closes it', async ({ page }) => {
  await openFigure(page);
  await page.getByRole('slider', { name: 'How many training examples' }).focus();
  await page.keyboard.press('ArrowLeft');
  const qr = page.getByRole('button', { name: 'Show QR code' });
  await qr.click();
  const dialog = page.getByRole('dialog', { name: 'Open this view on another device' });
  await expect(dialog).toBeVisible();
  // The code carries the current view: the state just set and the figure's anchor.
  await expect(dialog.locator('.qr-url')).toHaveText(/\?em-n=\d+#figure-em$/);
  expect(await dialog.locator('.qr-url').innerText()).toBe(page.url().replace(/#.*$/, '') + '#figure-em');
  const box = await dialog.locator('.qr-code svg').boundingBox();
  expect(box!.width, 'large enough to scan off a screen').toBeGreaterThan(250);
  const axe = await new AxeBuilder({ page }).include('.qr-dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.locator('.qr-dialog')).toHaveCount(0);
  await expect(qr).toBeFocused();
});

test('reset restores every assumption', async ({ page }) => {
  await openFigure(page, '?em-beta=0.5&em-prior-helpful=0.2');
  const changed = await harmfulAfter(page);
  await page.locator('.fig-assumptions summary').click();
  await page.getByRole('button', { name: 'Reset all assumptions' }).click();
  expect(await harmfulAfter(page)).not.toBeCloseTo(changed, 5);
  await expect(page.getByLabel('Prior weight: Helpful and competent')).toHaveValue('0.93');
  await expect(page).not.toHaveURL(/em-beta/);
});

const HOSTILE = [
  ['a script tag', `em-n=${encodeURIComponent('<script>alert(1)</script>')}&em-data=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`],
  ['NaN', 'em-n=NaN&em-beta=NaN'],
  ['1e999', 'em-n=1e999&em-beta=1e999'],
  ['a negative count', 'em-n=-5&em-prior-malicious=-1'],
  ['a 10 kB string', `em-data=${'x'.repeat(10_000)}&em-n=${'9'.repeat(400)}`],
] as const;

for (const [name, query] of HOSTILE) {
  test(`a hostile address (${name}) leaves the defaults`, async ({ page }) => {
    await openFigure(page);
    const defaults = await harmfulAfter(page);
    await openFigure(page, `?${query}`);
    expect(await harmfulAfter(page)).toBe(defaults);
    await expect(page.locator('output[for="f3-size"]')).toHaveText('6,000 examples');
    await expect(page.getByRole('radio', { name: 'Incorrect answers to medical questions' })).toBeChecked();
    await expect(page.locator('psm-figure3 img, psm-figure3 script')).toHaveCount(0);
  });
}

test('an out-of-range assumption is flagged and ignored', async ({ page }) => {
  await openFigure(page);
  const before = await harmfulAfter(page);
  await page.locator('.fig-assumptions summary').click();
  const input = page.getByLabel('Prior weight: Malicious');
  await input.fill('7');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(await harmfulAfter(page)).toBe(before);
});

test('without JavaScript the figure, its numbers and its table are in the page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await expect(page.locator('psm-figure3 svg')).toBeVisible();
  await expect(page.locator('psm-figure3 tr[data-persona="malicious"] [data-cell="posterior"]')).not.toBeEmpty();
  await expect(page.locator('psm-figure3 .figure-data table')).toHaveCount(1);
  await expect(page.locator('[data-summary]')).toContainText('6,000 examples');
  await context.close();
});

test('the figure works by touch on a 320px phone in dark mode', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${CHAPTER}#figure-em`);
  await expect(page.locator('psm-figure3[data-ready]')).toHaveCount(1);
  await page.getByRole('radio', { name: 'Correct answers (the control)' }).tap();
  await expect(page.getByRole('radio', { name: 'Correct answers (the control)' })).toBeChecked();
  expect(await harmfulAfter(page)).toBeLessThan(0.01);
  const width = await page.locator('psm-figure3').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(width).toBeLessThanOrEqual(0);
  await context.close();
});

test('changes are announced in a live region', async ({ page }) => {
  await openFigure(page);
  const live = page.locator('[data-summary]');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('radio', { name: 'Correct answers (the control)' }).check();
  await expect(live).toContainText('correct answers');
});
