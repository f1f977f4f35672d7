/**
 * Every figure's ▶ control runs its main slider (the registry's) from its first position to the
 * figure's setting at a pace a room can follow, through the figure's own rendering of each step;
 * it stops where it is on a click or Escape, and with reduced motion it shows the end at once.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { loadFigure, sliderOf, type LoadedFigure } from '../figures.ts';
import { FIGURES } from '../../src/widgets/registry.ts';
import { withValue } from '../../src/widgets/shared/url-state.ts';
import { expectControls, expectShows, openFigure, type FigureState } from './figure-wiring.ts';

/** The figure with its main slider at `position`. */
function stateAt(figure: LoadedFigure, position: number): FigureState {
  const { name, scale } = sliderOf(figure)!;
  return withValue(figure.form.defaults, [name], scale.toValue(position));
}

/** Clicks ▶ and records the slider's position every animation frame until the run ends. */
async function runAndSample(page: Page, figure: LoadedFigure): Promise<number[]> {
  const root = page.locator(figure.tag);
  await root.locator('[data-action="run"]').click();
  return root.evaluate(
    (element, name) =>
      new Promise<number[]>((resolve) => {
        const input = element.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
        const seen: number[] = [];
        const sample = () => {
          seen.push(Number(input.value));
          if ((element as HTMLElement).dataset.running === undefined) resolve(seen);
          else requestAnimationFrame(sample);
        };
        sample();
      }),
    figure.slider,
  );
}

// A slow, shared machine can take a while to load a chapter with its figure.
test.describe.configure({ timeout: 60_000 });

// A figure without a main slider (the views of exhaustiveness) has nothing to run and no ▶.
for (const record of FIGURES.filter((f) => f.slider === undefined)) {
  test(`${record.component} has no slider, so no ▶`, async ({ page }) => {
    const figure = await loadFigure(record);
    await openFigure(page, figure);
    await expect(page.locator(`${figure.tag} [data-action="run"]`)).toHaveCount(0);
    await expect(page.locator(`${figure.tag} [data-action="copy-link"]`)).toBeVisible();
  });
}

for (const record of FIGURES.filter((f) => f.slider !== undefined)) {
  test.describe(record.component, () => {
    let figure: LoadedFigure;
    test.beforeAll(async () => {
      figure = await loadFigure(record);
    });

    test('▶ runs the main slider from its first position up to the setting, through the states between', async ({
      page,
    }) => {
      const target = Math.round(sliderOf(figure)!.scale.steps * 0.7);
      const state = stateAt(figure, target);
      await openFigure(page, figure, state);
      const started = Date.now();
      const seen = await runAndSample(page, figure);
      expect(Date.now() - started, 'a pace a room can follow').toBeGreaterThan(2000);
      const between = new Set(seen.filter((position) => position > 0 && position < target));
      expect(between.size, `positions seen: ${seen.join(' ')}`).toBeGreaterThanOrEqual(Math.min(5, target - 1));
      expect(seen, 'never moves backwards').toEqual([...seen].sort((a, b) => a - b));
      await expect(page.locator(`${figure.tag} [data-action="run"]`)).toContainText('▶');
      await expectControls(page, figure, state);
      await expectShows(page, figure, state);
    });

    test('■ Stop, or Escape, leaves the figure where the run had got to', async ({ page }) => {
      const { steps } = sliderOf(figure)!.scale;
      await openFigure(page, figure, stateAt(figure, steps));
      // The page's clock, not the machine's load, decides how far a run has got.
      await page.clock.install();
      const button = page.locator(`${figure.tag} [data-action="run"]`);
      const slider = page.locator(`${figure.tag} input[name="${figure.slider}"]`);
      for (const stop of [() => button.click(), () => page.keyboard.press('Escape')]) {
        await button.click();
        await expect(button).toContainText('Stop');
        await page.clock.runFor(1500);
        await stop();
        await expect(button).toContainText('▶');
        const stopped = Number(await slider.inputValue());
        expect(stopped).toBeGreaterThan(0);
        expect(stopped).toBeLessThan(steps);
        await page.clock.runFor(1000);
        expect(Number(await slider.inputValue())).toBe(stopped);
        await expectShows(page, figure, stateAt(figure, stopped));
      }
    });

    test('with reduced motion, ▶ shows the end at once', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      // At its first position, the run's end is the slider's last.
      await openFigure(page, figure, stateAt(figure, 0));
      const seen = await runAndSample(page, figure);
      const { steps } = sliderOf(figure)!.scale;
      expect(seen).toEqual([steps]);
      await expectShows(page, figure, stateAt(figure, steps));
    });
  });
}
