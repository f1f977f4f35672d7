// Which Chromium the tests and the benchmark drive: Playwright's own where one is installed,
// else the system's (Debian's `chromium`), else a clear message. Playwright cannot download its
// browsers on machines without general network access, so the system browser is the norm here.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // playwright-core throws when it has no browser registered for this platform.
  }
  return SYSTEM.find((path) => existsSync(path)) ?? null;
}

export function requireChromium() {
  const path = findChromium();
  if (!path) {
    console.error(
      'No Chromium found for the browser tests.\n' +
        '  On Debian or Ubuntu: sudo apt-get install -y chromium\n' +
        '  Where the network allows: npx playwright install chromium\n' +
        '  Or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
  return path;
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
