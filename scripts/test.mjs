// `npm test`: every check, ending with one "N passed, N failed" line totalling the tests, each
// failed check counted once. The checks before the browser tests run in two lanes at once, as two
// cores allow: the builds, types and broken builds in one (each of them writes Astro's generated
// types in .astro/, so they take turns), lint, format and unit tests in the other. Each check's
// output is printed whole when it ends; the browser tests, last, print as they go.
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync, rmSync } from 'node:fs';
import { requireChromium } from './browser.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const seconds = (started) => ((Date.now() - started) / 1000).toFixed(1);

/**
 * Runs a check; resolves to whether it passed. Its output is held back and printed whole when it
 * ends, or, `live`, printed as it goes (the browser tests, which run alone).
 */
function check(label, command, args, { extraEnv = {}, live = false } = {}) {
  const started = Date.now();
  const header = `\n=== ${label}: ${command} ${args.join(' ')}\n`;
  if (live) process.stdout.write(header);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...env, ...extraEnv },
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    let ended = false;
    // A command that cannot start reports 'error', and may report 'close' after it.
    const done = (passed, why = '') => {
      if (ended) return;
      ended = true;
      process.stdout.write(`${live ? '' : `${header}${Buffer.concat(output)}`}${why}`);
      console.log(`=== ${label}: ${passed ? 'ok' : 'FAILED'} in ${seconds(started)} s`);
      resolve(passed);
    };
    child.on('error', (error) => done(false, `${error.message}\n`));
    child.on('close', (code) => done(code === 0));
  });
}

const vitest = (config, report) => [
  'run',
  ...(config ? ['--config', config] : []),
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${results}/${report}`,
];

const chromium = requireChromium();
env.CHROMIUM_PATH = chromium;

const [astro, others] = await Promise.all([
  (async () => {
    // A deployment under a sub-path (GitHub Pages) must keep every link working: the build's own
    // link checker fails it otherwise.
    let built = await check('build under a sub-path', 'astro', ['build'], {
      extraEnv: { BASE_PATH: '/psm-companion/', OUT_DIR: `${results}/dist-subpath` },
    });
    built = (await check('build', 'astro', ['build'])) && built;
    const typed = await check('types', 'astro', ['check']);
    const broken = await check(
      'broken sources fail the build',
      'vitest',
      vitest('vitest.build.config.ts', 'build.json'),
    );
    return { ok: built && typed, brokenOk: broken };
  })(),
  (async () => ({
    lint: await check('lint', 'eslint', ['.']),
    format: await check('format', 'prettier', ['--check', '.']),
    unitOk: await check('unit tests', 'vitest', vitest(null, 'unit.json')),
  }))(),
]);
const { ok, brokenOk } = astro;
const { unitOk, ...checks } = others;

const e2eOk = ok ? await check('browser tests', 'playwright', ['test'], { live: true }) : false;

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
// A runner can fail before any test (Playwright's port taken, a broken config) and still write a
// report of no failures: that counts as a failure too.
const e2eUnrun = ok && !e2eOk && e2e.failed === 0;
if (e2eUnrun) e2e.failed = 1;
if (!unitOk && unit.failed === 0) unit.failed = 1;
if (!brokenOk && broken.failed === 0) broken.failed = 1;
const passed = unit.passed + broken.passed + e2e.passed;
const failedChecks = Object.keys(checks).filter((name) => !checks[name]);
const failed = unit.failed + broken.failed + e2e.failed + (ok ? 0 : 1) + failedChecks.length;
console.log(
  [
    `\nunit ${unit.passed}/${unit.passed + unit.failed}`,
    `broken builds ${broken.passed}/${broken.passed + broken.failed}`,
    `browser ${e2e.passed}/${e2e.passed + e2e.failed}`,
    ...(ok ? [] : ['build or types failed']),
    ...(e2eUnrun ? ['the browser tests failed to run (see above)'] : []),
    ...failedChecks.map((name) => `${name} failed (npm run ${name})`),
  ].join(', '),
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok && unitOk && brokenOk && e2eOk && failed === 0 ? 0 : 1);
