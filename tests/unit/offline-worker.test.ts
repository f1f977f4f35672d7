/**
 * The built service worker, run in a fake service-worker global (node's vm): how it saves the site
 * on install. Saving must bypass the HTTP cache, and one file that fails must neither stop the
 * install nor lose the rest; the browser tests (offline-wifi.spec.ts) cover the rest in Chromium.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext, runInContext } from 'node:vm';
import { bundleWorker } from '../../src/offline/build.ts';

const SCOPE = 'https://example.org/psm/';
const FILES = ['./', './chapters/one/', './_astro/page-x.js', './_astro/Base.abc.css', './404.html'];

class FakeCache {
  entries = new Map<string, Response>();
  async put(request: Request | string, response: Response) {
    this.entries.set(typeof request === 'string' ? request : request.url, response);
  }
  async match(request: Request | string, options?: { ignoreSearch?: boolean }) {
    const url = typeof request === 'string' ? request : request.url;
    const strip = (u: string) => (options?.ignoreSearch ? u.replace(/\?.*$/, '') : u);
    for (const [key, response] of this.entries) if (strip(key) === strip(url)) return response.clone();
    return undefined;
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
  async delete(request: Request | string) {
    return this.entries.delete(typeof request === 'string' ? request : request.url);
  }
}

class FakeCaches {
  all = new Map<string, FakeCache>();
  async open(name: string) {
    if (!this.all.has(name)) this.all.set(name, new FakeCache());
    return this.all.get(name)!;
  }
  async keys() {
    return [...this.all.keys()];
  }
  async delete(name: string) {
    return this.all.delete(name);
  }
  async has(name: string) {
    return this.all.has(name);
  }
}

let source: string;
beforeAll(async () => {
  source = await bundleWorker();
}, 30_000);

/** Runs the worker with FILES in its manifest and `answer` as the network; returns what it did. */
function startWorker(answer: (url: string, attempt: number) => Response | Promise<Response>) {
  const manifest = FILES.map((url, index) => ({ url, revision: `r${index}` }));
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  const fetches: { url: string; cache?: string }[] = [];
  const attempts = new Map<string, number>();
  const caches = new FakeCaches();
  let skipped = false;
  const global: Record<string, unknown> = {
    registration: { scope: SCOPE },
    location: new URL(`${SCOPE}sw.js`),
    caches,
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    skipWaiting: async () => void (skipped = true),
    clients: { claim: async () => {}, matchAll: async () => [] },
    fetch: async (input: string | Request, init?: RequestInit) => {
      const url = new URL(typeof input === 'string' ? input : input.url, SCOPE).href;
      fetches.push({ url, cache: init?.cache ?? (typeof input === 'string' ? undefined : input.cache) });
      const attempt = (attempts.get(url) ?? 0) + 1;
      attempts.set(url, attempt);
      return answer(url, attempt);
    },
    setTimeout,
    clearTimeout,
    console,
    Request,
    Response,
    Headers,
    URL,
    DOMException,
    Blob,
  };
  global.self = global;
  const context = createContext(global);
  runInContext(source.replace('self.__WB_MANIFEST', JSON.stringify(manifest)), context);
  const dispatch = async (type: string, extra: object = {}) => {
    const waits: Promise<unknown>[] = [];
    for (const listener of listeners.get(type) ?? [])
      listener({ waitUntil: (promise: Promise<unknown>) => waits.push(promise), ...extra });
    await Promise.all(waits);
  };
  return { dispatch, fetches, caches, skipped: () => skipped };
}

const savedUrls = async (caches: FakeCaches) => {
  const saved = (await caches.keys()).find((name) => name.endsWith(' saved'));
  const cache = saved ? await caches.open(saved) : new FakeCache();
  return (await cache.keys()).map((request) => request.url.replace(/\?.*$/, '').replace(SCOPE, './')).sort();
};

describe('the service worker, on install', () => {
  it('saves every listed file past the HTTP cache (cache: reload), so a deploy never saves an old copy', async () => {
    const worker = startWorker(() => new Response('ok'));
    await worker.dispatch('install');
    expect(worker.fetches.length).toBe(FILES.length);
    expect(worker.fetches.map((fetch) => fetch.cache)).toEqual(FILES.map(() => 'reload'));
    expect(await savedUrls(worker.caches)).toEqual([...FILES].sort());
    expect(worker.skipped()).toBe(true);
  });

  it('retries a file that fails once, and saves it', async () => {
    const worker = startWorker((url, attempt) => {
      if (url.endsWith('/chapters/one/') && attempt === 1) throw new TypeError('Failed to fetch');
      return new Response('ok');
    });
    await worker.dispatch('install');
    expect(await savedUrls(worker.caches)).toEqual([...FILES].sort());
  });

  it('keeps the rest of the site saved when one file keeps failing, and still installs', async () => {
    const worker = startWorker((url) =>
      url.endsWith('/_astro/page-x.js') ? new Response('gone', { status: 503 }) : new Response('ok'),
    );
    await worker.dispatch('install');
    expect(worker.skipped(), 'the install is not voided').toBe(true);
    expect(await savedUrls(worker.caches)).toEqual(FILES.filter((file) => file !== './_astro/page-x.js').sort());
    expect(
      worker.fetches.filter((fetch) => fetch.url.endsWith('page-x.js')).length,
      'tried more than once',
    ).toBeGreaterThan(1);
  }, 15_000);

  it("names its caches by its scope, and an activate leaves another deploy's caches alone", async () => {
    const worker = startWorker(() => new Response('ok'));
    const other = 'psm https://example.org/psm-preview/ saved';
    await (await worker.caches.open(other)).put('https://example.org/psm-preview/', new Response('theirs'));
    await worker.dispatch('install');
    await worker.dispatch('activate');
    const names = await worker.caches.keys();
    expect(names).toContain(other);
    expect(names.filter((name) => name !== other).every((name) => name.startsWith(`psm ${SCOPE} `))).toBe(true);
  });
});
