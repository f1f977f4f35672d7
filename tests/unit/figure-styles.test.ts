import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

describe('the figures stylesheet', () => {
  it('imports every stylesheet under src/widgets, the shared one first, so no figure is left unstyled', () => {
    const imports = [...readFileSync('src/widgets/figures.css', 'utf8').matchAll(/@import '\.\/([^']+)';/g)].map(
      ([, path]) => path,
    );
    const sheets = readdirSync('src/widgets', { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.css') && path.includes('/'))
      .map((path) => path.replaceAll('\\', '/'));
    expect(imports[0]).toBe('shared/figure.css');
    expect([...imports].sort()).toEqual([...sheets].sort());
  });
});
