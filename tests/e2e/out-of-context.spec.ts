/**
 * What the out-of-context figures do beyond the wiring every figure shares (figure-input.spec.ts):
 * the type-hint figure's cues are switches, and a keyboard alone turns each on and off.
 */
import { expect, test } from './fixtures.ts';
import { loadFigure } from '../figures.ts';
import { figure } from '../../src/widgets/registry.ts';
import { valueAt, withValue } from '../../src/widgets/shared/url-state.ts';
import { CUES } from '../../src/models/type-hints.ts';
import { expectAddress, expectShows, openFigure } from './figure-wiring.ts';

test('each cue of the type-hint figure turns on and off by keyboard alone', async ({ page }) => {
  const typeHints = await loadFigure(figure('TypeHints'));
  await openFigure(page, typeHints);
  let state = typeHints.form.defaults;
  for (const cue of CUES) {
    const box = page.locator(`${typeHints.tag} input[name="cue.${cue.id}"]`);
    await box.focus();
    await page.keyboard.press('Space');
    const on = !valueAt(state, ['cue', cue.id]);
    state = withValue(state, ['cue', cue.id], on);
    await expect(box).toBeChecked({ checked: on });
    await expectShows(page, typeHints, state);
  }
  await expectAddress(page, typeHints, state);
});
