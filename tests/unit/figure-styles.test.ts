import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { FIGURES } from '../../src/widgets/registry.ts';

const folders = readdirSync('src/widgets', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const cssIn = (folder: string) => readdirSync(`src/widgets/${folder}`).filter((name) => name.endsWith('.css'));
/** The classes a stylesheet defines. */
const classesOf = (css: string) =>
  new Set([...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\.(-?[a-zA-Z_][\w-]*)/g)].map(([, name]) => name));
/** Every source file of a folder but its stylesheets: its markup, its component, its script. */
const sourcesOf = (folder: string) =>
  readdirSync(`src/widgets/${folder}`)
    .filter((name) => !name.endsWith('.css'))
    .map((name) => readFileSync(`src/widgets/${folder}/${name}`, 'utf8'))
    .join('\n');

describe('the figures’ stylesheets', () => {
  it('the shared frame’s styles are in the site’s stylesheet, so every figure has them', () => {
    expect(readFileSync('src/styles/global.css', 'utf8')).toContain("@import '../widgets/shared/figure.css';");
  });

  it('each figure’s own stylesheet is the one src/widgets/stylesheets.ts links: <folder>/<folder>.css', () => {
    const figureFolders = new Set(FIGURES.map((f) => f.folder));
    for (const folder of folders.filter((name) => name !== 'shared')) {
      expect(figureFolders, `src/widgets/${folder}/ is a registered figure`).toContain(folder);
      for (const sheet of cssIn(folder)) expect(sheet, `src/widgets/${folder}/${sheet}`).toBe(`${folder}.css`);
    }
  });

  it('no figure uses a class defined only in another figure’s stylesheet', () => {
    const figureFolders = folders.filter((name) => name !== 'shared');
    const shared = classesOf(
      ['src/styles/global.css', 'src/widgets/shared/figure.css'].map((path) => readFileSync(path, 'utf8')).join('\n'),
    );
    for (const owner of figureFolders) {
      const own = cssIn(owner)
        .flatMap((sheet) => [...classesOf(readFileSync(`src/widgets/${owner}/${sheet}`, 'utf8'))])
        .filter((name) => !shared.has(name));
      for (const other of figureFolders.filter((name) => name !== owner)) {
        const source = sourcesOf(other);
        const used = own.filter((name) => new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(source));
        expect(used, `${other} uses classes of ${owner}.css`).toEqual([]);
      }
    }
  });
});
