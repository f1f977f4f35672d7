/**
 * Every figure's ▶ control runs its main slider (the registry's) from its first position to the
 * figure's setting at a pace a room can follow, through the figure's own rendering of each step;
 * it stops where it is on a click or Escape, and with reduced motion it shows the end at once.
 * The page's clock, not the machine's load, decides how far a run has got: each figure is checked
 * in one page, its clock stepped by hand.
 */
import { expect, test } from './fixtures.ts';
import { loadFigure, sliderOf, type LoadedFigure } from '../figures.ts';
import { FIGURES } from '../../src/widgets/registry.ts';
import { withValue } from '../../src/widgets/shared/url-state.ts';
import { RUN_MS } from '../../src/widgets/shared/run.ts';
import { expectControls, expectShows, openFigure, type FigureState } from './figure-wiring.ts';

/** The figure with its main slider at `position`. */
function stateAt(figure: LoadedFigure, position: number): FigureState {
  const { name, scale } = sliderOf(figure)!;
  return withValue(figure.form.defaults, [name], scale.toValue(position));
}

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
  test(`${record.component}: ▶ runs from the first position up to the setting through the states between; ■ or Escape stops it; reduced motion jumps to the end`, async ({
    page,
  }) => {
    const figure = await loadFigure(record);
    const { steps } = sliderOf(figure)!.scale;
    const target = Math.round(steps * 0.7);
    const state = stateAt(figure, target);
    await openFigure(page, figure, state);
    await page.clock.install();
    // Held still: only runFor moves it, however long the machine takes between steps.
    await page.clock.pauseAt(Date.now() + 1000);
    const button = page.locator(`${figure.tag} [data-action="run"]`);
    const slider = page.locator(`${figure.tag} input[name="${figure.slider}"]`);
    const position = async () => Number(await slider.inputValue());

    await test.step('a run passes through the positions between, never backwards, at a pace a room can follow', async () => {
      await button.click();
      await expect(button).toContainText('Stop');
      const seen: number[] = [];
      for (let elapsed = 0; elapsed < RUN_MS; elapsed += RUN_MS / 10) {
        await page.clock.runFor(RUN_MS / 10);
        seen.push(await position());
      }
      expect(seen.at(-2), 'not there before its time').toBeLessThan(target);
      const between = new Set(seen.filter((p) => p > 0 && p < target));
      expect(between.size, `positions seen: ${seen.join(' ')}`).toBeGreaterThanOrEqual(Math.min(5, target - 1));
      expect(seen, 'never moves backwards').toEqual([...seen].sort((a, b) => a - b));
      await page.clock.runFor(100);
      await expect(button).toContainText('▶');
      await expectControls(page, figure, state);
      await expectShows(page, figure, state);
    });

    await test.step('■ Stop, or Escape, leaves the figure where the run had got to', async () => {
      await slider.focus();
      await page.keyboard.press('End');
      let end = steps;
      for (const stop of [() => button.click(), () => page.keyboard.press('Escape')]) {
        await button.click();
        await expect(button).toContainText('Stop');
        await page.clock.runFor(RUN_MS * 0.4);
        await stop();
        await expect(button).toContainText('▶');
        const stopped = await position();
        expect(stopped).toBeGreaterThan(0);
        expect(stopped).toBeLessThan(end);
        end = stopped;
        await page.clock.runFor(RUN_MS);
        expect(await position()).toBe(stopped);
        await expectShows(page, figure, stateAt(figure, stopped));
      }
    });

    await test.step('with reduced motion, ▶ shows the end at once', async () => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      // At its first position, the run's end is the slider's last.
      await slider.focus();
      await page.keyboard.press('Home');
      await button.click();
      expect(await position()).toBe(steps);
      await expectShows(page, figure, stateAt(figure, steps));
    });
  });
}
