/**
 * On a phone, a figure keeps the control being changed and its headline outcome on one screen:
 * for every figure at 320 and 390 px wide, after moving the main slider and after picking a choice,
 * both are inside the viewport and not covered (the point at the middle of each is the element
 * itself), and the one-line headline shows what the figure's own view draws for the new state. At
 * 320 px the change is a tap (the slider's redrawn view is compared with the view's own in Node)
 * and nothing in the figure spills sideways.
 * Its detailed tables are folded once it starts (src/widgets/shared/fold.ts); at 320 px the folded
 * figure passes axe in light and dark, a tap opens each table and a change of control leaves it
 * open; at 390 px a window widened past the breakpoint opens them again.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { loadFigure, sliderOf, type LoadedFigure } from '../figures.ts';
import { FIGURES } from '../../src/widgets/registry.ts';
import { expectShows, openFigure } from './figure-wiring.ts';
import { withValue } from '../../src/widgets/shared/url-state.ts';
import { axeViolations } from './axe.ts';
import type { LiveFigureElement } from '../../src/widgets/shared/figure-element.ts';

const PHONES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
];

/**
 * Inside the viewport and the topmost element at its middle: what a reader can see and touch. A
 * failure says where the element was and what covered it.
 */
async function expectOnScreen(locator: Locator, what: string) {
  await expect
    .poll(
      () =>
        locator.evaluate((element) => {
          const box = element.getBoundingClientRect();
          // Within a pixel: layout is in fractions of a pixel, scrolling in whole ones.
          const inside =
            box.top >= -1 && box.bottom <= innerHeight + 1 && box.left >= -1 && box.right <= innerWidth + 1;
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          if (inside && hit !== null && (element.contains(hit) || hit.contains(element))) return 'on screen';
          const cover = hit ? `${hit.localName}.${[...hit.classList].join('.')}` : 'nothing';
          return `at top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)} of ${innerHeight} (scrollY ${Math.round(scrollY)}), under ${cover}`;
        }),
      { message: `${what} is on screen and uncovered` },
    )
    .toBe('on screen');
}

/** The compact headline, once it shows what the view draws for the figure's present state (and the sentence has settled). */
async function expectHeadline(page: Page, figure: LoadedFigure) {
  const root = page.locator(figure.tag);
  const query = await root.evaluate((element) => (element as LiveFigureElement).query);
  const state = figure.form.read(new URLSearchParams(query));
  const expected = await page.evaluate(
    (markup) => {
      const template = document.createElement('template');
      template.innerHTML = markup;
      return template.content.textContent!.replace(/\s+/g, ' ').trim();
    },
    String(figure.view.renderHeadline(state)),
  );
  // The sentence above the output follows once the reader pauses, and may move what is below it.
  await expect(root.locator('[data-summary]')).toHaveText(figure.view.live.summarize(state));
  const headline = root.locator('.fig-compact');
  // Traits shows only the present prompt's part of its line.
  await expect.poll(async () => (await headline.textContent())!.replace(/\s+/g, ' ').trim()).toBe(expected);
  await expectOnScreen(headline.locator(':scope > :visible').first(), `${figure.component}'s headline`);
}

/** Tables of a figure's output that are its outcome, not its detail: they never fold. */
const OUTCOME_TABLES = '.sc-bars, .tr-table';

/** Whether each of the figure's detailed tables (fold.ts) is open. */
const foldsOpen = (page: Page, figure: LoadedFigure) =>
  page
    .locator(`${figure.tag} details[data-fold]`)
    .evaluateAll((folds) => folds.map((details) => (details as HTMLDetailsElement).open));

/** Every table in the output but the outcome's is inside a closed <details>. */
async function expectFolded(page: Page, figure: LoadedFigure) {
  const unfolded = await page
    .locator(`${figure.tag} [data-output] table`)
    .evaluateAll(
      (tables, outcome) =>
        tables
          .filter((table) => !table.matches(outcome) && !table.closest('details:not([open])'))
          .map((table) => table.querySelector('caption')?.textContent),
      OUTCOME_TABLES,
    );
  expect(unfolded, `${figure.component}'s detailed tables are folded`).toEqual([]);
}

// A slow, shared machine can take a while to load a chapter with its figure.
test.describe.configure({ timeout: 60_000 });
test.use({ hasTouch: true });

for (const record of FIGURES) {
  for (const phone of PHONES) {
    test(`${record.component} at ${phone.width} px keeps the changed control and the headline on screen, its tables folded`, async ({
      page,
    }) => {
      const figure = await loadFigure(record);
      await page.setViewportSize(phone);
      await openFigure(page, figure);
      const controls = page.locator(`${figure.tag} .fig-controls`);
      const folds = page.locator(`${figure.tag} details[data-fold]`);
      await expectFolded(page, figure);
      if (phone.width === 320)
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          expect(await axeViolations(page, [`#${figure.id}`]), `axe, folded, ${colorScheme}`).toEqual([]);
        }

      const slider = sliderOf(figure);
      if (slider) {
        const input = controls.locator(`input[name="${slider.name}"]`);
        if (phone.width === 320) {
          // A finger: a tap toward the end the slider is not at moves it, and the figure redraws.
          await input.scrollIntoViewIfNeeded();
          const box = (await input.boundingBox())!;
          const start = slider.scale.toPosition(slider.field.initial) > slider.scale.steps / 2;
          await input.tap({ position: { x: start ? 1 : box.width - 1, y: box.height / 2 } });
          await expect(input).not.toHaveValue(String(slider.scale.toPosition(slider.field.initial)));
          const position = Number(await input.inputValue());
          await expectShows(
            page,
            figure,
            withValue(figure.form.defaults, [slider.name], slider.scale.toValue(position)),
          );
        } else {
          await input.focus();
          await page.keyboard.press(Number(await input.inputValue()) > 0 ? 'Home' : 'End');
        }
        await expectOnScreen(input, 'the slider');
        await expectHeadline(page, figure);
      }

      const choice = controls
        .locator('.fig-field:not(.fig-assumptions *) .fig-choice:visible')
        .filter({ has: page.locator('input:not(:checked)') })
        .first();
      if (phone.width === 320) await choice.tap();
      else await choice.click();
      await expectOnScreen(choice, 'the choice');
      await expectHeadline(page, figure);
      const overflow = await page.locator(figure.tag).evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(overflow, 'nothing in the figure spills sideways').toBeLessThanOrEqual(0);

      const count = await folds.count();
      if (!count) return;
      const all = (open: boolean) => Array<boolean>(count).fill(open);
      if (phone.width === 320) {
        // A tap opens each; changing a control (which redraws the figure's parts) leaves them open.
        for (const summary of await folds.locator(':scope > summary').all()) await summary.tap();
        expect(await foldsOpen(page, figure)).toEqual(all(true));
        await choice.click();
        await expectHeadline(page, figure);
        expect(await foldsOpen(page, figure)).toEqual(all(true));
        // One the reader closes stays closed on a wider screen.
        await folds.first().locator(':scope > summary').tap();
        await page.setViewportSize({ width: 1280, height: 800 });
        await expect.poll(() => foldsOpen(page, figure)).toEqual([false, ...all(true).slice(1)]);
      } else {
        // Wider than the breakpoint they open again.
        await page.setViewportSize({ width: 1280, height: 800 });
        await expect.poll(() => foldsOpen(page, figure)).toEqual(all(true));
      }
    });
  }
}
