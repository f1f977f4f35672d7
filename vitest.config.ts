import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // `npm test` runs them beside a build on two cores: a test that parses the whole bibliography
    // can take several times its usual second there, and a time-out would not be the code's fault.
    testTimeout: 30_000,
  },
});
