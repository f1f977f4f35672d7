import { describe, expect, it } from 'vitest';
import { bibtexFor, jsonLdFor, metaTagsFor, publicAddress } from '../../src/lib/cite-this.ts';

describe('citing the site', () => {
  it('gives the public address of a page when the build was given one', () => {
    expect(publicAddress(new URL('https://owner.github.io'), '/psm/chapters/emergent-misalignment/')).toBe(
      'https://owner.github.io/psm/chapters/emergent-misalignment/',
    );
  });

  it('gives no address at all for a build served from this machine', () => {
    for (const site of ['http://127.0.0.1:4321', 'http://localhost:4321', 'http://[::1]:4321'])
      expect(publicAddress(new URL(site), '/')).toBeUndefined();
    expect(publicAddress(undefined, '/')).toBeUndefined();
  });

  it('leaves the address out of the BibTeX, the meta tags and the JSON-LD when there is none', () => {
    const work = {
      title: 'The persona selection model: a companion',
      key: 'psmcompanion',
      year: 2026,
      url: publicAddress(new URL('http://127.0.0.1:4321'), '/'),
    };
    expect(bibtexFor(work)).not.toMatch(/url|127\.0\.0\.1/);
    expect(metaTagsFor(work).map(([name]) => name)).not.toContain('citation_public_url');
    expect(jsonLdFor(work)).not.toMatch(/"url":"http:\/\/127/);
  });

  it('carries the public address in all three when there is one', () => {
    const work = {
      title: 'Emergent misalignment',
      key: 'psmcompanion-em',
      year: 2026,
      url: 'https://owner.github.io/psm/chapters/emergent-misalignment/',
    };
    expect(bibtexFor(work)).toContain('url       = {https://owner.github.io/psm/chapters/emergent-misalignment/}');
    expect(metaTagsFor(work)).toContainEqual(['citation_public_url', work.url]);
    expect(JSON.parse(jsonLdFor(work)).url).toBe(work.url);
  });
});
