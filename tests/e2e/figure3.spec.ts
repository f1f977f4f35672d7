/**
 * What every figure shares but is tested once, on Figure 3: copying the link to the current view,
 * and showing it as a QR code for a room to scan. (Each figure's own wiring: figure-input.spec.ts.)
 */
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { figure } from '../../src/widgets/registry.ts';

const { page: chapter, id, tag, prefix } = figure('Figure3');

async function openFigure(page: Page, query = '') {
  await page.goto(`${chapter}${query}#${id}`);
  await expect(page.locator(`${tag}[data-ready]`)).toHaveCount(1);
}

test('copy link to this view copies the address with the figure anchor', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFigure(page, `?${prefix}-n=100`);
  await page.locator(tag).getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.locator(`${tag} [data-copy-status]`)).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL(page.url()).origin}${chapter}?${prefix}-n=100#${id}`);
});

test('a QR code of this view opens for the room to scan, and Escape closes it', async ({ page }) => {
  await openFigure(page);
  await page.locator(tag).getByRole('slider', { name: 'How many training examples' }).focus();
  await page.keyboard.press('ArrowLeft');
  const qr = page.locator(tag).getByRole('button', { name: 'Show QR code' });
  await qr.click();
  const dialog = page.getByRole('dialog', { name: 'Open this view on another device' });
  await expect(dialog).toBeVisible();
  // The code carries the current view: the state just set and the figure's anchor.
  await expect(dialog.locator('.qr-url')).toHaveText(new RegExp(`\\?${prefix}-n=\\d+#${id}$`));
  expect(await dialog.locator('.qr-url').innerText()).toBe(`${page.url().replace(/#.*$/, '')}#${id}`);
  const box = await dialog.locator('.qr-code svg').boundingBox();
  expect(box!.width, 'large enough to scan off a screen').toBeGreaterThan(250);
  expect(await axeViolations(page, ['.qr-dialog'])).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.locator('.qr-dialog')).toHaveCount(0);
  await expect(qr).toBeFocused();
});
