// The site's service worker, built on Workbox, so that a reader who has opened the site once can
// keep reading, figures included, on a workshop's Wi-Fi. The build (src/offline/build.ts) bundles
// this file and Workbox's injectManifest puts the build's own file list in self.__WB_MANIFEST.
//
// - Pages come from the network first, but after 3 s the saved copy answers and the network's
//   copy, when it arrives, is saved for next time. A page streams as it arrives; saving it is
//   done on the side, so a failed cache write never looks like being offline.
// - Saving bypasses the HTTP cache (every entry has a revision, so Workbox fetches it with
//   cache: 'reload'), one file at a time with retries; a file that still fails is left out and
//   fetched again on the reader's next page, the rest stays saved.
// - The build's hashed files (_astro/) come from the saved copy first. A deploy's worker keeps the
//   previous deploy's hashed files for a day in a cache of their own, so a tab opened before the
//   deploy can still load its lazy code (QR code, page script).
// - Search's files are saved when first used and found again whatever Pagefind's `?ts=` query.
// - Every cache's name holds the worker's scope (the deploy's base path), and a worker deletes
//   only caches of its own scope: /psm/ and /psm-preview/ on one origin keep their own copies.
import { PrecacheController } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

const MANIFEST = self.__WB_MANIFEST;
const SCOPE = self.registration.scope;
const SCOPE_PATH = new URL(SCOPE).pathname;
/** How long a page waits for the network before the saved copy answers. */
const NETWORK_TIMEOUT_SECONDS = 3;
const RETRIES = 3;
const RETIRED_FOR_MS = 24 * 60 * 60 * 1000;

// A short fingerprint of the deploy, for the search cache, which the manifest does not list.
const VERSION = [...MANIFEST.map((entry) => `${entry.url} ${entry.revision}`).join('\n')]
  .reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, 7)
  .toString(36);
const OWN = `psm ${SCOPE} `;
const SAVED = `${OWN}saved`;
const PAGES = `${OWN}pages`;
const ASSETS = `${OWN}assets`;
const RETIRED = `${OWN}previous deploy `;
const SEARCH = `${OWN}search ${VERSION}`;
// Before Workbox, every deploy's worker named its cache psm-offline-<version>, whatever its scope.
const LEGACY = 'psm-offline-';

const precache = new PrecacheController({ cacheName: SAVED });
precache.addToCacheList(MANIFEST);

const withoutQuery = (url) => {
  const bare = new URL(url);
  bare.search = '';
  bare.hash = '';
  return bare.href;
};

/** The saved files that are missing from the cache: all of them before a first visit, none once saved. */
async function missing() {
  const cache = await caches.open(SAVED);
  const keys = new Set((await cache.keys()).map((request) => request.url));
  return [...precache.getURLsToCacheKeys()].filter(([, key]) => !keys.has(key));
}

let saving;
/** Saves every missing file, four at a time, each with retries; true when all are saved. */
function saveAll() {
  saving ??= (async () => {
    const cache = await caches.open(SAVED);
    const queue = await missing();
    let failed = 0;
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (!(await save(cache, ...next))) failed++;
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    return failed === 0;
  })().finally(() => (saving = undefined));
  return saving;
}

async function save(cache, url, key) {
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    if (attempt) await new Promise((resolve) => setTimeout(resolve, 300 * 2 ** attempt));
    try {
      // 'reload': never the HTTP cache's copy, which may belong to the previous deploy.
      const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
      if (response.ok && !response.redirected) {
        await cache.put(key, response);
        return true;
      }
    } catch {
      // Lost on the way: try again.
    }
  }
  return false;
}

