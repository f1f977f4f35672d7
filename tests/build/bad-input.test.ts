/**
 * Real builds of deliberately broken chapters: each must stop, naming the file and what is
 * wrong. Slow (a build each), so they run apart from the unit tests.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function build(fixture: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'psm-build-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'psm-cache-'));
  const result = spawnSync('astro', ['build'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CHAPTERS_DIR: `./tests/fixtures/build/${fixture}`, OUT_DIR: outDir, CACHE_DIR: cacheDir },
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

  it('names the file, line, column and key of an unknown citation', () => {
    const { status, output } = build('unknown-key');
    expect(status).not.toBe(0);
    expect(output).toMatch(/01-broken\.mdx:12:\d+: unknown citation key "nosuch2024work"/);
  });

  it('names the page and the link of a dead internal link', () => {
    const { status, output } = build('dead-link');
    expect(status).not.toBe(0);
    expect(output).toContain('/chapters/broken/: ../no-such-chapter/ (no such page or file in the build)');
  });
});
