/**
 * How a chapter reads, start and end (issue 15, "End with what to remember"): it opens with its claim
 * in a paragraph of its own before the first section, a figure chapter reaches its first live figure
 * early (study-by-study evidence comes after it), and it ends with two lines to remember and a
 * question to discuss.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { FIGURES } from '../../src/widgets/registry.ts';

const chapters = readdirSync('content/chapters').filter((name) => name.endsWith('.mdx'));
const read = (name: string) => readFileSync(`content/chapters/${name}`, 'utf8');
const slugOf = (name: string) => name.replace(/^\d+-/, '').replace(/\.mdx$/, '');

/** A figure chapter's first live figure comes within this many words of prose from the top. */
export const FIRST_FIGURE_WITHIN = 650;

/** The chapter's body: no front matter, no imports. */
function body(source: string): string {
  return source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^import .*$/gm, '');
}

/** A question's answer (its "why") stays folded until the reader answers, so it is not read on the way. */
const unanswered = (text: string) => text.replace(/<Fragment slot="why">[\s\S]*?<\/Fragment>/g, ' ');

/**
 * The prose a reader reads, with every component tag taken out (its attributes too: a scene's notes
 * are for the presenter, a question's choices are not prose) but the text between tags kept.
 */
function prose(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '<' && /[A-Za-z/]/.test(text[i + 1] ?? '')) {
      let depth = 0;
      let quote = '';
      for (i++; i < text.length; i++) {
        const c = text[i];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || (depth > 0 && (c === "'" || c === '`'))) quote = c;
        else if (c === '{') depth++;
        else if (c === '}') depth--;
        else if (c === '>' && depth === 0) break;
      }
      out += ' ';
    } else out += text[i];
  }
  return out;
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Words of prose before the chapter's first live figure, or undefined in a chapter without one. */
export function wordsBeforeFirstFigure(source: string): number | undefined {
  const text = body(source);
  const tags = FIGURES.map((figure) => text.indexOf(`<${figure.component} `)).filter((at) => at >= 0);
  if (tags.length === 0) return undefined;
  const at = Math.min(...tags);
  return words(prose(unanswered(text.slice(0, text.lastIndexOf('<Figure', at)))));
}

/** The chapter's opening: the paragraphs of prose before its first `##` heading. */
export function opening(source: string): string[] {
  const text = body(source);
  const first = text.search(/^## /m);
  return prose(first < 0 ? text : text.slice(0, first))
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => words(paragraph) > 0);
}

describe('every chapter opens with its claim, before its first section', () => {
  for (const name of chapters) {
    it(name, () => {
      const paragraphs = opening(read(name));
      expect(paragraphs.length, 'a paragraph before the first ## heading').toBeGreaterThan(0);
      const lead = words(paragraphs[0]);
      expect(lead, 'the opening paragraph is a lead a reader can hold').toBeGreaterThanOrEqual(20);
      expect(lead, 'the opening paragraph is a lead a reader can hold').toBeLessThanOrEqual(120);
    });
  }
});

describe('every figure chapter reaches its first live figure early', () => {
  const figureChapters = new Set(FIGURES.map((figure) => figure.page.split('/')[2]));
  for (const name of chapters.filter((chapter) => figureChapters.has(slugOf(chapter)))) {
    it(name, () => {
      expect(wordsBeforeFirstFigure(read(name))).toBeLessThanOrEqual(FIRST_FIGURE_WITHIN);
    });
  }
});

describe('every chapter ends with what to remember and a question', () => {
  for (const name of chapters) {
    it(name, () => {
      const source = read(name);
      const headings = [...source.matchAll(/^## (.+)$/gm)].map(([, title]) => title);
      expect(headings.at(-1)).toBe('What to remember');
      const ending = source.slice(source.lastIndexOf('## What to remember'));
      expect(ending.match(/^- /gm), 'two lines to remember').toHaveLength(2);
      expect(ending).toMatch(/^\*\*To discuss:\*\* .+\?/ms);
    });
  }
});
