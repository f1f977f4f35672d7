/** A site-internal URL that survives deployment under a sub-path (BASE_PATH). */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}
