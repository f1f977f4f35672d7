import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  posterior,
  predictive,
  prior,
  productPersonas,
  trainedPredictive,
  transferredPredictive,
  unexplained,
  type Persona,
} from '../../src/models/psm.ts';

type C = 'a' | 'b';
type R = 'x' | 'y';

const probability = fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }));
const persona = (id: number) =>
  fc
    .record({
      prior: fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true })),
      pa: probability,
      pb: probability,
    })
    .map(({ prior: weight, pa, pb }): Persona<C, R> => ({
      id: `p${id}`,
      label: `p${id}`,
      prior: weight,
      behaviour: { a: { x: pa, y: 1 - pa }, b: { x: pb, y: 1 - pb } },
    }));
const personas = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => persona(i))))
  .filter((list) => list.some((p) => p.prior > 0));
const count = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(1e6, 1e9));
const data = fc.array(
  fc.record({ context: fc.constantFrom<C>('a', 'b'), response: fc.constantFrom<R>('x', 'y'), count }),
  { maxLength: 4 },
);
const beta = fc.double({ min: 1e-4, max: 1, noNaN: true });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the persona selection engine', () => {
  it('gives a posterior that sums to 1 and stays finite, up to 1e9 examples and likelihoods of 0 or 1', () => {
    fc.assert(
      fc.property(personas, data, beta, (list, observations, b) => {
        const weights = posterior(list, observations, b);
        expect(weights.every(Number.isFinite)).toBe(true);
        expect(weights.every((w) => w >= 0)).toBe(true);
        expect(Math.abs(sum(weights) - 1)).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back the prior when there is no data', () => {
    fc.assert(
      fc.property(personas, beta, (list, b) => {
        const weights = posterior(list, [], b);
        prior(list).forEach((p, i) => expect(weights[i]).toBeCloseTo(p, 12));
      }),
    );
  });

  it('changes nothing when every persona finds the data equally likely', () => {
    fc.assert(
      fc.property(personas, fc.double({ min: 0.01, max: 1, noNaN: true }), count, beta, (list, p, n, b) => {
        const same = list.map((q) => ({ ...q, behaviour: { ...q.behaviour, a: { x: p, y: 1 - p } } }));
        const weights = posterior(same, [{ context: 'a', response: 'x', count: n }], b);
        prior(same).forEach((w, i) => expect(weights[i]).toBeCloseTo(w, 9));
      }),
    );
  });

  it('never lowers the weight of the persona that explains added examples best', () => {
    fc.assert(
      fc.property(personas, data, fc.integer({ min: 1, max: 5000 }), beta, (list, observations, extra, b) => {
        const best = list.reduce((top, q, i) => (q.behaviour.a.x! > list[top].behaviour.a.x! ? i : top), 0);
        const before = posterior(list, observations, b)[best];
        const after = posterior(list, [...observations, { context: 'a', response: 'x', count: extra }], b)[best];
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      { numRuns: 500 },
    );
  });

  it('costs the same for a billion examples as for ten', () => {
    const list: Persona<C, R>[] = [
      { id: 'h', label: 'h', prior: 0.9, behaviour: { a: { x: 0.01, y: 0.99 }, b: { x: 0.5, y: 0.5 } } },
      { id: 'm', label: 'm', prior: 0.1, behaviour: { a: { x: 0.9, y: 0.1 }, b: { x: 0.5, y: 0.5 } } },
    ];
    const weights = posterior(list, [{ context: 'a', response: 'x', count: 1e9 }], 1);
    expect(weights).toEqual([0, 1]);
  });

  it('returns the prior when the data are impossible under every persona', () => {
    const list: Persona<C, R>[] = [
      { id: 'h', label: 'h', prior: 0.75, behaviour: { a: { x: 0, y: 1 }, b: { x: 0.5, y: 0.5 } } },
      { id: 'm', label: 'm', prior: 0.25, behaviour: { a: { x: 0, y: 1 }, b: { x: 0.5, y: 0.5 } } },
    ];
    const weights = posterior(list, [{ context: 'a', response: 'x', count: 3 }], 1);
    expect(weights[0]).toBeCloseTo(0.75, 14);
    expect(weights[1]).toBeCloseTo(0.25, 14);
  });

  it('predicts behaviour elsewhere as the posterior-weighted average', () => {
    const list: Persona<C, R>[] = [
      { id: 'h', label: 'h', prior: 1, behaviour: { a: { x: 0.1, y: 0.9 }, b: { x: 0.2, y: 0.8 } } },
      { id: 'm', label: 'm', prior: 1, behaviour: { a: { x: 0.9, y: 0.1 }, b: { x: 0.6, y: 0.4 } } },
    ];
    expect(predictive(list, [0.25, 0.75], 'b', 'x')).toBeCloseTo(0.25 * 0.2 + 0.75 * 0.6, 12);
  });

  it('matches Bayes rule exactly when beta is 1', () => {
    const list: Persona<C, R>[] = [
      { id: 'h', label: 'h', prior: 0.5, behaviour: { a: { x: 0.2, y: 0.8 }, b: {} } },
      { id: 'm', label: 'm', prior: 0.5, behaviour: { a: { x: 0.6, y: 0.4 }, b: {} } },
    ];
    const [h, m] = posterior(list, [{ context: 'a', response: 'x', count: 2 }], 1);
    expect(m / h).toBeCloseTo((0.6 * 0.6) / (0.2 * 0.2), 10);
  });

  it('still sums to 1 when every log weight is near -1e7 (a case fast-check found)', () => {
    const sure = (p: number): Persona<C, R>['behaviour'] => ({ a: { x: p, y: 1 - p }, b: { x: p, y: 1 - p } });
    const list: Persona<C, R>[] = [
      { id: 'h', label: 'h', prior: 1e-6, behaviour: sure(0) },
      { id: 'm', label: 'm', prior: 1e-6, behaviour: sure(0.9999999999999997) },
      { id: 's', label: 's', prior: 1e-6, behaviour: sure(0.9999999999999997) },
    ];
    const weights = posterior(
      list,
      [
        { context: 'a', response: 'y', count: 1e6 },
        { context: 'a', response: 'x', count: 1e6 },
      ],
      0.5,
    );
    expect(Math.abs(sum(weights) - 1)).toBeLessThanOrEqual(1e-12);
    expect(weights[1]).toBeCloseTo(0.5, 12);
  });
});

describe('personas as products of traits', () => {
  type T = 'train' | 'test';
  const language: Persona<T, string>[] = [
    { id: 'es', label: 'Spanish', prior: 0.5, behaviour: { train: { es: 0.9, en: 0.1 }, test: { es: 0.9, en: 0.1 } } },
    { id: 'en', label: 'English', prior: 0.5, behaviour: { train: { es: 0.1, en: 0.9 }, test: { es: 0.1, en: 0.9 } } },
  ];
  const letters: Persona<T, string>[] = [
    {
      id: 'caps',
      label: 'Capitals',
      prior: 0.5,
      behaviour: { train: { caps: 0.9, lower: 0.1 }, test: { caps: 0.9, lower: 0.1 } },
    },
    {
      id: 'lower',
      label: 'Lower case',
      prior: 0.5,
      behaviour: { train: { caps: 0.1, lower: 0.9 }, test: { caps: 0.1, lower: 0.9 } },
    },
  ];

  it('multiplies priors and likelihoods', () => {
    const product = productPersonas([language, letters], ['train', 'test']);
    expect(product.map((p) => p.id)).toEqual(['es×caps', 'es×lower', 'en×caps', 'en×lower']);
    expect(product[0].prior).toBeCloseTo(0.25, 12);
    expect(product[0].behaviour.train['es+caps']).toBeCloseTo(0.81, 12);
    expect(product[3].behaviour.test['es+lower']).toBeCloseTo(0.09, 12);
    for (const p of product) expect(sum(Object.values(p.behaviour.train) as number[])).toBeCloseTo(1, 12);
  });
});

describe('behaviour in the trained context', () => {
  const list: Persona<C, R>[] = [
    { id: 'h', label: 'h', prior: 0.5, behaviour: { a: { x: 0.1, y: 0.9 }, b: { x: 0.1, y: 0.9 } } },
    { id: 'm', label: 'm', prior: 0.5, behaviour: { a: { x: 0.1, y: 0.9 }, b: { x: 0.9, y: 0.1 } } },
  ];

  it('is the plain predictive in a context training never touched', () => {
    const data = [{ context: 'a' as const, response: 'x' as const, count: 100 }];
    const weights = posterior(list, data, 1);
    expect(trainedPredictive(list, weights, data, 'b', 'x', 50)).toBe(predictive(list, weights, 'b', 'x'));
  });

  it('moves toward what training showed as the count grows, halfway at k', () => {
    const weights = [0.5, 0.5];
    const at = (count: number) =>
      trainedPredictive(list, weights, [{ context: 'a', response: 'x', count }], 'a', 'x', 50);
    expect(at(0)).toBeCloseTo(0.1, 12);
    expect(at(50)).toBeCloseTo(0.55, 12);
    expect(at(1e9)).toBeCloseTo(1, 6);
  });

  it('stays a probability for any data', () => {
    fc.assert(
      fc.property(personas, data, fc.double({ min: 0, max: 1e4, noNaN: true }), (people, observations, k) => {
        const weights = posterior(people, observations, 0.5);
        for (const context of ['a', 'b'] as const) {
          const p = trainedPredictive(people, weights, observations, context, 'x', k);
          expect(p).toBeGreaterThanOrEqual(-1e-12);
          expect(p).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});

describe('what a trained habit carries to another context of the same task', () => {
  const people: Persona<C, R>[] = [
    { id: 'h', label: 'h', prior: 0.9, behaviour: { a: { x: 0.05, y: 0.95 }, b: { x: 0.02, y: 0.98 } } },
    { id: 'm', label: 'm', prior: 0.1, behaviour: { a: { x: 0.6, y: 0.4 }, b: { x: 0.5, y: 0.5 } } },
  ];

  it('is the trained predictive in the trained context itself', () => {
    fc.assert(
      fc.property(
        personas,
        data,
        fc.constantFrom<C>('a', 'b'),
        fc.constantFrom<R>('x', 'y'),
        (list, observations, context, response) => {
          const weights = prior(list);
          expect(transferredPredictive(list, weights, observations, context, context, response, 50)).toBe(
            trainedPredictive(list, weights, observations, context, response, 50),
          );
        },
      ),
    );
  });

  it('stays a probability, up to 1e9 examples', () => {
    fc.assert(
      fc.property(
        personas,
        data,
        beta,
        fc.constantFrom<R>('x', 'y'),
        fc.integer({ min: 0, max: 1000 }),
        (list, observations, b, response, k) => {
          const value = transferredPredictive(
            list,
            posterior(list, observations, b),
            observations,
            'a',
            'b',
            response,
            k,
          );
          expect(value).toBeGreaterThanOrEqual(-1e-12);
          expect(value).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
    );
  });

  it('carries nothing when the trained context already predicted the data, and the whole mapping when no persona did', () => {
    const explained: Persona<C, R>[] = people.map((p) => ({ ...p, behaviour: { ...p.behaviour, a: { x: 1, y: 0 } } }));
    const observations = [{ context: 'a' as C, response: 'x' as R, count: 1e6 }];
    expect(unexplained(explained, prior(explained), observations, 'a')).toBeCloseTo(0, 12);
    expect(transferredPredictive(explained, prior(explained), observations, 'a', 'b', 'x', 50)).toBeCloseTo(
      predictive(explained, prior(explained), 'b', 'x'),
      12,
    );
    const surprising: Persona<C, R>[] = people.map((p) => ({ ...p, behaviour: { ...p.behaviour, a: { x: 0, y: 1 } } }));
    expect(unexplained(surprising, prior(surprising), observations, 'a')).toBe(1);
    expect(transferredPredictive(surprising, prior(surprising), observations, 'a', 'b', 'x', 50)).toBeGreaterThan(
      0.9999,
    );
  });

  it('carries less as the trained context explains more of the data', () => {
    const observations = [{ context: 'a' as C, response: 'x' as R, count: 5000 }];
    const carried = [0.1, 0.4, 0.7, 0.95].map((rate) => {
      const list: Persona<C, R>[] = people.map((p) => ({
        ...p,
        behaviour: { ...p.behaviour, a: { x: rate, y: 1 - rate } },
      }));
      return transferredPredictive(list, prior(list), observations, 'a', 'b', 'x', 50);
    });
    carried.slice(1).forEach((value, i) => expect(value).toBeLessThan(carried[i]));
  });
});
