// The site's service worker, so that a reader who has opened the site once can keep reading,
// figures included, when a workshop's Wi-Fi drops. The build prepends VERSION and PRECACHE
// (src/offline/build.ts). Pages, and anything else whose address outlives its content,
// come from the network first and from the cache only when the network fails, so a deployed
// change is never hidden behind a stale copy. The build's hashed assets (_astro/) and the search
// index (pagefind/, rebuilt with the pages, so renewed with VERSION) come from the cache first.
/* global VERSION, PRECACHE */
const PREFIX = 'psm-offline-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
  event.respondWith(/^(_astro|pagefind)\//.test(path) ? saved(request) : fresh(request, url));
});

async function fresh(request, url) {
  const cache = await caches.open(CACHE);
  // A figure's state lives in the query; the page is the same page without it.
  const key = url.origin + url.pathname;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    if (request.mode === 'navigate') return offline();
    throw error;
  }
}

async function saved(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

function offline() {
  const start = new URL('./', self.registration.scope).pathname;
  return new Response(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Offline</title><link rel="icon" href="${start}favicon.svg">` +
      `<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5">` +
      `<h1>You are offline</h1><p>This page was not saved on this device. Every chapter saved on your first visit still opens: ` +
      `<a href="${start}">go to the start page</a>.</p></body></html>`,
    { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );
}
