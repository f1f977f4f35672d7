/** A site-internal URL that survives deployment under a sub-path (BASE_PATH). */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}

/** A chapter's slug from its file's name: `03-emergent-misalignment` is `emergent-misalignment`. */
export const slugOf = (id: string) => id.replace(/^\d+-/, '');

/** A chapter's address below the site's base, from its file's name. */
export const chapterPath = (id: string) => `chapters/${slugOf(id)}/`;
