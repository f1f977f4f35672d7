/**
 * The build step of offline reading: bundles the Workbox service worker (service-worker.js) and
 * writes it into the build as sw.js, with Workbox's injectManifest putting in the list of what it
 * saves on a reader's first visit: every page and every script and stylesheet, taken from the
 * build's own file list, each with a revision (a hash of its bytes), so a deploy that changes a
 * file saves it again and an unchanged one is kept. Fonts and the search index are saved when
 * first used. It logs the offline copy's size and stops the build if it grows past the budget.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { injectManifest, type ManifestTransform } from 'workbox-build';
import { builtFiles, isPage, pagePath } from '../lib/built-files.ts';
import { WORKER_FILE } from './register.ts';

const WORKER = fileURLToPath(new URL('service-worker.js', import.meta.url));
/** The whole offline copy, gzipped, may not pass this (issue 14). */
export const OFFLINE_BUDGET_BYTES = 250 * 1024;

/**
 * Pages a reader following the talk does not need on a first visit, saved instead when first
 * opened (pages are cached as they are visited): the facilitator's workshop page, heavy with QR
 * codes, the collected references (every chapter carries its own bibliography), the figures'
 * full assumptions (each figure carries its own in its assumptions panel), and the glossary
 * (every chapter carries a card for each term it uses).
 */
const SAVED_WHEN_VISITED = new Set([
  'workshop/index.html',
  'references/index.html',
  'about-the-model/index.html',
  'glossary/index.html',
]);

/**
 * Code a reader loads only by asking for it, saved when first used (the worker saves built files
 * as they are fetched): presenter mode (a presenter opens it while preparing, online), the
 * figures' downloads and QR codes (a code for others to open the live site, and the printed
 * handout's), and the workshop
 * page's stylesheet. Reading and the figures work offline without them.
 */
const LOADED_ON_REQUEST = /^_astro\/(present-|presenter\.|download\.|qr(-dialog)?\.|handout-qr-|workshop\.)/;

/**
 * The built files a reader needs to read offline, relative to the site's root. Not the 404 page:
 * offline, the worker answers an address it has not saved with a page of its own.
 */
export function precacheFiles(root: string): string[] {
  return builtFiles(root).filter(
    (path) =>
      (isPage(path) && !SAVED_WHEN_VISITED.has(path)) ||
      path === 'favicon.svg' ||
      (/^_astro\/[^/]+\.(css|js)$/.test(path) && !LOADED_ON_REQUEST.test(path)),
  );
}

/** The address each saved file is asked for, relative to the worker (the site's root): a page by its folder. */
export function precacheUrl(file: string): string {
  return `./${isPage(file) ? pagePath(file) : file}`;
}

/** What a reader needs to read offline, as addresses relative to the worker (the site's root). */
export function precacheList(root: string): string[] {
  return precacheFiles(root).map(precacheUrl).sort();
}

/** The offline copy's size: each saved file gzipped, as a browser receives it. */
export function offlineCopyBytes(root: string): number {
  return precacheFiles(root).reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(root, file)), { level: 9 }).length,
    0,
  );
}

/** Bundles the worker with Workbox's modules (production build, no logging) into one classic script. */
export async function bundleWorker(): Promise<string> {
  const result = await build({
    entryPoints: [WORKER],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].text;
}

/** Writes the worker into the build at `root`; returns how many files it saves and their gzip size. */
export async function writeWorker(root: string): Promise<{ count: number; bytes: number }> {
  const files = precacheFiles(root);
  const temp = mkdtempSync(join(tmpdir(), 'psm-sw-'));
  try {
    const source = join(temp, 'sw.js');
    writeFileSync(source, await bundleWorker());
    const { count, warnings } = await injectManifest({
      swSrc: source,
      swDest: join(root, WORKER_FILE),
      globDirectory: root,
      // The build's own list, file by file, not a pattern of our own.
      globPatterns: files,
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      manifestTransforms: [
        ((entries) => ({
          manifest: entries.map((entry) => ({ ...entry, url: precacheUrl(entry.url) })),
        })) satisfies ManifestTransform,
      ],
    });
    if (warnings.length) throw new Error(`Workbox: ${warnings.join('; ')}`);
    if (count !== files.length)
      throw new Error(`Workbox listed ${count} files to save offline, the build has ${files.length}`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return { count: files.length, bytes: offlineCopyBytes(root) };
}

export default function offline(): AstroIntegration {
  return {
    name: 'psm:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, bytes } = await writeWorker(fileURLToPath(dir));
        const kb = (bytes / 1024).toFixed(1);
        if (bytes > OFFLINE_BUDGET_BYTES)
          throw new Error(`the offline copy is ${kb} KB gzipped, over its ${OFFLINE_BUDGET_BYTES / 1024} KB budget`);
        logger.info(
          `service worker: ${count} files saved on first visit, ${kb} KB gzipped (budget ${OFFLINE_BUDGET_BYTES / 1024} KB)`,
        );
      },
    },
  };
}
