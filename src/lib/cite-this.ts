/** BibTeX, Highwire (citation_*) tags and JSON-LD for citing this site or one of its chapters. */
import { SITE } from './site.ts';

export interface CitableWork {
  title: string;
  /** The public address, or none: a citation must never carry a local address. */
  url?: string;
  key: string;
  /** The site as a whole, when the work is one chapter of it. */
  container?: string;
  year: number;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '0.0.0.0']);

/**
 * The address to cite for a path of the site: only when the build was given a public address
 * (SITE_URL); a build served from this machine has no address a reader could follow.
 */
export function publicAddress(site: URL | undefined, path: string): string | undefined {
  if (!site || LOCAL_HOSTS.has(site.hostname)) return undefined;
  return new URL(path, site).href;
}

export function bibtexFor(work: CitableWork): string {
  const fields = [
    ['title', `{${work.title}}`],
    work.container ? ['booktitle', `{${work.container}}`] : undefined,
    ['year', `{${work.year}}`],
    work.url ? ['url', `{${work.url}}`] : undefined,
    ['note', '{Companion site to Marks, Lindsey and Olah (2026), The persona selection model}'],
  ].filter((field): field is string[] => field !== undefined);
  return `@misc{${work.key},\n${fields.map(([name, value]) => `  ${name.padEnd(9)} = ${value}`).join(',\n')}\n}`;
}

export function metaTagsFor(work: CitableWork): [string, string][] {
  return [
    ['citation_title', work.title],
    ['citation_publication_date', String(work.year)],
    ...(work.url ? [['citation_public_url', work.url] as [string, string]] : []),
    ...(work.container ? [['citation_inbook_title', work.container] as [string, string]] : []),
  ];
}

export function jsonLdFor(work: CitableWork): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': work.container ? 'Chapter' : 'WebSite',
    name: work.title,
    ...(work.url ? { url: work.url } : {}),
    datePublished: String(work.year),
    // The site says in full what it is about; a chapter, one of many pages each saved for offline
    // reading, names only what it belongs to.
    ...(work.container
      ? { isPartOf: { '@type': 'WebSite', name: work.container } }
      : {
          description: SITE.description,
          about: {
            '@type': 'CreativeWork',
            name: 'The Persona Selection Model: Why AI Assistants might Behave like Humans',
            author: ['Sam Marks', 'Jack Lindsey', 'Christopher Olah'].map((name) => ({ '@type': 'Person', name })),
            url: 'https://alignment.anthropic.com/2026/psm/',
          },
        }),
  };
  // "</" would end the script element it is embedded in.
  return JSON.stringify(data).replace(/<\//g, '<\\/');
}
