/**
 * The site's bibliography, read once per build from content/references.bib. Its problems are
 * listed with the rest of the build's at its end (astro.config.mjs hands them to site-checks).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBibliography } from './bibliography.ts';
import { cachedBibliography } from './bibliography-cache.ts';
import { CACHE_DIR } from '../lib/cache-dir.ts';

// BIB_PATH lets the build tests point the site at a deliberately broken bibliography.
export const BIB_PATH = process.env.BIB_PATH ?? 'content/references.bib';
export const bibSource = readFileSync(resolve(process.cwd(), BIB_PATH), 'utf8');
// In Astro's cache folder, so a clean build starts afresh.
export const bibliography = cachedBibliography(bibSource, BIB_PATH, parseBibliography, {
  dir: resolve(process.cwd(), CACHE_DIR),
});
