/**
 * Every figure in the registry, wired up: a keyboard, a finger, a click on each choice, an
 * address, a hostile address and a reset each lead to what the figure's own view draws for that
 * state in Node (see figure-wiring.ts); figure-before-live.spec.ts checks the build's frame
 * without JavaScript the same way, and phone.spec.ts a tap on a phone. Which way a number should move is the models' business,
 * tested in tests/unit. Each test works one page through several steps: a page load is most of a
 * browser test's cost.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { loadFigure, movedState, type LoadedFigure } from '../figures.ts';
import { FIGURES } from '../../src/widgets/registry.ts';
import { withValue, type NumberField } from '../../src/widgets/shared/url-state.ts';
import type { Parameter } from '../../src/widgets/shared/controls.ts';
import {
  expectAddress,
  expectControls,
  expectShows,
  expectSummary,
  openFigure,
  withInput,
  type FigureState,
} from './figure-wiring.ts';

const assumptionsOf = (figure: LoadedFigure) =>
  [...figure.form.byName.values()].filter((leaf) => leaf.path[0] === 'assumptions');
/** A value inside the field's range, other than its default, that survives the address's six digits. */
const otherValue = (field: NumberField) => {
  const middle = Number(((field.min + field.max) / 2).toPrecision(3));
  return middle === field.initial ? field.max : middle;
};

async function expectView(page: Page, figure: LoadedFigure, state: FigureState) {
  await expectShows(page, figure, state);
  await expectControls(page, figure, state);
}

