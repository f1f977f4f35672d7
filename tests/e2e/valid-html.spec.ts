/**
 * Every built page passes the Nu Html Checker (the W3C validator, run here from the vnu-jar
 * package with the machine's Java). One checker run covers the whole build; each page is its
 * own test, so a failure names the page and the checker's message.
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { builtPages } from './fixtures.ts';
import { MOVED } from '../../src/lib/redirects.ts';

interface Message {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

const DIST = resolve('dist');
// Every page, the ones that only forward an old address included.
const files = [...builtPages(), ...Object.keys(MOVED).map((path) => `/${path}`)]
  .map((path) => join(DIST, path, 'index.html'))
  .concat(join(DIST, '404.html'));
// A page with a known error, checked in the same run: proof that the checker read the files and
// that a report with an error would fail these tests.
const KNOWN_BAD = resolve('test-results/html-check/known-bad.html');

function check(): Message[] {
  const java = spawnSync('java', ['-version']);
  if (java.error || java.status !== 0) {
    throw new Error(
      'The HTML check needs Java 11 or later. On Debian or Ubuntu: apt-get install -y default-jre-headless (.ci/run does this).',
    );
  }
  const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
  mkdirSync(dirname(KNOWN_BAD), { recursive: true });
  writeFileSync(KNOWN_BAD, '<!doctype html><html lang="en"><title>x</title><ul><div>not a list item</div></ul>');
  // The checker exits non-zero when it finds an error, and writes its report to stderr.
  // The quick compiler and a serial collector halve the checker's CPU time on a short run; its
  // schema needs a deeper stack than the quick compiler's default.
  const result = spawnSync(
    'java',
    [
      '-Xss4m',
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-jar',
      jar,
      '--format',
      'json',
      '--errors-only',
      KNOWN_BAD,
      ...files,
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  if (!result.stderr.trim().startsWith('{'))
    throw new Error(`The Nu Html Checker failed to run: ${result.error ?? result.stderr}`);
  return (JSON.parse(result.stderr) as { messages: Message[] }).messages;
}

// One worker, in order: the checker runs once, and one page's failure does not skip the others.
test.describe.configure({ mode: 'default' });

let messages: Message[] = [];
const reported = (file: string) =>
  messages
    .filter((m) => decodeURIComponent(new URL(m.url).pathname) === file)
    .map((m) => `line ${m.lastLine}: ${m.message}`);

test.beforeAll(() => {
  test.setTimeout(120_000);
  messages = check();
});

test('the checker reads the pages and reports errors', () => {
  expect(reported(KNOWN_BAD).length).toBeGreaterThan(0);
});

for (const file of files) {
  test(`${file.slice(DIST.length)} passes the Nu Html Checker`, () => {
    expect(reported(file)).toEqual([]);
  });
}
