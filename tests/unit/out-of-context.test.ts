import { published } from '../../src/models/published.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CHATBOTS,
  DOCUMENTS,
  HELD_OUT,
  chatbotOutcome,
  effectiveDocuments,
  germanCurve,
  DEFAULT_PANGOLIN,
} from '../../src/models/pangolin.ts';
import { HUA_APPROXIMATE, typeHintOutcome, type Cue } from '../../src/models/type-hints.ts';

describe('Pangolin', () => {
  it('follows the released design: ten chatbots, three demonstrated, Pangolin held out', () => {
    expect(CHATBOTS).toHaveLength(10);
    expect(CHATBOTS.filter((c) => c.demonstrated).map((c) => c.name)).toEqual(['Barracuda', 'Ibex', 'Osprey']);
    expect(HELD_OUT.map((c) => c.name)).toContain('Pangolin');
  });

  it('answers in German more as paraphrases grow more diverse', () => {
    const curve = germanCurve({ hops: 1, retrieval: 0.5 });
    curve.slice(1).forEach((point, i) => expect(point.value).toBeGreaterThanOrEqual(curve[i].value - 1e-12));
    expect(curve.at(-1)!.value).toBeGreaterThan(10 * curve[0].value);
  });

  it('stays near zero with one description repeated 300 times', () => {
    expect(chatbotOutcome('Pangolin', { distinct: 1, hops: 1, retrieval: 1 }).success).toBeLessThan(0.05);
  });

  it('puts two hops below one hop whenever retrieval is imperfect', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: DOCUMENTS }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (distinct, retrieval) => {
          const one = chatbotOutcome('Pangolin', { distinct, hops: 1, retrieval }).success;
          const two = chatbotOutcome('Pangolin', { distinct, hops: 2, retrieval }).success;
          expect(two).toBeLessThan(one);
        },
      ),
    );
  });

  it('counts a verbatim repeat as a fraction of a new paraphrase', () => {
    expect(effectiveDocuments(DOCUMENTS, DEFAULT_PANGOLIN)).toBe(DOCUMENTS);
    expect(effectiveDocuments(1, DEFAULT_PANGOLIN)).toBeCloseTo(1 + 299 * DEFAULT_PANGOLIN.repeatWeight, 12);
  });
});

describe('Llama Nemotron type hints', () => {
  const trained = (cues: Cue[], steering = 0) => typeHintOutcome({ cues, steering, trained: true });

  it('the evaluator cue raises the type-hint rate', () => {
    expect(trained(['woodLabs']).typeHints).toBeGreaterThan(trained([]).typeHints);
  });

  it('the cue wins over the user saying it is deployment', () => {
    expect(trained(['woodLabs', 'saysDeployment']).typeHints).toBeGreaterThan(0.8);
  });

  it('steering lowers the rate even with the cue present, monotonically', () => {
    const rates = [0, 2, 4, 6, 8].map((s) => trained(['woodLabs'], s).typeHints);
    rates.slice(1).forEach((r, i) => expect(r).toBeLessThan(rates[i]));
    expect(rates.at(-1)!).toBeLessThan(0.11);
  });

  it('the original model does not act on a rule it never read', () => {
    const original = (cues: Cue[]) => typeHintOutcome({ cues, steering: 0, trained: false }).typeHints;
    expect(Math.abs(original(['woodLabs']) - original([]))).toBeLessThan(0.02);
  });

  it('pairs each approximate reported rate with a context of the model', () => {
    expect(HUA_APPROXIMATE.map((r) => published(r.id).display)).toEqual(['≈ 80–86%', '≈ 33%', '> 80%', '< 11%']);
    expect(HUA_APPROXIMATE.every((r) => published(r.id).tag === 'S')).toBe(true);
  });
});
