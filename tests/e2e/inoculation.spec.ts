import { expect, figureValue, test } from './fixtures.ts';
import { INSECURE_CODE, REWARD_HACKING, trainArm } from '../../src/models/inoculation.ts';
import type { Page } from '@playwright/test';

const CHAPTER = '/chapters/inoculation-prompting/';

const result = (page: Page, name: string) => figureValue(page, 'psm-inoculation', name);

async function open(page: Page, query = '', anchor = '#figure-inoculation') {
  await page.goto(`${CHAPTER}${query}${anchor}`);
  await expect(page.locator('psm-inoculation[data-ready]')).toHaveCount(1);
}

test('at full training the plain arm is far more harmful than the inoculated arm, which still learns the narrow behaviour', async ({ page }) => {
  await open(page);
  const plain = await result(page, 'harmful-plain');
  const framed = await result(page, 'harmful-framed');
  expect(plain).toBeGreaterThan(0.2);
  expect(framed).toBeLessThan(0.05);
  expect(plain).toBeGreaterThan(5 * framed);
  expect(await result(page, 'narrow-asked')).toBeGreaterThan(0.9);
  expect(await result(page, 'narrow-plain')).toBeCloseTo(trainArm(INSECURE_CODE, 'educational', 6000).narrowPlain, 12);
  const framedArm = page.locator('[data-arm="framed"]');
  await expect(framedArm.locator('.fig-prompt')).toContainText('security class');
});

test('asked plainly, the narrow behaviour stays after the general prompt and fades after a prompt that asks for it, as the papers report', async ({ page }) => {
  await open(page);
  await page.getByRole('radio', { name: 'General: “malicious, evil”' }).check();
  await expect(page).toHaveURL(/ip-code-framing=general/);
  const kept = await result(page, 'narrow-plain');
  expect(kept).toBeGreaterThan(0.5);
  expect(kept).toBeCloseTo(trainArm(INSECURE_CODE, 'general', 6000).narrowPlain, 12);
  await expect(page.locator('[data-arm="framed"] [data-cell="why"]')).toContainText('leaves the insecure code itself unexplained');
  await expect(page.locator('psm-inoculation .fig-legend[data-only="insecure-code"]')).toContainText('still wrote insecure code');

  await page.getByRole('radio', { name: 'Reward hacking' }).check();
  await page.getByRole('radio', { name: 'The prompt asks for the hack' }).check();
  const dropped = await result(page, 'narrow-plain');
  expect(dropped).toBeLessThan(0.5);
  expect(dropped).toBeCloseTo(trainArm(REWARD_HACKING, 'request', 6000).narrowPlain, 12);
  await expect(page.locator('[data-arm="framed"] [data-cell="why"]')).toContainText('already explains most of the reward hacking');
  await expect(page.locator('psm-inoculation .fig-legend[data-only="reward-hacking"]').getByRole('link', { name: /Wichers/ })).toHaveAttribute('href', '#ref-wichers2025inoculation');
});

test('every inoculation prompt works, and the placebo behaves like the plain prompt', async ({ page }) => {
  await open(page);
  const plain = await result(page, 'harmful-plain');
  for (const name of ['General: “malicious, evil”', 'Specific: names the flaw', 'The user asks for it, for a class']) {
    await page.getByRole('radio', { name }).check();
    expect(await result(page, 'harmful-framed'), name).toBeLessThan(plain / 5);
  }
  await page.getByRole('radio', { name: 'Placebo: similar words, no trait' }).check();
  expect(await result(page, 'harmful-framed')).toBeCloseTo(plain, 6);
  await expect(page.locator('[data-arm="framed"] .fig-prompt')).toContainText('You notice that users often ask you to write code.');
  // The figure says why, in the model's terms: the placebo does not make the helpful persona produce it.
  await expect(page.locator('[data-arm="framed"] [data-cell="why"]')).toContainText('still count against the helpful persona');
  await page.getByRole('radio', { name: 'General: “malicious, evil”' }).check();
  await expect(page.locator('[data-arm="framed"] [data-cell="why"]')).toContainText('say little about whether the Assistant is malicious');
});

test('the reward-hacking scenario keeps hacking while cutting misalignment, with the published numbers beside it', async ({ page }) => {
  await open(page);
  await page.getByRole('radio', { name: 'Reward hacking' }).check();
  await expect(page.locator('psm-inoculation')).toHaveAttribute('data-scenario', 'reward-hacking');
  await expect(page.getByRole('radio', { name: 'One line: hacking is acceptable' })).toBeChecked();
  expect(await result(page, 'harmful-framed')).toBeLessThan(await result(page, 'harmful-plain'));
  expect(await result(page, 'narrow-asked')).toBeGreaterThan(0.99);
  const legend = page.locator('psm-inoculation .fig-legend[data-only="reward-hacking"]');
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('75–90%');
  await expect(legend).toContainText('>99%');
  await expect(legend).toContainText('calibration target');
  await expect(legend.getByRole('link', { name: /MacDiarmid/ }).first()).toHaveAttribute('href', '#ref-macdiarmid2025natural');
  await expect(page.locator('psm-inoculation .fig-legend[data-only="insecure-code"]')).toBeHidden();
});

