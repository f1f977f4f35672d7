/**
 * The page's side of offline reading: register the worker (service-worker.js, written into the
 * build by build.ts), so that after one visit the site reads offline, figures included. Where a
 * browser refuses (a private window, an insecure origin) the site simply stays online-only.
 */
import { href } from '../lib/paths.ts';

/** Where the build writes the worker: the site's root, so that its scope is the whole site. */
export const WORKER_FILE = 'sw.js';

export function registerOfflineWorker() {
  // Firefox with cookies blocked throws on merely reading navigator.serviceWorker: caught here,
  // or the rest of the page script (contents menu, copy buttons, search) would never run.
  try {
    if (!('serviceWorker' in navigator)) return;
    if (import.meta.env.PROD) navigator.serviceWorker.register(href(WORKER_FILE)).catch(() => {});
    // `npm run dev` serves at the address `npm start` used: a worker a build left there would
    // otherwise answer for the dev server.
    else void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((worker) => void worker.unregister()));
  } catch {
    // Online-only, as above.
  }
}
