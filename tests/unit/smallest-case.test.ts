import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CALIBRATION,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_EXAMPLES,
  DEFAULT_PERSONAS,
  MAX_EXAMPLES,
  examplesPerObservation,
  likelihoods,
  observationsWorth,
  toPersonas,
  train,
  type Assumptions,
} from '../../src/models/smallest-case.ts';
import { DEFAULT_PERSONAS as FIGURE3_PERSONAS, DEFAULT_BETA } from '../../src/models/emergent-misalignment.ts';
import { posterior, prior } from '../../src/models/psm.ts';

const MALICIOUS = DEFAULT_PERSONAS.findIndex((p) => p.id === 'malicious');
const HELPFUL = DEFAULT_PERSONAS.findIndex((p) => p.id === 'helpful');

const assumptionsArb = fc.record({
  personas: fc.tuple(
    fc.record({
      prior: fc.double({ min: 0.001, max: 1, noNaN: true }),
      wrong: fc.double({ min: 0.001, max: 0.999, noNaN: true }),
    }),
    fc.record({
      prior: fc.double({ min: 0.001, max: 1, noNaN: true }),
      wrong: fc.double({ min: 0.001, max: 0.999, noNaN: true }),
    }),
  ),
  beta: fc.double({ min: 0.0001, max: 1, noNaN: true }),
});
type Drawn = typeof assumptionsArb extends fc.Arbitrary<infer T> ? T : never;
const toAssumptions = (a: Drawn): Assumptions => ({
  beta: a.beta,
  personas: DEFAULT_PERSONAS.map((p, i) => ({ ...p, ...a.personas[i] })),
});

describe('the smallest case', () => {
  it('uses Figure 3’s persona labels, likelihoods and β, so the names and numbers hold from chapter 1 on', () => {
    for (const persona of DEFAULT_PERSONAS) {
      const same = FIGURE3_PERSONAS.find((p) => p.id === persona.id)!;
      expect(persona.label).toBe(same.label);
      expect(persona.wrong).toBe(same.bad.medical);
    }
    expect(DEFAULT_ASSUMPTIONS.beta).toBe(DEFAULT_BETA);
  });

  it('at the default β, 1,000 examples are worth exactly one exact Bayesian observation, and the figure opens there', () => {
    expect(examplesPerObservation(DEFAULT_ASSUMPTIONS.beta)).toBe(1000);
    expect(observationsWorth(DEFAULT_ASSUMPTIONS.beta, DEFAULT_EXAMPLES)).toBe(1);
  });

  it('returns the engine’s prior and posterior, not a formula of its own', () => {
    fc.assert(
      fc.property(
        assumptionsArb,
        fc.constantFrom('incorrect', 'correct'),
        fc.integer({ min: 0, max: MAX_EXAMPLES }),
        (a, response, n) => {
          const assumptions = toAssumptions(a);
          const personas = toPersonas(assumptions.personas);
          const outcome = train(assumptions, response as 'incorrect' | 'correct', n);
          expect(outcome.prior).toEqual(prior(personas));
          expect(outcome.posterior).toEqual(
            posterior(personas, [{ context: 'medical', response, count: n }], assumptions.beta),
          );
        },
      ),
    );
  });

  it('agrees with the equation the figure writes: P(h | n) ∝ π(h) · L(h)^βn', () => {
    fc.assert(
      fc.property(
        assumptionsArb,
        fc.constantFrom('incorrect', 'correct'),
        fc.integer({ min: 0, max: 3000 }),
        (a, response, n) => {
          const assumptions = toAssumptions(a);
          const outcome = train(assumptions, response as 'incorrect' | 'correct', n);
          const weights = outcome.prior.map((p, i) => p * outcome.likelihood[i] ** outcome.exponent);
          const total = weights[0] + weights[1];
          if (total < 1e-250) return; // underflow in the check, not in the engine
          outcome.posterior.forEach((p, i) => expect(p).toBeCloseTo(weights[i] / total, 9));
        },
      ),
    );
  });

  it('with no examples, the posterior is the prior', () => {
    const outcome = train(DEFAULT_ASSUMPTIONS, 'incorrect', 0);
    outcome.posterior.forEach((p, i) => expect(p).toBeCloseTo(outcome.prior[i], 12));
  });

  it('moves weight to Malicious on incorrect answers, monotonically with the count, and the other way on correct ones', () => {
    let last = -1;
    for (let n = 0; n <= MAX_EXAMPLES; n += 100) {
      const after = train(DEFAULT_ASSUMPTIONS, 'incorrect', n).posterior[MALICIOUS];
      expect(after).toBeGreaterThanOrEqual(last);
      last = after;
    }
    const opening = train(DEFAULT_ASSUMPTIONS, 'incorrect', DEFAULT_EXAMPLES);
    expect(opening.posterior[MALICIOUS]).toBeGreaterThan(0.1);
    expect(opening.posterior[MALICIOUS]).toBeLessThan(0.5);
    expect(train(DEFAULT_ASSUMPTIONS, 'incorrect', MAX_EXAMPLES).posterior[MALICIOUS]).toBeGreaterThan(0.99);
    const control = train(DEFAULT_ASSUMPTIONS, 'correct', MAX_EXAMPLES);
    expect(control.posterior[HELPFUL]).toBeGreaterThan(control.prior[HELPFUL]);
  });

  it('gives each persona the likelihood of the response trained on', () => {
    expect(likelihoods(DEFAULT_ASSUMPTIONS, 'incorrect')).toEqual(DEFAULT_PERSONAS.map((p) => p.wrong));
    expect(likelihoods(DEFAULT_ASSUMPTIONS, 'correct')).toEqual(DEFAULT_PERSONAS.map((p) => 1 - p.wrong));
  });

  it('with equal likelihoods, training tells the personas nothing', () => {
    const same: Assumptions = {
      ...DEFAULT_ASSUMPTIONS,
      personas: DEFAULT_PERSONAS.map((p) => ({ ...p, wrong: 0.3 })),
    };
    const outcome = train(same, 'incorrect', MAX_EXAMPLES);
    outcome.posterior.forEach((p, i) => expect(p).toBeCloseTo(outcome.prior[i], 12));
  });

  it('is declared illustrative, comparison only', () => {
    expect(CALIBRATION.kind).toBe('comparison');
    expect(CALIBRATION.note).toMatch(/illustrative/i);
  });
});
