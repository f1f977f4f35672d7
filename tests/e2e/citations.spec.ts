import { builtPages, expect, pageReady, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { cardId, refId } from '../../src/citations/ids.ts';

const CHAPTER = '/chapters/emergent-misalignment/';

test('a citation card opens on hover and closes with Escape; one opens on keyboard focus and is described to screen readers', async ({
  page,
}) => {
  await page.goto(CHAPTER);
  await test.step('on hover', async () => {
    const cite = page.locator('a.cite[data-key="betley2025emergent"]').first();
    const card = page.locator(`#${cardId('betley2025emergent')}`);
    await expect(card).toBeHidden();
    await cite.hover();
    await expect(card).toBeVisible();
    await expect(card).toContainText('Emergent Misalignment');
    await expect(card).toContainText('Jan Betley');
    await expect(card.getByRole('link', { name: /arXiv/ })).toHaveAttribute('href', 'https://arxiv.org/abs/2502.17424');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });
  await test.step('on keyboard focus', async () => {
    const cite = page.locator('a.cite[data-key="turner2025model"]').first();
    await cite.focus();
    const card = page.locator(`#${cardId('turner2025model')}`);
    await expect(card).toBeVisible();
    await expect(cite).toHaveAccessibleDescription(/Model Organisms for Emergent Misalignment/);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });
});

test('on a phone a tap opens the card instead of jumping, and a tap elsewhere closes it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  // A reader who taps before the page script has arrived simply jumps to the bibliography.
  await pageReady(page);
  const cite = page.locator('a.cite[data-key="wang2025persona"]').first();
  await cite.scrollIntoViewIfNeeded();
  await cite.tap();
  const card = page.locator(`#${cardId('wang2025persona')}`);
  await expect(card).toBeVisible();
  await expect(page).toHaveURL(CHAPTER);
  const box = await card.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  await page.locator('h1').tap();
  await expect(card).toBeHidden();
  await context.close();
});

test.describe('in a browser without the Popover API (Safari 16, Chrome < 114)', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap on a citation follows its link to the bibliography entry', async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['showPopover', 'hidePopover', 'togglePopover', 'popover']) {
        delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
      }
    });
    await page.goto(CHAPTER);
    await pageReady(page);
    expect(await page.evaluate(() => 'showPopover' in HTMLElement.prototype)).toBe(false);
    const cite = page.locator('a.cite[data-key="wang2025persona"]').first();
    await cite.scrollIntoViewIfNeeded();
    await cite.tap();
    await expect(page).toHaveURL(`${CHAPTER}#${refId('wang2025persona')}`);
    await expect(page.locator(`#${refId('wang2025persona')}`)).toBeInViewport();
    await expect(page.locator(`#${cardId('wang2025persona')}`)).toBeHidden();
  });
});

test('each back-link in the bibliography lands on its citing sentence', async ({ page }) => {
  await page.goto(CHAPTER);
  const backlinks = page.locator(`#${refId('betley2025emergent')} .backlink`);
  const count = await backlinks.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const link = backlinks.nth(i);
    const id = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    const target = page.locator(`[id="${id}"]`);
    await expect(target).toBeInViewport();
    await expect(target).toHaveAttribute('data-key', 'betley2025emergent');
  }
});

test('citations read author-year, and "and others" reads "et al."', async ({ page }) => {
  await page.goto(CHAPTER);
  await expect(page.locator('a.cite[data-key="macdiarmid2025natural"]').first()).toHaveText(/^MacDiarmid et al\./);
  await expect(page.locator('a.cite[data-key="betley2026nature"]').first()).toHaveText('Betley et al., 2026');
  await expect(page.locator(`#${refId('betley2026nature')}`)).toContainText('Betley, J., et al. (2026)');
  await expect(page.locator(`#${refId('betley2026nature')} .unverified`)).toContainText('volume, pages and DOI');
  await expect(page.locator('body')).not.toContainText('& others');
});

test('the references page lists each cited work with its chapters and well-formed links out', async ({ page }) => {
  await page.goto('/references/');
  // Read in one pass: a round trip per link made this test ten times slower than the rest.
  const entries = await page.locator('ol.references > li').evaluateAll((items) =>
    items.map((entry) => ({
      id: entry.id,
      links: [...entry.querySelectorAll('.reference-links a')].map((a) => a.getAttribute('href')!),
      bibtex: entry.querySelector('details.bibtex code')?.textContent ?? '',
    })),
  );
  expect(entries.length).toBeGreaterThanOrEqual(12);
  for (const { id, links, bibtex } of entries) {
    expect(links.length, id).toBeGreaterThan(0);
    for (const href of links) {
      const url = new URL(href);
      expect(url.protocol, `${id}: ${href}`).toBe('https:');
      if (url.hostname === 'arxiv.org') expect(url.pathname, id).toMatch(/^\/(abs|pdf)\/\d{4}\.\d{4,5}$/);
    }
    expect(bibtex, id).toContain('@');
  }
  const citedIn = page
    .locator(`#${refId('berglund2023taken')}`)
    .getByRole('link', { name: 'Out-of-context generalization' });
  await citedIn.click();
  await expect(page).toHaveURL(new RegExp(`out-of-context-generalization/#${refId('berglund2023taken')}$`));
  await expect(page.locator(`#${refId('berglund2023taken')}`)).toBeInViewport();
});

test('the whole bibliography downloads as BibTeX', async ({ page }) => {
  const response = await page.request.get('/references.bib');
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain('@misc{berglund2023taken');
});

test('no literal citation syntax survives anywhere in the build', () => {
  for (const path of builtPages()) {
    const html = readFileSync(`dist${path}index.html`, 'utf8').replace(/<(script|style|code|pre)[\s\S]*?<\/\1>/g, '');
    expect(html, path).not.toMatch(/\[-?@[A-Za-z]|\[<span class="citation"/);
  }
});

test('chapters carry citation meta tags and JSON-LD for citing them', async ({ page }) => {
  await page.goto(CHAPTER);
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', 'Emergent misalignment');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data['@type']).toBe('Chapter');
  await page.getByText('Cite this chapter').click();
  await expect(page.locator('.cite-this code')).toContainText('@misc{psmcompanion-emergent-misalignment');
  await expect(page.locator('.cite-this').getByRole('button', { name: 'Copy BibTeX' })).toBeVisible();
});

test('a BibTeX entry copies with one click', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/references/');
  await pageReady(page);
  const entry = page.locator(`#${refId('berglund2023taken')}`);
  await entry.locator('details.bibtex summary').click();
  await entry.getByRole('button', { name: /Copy BibTeX/ }).click();
  await expect(entry.getByRole('button', { name: /Copied/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{berglund2023taken,[\s\S]*\}$/);
});
