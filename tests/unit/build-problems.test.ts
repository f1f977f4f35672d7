import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { BuildProblems, formatProblem, sourcePath } from '../../src/lib/build-problems.ts';

describe('the build problem list', () => {
  it('writes file:line:column: message, with as much of the place as is known', () => {
    expect(formatProblem({ file: 'a.mdx', line: 3, column: 5, message: 'm' })).toBe('a.mdx:3:5: m');
    expect(formatProblem({ file: 'refs.bib', line: 7, message: 'm' })).toBe('refs.bib:7: m');
    expect(formatProblem({ file: '/chapters/x/', message: 'm' })).toBe('/chapters/x/: m');
  });

  it('names a source by its path from the project root, and one outside it in full', () => {
    expect(sourcePath(resolve('content/chapters/01-x.mdx'))).toBe('content/chapters/01-x.mdx');
    expect(sourcePath('/elsewhere/refs.bib')).toBe('/elsewhere/refs.bib');
    expect(sourcePath(undefined)).toBe('<input>');
  });

  it('lists problems by file, line and column, each once', () => {
    const problems = new BuildProblems([{ file: 'b.mdx', line: 2, message: 'late' }]);
    problems.add({ file: 'a.mdx', line: 9, column: 1, message: 'second' });
    problems.add({ file: 'a.mdx', line: 3, column: 4, message: 'first' });
    problems.add({ file: 'a.mdx', line: 3, column: 4, message: 'first' });
    expect(problems.size).toBe(3);
    expect(problems.list().map((problem) => problem.message)).toEqual(['first', 'second', 'late']);
  });

  it('tells a watcher of every problem so far and every later one', () => {
    const problems = new BuildProblems([{ file: 'a.mdx', message: 'before' }]);
    const seen: string[] = [];
    problems.watch((problem) => seen.push(problem.message));
    problems.add({ file: 'a.mdx', message: 'after' });
    problems.add({ file: 'a.mdx', message: 'after' });
    expect(seen).toEqual(['before', 'after']);
  });
});
