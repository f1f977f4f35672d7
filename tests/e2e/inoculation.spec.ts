/**
 * What the two inoculation figures do beyond the wiring every figure shares (figure-input.spec.ts):
 * each shows only what belongs to the reader's current choice, through a data attribute its
 * view sets and its stylesheet reads.
 */
import { expect, test } from './fixtures.ts';
import { figure } from '../../src/widgets/registry.ts';
import { SCENARIOS } from '../../src/models/inoculation.ts';
import { PROMPTS } from '../../src/models/trait-inoculation.ts';

const inoculation = figure('Inoculation');
const traits = figure('Traits');

test('a scenario shows only its own framings, legend and assumptions', async ({ page }) => {
  await page.goto(`${inoculation.page}#${inoculation.id}`);
  const root = page.locator(`${inoculation.tag}[data-ready]`);
  await expect(root).toHaveCount(1);
  await root.locator('.fig-assumptions summary').click();
  for (const scenario of SCENARIOS) {
    await root.getByRole('radio', { name: scenario.label, exact: true }).check();
    await expect(root).toHaveAttribute('data-scenario', scenario.id);
    for (const other of SCENARIOS) {
      const shown = other.id === scenario.id;
      for (const part of await root.locator(`[data-only="${other.id}"]`).all()) {
        if (shown) await expect(part).toBeVisible();
        else await expect(part).toBeHidden();
      }
    }
  }
});

test('the traits figure shows the selected training prompt and its source, and no other', async ({ page }) => {
  await page.goto(`${traits.page}#${traits.id}`);
  const root = page.locator(`${traits.tag}[data-ready]`);
  await expect(root).toHaveCount(1);
  for (const prompt of PROMPTS) {
    await root.getByRole('radio', { name: prompt.label }).check();
    await expect(root).toHaveAttribute('data-prompt', prompt.id);
    for (const other of PROMPTS) {
      for (const selector of [`[data-prompt-text="${other.id}"]`, `[data-prompt-source="${other.id}"]`]) {
        if (other.id === prompt.id) await expect(root.locator(selector)).toBeVisible();
        else await expect(root.locator(selector)).toBeHidden();
      }
    }
  }
});
