/**
 * On a phone, a figure keeps the control being changed and its headline outcome on one screen:
 * for every figure at 320 and 390 px wide, after moving the main slider and after picking a choice,
 * both are inside the viewport and not covered (the point at the middle of each is the element
 * itself), and the one-line headline shows what the figure's own view draws for the new state.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { loadFigure, type LoadedFigure } from '../figures.ts';
import { FIGURES } from '../../src/widgets/registry.ts';
import { openFigure } from './figure-wiring.ts';
import type { LiveFigureElement } from '../../src/widgets/shared/figure-element.ts';

const PHONES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
];

/** Inside the viewport and the topmost element at its middle: what a reader can see and touch. */
async function expectOnScreen(locator: Locator, what: string) {
  await expect
    .poll(
      () =>
        locator.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const inside = box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return inside && hit !== null && (element.contains(hit) || hit.contains(element));
        }),
      { message: `${what} is on screen and uncovered` },
    )
    .toBe(true);
}

/** The compact headline, once it shows what the view draws for the figure's present state. */
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
  const headline = root.locator('.fig-compact');
  // Traits shows only the present prompt's part of its line.
  await expect.poll(async () => (await headline.textContent())!.replace(/\s+/g, ' ').trim()).toBe(expected);
  await expectOnScreen(headline.locator(':scope > :visible').first(), `${figure.component}'s headline`);
}

// A slow, shared machine can take a while to load a chapter with its figure.
test.describe.configure({ timeout: 60_000 });

for (const record of FIGURES) {
  for (const phone of PHONES) {
    test(`${record.component} at ${phone.width} px keeps the changed control and the headline on screen`, async ({
      page,
    }) => {
      const figure = await loadFigure(record);
      await page.setViewportSize(phone);
      await openFigure(page, figure);
      const controls = page.locator(`${figure.tag} .fig-controls`);

      if (figure.slider !== undefined) {
        const slider = controls.locator(`input[name="${figure.slider}"]`);
        await slider.focus();
        await page.keyboard.press(Number(await slider.inputValue()) > 0 ? 'Home' : 'End');
        await expectOnScreen(slider, 'the slider');
        await expectHeadline(page, figure);
      }

      const choice = controls
        .locator('.fig-field:not(.fig-assumptions *) .fig-choice:visible')
        .filter({ has: page.locator('input:not(:checked)') })
        .first();
      await choice.click();
      await expectOnScreen(choice, 'the choice');
      await expectHeadline(page, figure);
    });
  }
}
