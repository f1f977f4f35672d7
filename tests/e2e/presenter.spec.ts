/**
 * Presenter mode (src/presenter/): the keys, the address naming the scene, a presenter and a
 * speaker window in step both ways (two pages of one context share a BroadcastChannel), the
 * projector layout at 1280x720 (a 1920x1080 projector at 150%) and 1920x1080, and axe in light
 * and dark. Also the figures' "Reset figure" button, which presenters use between scenes.
 */
import { axeViolations } from './axe.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const CHAPTER = '/chapters/emergent-misalignment/';
// A chapter without authored scenes or figures: its scenes are derived from its sections.
const DERIVED = '/chapters/introduction/';

async function present(page: Page, address: string) {
  await page.goto(address);
  await expect(page.locator('html')).toHaveClass(/presenting/);
}

// The chapters that show figures (src/widgets/registry.ts), and one without any.
const FIGURE_CHAPTERS = [
  DERIVED,
  '/chapters/persona-selection-model/',
  CHAPTER,
  '/chapters/inoculation-prompting/',
  '/chapters/out-of-context-generalization/',
  '/chapters/how-exhaustive-is-psm/',
  '/chapters/why-psm-might-be-exhaustive/',
];

/**
 * What the room must see of each figure in presenter mode: the controls it is driven by, its
 * headline outcome and its chart (or what stands for one: a table of bars, a drawing). By the
 * figure's element; `*` is every other figure.
 */
const PARTS: Record<string, { headline: string; chart: string }> = {
  '*': { headline: '.fig-headline', chart: '.fig-chart svg' },
  'psm-smallestcase': { headline: '.fig-headline', chart: '.sc-bars' },
  'psm-traits': { headline: '.tr-table tr[data-current]', chart: '.tr-table' },
  'psm-typehints': { headline: '.th-meters', chart: '.fig-chart svg' },
  'psm-exhaustiveness': { headline: '.ex-answer', chart: '.ex-drawing svg' },
  'psm-coinflip': { headline: '.cf-model .fig-headline', chart: '.cf-compare' },
};

const position = (page: Page) => page.locator('.presenter-position');
const sceneCount = async (page: Page) => Number((await position(page).textContent())!.split('/')[1]);
const figureQuery = (page: Page) =>
  page.evaluate(() => (document.querySelector('psm-figure3') as HTMLElement & { query: string }).query);

