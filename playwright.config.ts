import { defineConfig } from '@playwright/test';
import { PLAYWRIGHT_CHROMIUM_ARGS, requireChromium } from './scripts/browser.mjs';
import { WORKER_BLOCKED } from './src/offline/test-switch.ts';

// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  // Its own folder: Playwright empties it on start, and test-results/ also holds the unit report.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  // Three on two cores: many tests spend their time waiting (a 4 s ▶ run, a held-back script,
  // a network timeout), not computing.
  workers: 3,
  // On CI one retry, reported as flaky (scripts/test.mjs counts it): a loaded shared machine can
  // miss a scroll or an animation frame; a test that fails twice fails.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: requireChromium(), args: PLAYWRIGHT_CHROMIUM_ARGS },
    // The offline worker would hide requests from the fixtures; see src/offline/test-switch.ts.
    ...WORKER_BLOCKED,
  },
  webServer: {
    command: `node scripts/serve.mjs`,
    url: `http://127.0.0.1:${PORT}/`,
    env: { PORT: String(PORT) },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
