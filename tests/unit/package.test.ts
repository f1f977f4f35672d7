/** package.json keeps its promises: every script runs a file that exists, and what the build imports installs with it. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { builtFiles } from '../../src/lib/built-files.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The package a bare import names: `katex/dist/katex.min.css` is katex, `@citation-js/core` itself. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

describe('package.json', () => {
  it('has no script that runs a missing file', () => {
    for (const [name, command] of Object.entries(pkg.scripts)) {
      for (const [, file] of command.matchAll(/\bnode\s+(\S+\.m?[jt]s)\b/g))
        expect(existsSync(file), `${name}: ${file}`).toBe(true);
    }
  });

  it('lists every package the build imports as a dependency, not a devDependency', () => {
    const sources = ['astro.config.mjs', ...builtFiles('src').map((file) => `src/${file}`)].filter((file) =>
      /\.(m?[jt]s|astro)$/.test(file),
    );
    const imported = new Set<string>();
    for (const file of sources) {
      const code = readFileSync(file, 'utf8');
      for (const [, specifier] of code.matchAll(
        /^\s*import\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"./][^'"]*)['"]/gm,
      )) {
        if (!/^(node|astro):/.test(specifier)) imported.add(packageOf(specifier));
      }
    }
    expect(imported.size).toBeGreaterThan(5);
    for (const name of imported) expect(pkg.dependencies, `${name} is imported by the build`).toHaveProperty([name]);
  });
});
