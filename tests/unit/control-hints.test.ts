/**
 * Every control of every figure carries its one line (what it does, what to watch for), tied to
 * it for screen readers, and every figure has a one-line headline holding its numbers.
 */
import { describe, expect, it } from 'vitest';
import { loadFigures } from '../figures.ts';

const figures = await loadFigures();

describe.each(figures.map((figure) => [figure.component, figure] as const))('%s', (_, figure) => {
  const controls = String(figure.view.renderControls(figure.form.defaults));

  it('gives every choice group and slider a line of its own', () => {
    const fieldsets = controls.match(/<fieldset class="fig-field"[^>]*>/g) ?? [];
    const sliders = controls.match(/<input [^>]*type="range"[^>]*>/g) ?? [];
    expect(fieldsets.length + sliders.length).toBeGreaterThan(0);
    for (const control of [...fieldsets, ...sliders]) {
      const id = control.match(/aria-describedby="([^"]+)"/)?.[1];
      expect(id, control).toBeDefined();
      const line = controls.match(new RegExp(`<p class="fig-hint" id="${id}">([^<]+)</p>`))?.[1];
      expect(line?.trim().length, `the line for ${id}`).toBeGreaterThan(20);
    }
  });

  it('names its hints by its prefix, so two figures on a page never share one', () => {
    for (const [, id] of controls.matchAll(/class="fig-hint" id="([^"]+)"/g)) expect(id).toMatch(`${figure.prefix}-`);
  });

  it('says its headline outcome in one short line of numbers', () => {
    const headline = String(figure.view.renderHeadline(figure.form.defaults));
    expect(headline).toMatch(/<strong data-slot="[^"]+">[^<]+<\/strong>/);
    expect(headline.replace(/<[^>]+>/g, '').length).toBeLessThan(100);
  });
});
