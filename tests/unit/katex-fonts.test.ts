import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import katex from 'katex';
import { AUTOHINTER_CHARACTERS, cutKatexFonts, keptText } from '../../src/integrations/katex-fonts.ts';
import { mathText } from '../../src/lib/katex-markup.ts';

const formula = katex.renderToString(String.raw`\beta \propto x_1`, { output: 'htmlAndMathml' });

describe("KaTeX's fonts cut to the formulas' characters", () => {
  it("reads a formula's characters, its MathML copy's too, but not its TeX source nor the prose around it", () => {
    const chars = mathText(`<p>Prose: Z.</p>${formula}`);
    for (const char of ['β', '∝', 'x', '1']) expect(chars).toContain(char);
    expect(chars).not.toContain('\\');
    expect(chars).not.toContain('Z');
  });

  it("keeps the formulas' characters and those FreeType's autohinter measures a font by", () => {
    const text = keptText([formula]);
    for (const char of `β∝x1${AUTOHINTER_CHARACTERS.replace(/ /g, '')}`) expect(text).toContain(char);
    expect(new Set(text).size).toBe(text.length);
  });

  it('writes each cut font under a name of its own hash, points the pages (rules and preloads) at it, and removes the whole fonts nothing names', async () => {
    const root = mkdtempSync(join(tmpdir(), 'psm-katex-fonts-'));
    mkdirSync(join(root, '_astro'));
    copyFileSync(
      'node_modules/katex/dist/fonts/KaTeX_Main-Regular.woff2',
      join(root, '_astro/KaTeX_Main-Regular.abc.woff2'),
    );
    const page = (n: number) =>
      `<link rel="preload" href="/psm/_astro/KaTeX_Main-Regular.abc.woff2" as="font">` +
      `<style>@font-face{font-family:KaTeX_Main;src:url(/psm/_astro/KaTeX_Main-Regular.abc.woff2) format("woff2")}</style>${formula}<p>${n}</p>`;
    writeFileSync(join(root, 'a.html'), page(1));
    writeFileSync(join(root, 'b.html'), page(2));
    writeFileSync(join(root, 'c.html'), '<p>No formulas.</p>');
    // Two fonts no page uses: one a stylesheet still names, one nothing names.
    for (const font of ['KaTeX_Size1-Regular.def.woff2', 'KaTeX_AMS-Regular.ghi.woff2'])
      copyFileSync('node_modules/katex/dist/fonts/KaTeX_AMS-Regular.woff2', join(root, '_astro', font));
    writeFileSync(join(root, '_astro/style.css'), '@font-face{src:url(KaTeX_Size1-Regular.def.woff2)}');
    const whole = statSync(join(root, '_astro/KaTeX_Main-Regular.abc.woff2')).size;

    expect(await cutKatexFonts(root)).toMatchObject({ fonts: 1, removed: 2 });
    const url = readFileSync(join(root, 'a.html'), 'utf8').match(/url\(([^)]+)\)/)![1];
    expect(url).toMatch(/^\/psm\/_astro\/KaTeX_Main-Regular\.[\w-]{8}\.woff2$/);
    expect(readFileSync(join(root, 'a.html'), 'utf8')).toContain(`<link rel="preload" href="${url}"`);
    expect(readFileSync(join(root, 'b.html'), 'utf8')).not.toContain('.abc.');
    const cut = join(root, url.slice('/psm/'.length));
    expect(existsSync(cut)).toBe(true);
    expect(statSync(cut).size).toBeLessThan(whole / 2);
    // The whole fonts nothing names any more are gone; the one a stylesheet names stays.
    expect(existsSync(join(root, '_astro/KaTeX_Main-Regular.abc.woff2'))).toBe(false);
    expect(existsSync(join(root, '_astro/KaTeX_AMS-Regular.ghi.woff2'))).toBe(false);
    expect(existsSync(join(root, '_astro/KaTeX_Size1-Regular.def.woff2'))).toBe(true);
  });
});
