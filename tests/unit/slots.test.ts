import { describe, expect, it } from 'vitest';
import { fill, textSlot, valueSlot, widthSlot } from '../../src/widgets/shared/slots.ts';
import * as figure3 from '../../src/widgets/figure3/view.ts';
import * as inoculation from '../../src/widgets/inoculation/view.ts';
import * as traits from '../../src/widgets/traits/view.ts';
import * as pangolin from '../../src/widgets/pangolin/view.ts';
import * as typehints from '../../src/widgets/typehints/view.ts';
import { DEFAULTS as F3 } from '../../src/widgets/figure3/state.ts';
import { DEFAULTS as IP } from '../../src/widgets/inoculation/state.ts';
import { DEFAULTS as TR } from '../../src/widgets/traits/state.ts';
import { DEFAULTS as PG } from '../../src/widgets/pangolin/state.ts';
import { DEFAULTS as TH } from '../../src/widgets/typehints/state.ts';
import { SCENARIOS } from '../../src/models/inoculation.ts';

describe('figure slots', () => {
  it('fills text escaped, widths as style and raw values as data-value', () => {
    const markup = `<p>${textSlot('a', 'strong')} ${widthSlot('w', ' class="bar"')}${valueSlot('raw/v')}</p>`;
    expect(fill(markup, { a: '<b> & "q"', w: '12.50%', 'raw/v': '0.125' })).toBe(
      '<p><strong data-slot="a">&lt;b&gt; &amp; &quot;q&quot;</strong> <span class="bar" data-slot-width="w" style="width:12.50%"></span><span hidden data-slot-value="raw/v" data-value="0.125"></span></p>',
    );
  });

  it('fills every place a slot appears', () => {
    expect(fill(`${textSlot('x')}/${textSlot('x')}`, { x: '1' })).toBe('<span data-slot="x">1</span>/<span data-slot="x">1</span>');
  });

  it('refuses a slot with no value, and a value with no slot', () => {
    expect(() => fill(textSlot('missing'), {})).toThrow(/"missing" has no value/);
    expect(() => fill(textSlot('a'), { a: '1', stray: '2' })).toThrow(/no slot in the markup: stray/);
  });

  it('refuses ids that would need escaping, and a bar with a style of its own', () => {
    expect(() => textSlot('a"b')).toThrow(/may hold only/);
    expect(() => widthSlot('w', ' style="color:red"')).toThrow(/second style attribute/);
  });
});

// The build renders each figure through `fill`, which throws on any empty slot or stray value: so
// rendering every choice a reader can make proves the markup and the numbers agree.
describe('every figure view fills all its slots', () => {
  const cases: [string, { renderOutput(state: Record<string, string | number>): string }, Record<string, string | number>[]][] = [
    ['Figure 3', figure3, ['incorrect-medical', 'correct-medical', 'insecure-code'].flatMap((data) => [0, 6000].map((n) => ({ ...F3, data, n })))],
    ['inoculation', inoculation, SCENARIOS.flatMap((s) => s.framings.filter((f) => f.kind !== 'plain').flatMap((f) => [0, 10, s.max].map((n) => ({ ...IP, scenario: s.id, [`framing.${s.id}`]: f.id, n }))))],
    ['traits', traits, ['plain', 'spanish', 'capitals'].map((prompt) => ({ ...TR, prompt, n: 100 }))],
    ['Pangolin', pangolin, [1, 3, 300].flatMap((distinct) => ['1', '2'].map((hops) => ({ ...PG, distinct, hops })))],
    ['type hints', typehints, [0, 4].flatMap((steering) => ['trained', 'original'].map((model) => ({ ...TH, steering, model })))],
  ];
  for (const [name, view, states] of cases) {
    it(name, () => {
      for (const state of states) {
        const html = view.renderOutput(state);
        expect(html).not.toMatch(/data-slot(-width)?="[^"]+"><\//);
        expect(html).not.toMatch(/NaN|undefined|Infinity/);
      }
    });
  }
});
