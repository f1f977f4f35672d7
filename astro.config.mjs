// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { bibliography } from './src/citations/site-bibliography.ts';
import remarkCitations from './src/citations/remark-citations.ts';
import remarkFigures from './src/lib/remark-figures.ts';
import rehypeScrollables from './src/lib/rehype-scrollables.ts';
import siteChecks from './src/integrations/site-checks.ts';
import searchIndex from './src/integrations/search-index.ts';
import offline from './src/offline/build.ts';

// SITE_URL and BASE_PATH let one build serve from a sub-path, e.g. GitHub Pages'
// https://<owner>.github.io/<repo>/ (see .github/workflows/deploy.yml).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [mdx(), siteChecks({ bibliography }), searchIndex(), offline()],
  // The page script is built as a standalone ES module (see PageScript.astro).
  vite: { worker: { format: 'es' } },
  markdown: {
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false },
    processor: unified({
      remarkPlugins: [remarkMath, remarkFigures, [remarkCitations, { bibliography }]],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml' }], rehypeScrollables],
    }),
  },
});