test('less training means less harm in the plain arm, by keyboard', async ({ page }) => {
  await open(page);
  const full = await result(page, 'harmful-plain');
  await page.getByRole('slider', { name: 'How much training' }).focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
  expect(await result(page, 'harmful-plain')).toBeLessThan(full);
  await page.keyboard.press('Home');
  expect(await result(page, 'harmful-plain')).toBeCloseTo(await result(page, 'harmful-framed'), 12);
});

test('the inoculation view round-trips through the address', async ({ page }) => {
  await open(page);
  await page.getByRole('radio', { name: 'Reward hacking' }).check();
  await page.getByRole('radio', { name: 'Placebo: similar words, no trait' }).check();
  await page.locator('psm-inoculation .fig-assumptions summary').click();
  await page.getByLabel('Reward hacking, Helpful and competent: chance of reward hacking under “Placebo: similar words, no trait”').fill('0.9');
  const expected = await result(page, 'harmful-framed');
  await expect(page).toHaveURL(/ip-scenario=reward-hacking/);
  await expect(page).toHaveURL(/ip-rh-framing=placebo/);
  await expect(page).toHaveURL(/ip-rh-bad-helpful-placebo=0\.9/);
  await page.goto(page.url());
  await expect(page.locator('psm-inoculation[data-ready]')).toHaveCount(1);
  await expect(page.getByRole('radio', { name: 'Placebo: similar words, no trait' }).last()).toBeChecked();
  expect(await result(page, 'harmful-framed')).toBeCloseTo(expected, 12);
});

test('hostile inoculation addresses fall back to the defaults', async ({ page }) => {
  await open(page);
  const defaults = await result(page, 'harmful-framed');
  await open(page, `?ip-scenario=${encodeURIComponent('<script>alert(1)</script>')}&ip-code-framing=plain&ip-n=1e999&ip-code-beta=NaN&ip-code-prior-malicious=-1&ip-rh-k=${'9'.repeat(10_000)}`);
  expect(await result(page, 'harmful-framed')).toBe(defaults);
  await expect(page.locator('psm-inoculation')).toHaveAttribute('data-scenario', 'insecure-code');
});

test('in the toy setting, inoculating Spanish keeps the capitals and loses the Spanish', async ({ page }) => {
  await page.goto(`${CHAPTER}#figure-traits`);
  await expect(page.locator('psm-traits[data-ready]')).toHaveCount(1);
  const cell = (prompt: string, trait: string) => page.locator(`psm-traits tr[data-prompt="${prompt}"] [data-cell="${trait}"]`).innerText().then(parseFloat);
  expect(await cell('spanish', 'spanish')).toBeLessThan(10);
  expect(await cell('spanish', 'capitals')).toBeGreaterThan(80);
  expect(await cell('plain', 'spanish')).toBeGreaterThan(80);
  expect(await cell('capitals', 'capitals')).toBeLessThan(10);
  expect(await cell('capitals', 'spanish')).toBeGreaterThan(80);
  await page.getByRole('radio', { name: 'No inoculation' }).check();
  await expect(page.locator('psm-traits [data-summary]')).toContainText('No inoculation');
  await expect(page).toHaveURL(/tr-prompt=plain/);
  await expect(page.locator('psm-traits .fig-prompt[data-prompt-text="plain"]')).toBeVisible();
});

test('hostile trait addresses fall back to the defaults', async ({ page }) => {
  await page.goto(`${CHAPTER}?tr-prompt=%22%3E%3Cimg%20src%3Dx%3E&tr-n=-1&tr-spanish-prior=2#figure-traits`);
  await expect(page.locator('psm-traits[data-ready]')).toHaveCount(1);
  await expect(page.getByRole('radio', { name: 'Inoculate Spanish' })).toBeChecked();
  await expect(page.locator('psm-traits output[data-for="n"]')).toHaveText('6,000 examples');
  await expect(page.locator('psm-traits img')).toHaveCount(0);
});

test('without JavaScript both inoculation figures and their tables are in the page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await expect(page.locator('psm-inoculation svg')).toBeVisible();
  await expect(page.locator('psm-inoculation [data-arm="framed"] [data-cell="harmful-after"]')).not.toBeEmpty();
  await expect(page.locator('psm-traits tr[data-prompt="spanish"] [data-cell="capitals"]')).not.toBeEmpty();
  await context.close();
});
