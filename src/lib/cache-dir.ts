/**
 * Astro's cache folder (astro.config.mjs's cacheDir), where the build also keeps the parsed
 * bibliography (src/citations/bibliography-cache.ts). CACHE_DIR gives each of the build tests'
 * broken builds a folder of its own.
 */
export const CACHE_DIR = process.env.CACHE_DIR ?? './node_modules/.astro';
