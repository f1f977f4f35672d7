/**
 * What is wrong with the sources, collected over a whole build and listed together when it ends
 * (src/integrations/site-checks.ts), as mystmd collects vfile messages: one failed build shows a
 * maintainer every unknown citation key, malformed bibliography entry and dead link at once.
 */
import { isAbsolute, relative } from 'node:path';

export interface Problem {
  /** The source file, as a path from the project's root where it lies inside it. */
  file: string;
  line?: number;
  column?: number;
  /** The citation key, figure id or address the problem is about. */
  key?: string;
  message: string;
}

/** "content/chapters/x.mdx:12:5: unknown citation key …", the form editors and terminals link. */
export function formatProblem({ file, line, column, message }: Problem): string {
  const place = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
  return `${place}: ${message}`;
}

/** A source file's path as problems name it: from the project's root where it lies inside it. */
export function sourcePath(path: string | undefined): string {
  if (!path) return '<input>';
  const inside = relative(process.cwd(), path);
  return isAbsolute(path) && !inside.startsWith('..') ? inside : path;
}

export class BuildProblems {
  readonly #problems = new Map<string, Problem>();
  #listener?: (problem: Problem) => void;

  constructor(problems: Iterable<Problem> = []) {
    for (const problem of problems) this.add(problem);
  }

  /** Records a problem; one found twice (a page rendered twice) is kept once. */
  add(problem: Problem) {
    const text = formatProblem(problem);
    if (this.#problems.has(text)) return;
    this.#problems.set(text, problem);
    this.#listener?.(problem);
  }

  /** Calls `listener` with every problem so far and every later one: the dev server logs them as they come. */
  watch(listener: (problem: Problem) => void) {
    this.#listener = listener;
    for (const problem of this.#problems.values()) listener(problem);
  }

  /** Every problem, by file, then line, then column. */
  list(): Problem[] {
    return [...this.#problems.values()].sort(
      (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    );
  }

  get size() {
    return this.#problems.size;
  }
}
