// @ts-check
// ESLint over every source: JavaScript's and typescript-eslint's recommended rules, and
// eslint-plugin-astro's for .astro files. Formatting is Prettier's job (prettier.config.js).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'test-results/', 'bench-results/', 'playwright-report/', '.astro/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // `catch {}` is how the site says "storage or the clipboard refused: carry on without it".
    rules: { 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
  { files: ['src/offline/service-worker.js'], languageOptions: { globals: globals.serviceworker } },
);
