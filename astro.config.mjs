// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { bibliography } from './src/lib/site-bibliography.ts';
import remarkCitations from './src/lib/remark-citations.ts';
import remarkFigures from './src/lib/remark-figures.ts';
import rehypeScrollables from './src/lib/rehype-scrollables.ts';
import siteChecks from './src/integrations/site-checks.ts';
import searchIndex from './src/integrations/search-index.ts';
import offline from './src/integrations/offline.ts';
import csp from './src/integrations/csp.ts';

// SITE_URL and BASE_PATH let one build serve from a sub-path, e.g. GitHub Pages'
// https://<owner>.github.io/<repo>/ (see .github/workflows/deploy.yml).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Old chapter addresses that readers may have saved or shared. Astro writes each as a page that
  // forwards to its destination, but does not put the base in front of the destination itself.
  redirects: {
    '/chapters/what-follows/': `${base.replace(/\/?$/, '/')}chapters/consequences-for-ai-development/`,
  },
  integrations: [mdx(), csp(), siteChecks({ bibliography }), searchIndex(), offline()],
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
