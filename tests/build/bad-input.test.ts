/**
 * Real builds of deliberately broken sources: each must fail, naming the file, the line and what
 * is wrong, and one failed build must list every problem at once. Slow (a build each), so they
 * run apart from the unit tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function build(fixture: string, env: Record<string, string> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'psm-build-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'psm-cache-'));
  const result = spawnSync('astro', ['build'], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CHAPTERS_DIR: `./tests/fixtures/build/${fixture}`,
      OUT_DIR: outDir,
      CACHE_DIR: cacheDir,
      ...env,
    },
    encoding: 'utf8',
  });
  for (const dir of [outDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a broken chapter stops the build', () => {
  it('names the file and the field of bad front matter', () => {
    const { status, output } = build('bad-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('01-broken.mdx');
    expect(output).toMatch(/order/);
  });
});

describe('one failed build lists every problem, with file, line and key', () => {
  const fixture = 'tests/fixtures/build/many-problems';
  // The site's bibliography with three broken entries after it (broken.bib).
  const site = readFileSync('content/references.bib', 'utf8');
  const offset = site.split('\n').length - 1;
  const bib = join(mkdtempSync(join(tmpdir(), 'psm-bib-')), 'references.bib');
  let result: { status: number | null; output: string };

  beforeAll(() => {
    writeFileSync(bib, site + readFileSync(`${fixture}/broken.bib`, 'utf8'));
    result = build('many-problems', { BIB_PATH: bib });
  });

  it('fails, counting the problems', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/The build found \d+ problems:/);
  });

  it('names a .bib link without a scheme, and one to javascript:, by file, line and key', () => {
    expect(result.output).toContain(
      `${bib}:${offset + 7}: entry "schemeless2024paper": url "example.org/paper" is not an absolute http(s) address`,
    );
    expect(result.output).toContain(
      `${bib}:${offset + 14}: entry "script2024paper": url "javascript:alert(document.domain)" is a javascript: link; only http(s) links are allowed`,
    );
  });

  it('names a malformed .bib entry by file, line and key, and the chapter that cites it', () => {
    expect(result.output).toMatch(new RegExp(`${bib}:${offset + 20}: entry "malformed2024paper" is malformed BibTeX`));
    expect(result.output).toMatch(
      /01-first\.mdx:12:\d+: citation key "malformed2024paper" names an entry of .* that has a problem/,
    );
  });

  it('lists unknown keys in two chapters and a dead link together', () => {
    expect(result.output).toMatch(/01-first\.mdx:10:\d+: unknown citation key "nosuch2024first"/);
    expect(result.output).toMatch(/02-second\.mdx:10:\d+: unknown citation key "nosuch2024second"/);
    expect(result.output).toContain(
      '02-second.mdx:12:5: dead link "../no-such-chapter/" (no such page or file in the build) on /chapters/second/',
    );
  });

  it('names a try-this link to a parameter, a value or a figure its chapter lacks', () => {
    expect(result.output).toContain(
      '02-second.mdx:19: <TryThis figure="figure-em"> sets "em-nosuch", which Figure3 does not have (its parameters begin "em-")',
    );
    expect(result.output).toContain(
      '02-second.mdx:20: <TryThis figure="figure-em"> sets "em-data" to "nonsense", which Figure3 refuses',
    );
    expect(result.output).toContain(
      '02-second.mdx:21: <TryThis> names figure "figure-nowhere", which is not a live figure in this chapter',
    );
  });
});
