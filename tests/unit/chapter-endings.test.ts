import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

const chapters = readdirSync('content/chapters').filter((name) => name.endsWith('.mdx'));

describe('every chapter ends with what to remember and a question', () => {
  for (const name of chapters) {
    it(name, () => {
      const source = readFileSync(`content/chapters/${name}`, 'utf8');
      const headings = [...source.matchAll(/^## (.+)$/gm)].map(([, title]) => title);
      expect(headings.at(-1)).toBe('What to remember');
      const ending = source.slice(source.lastIndexOf('## What to remember'));
      expect(ending.match(/^- /gm), 'two lines to remember').toHaveLength(2);
      expect(ending).toMatch(/^\*\*To discuss:\*\* .+\?/ms);
    });
  }
});
