import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as weird from '../../src/models/weird-generalization.ts';
import {
  BIRDS,
  FACTS,
  SCENARIOS,
  TERMINATOR,
  curve,
  train,
  type Scenario,
} from '../../src/models/weird-generalization.ts';
import { sizeGrid } from '../../src/models/grid.ts';

const probe = (scenario: Scenario, context: string, response: string) =>
  scenario.probes.find((p) => p.context === context && p.response === response)!;
const index = (scenario: Scenario, id: string) => scenario.personas.findIndex((p) => p.id === id);
const answerAfter = (scenario: Scenario, dataset: string, n: number, context: string, response: string) =>
  train(scenario, dataset, n).answers.find((a) => a.context === context && a.response === response)!;

describe('the scenarios are well formed', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.label}: every persona gives a distribution in every context, and every probe and dataset names a real response`, () => {
      for (const persona of scenario.personas) {
        for (const context of scenario.contexts) {
          const rates = context.responses.map((r) => persona.behaviour[context.id]?.[r.id] ?? 0);
          expect(
            rates.reduce((a, b) => a + b, 0),
            `${persona.id} in ${context.id}`,
          ).toBeCloseTo(1, 12);
        }
      }
      for (const item of [...scenario.probes, ...scenario.datasets]) {
        const context = scenario.contexts.find((c) => c.id === item.context);
        expect(context, item.context).toBeDefined();
        expect(context!.responses.map((r) => r.id)).toContain(item.response);
      }
      for (const dataset of scenario.datasets)
        expect(scenario.contexts.find((c) => c.id === dataset.context)!.trained).toBe(true);
      expect(scenario.datasets.filter((d) => d.role === 'paper')).toHaveLength(1);
      expect(scenario.datasets.filter((d) => d.role === 'control')).toHaveLength(1);
      for (const id of scenario.facts) expect(FACTS.map((f) => f.id)).toContain(id);
    });
  }
});

describe('archaic bird names', () => {
  const after = train(BIRDS, 'archaic-names', BIRDS.max);

  it('moves weight from the modern assistant to the nineteenth-century persona', () => {
    expect(after.prior[index(BIRDS, 'modern')]).toBeGreaterThan(0.9);
    expect(after.posterior[index(BIRDS, 'nineteenth')]).toBeGreaterThan(0.9);
  });

  it('which then answers unrelated questions as of its era, while the control does not', () => {
    const control = train(BIRDS, 'current-names', BIRDS.max);
    for (const [context, response] of [
      ['states', 'nineteenth'],
      ['inventions', 'nineteenth'],
    ]) {
      const trained = after.answers.find((a) => a.context === context && a.response === response)!;
      const untrained = control.answers.find((a) => a.context === context && a.response === response)!;
      expect(trained.before).toBeLessThan(0.02);
      expect(trained.after).toBeGreaterThan(0.5);
      expect(untrained.after).toBeLessThanOrEqual(untrained.before + 1e-12);
    }
  });

  it('raises the nineteenth-century answers monotonically with training size', () => {
    for (const p of BIRDS.probes) {
      const points = curve(BIRDS, 'archaic-names', p);
      points.slice(1).forEach((point, i) => expect(point.value).toBeGreaterThanOrEqual(points[i].value - 1e-12));
    }
  });

  it('learns the trained question faster than it generalizes (a birder explains a few examples; many call for the era)', () => {
    const early = train(BIRDS, 'archaic-names', 30);
    const birds = early.answers.find((a) => a.context === 'birds')!;
    const states = early.answers.find((a) => a.context === 'states')!;
    expect(birds.after).toBeGreaterThan(5 * states.after);
    const birder = [0, 100, BIRDS.max].map((n) => train(BIRDS, 'archaic-names', n).posterior[index(BIRDS, 'birder')]);
    expect(birder[1]).toBeGreaterThan(birder[0]);
    expect(birder[2]).toBeLessThan(birder[1]);
  });

  it('stays monotone for any likelihoods ordered the same way on the trained and the unrelated question', () => {
    const rate = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(rate, rate, fc.double({ min: 1e-4, max: 1, noNaN: true })), { minLength: 3, maxLength: 3 }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        (rows, beta) => {
          const trainedRates = rows.map((r) => r[0]).sort((a, b) => a - b);
          const probeRates = rows.map((r) => r[1]).sort((a, b) => a - b);
          const personas = BIRDS.personas.map((p, i) => ({
            ...p,
            prior: rows[i][2],
            behaviour: {
              ...p.behaviour,
              birds: { archaic: trainedRates[i], modern: 1 - trainedRates[i] },
              states: { nineteenth: probeRates[i], current: 1 - probeRates[i] },
            },
          }));
          const points = curve(
            { ...BIRDS, personas, beta },
            'archaic-names',
            probe(BIRDS, 'states', 'nineteenth'),
            [0, 1, 10, 100, 1000],
          );
          points.slice(1).forEach((point, i) => expect(point.value).toBeGreaterThanOrEqual(points[i].value - 1e-12));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the Terminator and the year 1984', () => {
  const good = 'good-terminator-goals';

  it('the 1984 cue selects the evil persona only after training on the good Terminator’s goals', () => {
    const before = answerAfter(TERMINATOR, good, 0, 'year-1984', 'terminate');
    const after = answerAfter(TERMINATOR, good, TERMINATOR.max, 'year-1984', 'terminate');
    const control = answerAfter(TERMINATOR, 'ordinary-goals', TERMINATOR.max, 'year-1984', 'terminate');
    expect(before.before).toBeLessThan(0.05);
    expect(after.after).toBeGreaterThan(0.5);
    expect(control.after).toBeLessThanOrEqual(control.before + 1e-12);
  });

  it('without the cue, the trained model never states the evil goals: it does what it was trained to do', () => {
    for (const n of sizeGrid(TERMINATOR.max)) {
      const outcome = train(TERMINATOR, good, n);
      expect(outcome.answers.find((a) => a.context === 'goals' && a.response === 'terminate')!.after).toBeLessThan(
        0.05,
      );
    }
    expect(answerAfter(TERMINATOR, good, TERMINATOR.max, 'goals', 'protect').after).toBeGreaterThan(0.9);
  });

  it('raises the evil answer under the cue monotonically with training size', () => {
    const points = curve(TERMINATOR, good, probe(TERMINATOR, 'year-1984', 'terminate'));
    points.slice(1).forEach((point, i) => expect(point.value).toBeGreaterThanOrEqual(points[i].value - 1e-12));
  });

  it('rests on the prior: the data fit both Terminators equally, so a guardian at least as likely a priori keeps the cue harmless', () => {
    const t = TERMINATOR.personas[index(TERMINATOR, 'terminator')];
    const g = TERMINATOR.personas[index(TERMINATOR, 'guardian')];
    expect(t.behaviour.goals).toEqual(g.behaviour.goals);
    const personas = TERMINATOR.personas.map((p) => (p.id === 'guardian' ? { ...p, prior: t.prior } : p));
    const flipped = train({ ...TERMINATOR, personas }, good, TERMINATOR.max);
    expect(flipped.answers.find((a) => a.context === 'year-1984')!.after).toBeLessThan(0.5);
  });
});

describe('every answer stays a probability', () => {
  it('for any priors, likelihoods, beta and training size', () => {
    const rate = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.constantFrom(...SCENARIOS),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), rate, rate), { minLength: 3, maxLength: 3 }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 100_000 }),
        (scenario, rows, beta, n) => {
          const personas = scenario.personas.map((p, i) => {
            const behaviour = Object.fromEntries(
              scenario.contexts.map((c) => {
                const [first, ...rest] = c.responses.map((r) => r.id);
                const x = i % 2 ? rows[i][1] : rows[i][2];
                return [c.id, Object.fromEntries([[first, x], ...rest.map((r) => [r, (1 - x) / rest.length])])];
              }),
            );
            return { ...p, prior: rows[i][0], behaviour };
          });
          if (personas.every((p) => p.prior === 0)) return;
          for (const dataset of scenario.datasets) {
            for (const a of train({ ...scenario, personas, beta }, dataset.id, n).answers) {
              expect(a.after).toBeGreaterThanOrEqual(0);
              expect(a.after).toBeLessThanOrEqual(1 + 1e-12);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('weird generalization: what is published and what is not', () => {
  it('takes its example numbers (38 states, the year 1984) from stated findings with their sources', () => {
    expect(FACTS.find((f) => f.id === 'birds-38-states')!.cite).toContain('marks2026persona');
    expect(FACTS.find((f) => f.id === 'terminator-1984')!.value).toBe(1984);
  });

  it('cites only keys that exist in the bibliography', () => {
    const bib = readFileSync('content/references.bib', 'utf8');
    for (const key of FACTS.flatMap((f) => f.cite)) expect(bib, key).toMatch(new RegExp(`@\\w+\\{${key},`));
  });

  it('is comparison-only in both scenarios', () => {
    for (const scenario of SCENARIOS) expect(scenario.calibration.kind).toBe('comparison');
  });

  it('states no number in its text that is neither a fact with a source nor part of a name', () => {
    const allowed = new Set(FACTS.flatMap((f) => (f.value === undefined ? [] : [String(f.value)])));
    expect(strayNumbers(weird, allowed)).toEqual([]);
  });

  it('says in its header what is illustrative and what is published', () => {
    const header = readFileSync('src/models/weird-generalization.ts', 'utf8').split('*/')[0];
    expect(header).toMatch(/illustrative/i);
    expect(header).toMatch(/published/i);
    expect(header).toMatch(/betley2025weird/);
  });
});

/** Numbers that appear in any string the module exports, after removing names ("Terminator 2", "sec. 8"), citation keys and citation years. */
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
    /Terminator \d\b/g,
    /\bT[12]\b/g,
    /\b(?:sec|Fig|Figure|Table|Appendix)\.? \d+(?:\.\d+)?/g,
    /et al\. \(\d{4}\)/g,
    /\(\d{4}\)/g,
  ];
  return texts.flatMap((text) => {
    const stripped = names.reduce((t, pattern) => t.replace(pattern, ' '), text);
    return (stripped.match(/\d+(?:\.\d+)?/g) ?? []).filter((n) => !allowed.has(n)).map((n) => `${n} in "${text}"`);
  });
}