self.addEventListener('install', (event) => {
  // The new worker takes over at once; it never reloads a page (register.ts does not either).
  event.waitUntil(saveAll().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await retirePreviousDeploy();
      // Pages saved while the previous deploy was live may name its files; the saved copy is new.
      await caches.delete(PAGES);
      for (const key of await caches.keys()) {
        if (key.startsWith(`${OWN}search `) && key !== SEARCH) await caches.delete(key);
        else if (key.startsWith(LEGACY) && (await isOwnLegacy(key))) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

/**
 * Takes the files this deploy no longer lists out of the saved copy; the hashed ones go to a cache
 * of their own, named by the time of the deploy, kept a day for tabs opened before it.
 */
async function retirePreviousDeploy() {
  const saved = await caches.open(SAVED);
  const expected = new Set(precache.getURLsToCacheKeys().values());
  const now = Date.now();
  for (const name of await caches.keys()) {
    if (name.startsWith(RETIRED) && now - Number(name.slice(RETIRED.length)) > RETIRED_FOR_MS)
      await caches.delete(name);
  }
  const outdated = (await saved.keys()).filter((request) => !expected.has(request.url));
  const hashed = outdated.filter((request) => new URL(request.url).pathname.startsWith(`${SCOPE_PATH}_astro/`));
  if (hashed.length) {
    const retired = await caches.open(`${RETIRED}${now}`);
    await Promise.all(
      hashed.map(async (request) => retired.put(withoutQuery(request.url), await saved.match(request))),
    );
  }
  await Promise.all(outdated.map((request) => saved.delete(request)));
}

/** A hashed file of an earlier deploy, from the caches retirePreviousDeploy keeps. */
async function retired(url) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(RETIRED)) continue;
    const found = await (await caches.open(name)).match(url);
    if (found) return found;
  }
  return undefined;
}

/** A cache of the worker before Workbox that held this scope's pages (and not another deploy's). */
async function isOwnLegacy(name) {
  const keys = await (await caches.open(name)).keys();
  return keys.length > 0 && keys.every((request) => request.url.startsWith(SCOPE));
}

const inScope = (url) => url.href.startsWith(SCOPE);
const under = (url, folder) => url.pathname.startsWith(`${SCOPE_PATH}${folder}/`);

// Hashed files: the saved copy, then those saved on use (fonts), then the previous deploy's.
const assets = new CacheFirst({ cacheName: ASSETS, matchOptions: { ignoreSearch: true } });
registerRoute(
  ({ url, request }) => request.method === 'GET' && inScope(url) && under(url, '_astro'),
  async (options) => {
    const found =
      (await precache.matchPrecache(withoutQuery(options.url.href))) ?? (await retired(withoutQuery(options.url.href)));
    return found ?? assets.handle(options);
  },
);

// Search: Pagefind adds ?ts=<time> to its entry files, so a saved file is found whatever the query.
// The entry files come from the network first (they name the index's hashed files), the rest from the cache.
const searchOptions = { cacheName: SEARCH, matchOptions: { ignoreSearch: true } };
const searchEntry = new NetworkFirst({ ...searchOptions, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS });
const searchIndex = new CacheFirst(searchOptions);
registerRoute(
  ({ url, request }) => request.method === 'GET' && inScope(url) && under(url, 'pagefind'),
  (options) =>
    (/\/pagefind(-entry)?\.(js|json)$/.test(options.url.pathname) ? searchEntry : searchIndex).handle(options),
);

// Pages, and anything else whose address outlives its content: the network, for 3 s.
const pages = new NetworkFirst({
  cacheName: PAGES,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [
    {
      // A figure's state lives in the query; the page is the same page without it.
      cacheKeyWillBeUsed: async ({ request }) => withoutQuery(request.url),
      cachedResponseWillBeUsed: async ({ cachedResponse, request }) =>
        cachedResponse ?? (await precache.matchPrecache(withoutQuery(request.url))),
      handlerDidError: async ({ request }) => (request.mode === 'navigate' ? offline() : undefined),
    },
  ],
});
registerRoute(
  ({ url, request }) => request.method === 'GET' && inScope(url),
  async (options) => {
    // A reader's visit is the moment to fetch again what a first visit failed to save.
    if (options.request.mode === 'navigate') options.event.waitUntil(saveAll());
    return pages.handle(options);
  },
);

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'offline-status') return;
  const answer = (saved) => event.source?.postMessage({ type: 'offline-status', saved });
  event.waitUntil(
    missing().then(async (left) => {
      answer(left.length === 0);
      if (left.length) answer(await saveAll());
    }),
  );
});

function offline() {
  return new Response(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Offline</title><link rel="icon" href="${SCOPE_PATH}favicon.svg">` +
      `<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5">` +
      `<h1>You are offline</h1><p>This page was not saved on this device. Every chapter saved on your first visit still opens: ` +
      `<a href="${SCOPE_PATH}">go to the start page</a>.</p></body></html>`,
    { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );
}
