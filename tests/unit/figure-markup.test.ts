/**
 * Each figure's build-time markup, pinned in files (tests/fixtures/figures/): its
 * controls at the defaults, and its output and live-region sentence for every combination of
 * its choices (scenario, data set, prompt…). A change in a view shows up in review as a change
 * in these files; `npx vitest run -u` rewrites them after a change that is meant.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFigures, type LoadedFigure } from '../figures.ts';
import { withValue, type ChoiceField } from '../../src/widgets/shared/url-state.ts';

const figures = await loadFigures();
const DIR = 'tests/fixtures/figures';

/** One tag a line, so that a change reads as a change of a few lines. */
const lines = (markup: unknown) => String(markup).replace(/></g, '>\n<');

/** Every combination of the choices outside the assumptions, named by what differs from the defaults, fewest changes first. */
function choiceStates({ form }: LoadedFigure) {
  const choices = [...form.byName.values()].filter((leaf) => leaf.path[0] !== 'assumptions' && 'choices' in leaf.field);
  let states = [{ state: form.defaults, name: [] as string[] }];
  for (const { name, path, field } of choices) {
    const { choices: values, initial } = field as ChoiceField<string>;
    states = states.flatMap((s) =>
      values.map((value) =>
        value === initial ? s : { state: withValue(s.state, path, value), name: [...s.name, `${name}=${value}`] },
      ),
    );
  }
  return states
    .sort((a, b) => a.name.length - b.name.length)
    .map(({ state, name }) => ({ state, name: name.join(',') || 'defaults' }));
}

describe.each(figures)('$component', (figure) => {
  const { form, view } = figure;

  it('renders its controls at the defaults as pinned', async () => {
    await expect(lines(view.renderControls(form.defaults))).toMatchFileSnapshot(
      `../fixtures/figures/${figure.folder}/controls.html`,
    );
  });

  it('renders its output for every choice as pinned, each slot filled with a number', async () => {
    const pinned = new Set<string>();
    const files = ['controls.html'];
    for (const { state, name } of choiceStates(figure)) {
      const output = String(view.renderOutput(state));
      expect(output, name).not.toMatch(/NaN|undefined|Infinity|data-slot(-width)?="[^"]+"><\//);
      const text = `<!-- live region: ${view.live.summarize(state)} -->\n${lines(output)}\n`;
      // A choice the output does not show (another scenario's framing) draws what an earlier one drew.
      if (pinned.has(text)) continue;
      pinned.add(text);
      files.push(`${name}.html`);
      await expect(text).toMatchFileSnapshot(`../fixtures/figures/${figure.folder}/${name}.html`);
    }
    // A file no case writes any more is a pin that no longer holds anything (a new figure's folder is written after its first run).
    if (existsSync(`${DIR}/${figure.folder}`))
      expect(readdirSync(`${DIR}/${figure.folder}`).sort()).toEqual(files.sort());
  });
});
