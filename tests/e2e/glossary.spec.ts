import { axeViolations } from './axe.ts';
import { chapterList, expect, pageReady, setTheme, test } from './fixtures.ts';
import { glossary } from '../../content/glossary.ts';
import { isMathVariant, variantPattern } from '../../src/glossary/terms.ts';
import { termCardId, termId, useId } from '../../src/glossary/ids.ts';

const CHAPTER = '/chapters/emergent-misalignment/';

/** What the page's prose is not: the same places the remark plugin leaves alone, as built. */
const NOT_PROSE = [
  'h1, h2, h3, h4, h5, h6, pre, code, figure, blockquote, table, svg, q',
  'a:not(.term), .citation, .katex, .sidenote-wrap, .dialogue, .illustrative',
  '.chapter-header, .bibliography-wrap, .glossary-cards, .cite-this, .chapter-nav',
].join(', ');

const PATTERNS = glossary.map((term) => ({
  id: term.id,
  source: variantPattern(term)?.source ?? null,
  flags: variantPattern(term)?.flags ?? '',
  math: term.variants.some(isMathVariant),
}));

test('every term has its card on its first use in each chapter that uses it, and only there', async ({ page }) => {
  for (const { path } of chapterList()) {
    await page.goto(path);
    const report = await page.evaluate(
      ({ patterns, notProse }) => {
        const main = document.querySelector('main')!;
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        const firstProse = new Map<string, Node>();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (parent.closest(notProse) && !parent.closest('a.term')) continue;
          for (const { id, source, flags } of patterns) {
            if (source && !firstProse.has(id) && new RegExp(source, flags).test(node.textContent!))
              firstProse.set(id, node);
          }
        }
        return patterns.map(({ id, math }) => {
          const links = [...main.querySelectorAll<HTMLAnchorElement>(`a.term[data-term="${id}"]`)];
          const first = firstProse.get(id);
          const link = links[0];
          return {
            id,
            links: links.length,
            used: Boolean(first) || (math && links.length > 0),
            // The link comes no later than the first use in prose (it may be that use).
            linkFirst:
              !first ||
              (link
                ? link.contains(first) ||
                  Boolean(link.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)
                : false),
            card: link ? Boolean(document.getElementById(link.getAttribute('aria-describedby') ?? '')) : false,
          };
        });
      },
      { patterns: PATTERNS, notProse: NOT_PROSE },
    );
    for (const term of report) {
      if (!term.used) {
        expect(term.links, `${path}: "${term.id}" is not used, so it has no card`).toBe(0);
        continue;
      }
      expect(term.links, `${path}: "${term.id}" is marked exactly once`).toBe(1);
      expect(term.linkFirst, `${path}: "${term.id}" is marked at its first use`).toBe(true);
      expect(term.card, `${path}: "${term.id}" has its card`).toBe(true);
    }
  }
});

test('a term card opens on keyboard focus, is described to screen readers and closes with Escape; one opens on hover with the misaligned answers quoted from the paper', async ({
  page,
}) => {
  await page.goto(CHAPTER);
  await test.step('on keyboard focus', async () => {
    const term = page.locator('a.term[data-term="strongreject"]');
    const card = page.locator(`#${termCardId('strongreject')}`);
    await expect(card).toBeHidden();
    await term.focus();
    await expect(card).toBeVisible();
    await expect(card).toContainText('harmful requests');
    await expect(term).toHaveAccessibleDescription(/benchmark of harmful requests/);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });
  await test.step('on hover', async () => {
    await page.locator('a.term[data-term="misaligned"]').hover();
    const card = page.locator(`#${termCardId('misaligned')}`);
    await expect(card).toBeVisible();
    await expect(card.locator('q')).toHaveCount(2);
    await expect(card).toContainText('Betley, Tan, et al., 2025, Fig. 2');
  });
});

test('at 320 px a tap opens the card instead of jumping, inside the screen, and a tap elsewhere closes it', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await pageReady(page);
  const term = page.locator('a.term[data-term="reward-hacking"]');
  await term.scrollIntoViewIfNeeded();
  await term.tap();
  const card = page.locator(`#${termCardId('reward-hacking')}`);
  await expect(card).toBeVisible();
  await expect(page).toHaveURL(CHAPTER);
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  // The card covers much of a 320 px screen; tap the page beside it.
  const below = box.y + box.height + 12;
  await page.touchscreen.tap(4, below < 630 ? below : box.y - 12);
  await expect(card).toBeHidden();
  await context.close();
});

test.describe('in a browser without the Popover API', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap on a term follows its link to the glossary entry', async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['showPopover', 'hidePopover', 'togglePopover', 'popover']) {
        delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
      }
    });
    await page.goto(CHAPTER);
    await pageReady(page);
    const term = page.locator('a.term[data-term="truthfulqa"]');
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(page).toHaveURL(`/glossary/#${termId('truthfulqa')}`);
    await expect(page.locator(`#${termId('truthfulqa')}`)).toBeInViewport();
  });
});

test('the glossary lists every term with a definition, a source and the chapters that use it', async ({ page }) => {
  await page.goto('/glossary/');
  for (const term of glossary) {
    const entry = page.locator(`#${termId(term.id)}`);
    await expect(entry.locator('dt')).toHaveText(term.term);
    await expect(entry.locator('dd > p').first()).toHaveText(term.definition);
    expect(await entry.locator('.glossary-meta a[href*="/chapters/"]').count(), term.term).toBeGreaterThan(0);
  }
  await page
    .locator(`#${termId('expert-iteration')}`)
    .getByRole('link', { name: 'Out-of-context generalization' })
    .click();
  await expect(page).toHaveURL(`/chapters/out-of-context-generalization/#${useId('expert-iteration')}`);
  await expect(page.locator(`#${useId('expert-iteration')}`)).toBeInViewport();
});

test('the footer links to the glossary', async ({ page }) => {
  await page.goto('/');
  await page.locator('.site-footer').getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL('/glossary/');
});

test('the glossary and an open term card are axe-clean in light and dark', async ({ page }) => {
  await page.goto('/glossary/');
  for (const scheme of ['light', 'dark'] as const) {
    await setTheme(page, scheme);
    expect(await axeViolations(page), `the glossary, ${scheme}`).toEqual([]);
  }
  await page.goto(CHAPTER);
  await page.locator('a.term[data-term="misaligned"]').focus();
  await expect(page.locator(`#${termCardId('misaligned')}`)).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    // The theme is kept from the glossary page; the card stays open while the theme changes.
    await setTheme(page, scheme);
    await page.locator('a.term[data-term="misaligned"]').focus();
    await expect(page.locator(`#${termCardId('misaligned')}`)).toBeVisible();
    // The whole chapter is pages.spec.ts's; here, the terms and the open card.
    expect(await axeViolations(page, ['a.term', `#${termCardId('misaligned')}`]), `the card, ${scheme}`).toEqual([]);
  }
});
