import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { choiceField, numberField, readState, writeState } from '../../src/widgets/shared/url-state.ts';

const fields = { n: numberField('x-n', 0, 6000, true), beta: numberField('x-beta', 0.0001, 1), data: choiceField('x-data', ['a', 'b'] as const) };
const defaults = { n: 6000, beta: 0.001, data: 'a' as 'a' | 'b' };

describe('figure state in the address', () => {
  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6000 }), fc.double({ min: 0.0001, max: 1, noNaN: true }), fc.constantFrom('a', 'b' as const), (n, beta, data) => {
        const rounded = Number(beta.toPrecision(6));
        const state = { n, beta: rounded, data };
        const params = writeState(fields, defaults, state, new URLSearchParams());
        expect(readState(fields, defaults, new URLSearchParams(params.toString()))).toEqual(state);
      }),
    );
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['1e999', '1e999'],
    ['a negative count', '-5'],
    ['a fraction where a count is needed', '2.5'],
    ['a 10 kB string', '9'.repeat(10_000)],
    ['hex', '0x10'],
    ['an empty value', ''],
  ])('falls back to the default for %s', (_, raw) => {
    const params = new URLSearchParams();
    params.set('x-n', raw);
    params.set('x-beta', raw);
    params.set('x-data', raw);
    expect(readState(fields, defaults, params)).toEqual(defaults);
  });

  it('leaves other figures\u2019 parameters alone and omits defaults', () => {
    const params = writeState(fields, defaults, { ...defaults, n: 10 }, new URLSearchParams('other=1&x-beta=0.5'));
    expect(params.toString()).toBe('other=1&x-n=10');
  });
});