for (const record of FIGURES) {
  test.describe(record.component, () => {
    let figure: LoadedFigure;
    test.beforeAll(async () => {
      figure = await loadFigure(record);
    });

    test('by keyboard, then a click on each choice, it redraws every number, bar and dot, the live sentence and the address; its QR code opens; a reload brings the view back', async ({
      page,
    }) => {
      await openFigure(page, figure);
      let state = figure.form.defaults;
      await test.step('each slider by Home, End and an arrow; a choice by an arrow, as a radio group', async () => {
        for (const { name, scale } of figure.form.sliderFields) {
          await page.locator(`${figure.tag} input[name="${name}"]`).focus();
          for (const [key, position] of [
            ['Home', 0],
            ['End', scale.steps],
            ['ArrowLeft', scale.steps - 1],
          ] as const) {
            await page.keyboard.press(key);
            state = withValue(state, [name], scale.toValue(position));
            await expectView(page, figure, state);
            await expect(page.locator(`${figure.tag} output[data-for="${name}"]`)).toHaveText(
              scale.label(scale.toValue(position)),
            );
          }
        }
        const first = page.locator(`${figure.tag} .fig-controls input[type="radio"]:checked`).first();
        const [name, before] = await first.evaluate((e: HTMLInputElement) => [e.name, e.value]);
        await page.locator(`${figure.tag} input[name="${name}"][value="${before}"]`).focus();
        await page.keyboard.press('ArrowDown');
        const chosen = (await page.locator(`${figure.tag} input[name="${name}"]:checked`).getAttribute('value'))!;
        expect(chosen).not.toBe(before);
        state = withInput(figure, state, name, chosen);
        await expectShows(page, figure, state);
        await expectSummary(page, figure, state);
        await expectAddress(page, figure, state);
      });

      await test.step('each choice it offers, clicked, and an assumption typed', async () => {
        const choices = page.locator(`${figure.tag} .fig-controls input:is([type="radio"], [type="checkbox"])`);
        // In page order: a scenario is chosen before the choices it shows become visible.
        for (const input of await choices.all()) {
          if (!(await input.isVisible())) continue;
          const [name, value, type] = await input.evaluate((e: HTMLInputElement) => [e.name, e.value, e.type]);
          const checked = await input.isChecked();
          await input.click();
          state = withInput(figure, state, name, type === 'checkbox' && checked ? '0' : value);
          await expectShows(page, figure, state);
        }
        // A figure with editable assumptions: the first one the current choices show (a scenario shows only its own).
        if (assumptionsOf(figure).length > 0) {
          await page.locator(`${figure.tag} .fig-assumptions summary`).click();
          let assumption = assumptionsOf(figure)[0];
          for (const leaf of assumptionsOf(figure)) {
            if (await page.locator(`${figure.tag} input[name="${leaf.name}"]`).isVisible()) {
              assumption = leaf;
              break;
            }
          }
          const typed = String(otherValue(assumption.field as Parameter));
          await page.locator(`${figure.tag} input[name="${assumption.name}"]`).fill(typed);
          state = withInput(figure, state, assumption.name, typed);
          await expectShows(page, figure, state);
        }
        await expectSummary(page, figure, state);
        await expectAddress(page, figure, state);
      });

      await test.step('its QR code opens, and Escape closes it', async () => {
        await page.locator(`${figure.tag} [data-action="qr"]`).click();
        await expect(page.locator('.qr-dialog svg')).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(page.locator('.qr-dialog')).toHaveCount(0);
      });

      await test.step('the address brings the view back after a reload', async () => {
        await page.goto(page.url());
        await expect(page.locator(`${figure.tag}[data-ready]`)).toHaveCount(1);
        await expectView(page, figure, state);
      });
    });

    test('an address made elsewhere opens the view it describes; a hostile one changes nothing and injects nothing; reset restores every assumption and keeps the other choices', async ({
      page,
    }) => {
      await test.step('an address made elsewhere', async () => {
        let state = figure.form.defaults;
        for (const { name, path, field } of figure.form.byName.values()) {
          const slider = figure.form.slider(name);
          if (slider) state = withValue(state, path, slider.toValue(1));
          else if ('choices' in field) state = withValue(state, path, (field.choices as readonly string[]).at(-1));
          else if (field.initial === true || field.initial === false) state = withValue(state, path, !field.initial);
          else state = withValue(state, path, otherValue(field as NumberField));
        }
        await openFigure(page, figure, state);
        await expectView(page, figure, state);
        await expectSummary(page, figure, state);
      });

      await test.step('a hostile address', async () => {
        const params = [...figure.form.byName.values()].map(({ field }) => `${figure.prefix}-${field.param}`);
        const injection = '"><img src=x onerror=alert(1)><script>alert(1)</script>';
        // Markup in every parameter; then a 10 kB number in one (Node refuses a longer address),
        // and NaN and an overflowing number in turn in the others.
        for (const values of [
          params.map(() => injection),
          params.map((_, i) => (i === 0 ? '9'.repeat(10_000) : i % 2 ? 'NaN' : '1e999')),
        ]) {
          const query = new URLSearchParams(params.map((param, i) => [param, values[i]]));
          await page.goto(`${figure.page}?${query}#${figure.id}`);
          await expect(page.locator(`${figure.tag}[data-ready]`)).toHaveCount(1);
          await expectView(page, figure, figure.form.defaults);
          await expect(page.locator(`${figure.tag} :is(img, script)`)).toHaveCount(0);
        }
      });

      if (assumptionsOf(figure).length === 0) return;
      await test.step('reset restores every assumption and keeps the reader’s other choices; an out-of-range one is flagged and ignored', async () => {
        const moved = movedState(figure);
        let state = moved;
        for (const { path, field } of assumptionsOf(figure).slice(0, 2))
          state = withValue(state, path, otherValue(field as NumberField));
        await openFigure(page, figure, state);
        await page.locator(`${figure.tag} .fig-assumptions summary`).click();
        const [first] = assumptionsOf(figure);
        const input = page.locator(`${figure.tag} input[name="${first.name}"]`);
        await input.fill(String((first.field as NumberField).max * 10 + 1));
        await expect(input).toHaveAttribute('aria-invalid', 'true');
        await expectShows(page, figure, state);

        await page.locator(`${figure.tag} [data-action="reset"]`).click();
        await expectView(page, figure, moved);
        await expect(input).not.toHaveAttribute('aria-invalid');
        await expectAddress(page, figure, moved);
      });
    });
  });
}
