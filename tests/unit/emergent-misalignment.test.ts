import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DATASETS,
  DEFAULT_ASSUMPTIONS,
  MAX_EXAMPLES,
  harmfulCurve,
  train,
} from '../../src/models/emergent-misalignment.ts';
import { sizeGrid } from '../../src/models/grid.ts';

const dataset = (id: string) => DATASETS.find((d) => d.id === id)!;
const index = (id: string) => DEFAULT_ASSUMPTIONS.personas.findIndex((p) => p.id === id);

describe('Figure 3 under the default assumptions', () => {
  const medical = train(DEFAULT_ASSUMPTIONS, dataset('incorrect-medical'), MAX_EXAMPLES);

  it('upweights "malicious" and "sarcastic" and downweights "helpful and competent"', () => {
    for (const id of ['malicious', 'sarcastic'])
      expect(medical.posterior[index(id)]).toBeGreaterThan(10 * medical.prior[index(id)]);
    expect(medical.posterior[index('helpful')]).toBeLessThan(0.01);
  });

  it('takes harmful answers to unrelated questions from near zero to tens of percent', () => {
    expect(medical.harmfulBefore).toBeLessThan(0.03);
    expect(medical.harmfulAfter).toBeGreaterThan(0.2);
  });

  it('leaves the correct-answer control near zero', () => {
    const control = train(DEFAULT_ASSUMPTIONS, dataset('correct-medical'), MAX_EXAMPLES);
    expect(control.harmfulAfter).toBeLessThan(0.01);
    expect(control.posterior[index('helpful')]).toBeGreaterThan(0.95);
  });

  it('makes insecure code misaligning too', () => {
    expect(train(DEFAULT_ASSUMPTIONS, dataset('insecure-code'), MAX_EXAMPLES).harmfulAfter).toBeGreaterThan(0.2);
  });

  it('raises harm monotonically with training size on bad data', () => {
    for (const id of ['incorrect-medical', 'insecure-code']) {
      const curve = harmfulCurve(DEFAULT_ASSUMPTIONS, dataset(id));
      curve.slice(1).forEach((point, i) => expect(point.harmful).toBeGreaterThanOrEqual(curve[i].harmful - 1e-12));
    }
  });

  it('explains the data without malice once an honest mistake is as likely', () => {
    const personas = DEFAULT_ASSUMPTIONS.personas.map((p) =>
      p.id === 'mistaken' ? { ...p, bad: { ...p.bad, medical: 0.7 } } : p,
    );
    const softened = train({ ...DEFAULT_ASSUMPTIONS, personas }, dataset('incorrect-medical'), MAX_EXAMPLES);
    expect(softened.harmfulAfter).toBeLessThan(medical.harmfulAfter / 2);
  });

  it('samples training sizes from 0 to the full dataset, increasing', () => {
    const grid = sizeGrid(MAX_EXAMPLES);
    expect(grid[0]).toBe(0);
    expect(grid.at(-1)).toBe(MAX_EXAMPLES);
    grid.slice(1).forEach((n, i) => expect(n).toBeGreaterThan(grid[i]));
  });

  it('stays a probability for any editable assumption', () => {
    const rate = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.record({ prior: rate, medical: rate, code: rate, open: rate }), { minLength: 5, maxLength: 5 }),
        fc.double({ min: 0.0001, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: MAX_EXAMPLES }),
        (edits, beta, n) => {
          const personas = DEFAULT_ASSUMPTIONS.personas.map((p, i) => ({
            ...p,
            prior: edits[i].prior,
            bad: { medical: edits[i].medical, code: edits[i].code, open: edits[i].open },
          }));
          const outcome = train({ personas, beta }, dataset('incorrect-medical'), n);
          expect(outcome.harmfulAfter).toBeGreaterThanOrEqual(0);
          expect(outcome.harmfulAfter).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
    );
  });
});
