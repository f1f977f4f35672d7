/**
 * A Content-Security-Policy on every built page, as a <meta http-equiv> tag: GitHub Pages sets
 * no headers. It runs after the build, on the HTML as written, so each inline script's hash is
 * the hash of the exact bytes the browser will run. README ("Deploying") says what it allows.
 * Before hashing it minifies the inline scripts, which components keep readable: every page
 * carries them, and the offline copy saves every page.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from '../lib/built-files.ts';

// Raw-text elements: their content cannot hold "</script" or "</style", so a pattern finds them exactly.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi;
const CHARSET = /<meta charset="utf-8"\s*\/?>/i;
// A <script> the browser runs: no type, a JavaScript MIME type, or a module. Anything else (JSON-LD) is data.
const RUNS = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

const attribute = (attributes: string, name: string) =>
  attributes
    .match(new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
    ?.slice(1)
    .find((v) => v !== undefined);
const hasAttribute = (attributes: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}(?:\\s*=|\\s|$)`, 'i').test(attributes);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of a page's inline scripts and inline style elements, as CSP sources. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(SCRIPT)]
    .filter(([, attributes]) => runsInline(attributes))
    .map(([, , body]) => sha256(body));
  const styles = [...html.matchAll(STYLE)].map(([, , body]) => sha256(body));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

const runsInline = (attributes: string) =>
  !hasAttribute(attributes, 'src') && RUNS.test((attribute(attributes, 'type') ?? '').trim());

/** The page with each inline script minified (a module stays a module: esbuild keeps its syntax). */
export function withMinifiedScripts(html: string): string {
  return html.replace(SCRIPT, (whole, attributes: string, body: string) =>
    runsInline(attributes) && body.trim()
      ? `<script${attributes}>${transformSync(body, { minify: true, loader: 'js', target: 'es2022' }).code.trim()}</script>`
      : whole,
  );
}

/** The page's policy. Every directive is explained in README.md, "Deploying". */
export function policyFor(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  return [
    "default-src 'none'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(' '),
    // Browsers without style-src-elem/-attr (Firefox before 108, Safari before 15.4) fall back
    // to this line; the two after it are what current browsers enforce.
    "style-src 'self' 'unsafe-inline'",
    ["style-src-elem 'self'", ...styles].join(' '),
    "style-src-attr 'unsafe-inline'",
    // A figure's PNG download draws its SVG, made in the page, through a blob: address.
    "img-src 'self' blob:",
    // KaTeX's fonts, each a file of the build (src/lib/katex-css.ts inlines none as a data: address).
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first thing in <head> after the charset (a policy covers only what follows it). */
export function withPolicy(html: string, file = 'page'): string {
  if (/http-equiv="content-security-policy"/i.test(html))
    throw new Error(`${file} already has a Content-Security-Policy meta tag`);
  if (!CHARSET.test(html))
    throw new Error(`${file} has no <meta charset="utf-8"> to place the Content-Security-Policy after`);
  return html.replace(
    CHARSET,
    (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`,
  );
}

export default function csp(): AstroIntegration {
  return {
    name: 'psm:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = builtFiles(root).filter((file) => file.endsWith('.html'));
        for (const page of pages) {
          const path = join(root, page);
          writeFileSync(path, withPolicy(withMinifiedScripts(readFileSync(path, 'utf8')), page));
        }
        logger.info(`Content-Security-Policy set on ${pages.length} pages`);
      },
    },
  };
}
