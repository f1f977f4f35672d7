import { describe, expect, it } from 'vitest';
import { renderControls, renderOutput, summarize } from '../../src/widgets/figure3/view.ts';
import { DEFAULTS, SIZE } from '../../src/widgets/figure3/state.ts';
import { esc } from '../../src/widgets/shared/format.ts';

describe('Figure 3 view', () => {
  it('renders the default frame with its numbers and its data table', () => {
    const html = renderOutput(DEFAULTS);
    expect(html).toContain('data-cell="harmful-after"');
    expect(html).toContain('<svg');
    expect(html).toMatch(/<table>[\s\S]*Harmful answers to unrelated questions, by training set and size/);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(summarize(DEFAULTS)).toMatch(/^Trained on 6,000 examples of incorrect answers to medical questions/);
  });

  it('labels every assumption as illustrative', () => {
    expect(renderControls(DEFAULTS)).toContain('illustrative, editable');
  });

  it('escapes everything it writes into markup', () => {
    expect(esc('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('maps the log-scale slider to training sizes from 0 to 6,000 and back', () => {
    expect(SIZE.toValue(0)).toBe(0);
    expect(SIZE.toValue(SIZE.steps)).toBe(6000);
    for (let position = 1; position <= SIZE.steps; position++) {
      expect(SIZE.toValue(position)).toBeGreaterThanOrEqual(SIZE.toValue(position - 1));
      expect(SIZE.toValue(SIZE.toPosition(SIZE.toValue(position)))).toBe(SIZE.toValue(position));
    }
  });
});
