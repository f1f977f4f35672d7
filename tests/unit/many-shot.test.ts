import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as manyShot from '../../src/models/many-shot.ts';
import { sizeGrid } from '../../src/models/grid.ts';
import {
  ASKELL_PREFIX_CONVERSATIONS,
  CALIBRATION,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_PERSONAS,
  FACTS,
  MAX_SHOTS,
  curve,
  outcome,
  prefixLowersCompliance,
  shotsToReach,
  startingWeights,
  toPersonas,
  type Assumptions,
  type PersonaSpec,
  type Start,
} from '../../src/models/many-shot.ts';
import { posterior } from '../../src/models/psm.ts';

const STARTS: Start[] = ['base', 'post-trained'];
const rate = fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }));
const spec = (i: number) =>
  fc
    .record({ basePrior: fc.double({ min: 1e-4, max: 1, noNaN: true }), comply: rate, helpful: rate })
    .map((r): PersonaSpec => ({ id: `p${i}`, label: `p${i}`, description: '', ...r }));
const specs = fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => spec(i))));
const assumptions = (personas: fc.Arbitrary<PersonaSpec[]>) =>
  fc
    .record({
      personas,
      refusals: fc.integer({ min: 0, max: 10_000 }),
      helpfulAnswers: fc.integer({ min: 0, max: 10_000 }),
      betaTraining: fc.double({ min: 1e-4, max: 0.1, noNaN: true }),
      betaContext: fc.double({ min: 1e-3, max: 1, noNaN: true }),
      prefixWeight: fc.double({ min: 0, max: 20, noNaN: true }),
    })
    .map((r): Assumptions => ({
      personas: r.personas,
      postTraining: { refusals: r.refusals, helpfulAnswers: r.helpfulAnswers },
      betaTraining: r.betaTraining,
      betaContext: r.betaContext,
      prefixConversations: ASKELL_PREFIX_CONVERSATIONS,
      prefixWeight: r.prefixWeight,
    }));
const anyAssumptions = assumptions(specs);
/** Assumptions under which no persona that complies more fits a helpful conversation better. */
const orderedAssumptions = assumptions(specs.filter(prefixLowersCompliance));
const SIZES = [0, 1, 2, 5, 10, 30, 100, 300];

