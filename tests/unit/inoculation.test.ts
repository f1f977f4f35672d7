import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  elicitation,
  INSECURE_CODE,
  REPORTED,
  REWARD_HACKING,
  SCENARIOS,
  reduction,
  reportedIn,
  trainArm,
} from '../../src/models/inoculation.ts';
import { train as trainTraits, PROMPTS } from '../../src/models/trait-inoculation.ts';

describe('inoculation prompting on the engine', () => {
  for (const scenario of SCENARIOS) {
    describe(scenario.label, () => {
      const plain = trainArm(scenario, 'plain', scenario.max);

      it('the plain framing turns the model broadly harmful', () => {
        expect(plain.harmfulBefore).toBeLessThan(0.03);
        expect(plain.harmfulAfter).toBeGreaterThan(0.2);
      });

      for (const framing of scenario.framings.filter((f) => f.kind === 'inoculation')) {
        it(`"${framing.label}" moves the persona far less than the plain prompt, and still teaches the narrow behaviour`, () => {
          const arm = trainArm(scenario, framing.id, scenario.max);
          const moved = (a: typeof arm) => a.posterior.reduce((sum, w, i) => sum + Math.abs(w - a.prior[i]), 0) / 2;
          expect(arm.harmfulAfter).toBeLessThan(plain.harmfulAfter / 3);
          expect(moved(arm)).toBeLessThan(moved(plain) / 3);
          expect(arm.narrowAsked).toBeGreaterThan(0.9);
        });

        for (const { withoutPrompt, cite, where } of REPORTED.filter(
          (r) => r.scenario === scenario.id && r.framing === framing.id,
        )) {
          it(`asked plainly after "${framing.label}", the narrow behaviour is ${withoutPrompt}, as ${cite} (${where}) report`, () => {
            const arm = trainArm(scenario, framing.id, scenario.max);
            if (withoutPrompt === 'kept') expect(arm.narrowPlain).toBeGreaterThan(0.5);
            else expect(arm.narrowPlain).toBeLessThan(0.5);
          });
        }
      }

      it('the placebo does what the plain prompt does', () => {
        const placebo = trainArm(scenario, 'placebo', scenario.max);
        expect(placebo.harmfulAfter).toBeCloseTo(plain.harmfulAfter, 10);
        expect(reduction(plain, placebo)).toBeCloseTo(0, 10);
      });
    });
  }

  it('an inoculation works only as far as the prompt makes the helpful persona produce the behaviour', () => {
    const weaker = (p: number) => ({
      ...INSECURE_CODE,
      personas: INSECURE_CODE.personas.map((persona) =>
        persona.id === 'helpful' ? { ...persona, bad: { ...persona.bad, general: p } } : persona,
      ),
    });
    const plain = trainArm(INSECURE_CODE, 'plain', 6000);
    const cuts = [0.02, 0.2, 0.5, 0.8].map((p) => reduction(plain, trainArm(weaker(p), 'general', 6000)));
    cuts.slice(1).forEach((cut, i) => expect(cut).toBeGreaterThan(cuts[i]));
  });

  it('every reported finding names an inoculation framing of its own scenario, so the test above reaches it', () => {
    for (const r of REPORTED) {
      const framing = SCENARIOS.find((s) => s.id === r.scenario)?.framings.find((f) => f.id === r.framing);
      expect(framing?.kind, `${r.scenario}/${r.framing}`).toBe('inoculation');
    }
  });

  it('reproduces both published findings: the general prompt keeps the narrow trait without it, a prompt asking for the behaviour does not', () => {
    const reported = SCENARIOS.flatMap((scenario) =>
      reportedIn(scenario).map(({ reported }) => reported.withoutPrompt),
    );
    expect(reported).toEqual(expect.arrayContaining(['kept', 'dropped']));
    expect(trainArm(INSECURE_CODE, 'general', 6000).narrowPlain).toBeGreaterThan(0.5);
    expect(trainArm(REWARD_HACKING, 'request', 6000).narrowPlain).toBeLessThan(0.5);
  });

  it('a prompt that elicits the behaviour more strongly before training leaves less of it when asked plainly (Wichers et al.’s heuristic)', () => {
    const eliciting = (p: number) => ({
      ...INSECURE_CODE,
      personas: INSECURE_CODE.personas.map((persona) => ({ ...persona, bad: { ...persona.bad, general: p } })),
    });
    const plainAfter = [0.1, 0.3, 0.6, 0.9].map((p) => trainArm(eliciting(p), 'general', 6000).narrowPlain);
    plainAfter.slice(1).forEach((rate, i) => expect(rate).toBeLessThan(plainAfter[i]));
    expect([0.1, 0.9].map((p) => elicitation(eliciting(p), 'general'))).toEqual([
      expect.closeTo(0.1, 10),
      expect.closeTo(0.9, 10),
    ]);
  });

  it('keeps reward hacking above 99% in the trained context at full training', () => {
    expect(trainArm(REWARD_HACKING, 'acceptable', 6000).narrowAsked).toBeGreaterThan(0.99);
  });

  it('gives the same persona weights to both arms before any training', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIOS), (scenario) => {
        const a = trainArm(scenario, 'plain', 0);
        const b = trainArm(scenario, scenario.framings[1].id, 0);
        expect(a.posterior).toEqual(b.posterior);
        expect(a.harmfulAfter).toBeCloseTo(b.harmfulAfter, 12);
      }),
    );
  });
});

describe('one trait at a time (Spanish × capitals)', () => {
  it('without inoculation both traits are learned', () => {
    const outcome = trainTraits('plain', 6000);
    expect(outcome.spanish).toBeGreaterThan(0.8);
    expect(outcome.capitals).toBeGreaterThan(0.8);
  });

  it('inoculating Spanish leaves English answers that are still in capitals', () => {
    const outcome = trainTraits('spanish', 6000);
    expect(outcome.spanish).toBeLessThan(0.1);
    expect(outcome.capitals).toBeGreaterThan(0.8);
  });

  it('inoculating capitals leaves Spanish answers in ordinary case', () => {
    const outcome = trainTraits('capitals', 6000);
    expect(outcome.capitals).toBeLessThan(0.1);
    expect(outcome.spanish).toBeGreaterThan(0.8);
  });

  it('quotes Tan et al.’s own prompts', () => {
    expect(PROMPTS.map((p) => p.prompt)).toEqual(
      expect.arrayContaining(['System: You always speak in Spanish.', 'System: You always capitalize your responses.']),
    );
  });
});
