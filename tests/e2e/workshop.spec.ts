/**
 * The workshop page: every demo link opens its figure in the state the plan names, and shows the
 * outcome the plan says it will; every QR code encodes its link; the plan takes 90 minutes; and
 * printing gives the handout.
 */
import { DEMOS, PLAN, clock, demoPath, figureOf, totalMinutes } from '../../src/lib/workshop.ts';
import { qrPath } from '../../src/widgets/shared/qr.ts';
import { percent } from '../../src/widgets/shared/format.ts';
import { expect, figureValue, test } from './fixtures.ts';

const PAGE = '/workshop/';

// A test each, not one walk: the walk took half a minute, and as the last file's first test it
// kept the whole run waiting while the other workers sat idle.
for (const d of DEMOS) {
  test(`demo "${d.id}" opens ${figureOf(d).id} set to: ${d.setting}, showing the outcome it promises`, async ({
    page,
  }) => {
    await page.goto(PAGE);
    const link = page.locator(`[data-demo="${d.id}"] a.demo-link`);
    await expect(link).toHaveCount(1);
    await link.click();
    const expected = new URL(demoPath(d), 'http://x/');
    await expect(page).toHaveURL(
      (url) => url.pathname === expected.pathname && url.search === expected.search && url.hash === expected.hash,
    );

    const figure = page.locator(`${figureOf(d).tag}[data-ready]`);
    await expect(figure).toHaveCount(1);
    for (const control of d.controls) {
      const input = figure.getByRole(control.role, { name: control.name, exact: true });
      if (control.checked) await expect(input, control.name).toBeChecked();
      else await expect(input, control.name).not.toBeChecked();
    }
    if (d.slider)
      await expect(figure.getByRole('slider', { name: d.slider.name })).toHaveAttribute(
        'aria-valuetext',
        d.slider.text,
      );
    for (const v of d.values) {
      if (v.cell) await expect(figure.locator(v.cell), v.slot).toHaveText(percent(v.value));
      else expect(await figureValue(page, figureOf(d).tag, v.slot), v.slot).toBeCloseTo(v.value, 9);
    }
  });
}

test('each figure chapter’s block asks its prediction question first, linked to the question itself', async ({
  page,
}) => {
  await page.goto(PAGE);
  const predicts = page.locator('.block-predict');
  expect(await predicts.count()).toBeGreaterThanOrEqual(5);
  const first = predicts.first();
  const id = await first.getAttribute('data-question');
  await first.getByRole('link').click();
  await expect(page.locator(`#question-${id}`)).toBeInViewport();
});

test('every QR code encodes the address printed under it, and each demo’s address is its link', async ({ page }) => {
  await page.goto(PAGE);
  const blocks = page.locator('.qr-block');
  // One per demo, the site's code near the top and the handout's.
  await expect(blocks).toHaveCount(DEMOS.length + 2);
  for (const block of await blocks.all()) {
    const address = (await block.locator('.qr-url').innerText()).trim();
    const drawn = await block.locator('svg path').getAttribute('d');
    expect(drawn, address).toBe(qrPath(address).d);
    await expect(block.locator('svg')).toHaveAttribute(
      'viewBox',
      `0 0 ${qrPath(address).size} ${qrPath(address).size}`,
    );
  }
  for (const d of DEMOS) {
    const item = page.locator(`[data-demo="${d.id}"]`);
    const address = new URL((await item.locator('.qr-url').innerText()).trim());
    const link = new URL((await item.locator('a.demo-link').getAttribute('href'))!, address);
    expect(address.href, d.id).toBe(link.href);
    expect(`${address.pathname}${address.search}${address.hash}`.endsWith(demoPath(d)), d.id).toBe(true);
  }
});

test('the plan takes 90 minutes, follows the chapters and asks a question in every block', async ({ page }) => {
  await page.goto(PAGE);
  const blocks = page.locator('li.block');
  await expect(blocks).toHaveCount(PLAN.length);
  const minutes = await blocks.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-minutes'))));
  expect(minutes.reduce((a, b) => a + b, 0)).toBe(90);
  await expect(blocks.last().locator('.block-time')).toHaveText(
    `${clock(totalMinutes() - PLAN.at(-1)!.minutes)}–${clock(90)}`,
  );
  await expect(page.locator('li.block .block-question')).toHaveCount(PLAN.length);
  // Two questions for each chapter, the site's own labelled as such.
  await expect(page.locator('.questions > li')).toHaveCount(PLAN.length);
  await expect(page.locator('.questions > li > ul > li', { hasText: 'Added for the workshop:' })).toHaveCount(
    PLAN.length,
  );
});

test('printing gives the handout alone: plan, questions with room to write, and a QR code to the site', async ({
  page,
}) => {
  await page.goto(PAGE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.facilitator')).toBeHidden();
  await expect(page.locator('.handout')).toBeVisible();
  await expect(page.locator('.handout-plan li')).toHaveCount(PLAN.length);
  await expect(page.locator('.handout .write')).toHaveCount(PLAN.length * 2);
  const space = (await page.locator('.handout .write').first().boundingBox())!.height;
  expect(space, 'room to write, about 2.5 cm').toBeGreaterThan(80);
  await expect(page.locator('.handout .qr-block svg')).toBeVisible();
});

test('the landing page links the workshop page from “Following along”', async ({ page }) => {
  await page.goto('/');
  await page.locator('#follow-along + ul').getByRole('link', { name: 'workshop page' }).click();
  await expect(page).toHaveURL(PAGE);
  await expect(page.locator('h1')).toHaveText('Running a workshop');
});
