// Which Chromium the tests and the benchmark drive: CHROMIUM_PATH, else Playwright's own where
// installed, else the system's: for the browser tests its headless shell first (Debian's
// `chromium-headless-shell`), then the browser (`chromium`). The shell is the browser's engine
// without its window and address-bar machinery, and what Playwright itself runs headless tests
// in; the browser tests take a fifth less time in it. The benchmark measures the browser readers
// use (Lighthouse wants it too). With none, Playwright's is installed where the network allows;
// where it does not, the tests stop and say exactly what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_SHELL = ['/usr/bin/chromium-headless-shell'];
const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** `shell`: whether the headless shell will do (the browser tests) or the browser is needed. */
export function findChromium({ shell = true } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // playwright-core throws when it has no browser registered for this platform.
  }
  return [...(shell ? SYSTEM_SHELL : []), ...SYSTEM].find((path) => existsSync(path)) ?? null;
}

/** Downloads Playwright's Chromium; false where it could not (no network, a proxy, no disk). */
export function installChromium() {
  const result = spawnSync('npx', ['--no-install', 'playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    timeout: 10 * 60_000,
  });
  return result.status === 0;
}

export const NO_BROWSER = [
  'No Chromium for the browser tests, and Playwright could not download its own (is there a network?).',
  'Run one of these, then `npm test` again:',
  '  npx playwright install --with-deps chromium      # Playwright’s Chromium and the libraries it needs (network)',
  '  sudo apt-get install -y chromium-headless-shell  # Debian: the system’s, which the tests find by themselves',
  '  sudo apt-get install -y chromium                 # or Debian’s whole browser (the benchmark needs it)',
  '  CHROMIUM_PATH=/path/to/chrome npm test           # any Chromium or Chrome already on this machine',
].join('\n');

/**
 * The Chromium to drive. With none on the machine, installs Playwright's; failing that, prints
 * what to run and exits. The parameters are for the tests, which simulate a machine without one.
 */
export function requireChromium({
  find = findChromium,
  install = installChromium,
  log = console.error,
  exit = process.exit,
} = {}) {
  const found = find();
  if (found) return found;
  log('No Chromium found for the browser tests: installing Playwright’s (npx playwright install chromium).');
  const installed = install() ? find() : null;
  if (installed) return installed;
  log(NO_BROWSER);
  return exit(1);
}

// Flags for a sandboxed machine with no network beyond localhost: without the networking ones
// Chromium keeps trying to reach Google's services and logs refused connections.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The features Playwright turns off itself (playwright-core's chromiumSwitches.ts). Chromium reads
 * only the last --disable-features it is given, so a list of ours must repeat them;
 * tests/unit/browser.test.ts checks this one against the installed Playwright's.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * For Chromium driven by Playwright. Chromium 15x loads the address bar's popup, a web page of its
 * own in a renderer of its own, into every new window, and Playwright opens a window per test:
 * turning the two popups off took a third off the browser tests' time on 2 cores (452 s to 312 s).
 */
export const PLAYWRIGHT_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'].join(',')}`,
];
