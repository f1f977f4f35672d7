/** The files of a finished build, for the checks and tools that read all of it. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `root`, as a path relative to it with forward slashes, sorted. */
export function builtFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

const INDEX = /(^|\/)index\.html$/;

/** A page a static host serves at a folder's address: `index.html` in the root or any folder. */
export const isPage = (file: string) => INDEX.test(file);

/** The address a static host serves a built HTML file at, below the site's base: `chapters/x/index.html` is `chapters/x/`. */
export function pagePath(file: string): string {
  return file.replace(INDEX, '$1').replace(/\.html$/, '');
}
