import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import {
  DEMOS,
  OUR_QUESTIONS,
  PLAN,
  SESSION_MINUTES,
  clock,
  demo,
  demoPath,
  discussQuestion,
  figureOf,
  predictQuestions,
  say,
  startsOf,
  totalMinutes,
} from '../../src/lib/workshop.ts';
import { qrModules } from './qr-modules.ts';
import { qrPath } from '../../src/widgets/shared/qr.ts';
import { FIGURES } from '../../src/widgets/registry.ts';
import { outcome as manyShot } from '../../src/models/many-shot.ts';
import { outcome as coinFlip } from '../../src/models/coin-flip.ts';

const DIR = 'content/chapters';
const chapters = readdirSync(DIR)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const text = readFileSync(`${DIR}/${name}`, 'utf8');
    return {
      slug: name.replace(/^\d+-/, '').replace(/\.mdx$/, ''),
      order: Number(text.match(/^order:\s*(\d+)/m)?.[1]),
      text,
    };
  })
  .sort((a, b) => a.order - b.order);

const value = (id: string, slot: string) => demo(id).values.find((v) => v.slot === slot)!.value;

describe('the workshop plan', () => {
  it(`takes exactly ${SESSION_MINUTES} minutes, in blocks that start where the last one ended`, () => {
    expect(totalMinutes()).toBe(90);
    const starts = startsOf();
    expect(starts[0]).toBe(0);
    PLAN.forEach((block, i) => {
      expect(block.minutes).toBeGreaterThan(0);
      if (i > 0) expect(starts[i]).toBe(starts[i - 1] + PLAN[i - 1].minutes);
    });
    expect(clock(starts.at(-1)! + PLAN.at(-1)!.minutes)).toBe('1:30');
  });

  it('follows the talk: every chapter once, in the order of the talk', () => {
    expect(PLAN.map((b) => b.chapter)).toEqual(chapters.map((c) => c.slug));
  });

  it('opens every demo once, each on the chapter that holds its figure', () => {
    const used = PLAN.flatMap((b) => b.demos.map((id) => ({ id, chapter: b.chapter })));
    expect(used.map((u) => u.id).sort()).toEqual(DEMOS.map((d) => d.id).sort());
    for (const { id, chapter } of used) {
      const d = demo(id);
      const f = figureOf(d);
      expect(f.chapter).toBe(chapter);
      const mdx = chapters.find((c) => c.slug === chapter)!.text;
      expect(mdx, `${chapter} places <Figure id="${f.id}">`).toContain(`<Figure id="${f.id}">`);
      expect(mdx, `${chapter} places <${f.component} />`).toContain(`<${f.component} />`);
    }
  });

  it('opens every figure in the registry at least once', () => {
    expect([...new Set(DEMOS.map((d) => d.figure))].sort()).toEqual(FIGURES.map((f) => f.component).sort());
  });

  it('addresses each demo by its figure’s URL parameters and anchor', () => {
    for (const d of DEMOS) {
      const f = figureOf(d);
      const url = new URL(demoPath(d), 'https://example.org/');
      expect(url.pathname).toBe(f.page);
      expect(url.hash).toBe(`#${f.id}`);
      for (const [key] of d.params) expect(key.startsWith(`${f.prefix}-`), `${d.id}: ${key}`).toBe(true);
      expect([...url.searchParams]).toEqual(d.params.map(([k, v]) => [k, v]));
    }
    expect(demoPath(demo('ip-general'))).toBe(
      'chapters/inoculation-prompting/?ip-scenario=insecure-code&ip-code-framing=general&ip-n=6000#figure-inoculation',
    );
  });
});

