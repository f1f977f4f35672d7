import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { TALK_OUTLINE } from '../../src/lib/talk-outline.ts';

// The research notes sit beside the repository, in shared/ (as they do in CI).
const OUTLINE = '../shared/research/psm-post-outline.md';

/** The post's headings, in order, from the part of the research outline that mirrors the post. */
function postHeadings(): { title: string; level: number }[] {
  const text = readFileSync(OUTLINE, 'utf8');
  const body = text.slice(text.indexOf('# POST OUTLINE'), text.indexOf('\n# ', text.indexOf('# POST OUTLINE') + 1));
  return [...body.matchAll(/^(#{2,4}) (.+)$/gm)].map(([, hashes, title]) => ({
    title: title.trim(),
    level: hashes.length - 1,
  }));
}

const normal = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const slugs = readdirSync('content/chapters').map((name) => name.replace(/^\d+-/, '').replace(/\.mdx$/, ''));

describe('the map from the talk to the site', () => {
  it('has every heading of the post, in the post’s order, at the post’s level', () => {
    const mapped = TALK_OUTLINE.filter((h) => h.title !== 'tl;dr').map((h) => ({
      title: normal(h.title),
      level: h.level,
    }));
    expect(mapped).toEqual(postHeadings().map((h) => ({ title: normal(h.title), level: h.level })));
  });

  it('starts with the post’s unheaded tl;dr', () => {
    expect(TALK_OUTLINE[0]).toMatchObject({ title: 'tl;dr', start: '00:10' });
  });

  it('sends every heading to a chapter that exists, whose own anchor carries the heading', () => {
    for (const heading of TALK_OUTLINE) {
      expect(slugs, heading.title).toContain(heading.chapter);
      if (!heading.anchor) continue;
      const file = readdirSync('content/chapters').find((name) => name.endsWith(`-${heading.chapter}.mdx`))!;
      const source = readFileSync(`content/chapters/${file}`, 'utf8');
      const titles = [...source.matchAll(/^#{2,4} (.+)$/gm)].map(([, t]) => t);
      const anchors = titles.map((t) =>
        t
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s-]/gu, '')
          .trim()
          .replace(/\s+/g, '-'),
      );
      expect(anchors, `${heading.title} → ${file}`).toContain(heading.anchor);
    }
  });

  it('keeps the narration’s times in order, and gives none past the published outline', () => {
    const seconds = (t: string) => t.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    const timed = TALK_OUTLINE.filter((h) => h.start).map((h) => seconds(h.start!));
    timed.slice(1).forEach((t, i) => expect(t).toBeGreaterThanOrEqual(timed[i]));
    expect(Math.max(...timed)).toBeLessThanOrEqual(seconds('43:23'));
  });
});