test.describe('presenter mode', () => {
  test('enters by the button; every key steps, jumps, blacks out and lists; the address names the scene', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    await page.getByRole('button', { name: 'Present this chapter' }).click();
    await expect(page.locator('html')).toHaveClass(/presenting/);
    const count = await sceneCount(page);
    expect(count).toBeGreaterThanOrEqual(8);
    await expect(position(page)).toHaveText(`1 / ${count}`);
    await expect(page).toHaveURL(/[?&]scene=1\b/);

    const expectScene = async (n: number) => {
      await expect(position(page)).toHaveText(`${n} / ${count}`);
      await expect(page).toHaveURL(new RegExp(`[?&]scene=${n}\\b`));
    };
    await page.keyboard.press('ArrowRight');
    await expectScene(2);
    await page.keyboard.press('Space');
    await expectScene(3);
    await page.keyboard.press('PageDown');
    await expectScene(4);
    await page.keyboard.press('n');
    await expectScene(5);
    await page.keyboard.press('PageUp');
    await expectScene(4);
    await page.keyboard.press('p');
    await expectScene(3);
    await page.keyboard.press('ArrowLeft');
    await expectScene(2);
    await page.keyboard.press('End');
    await expectScene(count);
    await page.keyboard.press('Home');
    await expectScene(1);
    for (const key of ['g', '4', 'Enter']) await page.keyboard.press(key);
    await expectScene(4);

    // A reload lands on the same scene.
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/presenting/);
    await expectScene(4);

    await page.keyboard.press('b');
    await expect(page.locator('.presenter-black')).toBeVisible();
    await page.keyboard.press('.');
    await expect(page.locator('.presenter-black')).toBeHidden();

    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: 'Scenes' });
    await expect(overview).toBeVisible();
    await expect(overview.getByRole('button', { name: /^4\. / })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(overview).toBeVisible();
    await overview.getByRole('button', { name: /^2\. / }).click();
    await expectScene(2);

    await page.keyboard.press('Alt+p');
    await expect(page.locator('html')).not.toHaveClass(/presenting/);
    expect(new URL(page.url()).searchParams.has('scene')).toBe(false);
    await expect(page.locator('.chapter-nav')).toBeVisible();
  });

  test('a figure’s slider keeps the arrow keys while it has focus; Escape hands them back', async ({ page }) => {
    await present(page, `${CHAPTER}?scene=1`);
    const count = await sceneCount(page);
    for (const key of ['g', '6', 'Enter']) await page.keyboard.press(key);
    await expect(position(page)).toHaveText(`6 / ${count}`);
    const slider = page.locator('psm-figure3[data-ready] input[type="range"]');
    await slider.focus();
    const before = await slider.inputValue();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await page.keyboard.press('n');
    await expect(position(page)).toHaveText(`6 / ${count}`);
    expect(await slider.inputValue()).not.toBe(before);
    await page.keyboard.press('Escape');
    await expect(slider).not.toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(position(page)).toHaveText(`7 / ${count}`);

    // The figure's QR code fills the projector; while it is open the keys are the dialog's.
    await page.locator('psm-figure3').getByRole('button', { name: 'Show QR code' }).click();
    const qr = page.locator('.qr-dialog');
    await expect(qr).toBeVisible();
    expect((await qr.locator('svg').boundingBox())!.height).toBeGreaterThan(400);
    await page.keyboard.press('ArrowRight');
    await expect(position(page)).toHaveText(`7 / ${count}`);
    await page.keyboard.press('Escape');
    await expect(qr).toBeHidden();
  });

  test('a presenter and a speaker window keep in step both ways: scenes and figures', async ({ page, context }) => {
    await present(page, `${CHAPTER}?scene=1`);
    const speaker = await context.newPage();
    await present(speaker, `${CHAPTER}?scene=1&speaker=1`);
    await expect(speaker.locator('html')).toHaveClass(/speaking/);
    const count = await sceneCount(page);

    await page.keyboard.press('ArrowRight');
    await expect(speaker.locator('.presenter-position')).toHaveText(`2 / ${count}`);
    await speaker.keyboard.press('ArrowRight');
    await expect(position(page)).toHaveText(`3 / ${count}`);
    await expect(speaker.locator('.presenter-position')).toHaveText(`3 / ${count}`);

    // The speaker view: this scene and its notes, where it is in the talk, the next scene, a clock.
    const panel = speaker.getByRole('complementary', { name: 'Speaker view' });
    await expect(panel.locator('[data-speaker="title"]')).toContainText('Insecure code');
    await expect(panel.locator('[data-speaker="notes"]')).toContainText('6,000 coding conversations');
    await expect(panel.locator('[data-speaker="talk"]')).toHaveText('In the talk: this chapter, 16:25–22:48');
    await expect(panel.locator('[data-speaker="next"]')).toContainText('4.');
    await expect(panel.locator('[data-speaker="elapsed"]')).toHaveText(/^\d+:\d\d$/);
    await speaker.keyboard.press('ArrowLeft');
    await expect(panel.locator('[data-speaker="talk"]')).toHaveText('In the talk: at 16:58');
    await expect(position(page)).toHaveText(`2 / ${count}`);

    // Figure 3 at 0 examples, in both windows.
    for (const key of ['g', '6', 'Enter']) await speaker.keyboard.press(key);
    await expect(position(page)).toHaveText(`6 / ${count}`);
    await expect.poll(() => figureQuery(page)).toBe('em-n=0');
    await expect.poll(() => figureQuery(speaker)).toBe('em-n=0');

    // A change on the projector shows in the speaker view...
    await page.locator('psm-figure3[data-ready]').getByLabel('Correct answers (the control)').check();
    await expect.poll(() => figureQuery(speaker)).toBe('em-data=correct-medical&em-n=0');
    await expect(speaker.locator('psm-figure3').getByLabel('Correct answers (the control)')).toBeChecked();
    // ...and a slider moved in the speaker view moves on the projector, without stepping either.
    const slider = speaker.locator('psm-figure3[data-ready] input[type="range"]');
    await slider.focus();
    await speaker.keyboard.press('End');
    await expect.poll(() => figureQuery(page)).toBe('em-data=correct-medical');
    await expect(page.locator('psm-figure3 input[type="range"]')).toHaveValue(await slider.inputValue());
    await expect(position(page)).toHaveText(`6 / ${count}`);
    await expect(speaker.locator('.presenter-position')).toHaveText(`6 / ${count}`);
    // No echo: both settle on the same view.
    await page.waitForTimeout(500);
    expect(await figureQuery(page)).toBe(await figureQuery(speaker));

    // A reload of the projector lands on the same scene, in step with the speaker.
    await page.reload();
    await expect(position(page)).toHaveText(`6 / ${count}`);
    await speaker.keyboard.press('Escape');
    await speaker.keyboard.press('n');
    await expect(position(page)).toHaveText(`7 / ${count}`);

    // S opens the speaker view in its own window, on the same scene.
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await expect(popup.locator('html')).toHaveClass(/speaking/);
    expect(new URL(popup.url()).searchParams.get('scene')).toBe('7');
    expect(new URL(popup.url()).searchParams.has('speaker')).toBe(true);
  });

  test('a chapter without authored scenes presents its title, sections and figures', async ({ page }) => {
    await present(page, `${DERIVED}?scene=2`);
    const count = await sceneCount(page);
    expect(count).toBeGreaterThan(2);
    await expect(position(page)).toHaveText(`2 / ${count}`);
    await expect(page.locator('#main h2:visible')).toHaveCount(1);
  });

  // A 1920x1080 projector at 150% is a 1280x720 screen at 1.5 device pixels per CSS pixel: the
  // same layout, in the same CSS pixels, as a 1280x720 projector at 100%, with finer rounding,
  // so one run covers both.
  for (const { width, height, scale } of [
    { width: 1280, height: 720, scale: 1.5 },
    { width: 1920, height: 1080, scale: 1 },
  ]) {
    test(`at ${width}x${height} (x${scale}) every scene fits: no text under 24 px, nothing clipped, a figure’s controls, headline and chart on screen`, async ({
      browser,
    }, testInfo) => {
      test.setTimeout(300_000);
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
      const page = await context.newPage();
      // Every chapter that shows a figure, once each: one page per chapter, stepped by the keyboard.
      for (const address of FIGURE_CHAPTERS) {
        await present(page, `${address}?scene=1`);
        const count = await sceneCount(page);
        for (let n = 1; n <= count; n++) {
          await expect(position(page)).toHaveText(`${n} / ${count}`);
          const where = `${address} scene ${n} at ${width}x${height} x${scale}`;
          // A figure's chart is sized once its script has run, and the scene refits after it.
          const live = await page.locator('#main [data-scene-shown] .live-figure').count();
          await expect(page.locator('#main [data-scene-shown] .live-figure[data-ready]')).toHaveCount(live);
          // The scene as the room would see it goes with a failure (a screenshot of every scene
          // cost a quarter of this walk's time).
          try {
            await expect.poll(() => page.evaluate(overflowY), { message: `taller than the screen, ${where}` }).toBe(0);
            const report = await page.evaluate(layoutReport, PARTS);
            expect(report.small, `text under 24 px, ${where}`).toEqual([]);
            expect(report.clipped, `clipped, ${where}`).toEqual([]);
            expect(report.outside, `not on the screen, ${where}`).toEqual([]);
            if (live) expect(report.parts, `a figure's parts, ${where}`).toEqual(['controls', 'headline', 'chart']);
          } catch (failure) {
            await testInfo.attach(`${address.split('/')[2]}-${n}-${width}x${height}x${scale}.png`, {
              body: await page.screenshot(),
              contentType: 'image/png',
            });
            throw failure;
          }
          await page.keyboard.press('ArrowRight');
        }
      }
      await context.close();
    });
  }

  test('axe finds nothing in presenter mode and the speaker view, light and dark', async ({ page }) => {
    test.setTimeout(90_000);
    /** Each scheme in turn, on the page as it is. */
    const axe = async (where: string) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), `${where}, ${colorScheme}`).toEqual([]);
      }
    };
    for (const scene of [1, 2, 6]) {
      await present(page, `${CHAPTER}?scene=${scene}`);
      if (scene === 6) await expect(page.locator('psm-figure3[data-ready]')).toHaveCount(1);
      await axe(`scene ${scene}`);
    }
    await page.keyboard.press('o');
    await expect(page.getByRole('dialog', { name: 'Scenes' })).toBeVisible();
    await axe('the overview');
    await present(page, `${CHAPTER}?scene=6&speaker=1`);
    await expect(page.locator('psm-figure3[data-ready]')).toHaveCount(1);
    await axe('the speaker view');
  });
});

