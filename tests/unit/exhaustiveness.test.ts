import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as exhaustiveness from '../../src/models/exhaustiveness.ts';
import {
  CHAPTER_FILES,
  EVIDENCE,
  PLACEMENT,
  QUESTION,
  VIEWS,
  anchorPath,
  evidenceFor,
  spectrum,
  viewById,
  type Anchor,
} from '../../src/models/exhaustiveness.ts';
import { EXPLANATIONS } from '../../src/models/coin-flip.ts';

/** Heading ids as the site's build makes them (GitHub-style slugs), enough for these headings. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

function headingIds(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{2,6}\s+(.+?)\s*$/gm)].map((m) => slug(m[1])));
}

const ids = Object.fromEntries(
  Object.entries(CHAPTER_FILES).map(([chapter, file]) => [chapter, headingIds(file)]),
) as Record<Anchor['chapter'], Set<string>>;

describe('the views of Figure 4, as data', () => {
  it('every anchor names a heading of its chapter', () => {
    const anchors: Anchor[] = [
      QUESTION.anchor,
      PLACEMENT.anchor,
      ...VIEWS.map((v) => v.anchor),
      ...EVIDENCE.map((e) => e.anchor),
    ];
    for (const anchor of anchors) expect(ids[anchor.chapter], anchorPath(anchor)).toContain(anchor.fragment);
  });

  it('the slug rule matches the ids the build gives headings with punctuation', () => {
    expect(slug('How exhaustive is PSM?')).toBe('how-exhaustive-is-psm');
    expect(slug('Completions outside User/Assistant dialogues resemble pre-trained ones')).toBe(
      'completions-outside-userassistant-dialogues-resemble-pre-trained-ones',
    );
    expect(slug('Shoggoths, actors, operating systems, and authors')).toBe(
      'shoggoths-actors-operating-systems-and-authors',
    );
  });

  it('places the views on one spectrum, from the masked shoggoth to the operating system, one position each', () => {
    const order = spectrum();
    expect(order.map((v) => v.position)).toEqual(order.map((_, i) => i));
    expect(order[0].id).toBe(PLACEMENT.ends.left);
    expect(order.at(-1)!.id).toBe(PLACEMENT.ends.right);
    expect(new Set(VIEWS.map((v) => v.id)).size).toBe(VIEWS.length);
    expect(PLACEMENT.note).toMatch(/site’s drawing/);
    expect(PLACEMENT.note).toMatch(/only by its caption/);
  });

  it('orders the spectrum by the answer to the post’s question: no, then partly, then yes', () => {
    const rank = { no: 0, partly: 1, yes: 2 } as const;
    const answers = spectrum().map((v) => rank[v.sufficient.answer]);
    answers.slice(1).forEach((a, i) => expect(a).toBeGreaterThanOrEqual(answers[i]));
  });

  it('keeps the answers the post states: the shoggoth no, the faithful actor yes', () => {
    expect(viewById('shoggoth')!.sufficient).toMatchObject({ answer: 'no', basis: 'stated' });
    expect(viewById('faithful-actor')!.sufficient).toMatchObject({ answer: 'yes', basis: 'stated' });
    expect(viewById('operating-system')!.sufficient.answer).toBe('yes');
    expect(viewById('router')!.sufficient.basis).toBe('site');
  });

  it('marks routers and narratives ambiguously agentic, and narratives ambiguously persona-like, as Figure 4’s caption does', () => {
    expect(viewById('router')!.extraAgent.agentic).toBe('ambiguous');
    expect(viewById('narrative')!.extraAgent.agentic).toBe('ambiguous');
    expect(viewById('narrative')!.extraAgent.personaLike).toBe('ambiguous');
    expect(viewById('shoggoth')!.extraAgent.personaLike).toBe('no');
    expect(viewById('operating-system')!.extraAgent.agentic).toBe('none');
  });

  it('weighs only evidence it lists, and every piece of evidence bears on some view', () => {
    for (const view of VIEWS) expect(() => evidenceFor(view)).not.toThrow();
    const weighed = new Set(VIEWS.flatMap((v) => v.weighing.map((w) => w.evidence)));
    for (const item of EVIDENCE) expect(weighed, item.id).toContain(item.id);
    expect(new Set(EVIDENCE.map((e) => e.id)).size).toBe(EVIDENCE.length);
  });

  it('gives the coin flip the post’s three accounts, the same three the coin-flip model names', () => {
    const explaining = VIEWS.filter((v) =>
      v.weighing.some((w) => w.evidence === 'coin-flip' && w.bearing === 'explains'),
    ).map((v) => v.name);
    expect(explaining).toHaveLength(EXPLANATIONS.length);
    for (const { view } of EXPLANATIONS)
      expect(explaining.some((name) => name.toLowerCase().includes(view.toLowerCase().split(' ')[0]))).toBe(true);
  });

  it('counts the notebook completion against strong shoggoth views, as the post says', () => {
    expect(viewById('shoggoth')!.weighing.find((w) => w.evidence === 'notebook')).toMatchObject({
      bearing: 'against',
      basis: 'stated',
    });
  });

  it('keeps claims to one line and quotations brief', () => {
    for (const view of VIEWS) {
      expect(view.claim).not.toMatch(/\n/);
      expect(view.claim.length).toBeLessThan(200);
      if (view.quote) expect(view.quote.text.split(' ').length).toBeLessThanOrEqual(6);
    }
  });

  it('builds site-relative paths for anchors', () => {
    expect(anchorPath({ chapter: 'how-exhaustive-is-psm', fragment: 'routers' })).toBe(
      'chapters/how-exhaustive-is-psm/#routers',
    );
  });
});

describe('exhaustiveness: sources', () => {
  it('cites only keys that exist in the bibliography', () => {
    const bib = readFileSync('content/references.bib', 'utf8');
    for (const key of EVIDENCE.flatMap((e) => e.cite)) expect(bib, key).toMatch(new RegExp(`@\\w+\\{${key},`));
  });

  it('states no number in its text beyond names (model versions, figure numbers, the 2024 Olympics of the post’s example)', () => {
    expect(strayNumbers(exhaustiveness)).toEqual([]);
  });

  it('says in its header what is the post’s and what is the site’s drawing', () => {
    const header = readFileSync('src/models/exhaustiveness.ts', 'utf8').split('*/')[0];
    expect(header).toMatch(/published/i);
    expect(header).toMatch(/marks2026persona/);
    expect(header).toMatch(/our drawing/);
  });
});

function strayNumbers(module: object): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key = '') => {
    if (key === 'id' || key === 'fragment') return;
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
  };
  walk(Object.values(module));
  const names = [
    /\b[a-z]+\d{4}[a-z0-9]+\b/g,
    /\b\d+-[a-z-]+\.mdx\b/g,
    /Claude (?:Sonnet|Opus|Haiku) \d+(?:\.\d+)?/g,
    /Claude \d+(?:\.\d+)? \w+/g,
    /\b(?:sec|Fig|Figure|Table|Appendix)\.? \d+(?:\.\d+)?/g,
    /\b\d{4} Olympics/g,
  ];
  return texts.flatMap((text) => {
    const stripped = names.reduce((t, pattern) => t.replace(pattern, ' '), text);
    return (stripped.match(/\d+(?:\.\d+)?/g) ?? []).map((n) => `${n} in "${text}"`);
  });
}
