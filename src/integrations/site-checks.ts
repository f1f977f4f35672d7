/**
 * Checks that need the whole build, and the one report of every problem the build found: no
 * dead internal link or #fragment, no citation left as literal text, plus what the bibliography
 * and the remark plugins collected on the way (unknown keys, malformed entries, figure
 * references). The build fails once, at its end, listing them all with file, line and key.
 * Entries that nothing cites are noted in the log. `astro dev` logs each problem as it is found.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles, pagePath } from '../lib/built-files.ts';
import { checkLinks, extractLinks, linkProblem, type LinkSources, type PageLinks } from '../lib/link-check.ts';
import { formatProblem, type BuildProblems } from '../lib/build-problems.ts';
import type { Bibliography } from '../citations/bibliography.ts';

interface Options {
  bibliography: Bibliography;
  problems: BuildProblems;
  linkSources: LinkSources;
}

export default function siteChecks({ bibliography, problems, linkSources }: Options): AstroIntegration {
  let base = '/';
  return {
    name: 'psm:site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ logger }) => {
        problems.watch((problem) => logger.warn(formatProblem(problem)));
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = new Map<string, PageLinks>();
        const cited = new Set<string>();
        for (const rel of builtFiles(root).filter((file) => file.endsWith('.html'))) {
          const html = readFileSync(join(root, rel), 'utf8');
          const urlPath = base + pagePath(rel);
          pages.set(urlPath, extractLinks(html));
          for (const [, key] of html.matchAll(/data-key="([^"]+)"/g)) cited.add(key);
          const body = html.replace(/<(script|style|code|pre|textarea)[\s\S]*?<\/\1>/g, '');
          // Literal "[@key]", or a bracket left before a citation the plugin read as narrative.
          if (/\[-?@[A-Za-z]|\[<span class="citation"/.test(body)) {
            problems.add({ file: urlPath, message: 'a citation was left as literal "[@…]" text' });
          }
        }
        const exists = (path: string) => path.startsWith(base) && existsSync(join(root, path.slice(base.length)));
        for (const dead of checkLinks(pages, exists)) problems.add(linkProblem(dead, linkSources, base));

        const uncited = [...bibliography.entries.keys()].filter((key) => !cited.has(key));
        if (uncited.length)
          logger.info(`${uncited.length} bibliography entries are cited nowhere: ${uncited.join(', ')}`);
        if (problems.size) {
          const list = problems.list().map((problem) => `  ${formatProblem(problem)}`);
          throw new Error(
            `The build found ${problems.size} problem${problems.size === 1 ? '' : 's'}:\n${list.join('\n')}`,
          );
        }
        logger.info(
          `links checked: ${[...pages.values()].reduce((n, p) => n + p.links.length, 0)} on ${pages.size} pages`,
        );
      },
    },
  };
}