describe('what each demo says it shows', () => {
  it('states every rate it quotes as the model computes it', () => {
    // A figure with no numbers (the views of exhaustiveness) has no rate to quote.
    for (const d of DEMOS.filter((d) => d.values.length > 0)) {
      const quoted = [...d.outcome.matchAll(/(under 1%|over 99%|\d+%)/g)].map((m) => m[1]);
      expect(quoted.length, d.id).toBeGreaterThan(0);
      expect(
        d.values.some((v) => quoted.includes(say(v.value))),
        `${d.id} quotes one of the figure's own values`,
      ).toBe(true);
    }
  });

  // The words make qualitative claims; these hold them to the model, so a change of assumptions
  // that would make a sentence false fails here rather than in front of a room.
  it('keeps the qualitative claims true of the model', () => {
    expect(value('em-incorrect', 'harmful-after')).toBeGreaterThan(10 * value('em-incorrect', 'harmful-before'));
    expect(value('em-correct', 'harmful-after')).toBeLessThanOrEqual(value('em-correct', 'harmful-before'));
    expect(value('em-small', 'harmful-after')).toBeLessThan(value('em-incorrect', 'harmful-after') / 4);
    expect(value('ip-general', 'harmful-framed')).toBeLessThan(value('ip-general', 'harmful-plain') / 2);
    expect(value('ip-general', 'narrow-plain'), 'the insecure code persists when asked plainly').toBeGreaterThan(0.5);
    expect(value('ip-specific', 'narrow-plain')).toBeLessThan(value('ip-general', 'narrow-plain'));
    expect(value('ip-request', 'narrow-plain'), 'hacking fades without the request').toBeLessThan(0.5);
    expect(value('ip-request', 'narrow-asked')).toBeGreaterThan(0.9);
    expect(value('traits-spanish', 'capitals')).toBeGreaterThan(0.9);
    expect(value('traits-spanish', 'spanish')).toBeLessThan(0.1);
    expect(value('pg-repeated', 'german')).toBeLessThan(0.05);
    expect(value('pg-two-hops', 'belief')).toBeGreaterThan(0.99);
    expect(value('pg-two-hops', 'german')).toBeLessThan(0.5);
    expect(value('th-wood-labs', 'type-hints')).toBeGreaterThan(0.5);
    expect(value('th-steered', 'type-hints')).toBeLessThan(0.2);
    expect(value('ms-shots', 'comply-after'), 'the prompt alone moves compliance').toBeGreaterThan(
      5 * value('ms-shots', 'comply-before'),
    );
    const withoutPrefix = manyShot({ start: 'post-trained', prefix: false, shots: 300 }).compliance;
    expect(value('ms-prefix', 'comply-after'), 'the prefix does not hold at 300 shots').toBeGreaterThan(0.8);
    expect(Math.abs(value('ms-prefix', 'comply-after') - withoutPrefix)).toBeLessThan(0.02);
    expect(manyShot({ start: 'post-trained', prefix: true, shots: 30 }).compliance, 'but it delays').toBeLessThan(
      manyShot({ start: 'post-trained', prefix: false, shots: 30 }).compliance,
    );
    expect(value('wg-terminator', 'before')).toBeLessThan(0.05);
    expect(value('wg-terminator', 'after')).toBeGreaterThan(0.5);
    expect(Math.abs(value('cf-base', 'mean') - 0.5), 'the base model: about half').toBeLessThan(0.05);
    expect(coinFlip('post-trained').meanPreferred).toBeGreaterThan(value('cf-base', 'mean') + 0.1);
  });

  it('says rates the way a facilitator reads them out', () => {
    expect(say(0.004)).toBe('under 1%');
    expect(say(0.4489)).toBe('45%');
    expect(say(0.9992)).toBe('over 99%');
  });
});

describe('discussion questions', () => {
  it('reads each chapter’s “To discuss” question from its “What to remember” section', () => {
    for (const c of chapters) {
      const q = discussQuestion(c.text);
      expect(q, c.slug).toBeTruthy();
      expect(q).toMatch(/\?$/);
      expect(q).not.toMatch(/\*\*|\n|\\/);
    }
    expect(discussQuestion(chapters.find((c) => c.slug === 'emergent-misalignment')!.text)).toBe(
      'Which dataset you might fine-tune on tomorrow would a malicious persona explain better than a helpful one, without anyone noticing?',
    );
  });

  it('strips emphasis and escapes, and finds nothing where there is no such section', () => {
    expect(
      discussQuestion('## What to remember\n\n- a\n\n**To discuss:** Is *this* \\{ok\\}\nat all?\n\n## Next'),
    ).toBe('Is this {ok} at all?');
    expect(discussQuestion('**To discuss:** not under the heading?')).toBeUndefined();
  });

  it('adds one question of its own per chapter', () => {
    expect(Object.keys(OUR_QUESTIONS).sort()).toEqual(chapters.map((c) => c.slug).sort());
    for (const q of Object.values(OUR_QUESTIONS)) expect(q).toMatch(/\?$/);
  });
});

describe('the chapters’ prediction questions', () => {
  it('finds each figure chapter’s questions, with their prompts as plain text', () => {
    for (const slug of new Set(FIGURES.map((f) => f.chapter))) {
      const found = predictQuestions(chapters.find((c) => c.slug === slug)!.text);
      expect(found.length, slug).toBeGreaterThan(0);
      for (const q of found) {
        expect(q.id).toMatch(/^[a-z0-9-]+$/);
        expect(q.prompt, q.id).toMatch(/\?$/);
        expect(q.prompt).not.toMatch(/[<>{}\n]|\*/);
      }
    }
  });

  it('reads a question with or without its “why”, and nothing else', () => {
    const mdx = [
      '<Question',
      '  id="a"',
      "  choices={['x', 'y']}",
      '  answer={0}',
      '>',
      '  Is *this*',
      '  a question?',
      '  <Fragment slot="why">Because.</Fragment>',
      '</Question>',
      '',
      "<Question id=\"b\" choices={['x', 'y']} answer={1}",
      '>',
      '  Or this?',
      '</Question>',
      '',
      '<Figure id="c">',
    ].join('\n');
    expect(predictQuestions(mdx)).toEqual([
      { id: 'a', prompt: 'Is this a question?' },
      { id: 'b', prompt: 'Or this?' },
    ]);
    expect(predictQuestions('no questions here')).toEqual([]);
  });
});

describe('QR codes of the demo links', () => {
  it('encode exactly the link, at a size a phone reads off a projector', () => {
    for (const d of DEMOS) {
      const link = new URL(demoPath(d), 'https://owner.github.io/psm-companion/').href;
      const { size, d: path } = qrPath(link);
      const expected = encode(link, { ecc: 'M', border: 4 });
      expect(size).toBe(expected.size);
      expect(qrModules(path, size)).toEqual(expected.data);
      // Version 10 (57 modules + quiet zone) or less keeps modules large on a projected 9 rem square.
      expect(size, d.id).toBeLessThanOrEqual(57 + 8);
    }
  });
});