describe('many-shot jailbreaking: context conditions the persona distribution', () => {
  it('stays a probability for any assumptions, start, prefix and number of shots', () => {
    fc.assert(
      fc.property(
        anyAssumptions,
        fc.constantFrom(...STARTS),
        fc.boolean(),
        fc.integer({ min: 0, max: 1000 }),
        (a, start, prefix, shots) => {
          const { compliance, weights } = outcome({ start, prefix, shots }, a);
          expect(compliance).toBeGreaterThanOrEqual(0);
          expect(compliance).toBeLessThanOrEqual(1 + 1e-12);
          expect(Math.abs(weights.reduce((s, w) => s + w, 0) - 1)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never lowers compliance as shots are added, whatever the assumptions (each shot is evidence for complying)', () => {
    fc.assert(
      fc.property(anyAssumptions, fc.constantFrom(...STARTS), fc.boolean(), (a, start, prefix) => {
        const points = curve({ start, prefix }, SIZES, a);
        points.slice(1).forEach((p, i) => expect(p.compliance).toBeGreaterThanOrEqual(points[i].compliance - 1e-12));
      }),
      { numRuns: 300 },
    );
  });

  it('the post-trained model complies no more than the base model at any number of shots, when helpfulness and compliance are ordered', () => {
    fc.assert(
      fc.property(orderedAssumptions, fc.boolean(), (a, prefix) => {
        const base = curve({ start: 'base', prefix }, SIZES, a);
        const post = curve({ start: 'post-trained', prefix }, SIZES, a);
        post.forEach((p, i) => expect(p.compliance).toBeLessThanOrEqual(base[i].compliance + 1e-12));
      }),
      { numRuns: 300 },
    );
  });

  it('the helpful prefix lowers compliance at any number of shots, when helpfulness and compliance are ordered', () => {
    fc.assert(
      fc.property(orderedAssumptions, fc.constantFrom(...STARTS), (a, start) => {
        const without = curve({ start, prefix: false }, SIZES, a);
        const withPrefix = curve({ start, prefix: true }, SIZES, a);
        withPrefix.forEach((p, i) => expect(p.compliance).toBeLessThanOrEqual(without[i].compliance + 1e-12));
      }),
      { numRuns: 300 },
    );
  });

  it('but a prefix can raise compliance when a persona that complies more fits it better (the stated caveat)', () => {
    const personas: PersonaSpec[] = [
      { id: 'web', label: 'web', description: '', basePrior: 0.7, comply: 0.5, helpful: 0.02 },
      { id: 'complies', label: 'complies', description: '', basePrior: 0.3, comply: 0.97, helpful: 0.8 },
    ];
    expect(prefixLowersCompliance(personas)).toBe(false);
    const a: Assumptions = { ...DEFAULT_ASSUMPTIONS, personas };
    expect(outcome({ start: 'base', prefix: true, shots: 50 }, a).compliance).toBeGreaterThan(
      outcome({ start: 'base', prefix: false, shots: 50 }, a).compliance,
    );
  });

  it('the post-trained start is the base prior conditioned on post-training, on the same engine', () => {
    const personas = toPersonas(DEFAULT_PERSONAS);
    const trained = posterior(
      personas,
      [
        { context: 'harmful', response: 'refuses', count: DEFAULT_ASSUMPTIONS.postTraining.refusals },
        { context: 'helpful', response: 'helpful', count: DEFAULT_ASSUMPTIONS.postTraining.helpfulAnswers },
      ],
      DEFAULT_ASSUMPTIONS.betaTraining,
    );
    expect(startingWeights('post-trained')).toEqual(trained);
    expect(outcome({ start: 'base', prefix: false, shots: 0 }).weights).toEqual(startingWeights('base'));
  });

  describe('at the default assumptions', () => {
    it('satisfy the ordering that makes the prefix a counter-weight', () => {
      expect(prefixLowersCompliance(DEFAULT_PERSONAS)).toBe(true);
    });

    it('the post-trained model usually refuses without shots and mostly complies after a few hundred', () => {
      expect(outcome({ start: 'post-trained', prefix: false, shots: 0 }).compliance).toBeLessThan(0.05);
      expect(outcome({ start: 'post-trained', prefix: false, shots: MAX_SHOTS }).compliance).toBeGreaterThan(0.9);
    });

    it('the base prior is more easily moved: it needs fewer shots than the post-trained one to reach any level', () => {
      for (const level of [0.25, 0.5, 0.75, 0.9]) {
        for (const prefix of [false, true]) {
          const base = shotsToReach({ start: 'base', prefix }, level);
          const post = shotsToReach({ start: 'post-trained', prefix }, level);
          expect(base).not.toBeNull();
          expect(post).not.toBeNull();
          expect(base!).toBeLessThan(post!);
        }
      }
    });

    it('the helpful prefix matters most for the base model, whose Assistant is least settled', () => {
      const drop = (start: Start) =>
        outcome({ start, prefix: false, shots: 0 }).compliance - outcome({ start, prefix: true, shots: 0 }).compliance;
      expect(drop('base')).toBeGreaterThan(0.2);
      expect(drop('base')).toBeGreaterThan(5 * drop('post-trained'));
    });

    it('shotsToReach agrees with the curve', () => {
      const setting = { start: 'post-trained' as const, prefix: false };
      const n = shotsToReach(setting, 0.5)!;
      expect(outcome({ ...setting, shots: n }).compliance).toBeGreaterThanOrEqual(0.5);
      expect(outcome({ ...setting, shots: n - 1 }).compliance).toBeLessThan(0.5);
      expect(shotsToReach(setting, 0.999)).toBeNull();
    });
  });

  it('samples shot counts from 0 to the maximum, increasing', () => {
    const grid = sizeGrid(MAX_SHOTS);
    expect(grid[0]).toBe(0);
    expect(grid.at(-1)).toBe(MAX_SHOTS);
    grid.slice(1).forEach((n, i) => expect(n).toBeGreaterThan(grid[i]));
  });
});

describe('many-shot: what is published and what is not', () => {
  it('takes the fourteen prefix conversations from the post, as a stated fact with its sources', () => {
    const fact = FACTS.find((f) => f.id === 'askell-prefix')!;
    expect(fact.value).toBe(ASKELL_PREFIX_CONVERSATIONS);
    expect(DEFAULT_ASSUMPTIONS.prefixConversations).toBe(fact.value);
    expect(fact.cite).toEqual(['marks2026persona', 'askell2021general']);
  });

  it('cites only keys that exist in the bibliography', () => {
    const bib = readFileSync('content/references.bib', 'utf8');
    for (const key of FACTS.flatMap((f) => f.cite)) expect(bib, key).toMatch(new RegExp(`@\\w+\\{${key},`));
  });

  it('is comparison-only: no published compliance rate is used', () => {
    expect(CALIBRATION.kind).toBe('comparison');
  });

  it('states no number in its text that is neither a fact with a source nor part of a name', () => {
    const allowed = new Set(FACTS.flatMap((f) => (f.value === undefined ? [] : [String(f.value)])));
    expect(strayNumbers(manyShot, allowed)).toEqual([]);
  });

  it('says in its header what is illustrative and what is published', () => {
    const header = readFileSync('src/models/many-shot.ts', 'utf8').split('*/')[0];
    expect(header).toMatch(/illustrative/i);
    expect(header).toMatch(/published/i);
    expect(header).toMatch(/marks2026persona/);
  });
});

/** Numbers that appear in any string the module exports, after removing names ("Claude Sonnet 4.5", "sec. 8"), citation keys and citation years. */
function strayNumbers(module: object, allowed: Set<string>): string[] {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(Object.values(module));
  const names = [
    /\b[a-z]+\d{4}[a-z0-9]+\b/g,
    /Claude (?:Sonnet|Opus|Haiku) \d+(?:\.\d+)?/g,
    /Claude \d+(?:\.\d+)? \w+/g,
    /\b(?:sec|Fig|Figure|Table|Appendix)\.? \d+(?:\.\d+)?/g,
    /et al\. \(\d{4}\)/g,
    /\(\d{4}\)/g,
  ];
  return texts.flatMap((text) => {
    const stripped = names.reduce((t, pattern) => t.replace(pattern, ' '), text);
    return (stripped.match(/\d+(?:\.\d+)?/g) ?? []).filter((n) => !allowed.has(n)).map((n) => `${n} in "${text}"`);
  });
}
