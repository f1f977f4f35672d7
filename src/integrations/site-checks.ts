/**
 * Checks that need the whole build: no dead internal link or #fragment, no citation left as
 * literal text, and a note in the log for every bibliography entry that nothing cites.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles, pagePath } from '../lib/built-files.ts';
import { checkLinks, extractLinks, type PageLinks } from '../lib/link-check.ts';
import type { Bibliography } from '../citations/bibliography.ts';

export default function siteChecks({ bibliography }: { bibliography: Bibliography }): AstroIntegration {
  let base = '/';
  return {
    name: 'psm:site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = new Map<string, PageLinks>();
        const cited = new Set<string>();
        const literal: string[] = [];
        for (const rel of builtFiles(root).filter((file) => file.endsWith('.html'))) {
          const html = readFileSync(join(root, rel), 'utf8');
          const urlPath = base + pagePath(rel);
          pages.set(urlPath, extractLinks(html));
          for (const [, key] of html.matchAll(/data-key="([^"]+)"/g)) cited.add(key);
          const body = html.replace(/<(script|style|code|pre|textarea)[\s\S]*?<\/\1>/g, '');
          // Literal "[@key]", or a bracket left before a citation the plugin read as narrative.
          if (/\[-?@[A-Za-z]|\[<span class="citation"/.test(body)) literal.push(rel);
        }
        const exists = (path: string) => path.startsWith(base) && existsSync(join(root, path.slice(base.length)));
        const problems = checkLinks(pages, exists);
        const uncited = [...bibliography.entries.keys()].filter((key) => !cited.has(key));
        if (uncited.length) logger.info(`${uncited.length} bibliography entries are cited nowhere: ${uncited.join(', ')}`);
        if (literal.length) throw new Error(`A citation was left as literal "[@…]" text in: ${literal.join(', ')}`);
        if (problems.length) {
          throw new Error(`Dead internal links:\n${problems.map((p) => `  ${p.page}: ${p.href} (${p.reason})`).join('\n')}`);
        }
        logger.info(`links checked: ${[...pages.values()].reduce((n, p) => n + p.links.length, 0)} on ${pages.size} pages`);
      },
    },
  };
}
