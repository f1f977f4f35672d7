// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { bibliography } from './src/citations/site-bibliography.ts';
import { CACHE_DIR } from './src/lib/cache-dir.ts';
import remarkCitations from './src/citations/remark-citations.ts';
import remarkGlossary from './src/glossary/remark-glossary.ts';
import { glossaryProblems } from './src/glossary/terms.ts';
import glossaryChecks from './src/glossary/checks.ts';
import { glossary } from './content/glossary.ts';
import remarkFigures from './src/lib/remark-figures.ts';
import remarkTryThis from './src/lib/remark-try-this.ts';
import { remarkLinkSources } from './src/lib/link-check.ts';
import { BuildProblems } from './src/lib/build-problems.ts';
import rehypeScrollables from './src/lib/rehype-scrollables.ts';
import siteChecks from './src/integrations/site-checks.ts';
import searchIndex from './src/integrations/search-index.ts';
import offline from './src/offline/build.ts';
import katexFonts from './src/integrations/katex-fonts.ts';
import csp from './src/integrations/csp.ts';
import plainDynamicImport from './src/integrations/plain-dynamic-import.ts';

// Problems found anywhere in the build (the bibliography, each chapter, the built pages) are
// listed together when it ends, by site-checks; linkSources lets it name a dead link's line.
const problems = new BuildProblems(bibliography.problems);
const linkSources = new Map();
// A glossary entry with no definition or an unknown source is listed with them; a variant that no
// chapter's prose uses (glossaryFound, filled by the remark plugin) is added when the build ends.
const isKey = (/** @type {string} */ key) => bibliography.entries.has(key);
for (const message of glossaryProblems(glossary, isKey)) problems.add({ file: 'content/glossary.ts', message });
const glossaryFound = new Map();

// SITE_URL and BASE_PATH let one build serve from a sub-path, e.g. GitHub Pages'
// https://<owner>.github.io/<repo>/ (see .github/workflows/deploy.yml).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: CACHE_DIR,
  trailingSlash: 'always',
  // A small component stylesheet (a question's, the presenter's) would otherwise be inlined into
  // every page that uses it: as a file it is fetched and saved offline once.
  build: { inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    // Before csp(): it rewrites the pages' KaTeX rules, which the policy then hashes.
    katexFonts(),
    csp(),
    glossaryChecks({ terms: glossary, found: glossaryFound, isKey, problems, file: 'content/glossary.ts' }),
    siteChecks({ bibliography, problems, linkSources }),
    searchIndex(),
    offline(),
  ],
  // The page script is built as a standalone ES module (see PageScript.astro). Dynamic imports
  // skip Vite's preload helper, which had nothing to preload here (see plain-dynamic-import.ts).
  vite: {
    worker: { format: 'es' },
    plugins: [plainDynamicImport()],
    build: {
      rollupOptions: {
        // Astro marks every MDX chapter with a "use astro:head-inject" directive that the bundler
        // warns it may drop: twelve harmless ten-line warnings that buried the build's own lines
        // (https://github.com/withastro/astro/issues/18087). Every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
    },
    processor: unified({
      remarkPlugins: [
        remarkMath,
        [remarkFigures, { problems }],
        [remarkTryThis, { problems }],
        [remarkCitations, { bibliography, problems }],
        [remarkGlossary, { terms: glossary, bibliography, base, found: glossaryFound }],
        [remarkLinkSources, { sources: linkSources }],
      ],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml' }], rehypeScrollables],
    }),
  },
});
