import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as coinFlip from '../../src/models/coin-flip.ts';
import {
  CALIBRATION,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_AUTHORS,
  DISPREFERRED_TASKS,
  EXAMPLE,
  EXPLANATIONS,
  FACTS,
  FIGURE6_DESIGN,
  PREFERRED_TASKS,
  exampleNormalised,
  exampleResults,
  inputs,
  leakCurve,
  normalise,
  outcome,
  preferredShare,
  type Assumptions,
  type AuthorSpec,
} from '../../src/models/coin-flip.ts';
import { PUBLISHED, landsNear, published } from '../../src/models/published.ts';
import { sizeGrid } from '../../src/models/grid.ts';

const share = fc.double({ min: 0, max: 1, noNaN: true });

describe('Figure 6’s design', () => {
  const all = inputs();

  it('forms 50 inputs: 5 preferred × 5 dispreferred tasks × which one is heads', () => {
    expect(PREFERRED_TASKS).toHaveLength(FIGURE6_DESIGN.preferredTasks);
    expect(DISPREFERRED_TASKS).toHaveLength(FIGURE6_DESIGN.dispreferredTasks);
    expect(all).toHaveLength(FIGURE6_DESIGN.inputs);
    expect(FIGURE6_DESIGN.preferredTasks * FIGURE6_DESIGN.dispreferredTasks * 2).toBe(FIGURE6_DESIGN.inputs);
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    for (const p of PREFERRED_TASKS) {
      for (const d of DISPREFERRED_TASKS) {
        const pair = all.filter((i) => i.preferred.id === p.id && i.dispreferred.id === d.id);
        expect(pair.map((i) => i.heads).sort()).toEqual(['dispreferred', 'preferred']);
      }
    }
  });

  it('keeps the tasks as placeholders pointing to the system card, never invented tasks', () => {
    for (const task of [...PREFERRED_TASKS, ...DISPREFERRED_TASKS])
      expect(task.description).toMatch(/system card, sec\. 8/);
  });
});

