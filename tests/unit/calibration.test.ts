import { describe, expect, it } from 'vitest';
import {
  CALIBRATION as FIGURE3,
  DATASETS,
  DEFAULT_ASSUMPTIONS,
  MAX_EXAMPLES,
  REFERENCE_MARKS,
  train,
} from '../../src/models/emergent-misalignment.ts';
import { CALIBRATIONS, SCENARIOS, reduction, trainArm } from '../../src/models/inoculation.ts';
import { HUA_APPROXIMATE, TYPE_HINTS_CALIBRATION, typeHintOutcome } from '../../src/models/type-hints.ts';
import { CALIBRATION as SMALLEST_CASE } from '../../src/models/smallest-case.ts';
import {
  calibrationTargets,
  landsNear,
  published,
  type Calibration,
  type ResultId,
} from '../../src/models/published.ts';
import { FORM as INOCULATION } from '../../src/widgets/inoculation/state.ts';

/** A figure as the policy sees it: the numbers it shows at its defaults, and the published results beside them. */
interface Shown {
  figure: string;
  calibration: Calibration;
  results: readonly ResultId[];
  outputs: { label: string; value: number }[];
}

const figure3: Shown = {
  figure: 'Figure 3',
  calibration: FIGURE3,
  results: REFERENCE_MARKS.map((mark) => mark.id),
  outputs: DATASETS.flatMap((dataset) => {
    const outcome = train(DEFAULT_ASSUMPTIONS, dataset, MAX_EXAMPLES);
    return [
      { label: `${dataset.id}, before`, value: outcome.harmfulBefore },
      { label: `${dataset.id}, after ${MAX_EXAMPLES}`, value: outcome.harmfulAfter },
    ];
  }),
};

const inoculation: Shown[] = SCENARIOS.map((scenario) => {
  const framing = INOCULATION.defaults.framing[scenario.id];
  const plain = trainArm(scenario, 'plain', scenario.max);
  const framed = trainArm(scenario, framing, scenario.max);
  return {
    figure: `Inoculation, ${scenario.label}`,
    calibration: CALIBRATIONS[scenario.id],
    results: scenario.references,
    outputs: [
      { label: 'plain arm, harmful after', value: plain.harmfulAfter },
      { label: 'framed arm, harmful after', value: framed.harmfulAfter },
      { label: 'framed arm, narrow with the prompt', value: framed.narrowAsked },
      { label: 'framed arm, narrow asked plainly', value: framed.narrowPlain },
      { label: 'cut in harm', value: reduction(plain, framed) },
    ],
  };
});

const typeHints: Shown = {
  figure: 'Type hints',
  calibration: TYPE_HINTS_CALIBRATION,
  results: HUA_APPROXIMATE.map((row) => row.id),
  outputs: HUA_APPROXIMATE.map((row) => ({ label: row.label, value: typeHintOutcome(row.setting).typeHints })),
};

// Chapter 1's smallest case shows no published number: listed so that a mark added beside it later meets the policy.
const smallestCase: Shown = { figure: 'The smallest case', calibration: SMALLEST_CASE, results: [], outputs: [] };

const FIGURES = [smallestCase, figure3, ...inoculation, typeHints];

describe('one policy for how far to trust a figure’s heights', () => {
  for (const shown of FIGURES) {
    const targets = calibrationTargets(shown.calibration);

    it(`${shown.figure}: no default output lands within 10% of a published number it shows but does not name as a target`, () => {
      const undisclosed = shown.results
        .filter((id) => !targets.includes(id))
        .flatMap((id) =>
          shown.outputs
            .filter((output) => landsNear(output.value, published(id)))
            .map((output) => `${output.label} (${output.value}) lands near ${id}`),
        );
      expect(undisclosed).toEqual([]);
    });

    if (shown.calibration.kind === 'calibrated') {
      it(`${shown.figure}: every result it names as a target is one it shows, and its defaults land near it`, () => {
        for (const id of targets) {
          expect(shown.results).toContain(id);
          expect(
            shown.outputs.some((output) => landsNear(output.value, published(id))),
            id,
          ).toBe(true);
        }
      });
    }
  }

  it('counts a number as landing near a result only within 10% of it, a range widened by 10%, or past a bound', () => {
    expect(landsNear(0.21, published('betley-insecure-main'))).toBe(true);
    expect(landsNear(0.23, published('betley-insecure-main'))).toBe(false);
    expect(landsNear(0.7, published('macdiarmid-inoculation-cut'))).toBe(true);
    expect(landsNear(0.6, published('macdiarmid-inoculation-cut'))).toBe(false);
    expect(landsNear(0.995, published('macdiarmid-hacking'))).toBe(true);
    expect(landsNear(0.2, published('hua-steered'))).toBe(false);
    expect(landsNear(0, published('betley-secure-main'))).toBe(true);
    expect(landsNear(0.001, published('betley-secure-main'))).toBe(false);
  });
});
