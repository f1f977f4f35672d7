/** The browser finder on a machine without Chromium, simulated: nothing is uninstalled. */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  NO_BROWSER,
  PLAYWRIGHT_CHROMIUM_ARGS,
  PLAYWRIGHT_DISABLED_FEATURES,
  requireChromium,
} from '../../scripts/browser.mjs';

class Exit extends Error {}

function machine({ found = [] as (string | null)[], installs = false }) {
  const lines: string[] = [];
  const install = vi.fn(() => installs);
  const find = vi.fn(() => found.shift() ?? null);
  const exit = vi.fn((code: number) => {
    throw new Exit(`exit ${code}`);
  });
  const run = () => requireChromium({ find, install, log: (text: string) => lines.push(text), exit: exit as never });
  return { run, install, exit, lines };
}

describe('finding a Chromium for the browser tests', () => {
  it('uses the one it finds, and installs nothing', () => {
    const { run, install } = machine({ found: ['/usr/bin/chromium'] });
    expect(run()).toBe('/usr/bin/chromium');
    expect(install).not.toHaveBeenCalled();
  });

  it('with none, installs Playwright’s and uses it', () => {
    const { run, install, exit } = machine({
      found: [null, '/root/.cache/ms-playwright/chromium/chrome'],
      installs: true,
    });
    expect(run()).toBe('/root/.cache/ms-playwright/chromium/chrome');
    expect(install).toHaveBeenCalledOnce();
    expect(exit).not.toHaveBeenCalled();
  });

  it('with none and no network, says exactly what to run and exits with an error', () => {
    const { run, install, exit, lines } = machine({ installs: false });
    expect(run).toThrow(Exit);
    expect(install).toHaveBeenCalledOnce();
    expect(exit).toHaveBeenCalledWith(1);
    expect(lines.at(-1)).toBe(NO_BROWSER);
    for (const command of [
      'npx playwright install --with-deps chromium',
      'sudo apt-get install -y chromium-headless-shell',
      'sudo apt-get install -y chromium ',
      'CHROMIUM_PATH=',
    ]) {
      expect(NO_BROWSER).toContain(command);
    }
  });
});

describe('the flags the browser tests launch Chromium with', () => {
  // Chromium honours only the last --disable-features: ours must keep every feature Playwright turns off.
  it('repeat every feature the installed Playwright turns off', () => {
    const bundle = readFileSync(createRequire(import.meta.url).resolve('playwright-core/lib/coreBundle'), 'utf8');
    const list = /disabledFeatures = \[([^\]]*)\]/.exec(bundle);
    expect(list, 'the list in playwright-core/lib/coreBundle.js (has its source moved?)').not.toBeNull();
    const theirs = [...list![1].replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(theirs.length).toBeGreaterThan(5);
    expect([...PLAYWRIGHT_DISABLED_FEATURES].sort()).toEqual([...theirs].sort());
  });

  it('give one --disable-features, which also turns the address bar popups off', () => {
    const lists = PLAYWRIGHT_CHROMIUM_ARGS.filter((arg: string) => arg.startsWith('--disable-features='));
    expect(lists).toHaveLength(1);
    const features = lists[0].slice('--disable-features='.length).split(',');
    expect(features).toEqual(
      expect.arrayContaining([...PLAYWRIGHT_DISABLED_FEATURES, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']),
    );
  });
});
