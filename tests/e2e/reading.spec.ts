import { readFileSync } from 'node:fs';
import { chapterList, expect, pageReady, setTheme, test } from './fixtures.ts';

const CHAPTER = '/chapters/persona-selection-model/';

test('the theme choice persists across pages, and code, maths and figures follow it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(CHAPTER);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await setTheme(page, 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background();
  expect(dark).not.toEqual(light);

  await page.getByRole('link', { name: 'Next Emergent misalignment' }).click();
  await expect(page).toHaveURL(/emergent-misalignment/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(await background()).toEqual(dark);
  const codeColour = await page
    .locator('.astro-code span')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  const katexColour = await page
    .locator('.katex')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  for (const colour of [codeColour, katexColour]) {
    const [r, g, b] = colour.match(/\d+/g)!.map(Number);
    expect(r + g + b, `${colour} is light text on the dark background`).toBeGreaterThan(300);
  }
});

test('the theme is applied before first paint, not after', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.goto(CHAPTER);
  const html = await (await page.request.get(CHAPTER)).text();
  const head = html.slice(0, html.indexOf('</head>'));
  // The build minifies inline scripts (src/integrations/csp.ts): either quote may remain.
  const reads = /localStorage\.getItem\(["']theme["']\)/;
  expect(head).toMatch(reads);
  expect(head.search(reads)).toBeLessThan(head.search(/<link[^>]+stylesheet/));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('following the system theme switches with the system', async ({ page }) => {
  await page.goto(CHAPTER);
  await setTheme(page, 'system');
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toEqual(light);
});

test('search finds "Pangolin" and lands on the passage', async ({ page }) => {
  await page.goto('/');
  const before = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((r) => r.name.includes('pagefind')),
  );
  expect(before, 'search code loads only when search opens').toBe(false);
  await page.getByRole('button', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search the site' });
  await expect(box).toBeFocused();
  await box.fill('Pangolin');
  const first = page.locator('#search-results > li > a').first();
  await expect(first).toBeVisible();
  await expect(page.locator('#search-results')).toContainText('Pangolin');
  const target = await first.getAttribute('href');
  expect(target).toMatch(/out-of-context-generalization\/#/);
  await first.click();
  await expect(page).toHaveURL(/out-of-context-generalization\/#/);
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  const section = await heading.evaluate((h) => {
    let text = '';
    for (let el = h.nextElementSibling; el && !/^H[12]$/.test(el.tagName); el = el.nextElementSibling)
      text += el.textContent;
    return text;
  });
  expect(section).toContain('Pangolin');
});

test('the slash key opens search, and Escape closes it', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the site' });
  await expect(box).toBeFocused();
  await box.fill('Pangolin');
  await expect(page.locator('#search-results mark').first()).toBeVisible();
  // Words around a highlighted hit keep their spaces.
  expect(await page.locator('#search-results p').first().innerText()).toMatch(/Pangolin[\s.,]/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('table-of-contents links land on their headings', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/chapters/inoculation-prompting/');
  const links = page.getByRole('navigation', { name: 'Table of contents' }).locator('ol').first().getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const id = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).toBeInViewport();
    await expect(heading).toHaveText(await link.innerText());
  }
});

test('a page opened at a figure lands on it at once, and a jump inside the page glides', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.addInitScript(() => {
    const scrolls: number[] = [];
    Object.assign(window, { scrolls });
    addEventListener('scroll', () => scrolls.push(scrollY));
  });
  const scrolls = () => page.evaluate(() => (window as unknown as { scrolls: number[] }).scrolls.splice(0));
  await page.goto('/chapters/inoculation-prompting/#figure-traits');
  await expect(page.locator('#figure-traits')).toBeInViewport();
  let last = -1;
  const still = async () => {
    const y = await page.evaluate(() => scrollY);
    const same = y === last;
    last = y;
    return same;
  };
  await expect.poll(still, { intervals: [250] }).toBe(true);
  // A glide from the top would be a scroll event a frame for a second; a jump is one.
  expect((await scrolls()).length, 'scroll events as the page opens').toBeLessThanOrEqual(2);
  await pageReady(page);
  await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link').first().click();
  await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(1000);
  // The glide: a scroll event a frame.
  expect((await scrolls()).length, 'scroll events for an in-page jump').toBeGreaterThan(3);
});

test('on a phone the contents menu stays in reach and closes after a jump', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/chapters/emergent-misalignment/');
  await pageReady(page);
  await page.mouse.wheel(0, 3000);
  const menu = page.locator('.toc-compact summary');
  await expect(menu).toBeInViewport();
  await menu.click();
  await page.getByRole('navigation', { name: 'Contents menu' }).getByRole('link', { name: 'References' }).click();
  await expect(page.locator('#references')).toBeInViewport();
  await expect(page.locator('.toc-compact')).not.toHaveAttribute('open');
});

test('a sidenote opens by keyboard and by tap on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const note = page.locator('.sidenote').first();
  await expect(note).toBeHidden();
  await page.locator('.sidenote-ref').first().tap();
  await expect(note).toBeVisible();
  await page.locator('.sidenote-ref').first().tap();
  await expect(note).toBeHidden();
  const toggle = page.locator('.sidenote-toggle').first();
  await expect(toggle).not.toBeChecked();
  await toggle.focus();
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(note).toBeVisible();
  await context.close();
});

test('figures are numbered and in-text references link to them', async ({ page }) => {
  await page.goto(CHAPTER);
  const reference = page.locator('a[href="#figure-selection"]');
  await expect(reference).toHaveText('Figure 2.2');
  await expect(page.locator('#figure-selection figcaption')).toContainText('Figure 2.2.');
  await reference.click();
  await expect(page.locator('#figure-selection')).toBeInViewport();
});

test('the skip link moves focus to the content', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('previous and next links walk the chapters in order, both ways', async ({ page }) => {
  // Every chapter's links, as built; then one of each followed in the browser.
  const chapters = chapterList();
  const paths = chapters.map((chapter) => chapter.path);
  for (const [i, path] of paths.entries()) {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    const link = (rel: string) => html.match(new RegExp(`<a[^>]*href="([^"]+)"[^>]*rel="${rel}"`))?.[1];
    expect(link('prev'), `${path}: previous`).toBe(paths[i - 1]);
    expect(link('next'), `${path}: next`).toBe(paths[i + 1]);
  }
  await page.goto(paths[1]);
  await page.locator('a[rel="next"]').click();
  await expect(page.locator('h1')).toHaveText(chapters[2].title);
  await page.locator('a[rel="prev"]').click();
  await page.locator('a[rel="prev"]').click();
  await expect(page.locator('h1')).toHaveText(chapters[0].title);
});

test('a chapter without figures loads only a few hundred bytes of inline script at first', async ({ page }) => {
  const response = await page.request.get('/chapters/consequences-for-ai-development/');
  const html = await response.text();
  expect(html).not.toMatch(/<script[^>]+type="module"/);
  expect(html).not.toMatch(/<script[^>]+src=/);
  const inline = [...html.matchAll(/<script(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body);
  // The theme, the page script's bootstrap, and the presenter-mode loader.
  expect(inline).toHaveLength(3);
  expect(inline.join('').length).toBeLessThan(2000);
  // The rest arrives later, when the browser is idle, and still works.
  await page.goto('/chapters/consequences-for-ai-development/');
  await pageReady(page);
});

test('the old address of a renamed chapter still lands on it', async ({ page }) => {
  await page.goto('/chapters/what-follows/');
  await expect(page).toHaveURL(/\/chapters\/consequences-for-ai-development\/$/);
  await expect(page.locator('h1')).toHaveText('Consequences for AI development');
});

test('in print the page drops its controls and keeps the figures and their data', async ({ page }) => {
  await page.goto('/chapters/emergent-misalignment/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('psm-figure3 .fig-controls')).toBeHidden();
  await expect(page.locator('psm-figure3 svg')).toBeVisible();
  await expect(page.locator('psm-figure3 .figure-data table')).toBeVisible();
  await expect(page.locator('#references')).toBeVisible();
});
