/**
 * Vite wraps every dynamic import() in the browser's code in __vitePreload(load, deps), a helper
 * that adds <link rel="modulepreload"> and stylesheet links for the imported chunk's own
 * dependencies before it loads. Here nothing has any: the lazy modules (a figure's QR dialog and
 * downloads, a try-this link's figure opener) import only chunks their importer has already loaded,
 * and link their stylesheets themselves (src/lib/lazy-stylesheet.ts). So deps is always [], yet
 * the helper (0.9 KB gzipped) was a chunk of every figure's JavaScript. Vite has no option that
 * leaves it out (vitejs/vite#18551; `build.modulePreload: false` only empties deps), so this
 * plugin gives the helper's module a body that just calls load().
 *
 * With module preloading off, the deps Vite would still write are a dynamic chunk's stylesheets,
 * which this helper would not link: the build stops if any chunk passes one.
 */
import type { Plugin } from 'vite';

export default function plainDynamicImport(): Plugin {
  return {
    name: 'psm:plain-dynamic-import',
    apply: 'build',
    enforce: 'pre',
    config: () => ({ build: { modulePreload: false } }),
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler: () => 'export const __vitePreload = (load) => load();',
    },
    // After Vite's own generateBundle, which writes each dynamic import's deps.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.code.includes('__vite__mapDeps')) {
            this.error(
              `${chunk.fileName}: a dynamic import here has stylesheets to load first, which the plain preload helper ` +
                '(src/integrations/plain-dynamic-import.ts) does not link; link them from the module, as ' +
                'src/lib/lazy-stylesheet.ts does',
            );
          }
        }
      },
    },
  };
}
