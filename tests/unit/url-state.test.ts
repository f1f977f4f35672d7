import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  choiceField,
  flagField,
  initialState,
  leaves,
  numberField,
  readState,
  withValue,
  writeState,
  type State,
} from '../../src/widgets/shared/url-state.ts';

const fields = {
  n: numberField('n', 6000, 0, 6000, true),
  data: choiceField('data', ['a', 'b']),
  assumptions: { beta: numberField('beta', 0.001, 0.0001, 1), on: flagField('on', false) },
};
const all = leaves(fields);
const defaults = initialState(fields);
const read = (params: URLSearchParams) => readState(all, defaults, params, 'x');
const write = (state: State<typeof fields>, params = new URLSearchParams()) =>
  writeState(all, defaults, state, params, 'x');

describe('figure state in the address', () => {
  it('names each field by its path, and its parameter by the figure prefix', () => {
    expect(all.map((leaf) => leaf.name)).toEqual(['n', 'data', 'assumptions.beta', 'assumptions.on']);
    expect(write({ ...defaults, data: 'b', assumptions: { beta: 0.5, on: true } }).toString()).toBe(
      'x-data=b&x-beta=0.5&x-on=1',
    );
  });

  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6000 }),
        fc.double({ min: 0.0001, max: 1, noNaN: true }),
        fc.constantFrom('a' as const, 'b' as const),
        fc.boolean(),
        (n, beta, data, on) => {
          const state = { n, data, assumptions: { beta: Number(beta.toPrecision(6)), on } };
          expect(read(new URLSearchParams(write(state).toString()))).toEqual(state);
        },
      ),
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
    ['yes for a switch', 'yes'],
  ])('falls back to the default for %s', (_, raw) => {
    const params = new URLSearchParams();
    for (const param of ['x-n', 'x-beta', 'x-data', 'x-on']) params.set(param, raw);
    expect(read(params)).toBe(defaults);
  });

  it('leaves other figures\u2019 parameters alone and omits defaults', () => {
    expect(write({ ...defaults, n: 10 }, new URLSearchParams('other=1&x-beta=0.5')).toString()).toBe('other=1&x-n=10');
  });

  it('changes a state by copying only the path to the changed value, so what the rest depends on can be remembered', () => {
    const next = withValue(defaults, ['n'], 10);
    expect(next.n).toBe(10);
    expect(next.assumptions).toBe(defaults.assumptions);
    expect(defaults.n).toBe(6000);
    expect(Object.isFrozen(next)).toBe(true);
    expect(Object.isFrozen(defaults.assumptions)).toBe(true);
  });

  it('types each value by its field, so a wrong key or type does not compile', () => {
    const state: State<typeof fields> = defaults;
    // @ts-expect-error: there is no field "dat".
    expect(state.dat).toBeUndefined();
    // @ts-expect-error: "c" is not one of the choices.
    const choice: State<typeof fields>['data'] = 'c';
    // @ts-expect-error: n is a number.
    const text: string = state.n;
    // @ts-expect-error: a switch is a boolean, not "1".
    const on: State<typeof fields>['assumptions']['on'] = '1';
    expect([choice, text, on]).toEqual(['c', 6000, '1']);
  });

  it('refuses field keys that would not survive as an input name', () => {
    expect(() => leaves({ 'a.b': numberField('a', 0, 0, 1) })).toThrow(/may hold only/);
  });
});
