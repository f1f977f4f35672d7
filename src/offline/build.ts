/**
 * The build step of offline reading: writes the service worker (service-worker.js) into the build with the list of
 * what it saves on a reader's first visit: every page and every script and stylesheet, about
 * 100 KB gzipped. Fonts and the search index are saved when first used. The version is a hash
 * of those files, so a deploy that changes any of them replaces the saved copy.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles, isPage, pagePath } from '../lib/built-files.ts';
import { WORKER_FILE } from './register.ts';

const WORKER = fileURLToPath(new URL('service-worker.js', import.meta.url));

/** What a reader needs to read offline, as addresses relative to the worker (the site's root). */
export function precacheList(root: string): string[] {
  return builtFiles(root)
    .filter((path) => isPage(path) || path === '404.html' || path === 'favicon.svg' || /^_astro\/[^/]+\.(css|js)$/.test(path))
    .map((path) => `./${isPage(path) ? pagePath(path) : path}`)
    .sort();
}

export default function offline(): AstroIntegration {
  return {
    name: 'psm:offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const precache = precacheList(root);
        const hash = createHash('sha256');
        for (const path of precache) {
          const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
          hash.update(path).update(readFileSync(file));
        }
        const version = hash.digest('hex').slice(0, 12);
        const worker = `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(precache)};\n${readFileSync(WORKER, 'utf8')}`;
        writeFileSync(join(root, WORKER_FILE), worker);
        logger.info(`service worker ${version}: ${precache.length} files saved on first visit`);
      },
    },
  };
}
