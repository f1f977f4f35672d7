/**
 * Browser tests run with the worker blocked: it answers requests before page.route sees them,
 * which would hide a request to another origin from the test fixtures. Only the tests of offline
 * reading let it run. Both are Playwright `use` options (playwright.config.ts, offline.spec.ts).
 */
export const WORKER_BLOCKED = { serviceWorkers: 'block' } as const;
export const WORKER_ALLOWED = { serviceWorkers: 'allow' } as const;
