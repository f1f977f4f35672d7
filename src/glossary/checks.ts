/**
 * The glossary's checks over the whole build: once every chapter has been through the remark
 * plugin, a variant that no chapter's prose used is a dead entry. Its problems join the build's
 * list (site-checks, which must come after this integration, prints them all and fails).
 */
import type { AstroIntegration } from 'astro';
import type { BuildProblems } from '../lib/build-problems.ts';
import { glossaryProblems, type Term } from './terms.ts';

interface Options {
  terms: Term[];
  /** Every variant each term's remark plugin found, over all chapters (remark-glossary's `found`). */
  found: Map<string, Set<string>>;
  isKey: (key: string) => boolean;
  problems: BuildProblems;
  file: string;
}

export default function glossaryChecks({ terms, found, isKey, problems, file }: Options): AstroIntegration {
  return {
    name: 'psm:glossary-checks',
    hooks: {
      'astro:build:done': () => {
        const known = new Set(glossaryProblems(terms, isKey));
        for (const message of glossaryProblems(terms, isKey, found)) {
          if (!known.has(message)) problems.add({ file, message });
        }
      },
    },
  };
}
