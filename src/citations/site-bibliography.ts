/** The site's bibliography, read once per build from content/references.bib. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBibliography } from './bibliography.ts';

export const BIB_PATH = 'content/references.bib';
export const bibSource = readFileSync(resolve(process.cwd(), BIB_PATH), 'utf8');
export const bibliography = parseBibliography(bibSource, BIB_PATH);