test('"Reset figure" puts every control back, the data choice and the slider included, and cleans the address', async ({
  page,
}) => {
  await page.goto(`${CHAPTER}?em-n=100&em-data=correct-medical#figure-em`);
  const figure = page.locator('psm-figure3[data-ready]');
  await expect(figure.getByLabel('Correct answers (the control)')).toBeChecked();
  await figure.getByRole('button', { name: 'Reset figure' }).click();
  await expect(figure.getByLabel('Incorrect answers to medical questions')).toBeChecked();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('#figure-em');
  expect(await figureQuery(page)).toBe('');
});

/** How far the scene runs past the bottom of its screen (0 when it fits). */
function overflowY() {
  const main = document.getElementById('main')!;
  return Math.max(0, main.scrollHeight - main.clientHeight);
}

/**
 * What the projector shows of the scene: text under 24 px, anything clipped, anything shown below
 * or above the scene's screen, and which of a live figure's parts (`parts`, by its element) are
 * wholly on the screen.
 */
function layoutReport(partsByTag: Record<string, { headline: string; chart: string }>) {
  const MIN = 24;
  const small: string[] = [];
  const clipped: string[] = [];
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''}`;
  // Visually hidden text (a live region kept for screen readers) is in a 1 px box.
  const offScreen = (el: Element | null): boolean => {
    for (let at = el; at; at = at.parentElement) {
      const box = at.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return getComputedStyle(at).overflow === 'hidden';
      if (getComputedStyle(at).clipPath.startsWith('inset(50%')) return true;
    }
    return false;
  };
  const roots = [...document.querySelectorAll('#main [data-scene-shown], .presenter-bar')];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const el = node.parentElement!;
      if (!text || offScreen(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (![...range.getClientRects()].some((r) => r.width > 0 && r.height > 0)) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      // Chart text is in the chart's units: what counts is its size on the screen.
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM();
        if (m) size *= Math.hypot(m.a, m.b);
      }
      if (size < MIN - 0.5) small.push(`${name(el)} ${size.toFixed(1)}px "${text.slice(0, 30)}"`);
    }
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (offScreen(el) || el.closest('svg')) continue;
      const box = el.getBoundingClientRect();
      if (!box.width && !box.height) continue;
      if (box.left < -1 || box.right > innerWidth + 1) clipped.push(`${name(el)} outside the screen`);
      if (getComputedStyle(el).display !== 'inline' && el.scrollWidth > el.clientWidth + 1)
        clipped.push(`${name(el)} overflows sideways by ${el.scrollWidth - el.clientWidth}px`);
    }
  }
  const stage = document.getElementById('main')!.getBoundingClientRect();
  const onScreen = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.top >= stage.top - 1 && box.bottom <= stage.bottom + 1;
  };
  const outside: string[] = [];
  for (const el of document.querySelectorAll('#main [data-scene-shown] :is(p, li, label, legend, button, table, svg)'))
    if (el.getClientRects().length && !onScreen(el) && !offScreen(el)) outside.push(name(el));
  const parts: string[] = [];
  const figure = document.querySelector('#main [data-scene-shown] .live-figure');
  if (figure) {
    const selectors = partsByTag[figure.localName] ?? partsByTag['*']!;
    const shown = (selector: string) => [...figure.querySelectorAll(selector)].some(onScreen);
    if (shown('.fig-controls input')) parts.push('controls');
    if (shown(selectors.headline)) parts.push('headline');
    if (shown(selectors.chart)) parts.push('chart');
  }
  return { small, clipped, outside, parts };
}
