/**
 * KaTeX's fonts, cut after the build to the characters the site's formulas use. A page with
 * mathematics asks for two or three of them (48 KB on the persona chapter) as soon as it is laid
 * out, at the browser's highest priority, so in Lighthouse's simulated phone they are on the
 * critical path of its first paint; cut, they are under half of that (22 KB). The
 * characters are read from the built pages, so a new formula's are kept at the next build; each
 * cut font is named after its own content's hash (a returning reader's cache, or the offline
 * copy, can never pair a page with an older cut), and the pages' @font-face rules
 * (src/lib/katex-css.ts) and preload links are pointed at it. It runs before the Content-Security-Policy hashes
 * those rules. tests/e2e/stylesheets.spec.ts checks that every formula looks, to the pixel, as it
 * does in KaTeX's own fonts.
 */
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from '../lib/built-files.ts';
import { mathText } from '../lib/katex-markup.ts';

/**
 * Kept in every cut font whatever the formulas use. FreeType's autohinter, with which Chromium on
 * Linux draws text, sets a font's alignment zones from these characters (its standard and
 * blue-zone characters for Latin, whose zones also serve the mathematical symbols, and for Greek):
 * a font cut without them draws the same glyphs a pixel off at text sizes.
 */
export const AUTOHINTER_CHARACTERS = [
  // Latin: the standard characters, then the blue-zone strings, as FreeType's afblue.dat lists them.
  'o O 0',
  'T H E Z O C Q S',
  'H E Z L O C U S',
  'f i j k d b h',
  'u v x z o e s c',
  'n r x z o e s c',
  'p q g j y',
  // Greek, the same.
  'ο Ο',
  'Γ Β Ε Ζ Θ Ο Ω',
  'Β Δ Ζ Ξ Θ Ο',
  'β θ δ ζ λ ξ',
  'α ε ι ο π σ τ ω',
  'β γ η μ ρ φ χ ψ',
].join(' ');

/** What every cut font keeps: each character of the pages' formulas, and the autohinter's. */
export function keptText(pages: string[]): string {
  const chars = new Set(AUTOHINTER_CHARACTERS.replace(/ /g, ''));
  for (const html of pages) for (const char of mathText(html)) chars.add(char);
  return [...chars].sort().join('');
}

// A font in a page's KaTeX rules, and its file's stem: url(<base>_astro/KaTeX_Main-Regular.<hash>.woff2).
const FONT_URL = /url\(([^()]*\/(KaTeX_[\w-]+)\.[\w-]+\.woff2)\)/g;

/**
 * Cuts every KaTeX font the built pages under `root` name, points them at the cuts, and removes
 * the whole fonts nothing names any more.
 */
export async function cutKatexFonts(
  root: string,
): Promise<{ fonts: number; before: number; after: number; removed: number }> {
  const files = builtFiles(root);
  const pages = files
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(root, file), 'utf8') }))
    .filter(({ html }) => html.includes('class="katex'));
  const text = keptText(pages.map(({ html }) => html));
  const cut = new Map<string, string>();
  let before = 0;
  let after = 0;
  for (const [, url, stem] of pages.flatMap(({ html }) => [...html.matchAll(FONT_URL)])) {
    if (cut.has(url)) continue;
    const name = url.slice(url.lastIndexOf('/') + 1);
    const file = files.find((path) => path.endsWith(`/${name}`));
    if (!file) throw new Error(`a page names the KaTeX font ${url}, which the build does not have`);
    const whole = readFileSync(join(root, file));
    const font = Buffer.from(await subsetFont(whole, text, { targetFormat: 'woff2' }));
    const cutName = `${stem}.${createHash('sha256').update(font).digest('base64url').slice(0, 8)}.woff2`;
    writeFileSync(join(root, file.slice(0, -name.length), cutName), font);
    cut.set(url, url.slice(0, -name.length) + cutName);
    before += whole.length;
    after += font.length;
  }
  // Every mention of a font: its @font-face rule's url() and the page's preload link.
  for (const { file, html } of pages)
    writeFileSync(
      join(root, file),
      [...cut].reduce((page, [url, cutUrl]) => page.replaceAll(url, cutUrl), html),
    );
  return { fonts: cut.size, before, after, removed: removeUnnamedFonts(root, files) };
}

/**
 * The bundler emits all of KaTeX's fonts, whole; once the pages name only the cuts, nothing asks
 * for them (about 260 KB a deployment would upload and never serve). Each is removed only if no
 * page, stylesheet, script or manifest of the build names it. `files` is the build as it was
 * before the cut: the cut fonts, written since, are named by the pages and never candidates.
 */
function removeUnnamedFonts(root: string, files: string[]): number {
  const text = files
    .filter((file) => /\.(html|css|js|mjs|json|webmanifest|xml|txt)$/.test(file))
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .join('\n');
  const unnamed = files.filter(
    (file) => /(^|\/)KaTeX_[\w-]+\.[\w-]+\.woff2?$/.test(file) && !text.includes(basename(file)),
  );
  for (const file of unnamed) rmSync(join(root, file));
  return unnamed.length;
}

export default function katexFonts(): AstroIntegration {
  return {
    name: 'psm:katex-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { fonts, before, after, removed } = await cutKatexFonts(fileURLToPath(dir));
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
        logger.info(
          `KaTeX fonts cut to the formulas' characters: ${fonts} fonts, ${kb(before)} → ${kb(after)}; ${removed} whole fonts no page names removed`,
        );
      },
    },
  };
}
