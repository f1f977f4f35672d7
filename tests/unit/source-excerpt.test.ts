import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFunction } from '../../src/lib/source-excerpt.ts';

describe('showing the engine\u2019s own code', () => {
  it('cuts out one exported function with its doc comment', () => {
    const code = extractFunction(readFileSync('src/models/psm.ts', 'utf8'), 'posterior');
    expect(code.startsWith('/**')).toBe(true);
    expect(code).toContain('export function posterior<');
    expect(code.trimEnd().endsWith('}')).toBe(true);
    expect(code).not.toContain('export function predictive');
  });

  it('fails the build when the function is gone', () => {
    expect(() => extractFunction('export function other() {}', 'posterior', 'src/models/psm.ts')).toThrow(
      'src/models/psm.ts: no exported function "posterior"',
    );
  });
});
