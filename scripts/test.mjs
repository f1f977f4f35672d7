// `npm test`: every check, in the order their failures are cheapest to read: the builds, types
// (`astro check`, .astro and .ts alike), lint, format, unit tests, broken builds, browser tests.
// Ends with one "N passed, N failed" line totalling the tests, each failed check counted once.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, rmSync } from 'node:fs';
import { requireChromium } from './browser.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const outcome = spawnSync(command, args, { stdio: 'inherit', env });
  console.log(
    `=== ${label}: ${outcome.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return outcome.status === 0;
}

const chromium = requireChromium();
env.CHROMIUM_PATH = chromium;

// A deployment under a sub-path (GitHub Pages) must keep every link working: the build's own
// link checker fails it otherwise.
env.BASE_PATH = '/psm-companion/';
env.OUT_DIR = 'test-results/dist-subpath';
let ok = run('build under a sub-path', 'astro', ['build']);
delete env.BASE_PATH;
delete env.OUT_DIR;
ok = run('build', 'astro', ['build']) && ok;
ok = run('types', 'astro', ['check']) && ok;
const checks = {
  lint: run('lint', 'eslint', ['.']),
  format: run('format', 'prettier', ['--check', '.']),
};
const unitOk = run('unit tests', 'vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${results}/unit.json`,
]);
const brokenOk = run('broken sources fail the build', 'vitest', [
  'run',
  '--config',
  'vitest.build.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${results}/build.json`,
]);
const e2eOk = ok ? run('browser tests', 'playwright', ['test']) : false;

function counts(file, read) {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 1 };
  }
}
const vitestCounts = (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests });
const unit = counts(`${results}/unit.json`, vitestCounts);
const broken = counts(`${results}/build.json`, vitestCounts);
const e2e = ok
  ? counts(`${results}/e2e.json`, (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected }))
  : { passed: 0, failed: 0 };
const passed = unit.passed + broken.passed + e2e.passed;
const failedChecks = Object.keys(checks).filter((name) => !checks[name]);
const failed = unit.failed + broken.failed + e2e.failed + (ok ? 0 : 1) + failedChecks.length;
console.log(
  [
    `\nunit ${unit.passed}/${unit.passed + unit.failed}`,
    `broken builds ${broken.passed}/${broken.passed + broken.failed}`,
    `browser ${e2e.passed}/${e2e.passed + e2e.failed}`,
    ...(ok ? [] : ['build or types failed']),
    ...failedChecks.map((name) => `${name} failed (npm run ${name})`),
  ].join(', '),
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok && unitOk && brokenOk && e2eOk && failed === 0 ? 0 : 1);