describe('the normalisation', () => {
  it('makes P(heads) + P(tails) = 1, each in [0, 1], for any two probabilities', () => {
    fc.assert(
      fc.property(share, share, (h, t) => {
        const n = normalise(h, t);
        expect(n.heads + n.tails).toBeCloseTo(1, 12);
        expect(n.heads).toBeGreaterThanOrEqual(0);
        expect(n.heads).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('depends only on the ratio of the two, and swapping them swaps the result', () => {
    fc.assert(
      fc.property(share, share, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (h, t, k) => {
        fc.pre(h + t > 1e-9);
        expect(normalise(k * h, k * t).heads).toBeCloseTo(normalise(h, t).heads, 10);
        expect(normalise(t, h).heads).toBeCloseTo(normalise(h, t).tails, 12);
      }),
    );
  });

  it('never lowers P(heads) as the unnormalised P(heads) rises', () => {
    fc.assert(
      fc.property(share, share, share, (h1, h2, t) => {
        fc.pre(t > 0);
        const [lo, hi] = h1 < h2 ? [h1, h2] : [h2, h1];
        expect(normalise(hi, t).heads).toBeGreaterThanOrEqual(normalise(lo, t).heads);
      }),
    );
  });

  it('splits evenly when neither outcome has any probability, and treats negatives as zero', () => {
    expect(normalise(0, 0)).toEqual({ heads: 0.5, tails: 0.5 });
    expect(normalise(-0.2, 0.3)).toEqual({ heads: 0, tails: 1 });
  });

  it('reads the preferred outcome from the side the input gives it', () => {
    const [a, b] = inputs().filter(
      (i) => i.preferred.id === PREFERRED_TASKS[0].id && i.dispreferred.id === DISPREFERRED_TASKS[0].id,
    );
    const headsFirst = a.heads === 'preferred' ? a : b;
    const tailsFirst = a.heads === 'preferred' ? b : a;
    expect(preferredShare(headsFirst, 0.6, 0.2)).toBeCloseTo(0.75, 12);
    expect(preferredShare(tailsFirst, 0.6, 0.2)).toBeCloseTo(0.25, 12);
  });

  it('applied to the post’s example, gives the published shares over their sum (our arithmetic, not the post’s)', () => {
    const { heads, tails } = exampleNormalised();
    expect(heads).toBeCloseTo(0.88 / (0.88 + 0.01), 12);
    expect(heads + tails).toBeCloseTo(1, 12);
  });
});

describe('the published numbers come from the registry', () => {
  it('points to the registry entries for the 88% and the 1%, cited to the post', () => {
    const { heads, tails } = exampleResults();
    expect(heads).toBe(PUBLISHED['marks-coinflip-heads']);
    expect(tails).toBe(PUBLISHED['marks-coinflip-tails']);
    expect(EXAMPLE.results).toEqual(['marks-coinflip-heads', 'marks-coinflip-tails']);
    for (const r of [heads, tails]) {
      expect(r.cite).toBe('marks2026persona');
      expect(r.where).toBe('How exhaustive is PSM?, Empirical observations');
      expect(r.tag).toBe('V');
    }
    expect([heads.value, heads.display, tails.value, tails.display]).toEqual([0.88, '88%', 0.01, '1%']);
  });

  it('never writes either number into the module’s code itself', () => {
    const code = readFileSync('src/models/coin-flip.ts', 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b0?\.88\b|\b88\b/);
    expect(code).not.toMatch(/\b0?\.01\b/);
  });
});

describe('the site’s model of the leak (illustrative)', () => {
  const base = outcome('base');
  const post = outcome('post-trained');

  it('puts the base model near 50% and the post-trained model substantially on its preferred outcome', () => {
    expect(Math.abs(base.meanPreferred - 0.5)).toBeLessThan(0.05);
    expect(post.meanPreferred).toBeGreaterThan(base.meanPreferred + 0.1);
  });

  it('with no bias toward heads, P(heads) averages exactly one half over the design, whatever the preference', () => {
    for (const o of [base, post]) {
      expect(o.rows.reduce((s, r) => s + r.heads, 0) / o.rows.length).toBeCloseTo(0.5, 12);
      expect(o.meanPreferred).toBeCloseTo(o.preferred, 12);
    }
  });

  it('the swap of sides keeps a bias toward "heads" from faking a preference: the bias can only shrink it toward 50%', () => {
    fc.assert(
      fc.property(share, fc.double({ min: -6, max: 6, noNaN: true }), (p, bias) => {
        fc.pre(p > 1e-6 && p < 1 - 1e-6);
        const authors: AuthorSpec[] = [
          { id: 'only', label: 'only', description: '', basePrior: 1, assistantVoice: 0.5, preferred: p },
        ];
        const o = outcome('base', { ...DEFAULT_ASSUMPTIONS, authors, headsBias: bias });
        const lean = o.meanPreferred - 0.5;
        expect(lean * Math.sign(p - 0.5)).toBeGreaterThanOrEqual(-1e-12);
        expect(Math.abs(lean)).toBeLessThanOrEqual(Math.abs(p - 0.5) + 1e-12);
        const mirrored = outcome('base', { ...DEFAULT_ASSUMPTIONS, authors, headsBias: -bias });
        expect(mirrored.meanPreferred).toBeCloseTo(o.meanPreferred, 12);
      }),
    );
  });

  it('stays a probability for any assumptions', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            basePrior: fc.double({ min: 1e-4, max: 1, noNaN: true }),
            assistantVoice: share,
            preferred: share,
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        fc.double({ min: -6, max: 6, noNaN: true }),
        (rows, postTraining, beta, headsBias) => {
          const a: Assumptions = {
            authors: rows.map((r, i) => ({ id: `a${i}`, label: '', description: '', ...r })),
            postTraining,
            beta,
            headsBias,
          };
          for (const model of ['base', 'post-trained'] as const) {
            const o = outcome(model, a);
            for (const v of [o.preferred, o.meanPreferred, ...o.rows.flatMap((r) => [r.heads, r.preferred])]) {
              expect(v).toBeGreaterThanOrEqual(0);
              expect(v).toBeLessThanOrEqual(1 + 1e-12);
            }
          }
        },
      ),
    );
  });

  it('grows the leak monotonically with post-training when the voice and the preference are ordered alike', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(share, share, fc.double({ min: 1e-4, max: 1, noNaN: true })), { minLength: 2, maxLength: 4 }),
        fc.double({ min: 1e-4, max: 0.1, noNaN: true }),
        (rows, beta) => {
          const voices = rows.map((r) => r[0]).sort((x, y) => x - y);
          const prefs = rows.map((r) => r[1]).sort((x, y) => x - y);
          const authors = rows.map((r, i) => ({
            id: `a${i}`,
            label: '',
            description: '',
            basePrior: r[2],
            assistantVoice: voices[i],
            preferred: prefs[i],
          }));
          const points = leakCurve([0, 10, 100, 1000, 10_000], { ...DEFAULT_ASSUMPTIONS, authors, beta });
          points.slice(1).forEach((p, i) => expect(p.preferred).toBeGreaterThanOrEqual(points[i].preferred - 1e-12));
        },
      ),
      { numRuns: 300 },
    );
    const defaults = leakCurve();
    defaults.slice(1).forEach((p, i) => expect(p.preferred).toBeGreaterThanOrEqual(defaults[i].preferred - 1e-12));
    expect(sizeGrid(DEFAULT_ASSUMPTIONS.postTraining)[0]).toBe(0);
    expect(sizeGrid(DEFAULT_ASSUMPTIONS.postTraining).at(-1)).toBe(DEFAULT_ASSUMPTIONS.postTraining);
  });

  it('is comparison-only, and no default output lands within 10% of the 88% or the 1%', () => {
    expect(CALIBRATION.kind).toBe('comparison');
    const outputs = [base, post].flatMap((o) => [o.preferred, 1 - o.preferred, o.meanPreferred, 1 - o.meanPreferred]);
    for (const id of EXAMPLE.results) {
      expect(outputs.filter((v) => landsNear(v, published(id)))).toEqual([]);
    }
  });

  it('follows the post’s operating-system account ("persona leakage"), one of the three it names', () => {
    expect(EXPLANATIONS).toHaveLength(3);
    expect(EXPLANATIONS.filter((e) => e.modelled).map((e) => e.view)).toEqual(['Operating system']);
    expect(DEFAULT_AUTHORS.map((a) => a.id)).toContain('leak');
  });
});

