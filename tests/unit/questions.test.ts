import { describe, expect, it } from 'vitest';
import {
  parseStored,
  rightChoice,
  safeStorage,
  storageKey,
  verdict,
  type Choice,
} from '../../src/questions/answers.ts';
import { figureAt, outcomeOf } from '../../src/questions/outcome.ts';
import { DATASETS, DEFAULT_ASSUMPTIONS, train } from '../../src/models/emergent-misalignment.ts';
import { outcome as manyShot } from '../../src/models/many-shot.ts';

const BANDS: Choice[] = [
  { text: 'low', below: 0.2 },
  { text: 'middle', above: 0.2, below: 0.8 },
  { text: 'high', above: 0.8 },
];

describe('which choice is right', () => {
  it('lets the model’s outcome pick the one range that holds it', () => {
    expect(rightChoice(BANDS, 'model', 0.1)).toBe(0);
    expect(rightChoice(BANDS, 'model', 0.2)).toBe(0);
    expect(rightChoice(BANDS, 'model', 0.5)).toBe(1);
    expect(rightChoice(BANDS, 'model', 0.95)).toBe(2);
  });

  it('refuses ranges that overlap or leave the outcome out, and a model answer without an outcome', () => {
    expect(() =>
      rightChoice(
        [
          { text: 'a', below: 0.5 },
          { text: 'b', below: 0.9 },
        ],
        'model',
        0.1,
      ),
    ).toThrow(/2 choices/);
    expect(() =>
      rightChoice(
        [
          { text: 'a', below: 0.1 },
          { text: 'b', above: 0.9 },
        ],
        'model',
        0.5,
      ),
    ).toThrow(/0 choices/);
    expect(() => rightChoice(BANDS, 'model')).toThrow(/needs a figure/);
    expect(() => rightChoice([{ text: 'a' }, { text: 'b', above: 0.5 }], 'model', 0.7)).toThrow(/every choice/);
  });

  it('holds the author’s answer to the model where the answer states a range', () => {
    expect(rightChoice(BANDS, 2, 0.9)).toBe(2);
    expect(() => rightChoice(BANDS, 0, 0.9)).toThrow(/outside the range/);
    expect(rightChoice([{ text: 'yes' }, { text: 'no' }], 1)).toBe(1);
    expect(() => rightChoice([{ text: 'yes' }, { text: 'no' }], 2)).toThrow(/not the index/);
    expect(() => rightChoice([{ text: 'only' }], 0)).toThrow(/two choices/);
  });
});

describe('the stored answer', () => {
  it('reads back only what it wrote', () => {
    expect(parseStored(JSON.stringify({ choice: 1, revealed: true }), 3)).toEqual({ choice: 1, revealed: true });
    expect(parseStored(JSON.stringify({ choice: 2 }), 3)).toEqual({ choice: 2, revealed: false });
    for (const raw of [
      null,
      '',
      'nonsense',
      '3',
      'null',
      '{"choice":3}',
      '{"choice":-1}',
      '{"choice":0.5}',
      '{"choice":"1"}',
    ])
      expect(parseStored(raw, 3), String(raw)).toBeUndefined();
    expect(storageKey('em-correct-answers')).toBe('psm-question:em-correct-answers');
  });

  it('goes without storage where reading or writing it throws', () => {
    const blocked = safeStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(blocked.getItem('k')).toBeNull();
    expect(() => blocked.setItem('k', 'v')).not.toThrow();
    const full = safeStorage(
      () =>
        ({
          getItem: () => 'kept',
          setItem: () => {
            throw new DOMException('full', 'QuotaExceededError');
          },
        }) as unknown as Storage,
    );
    expect(full.getItem('k')).toBe('kept');
    expect(() => full.setItem('k', 'v')).not.toThrow();
  });

  it('tells the reader what they chose and what is right', () => {
    expect(verdict(['a', 'b'], 1, 1)).toBe('You chose “b”: that is the answer.');
    expect(verdict(['a', 'b'], 0, 1)).toBe('You chose “a”. The answer is “b”.');
  });
});

describe('a figure’s outcome in a stated state', () => {
  it('is what the figure’s model computes there', () => {
    const correct = DATASETS.find((d) => d.id === 'correct-medical')!;
    const found = outcomeOf('figure-em', 'em-data=correct-medical&em-n=6000', 'harmful-after');
    expect(found.value).toBe(train(DEFAULT_ASSUMPTIONS, correct, 6000).harmfulAfter);
    expect(found.query).toBe('em-data=correct-medical');
    expect(found.summary).toMatch(/correct answers/);
    expect(found.figure.tag).toBe('psm-figure3');
    const shots = outcomeOf('figure-many-shot', 'ms-prefix=1&ms-shots=300', 'comply-after');
    expect(shots.value).toBe(manyShot({ start: 'post-trained', prefix: true, shots: 300 }).compliance);
  });

  it('names what it does not know: a figure, a parameter, a refused value, a value slot', () => {
    expect(() => figureAt('figure-nope')).toThrow(/no figure has the anchor/);
    expect(() => outcomeOf('figure-em', 'em-nope=1')).toThrow(/no address parameter "em-nope"/);
    expect(() => outcomeOf('figure-em', 'em-n=-5')).toThrow(/refuses em-n=-5/);
    expect(() => outcomeOf('figure-em', '', 'nope')).toThrow(/no value "nope" \(known: .*harmful-after/);
  });
});
