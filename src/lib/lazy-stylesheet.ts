/**
 * Links a stylesheet by its address, once, for code that draws something only when a reader asks
 * for it (the QR dialog, the search dialog). Imported, such a stylesheet would be linked from
 * every page that might use it, and saved on the first visit for offline reading.
 */
const linked = new Map<string, Promise<unknown>>();

/** Resolves once the stylesheet has loaded, or failed to: what it styles is still usable plain. */
export function linkStylesheet(href: string): Promise<unknown> {
  let loaded = linked.get(href);
  if (!loaded) {
    loaded = new Promise((resolve) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      link.addEventListener('load', resolve);
      link.addEventListener('error', resolve);
      document.head.append(link);
    });
    linked.set(href, loaded);
  }
  return loaded;
}