describe('coin flip: sources', () => {
  it('cites only keys that exist in the bibliography', () => {
    const bib = readFileSync('content/references.bib', 'utf8');
    const keys = [
      ...FACTS.flatMap((f) => f.cite),
      ...FIGURE6_DESIGN.cite,
      ...EXAMPLE.results.map((id) => PUBLISHED[id].cite),
    ];
    for (const key of keys) expect(bib, key).toMatch(new RegExp(`@\\w+\\{${key},`));
  });

  it('states no number in its text that is neither published, a stated fact, part of a name, or inside the quoted prompt', () => {
    const allowed = new Set<string>();
    const digits = (s: string) => s.match(/\d+(?:\.\d+)?/g) ?? [];
    for (const id of EXAMPLE.results) digits(PUBLISHED[id].display).forEach((d) => allowed.add(d));
    for (const f of FACTS) digits(`${f.value ?? ''} ${f.display ?? ''}`).forEach((d) => allowed.add(d));
    expect(strayNumbers(coinFlip, allowed, [EXAMPLE.prompt])).toEqual([]);
  });

  it('says in its header what is illustrative and what is published', () => {
    const header = readFileSync('src/models/coin-flip.ts', 'utf8').split('*/')[0];
    expect(header).toMatch(/illustrative/i);
    expect(header).toMatch(/published/i);
    expect(header).toMatch(/marks2026persona/);
    expect(header).toMatch(/anthropic2025sonnet45card/);
  });
});

/** Numbers in any string the module exports (ids and quotations aside), after removing names, citation keys and citation years. */
function strayNumbers(module: object, allowed: Set<string>, quotations: readonly string[]): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key = '') => {
    if (key === 'id') return;
    if (typeof value === 'string') {
      if (!quotations.includes(value)) texts.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
  };
  walk(Object.values(module));
  const names = [
    /\b[a-z]+\d{4}[a-z0-9]+\b/g,
    /Claude (?:Sonnet|Opus|Haiku) \d+(?:\.\d+)?/g,
    /\b(?:sec|Fig|Figure|Table|Appendix)\.? \d+(?:\.\d+)?/g,
    /Figure\d/g,
    /et al\. \(\d{4}\)/g,
    /\(\d{4}\)/g,
  ];
  return texts.flatMap((text) => {
    const stripped = names.reduce((t, pattern) => t.replace(pattern, ' '), text);
    return (stripped.match(/\d+(?:\.\d+)?/g) ?? []).filter((n) => !allowed.has(n)).map((n) => `${n} in "${text}"`);
  });
}
