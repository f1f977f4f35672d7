/**
 * The page's side of offline reading: register the worker (sw.js, written into the build by
 * build.ts), so that after one visit the site reads offline, figures included, and tell the reader
 * whether it is saved (the footer's OfflineStatus). Where a browser refuses (a private window, an
 * insecure origin, Firefox with cookies blocked) the site simply stays online-only and says nothing.
 * A new deploy's worker takes over quietly: nothing here reloads the page under the reader.
 */
import { href } from '../lib/paths.ts';

/** Where the build writes the worker: the site's root, so that its scope is the whole site. */
export const WORKER_FILE = 'sw.js';

export const SAVED_TEXT = 'Saved for offline reading';
export const SAVING_TEXT = 'Saving for offline reading…';

function showStatus(text: string) {
  const status = document.getElementById('offline-status');
  if (status && status.textContent !== text) status.textContent = text;
}

export function registerOfflineWorker() {
  // Firefox with cookies blocked throws on merely reading navigator.serviceWorker: caught here,
  // or the rest of the page script (contents menu, copy buttons, search) would never run.
  try {
    if (!('serviceWorker' in navigator)) return;
    const workers = navigator.serviceWorker;
    if (!import.meta.env.PROD) {
      // `npm run dev` serves at the address `npm start` used: a worker a build left there would
      // otherwise answer for the dev server.
      void workers.getRegistrations().then((all) => all.forEach((worker) => void worker.unregister()));
      return;
    }
    workers.addEventListener('message', (event: MessageEvent<{ type?: string; saved?: boolean }>) => {
      if (event.data?.type === 'offline-status') showStatus(event.data.saved ? SAVED_TEXT : SAVING_TEXT);
    });
    workers
      .register(href(WORKER_FILE))
      .then(({ installing }) => {
        // A first visit: the worker is saving the site now, unless its install fails.
        if (!workers.controller && installing) {
          showStatus(SAVING_TEXT);
          installing.addEventListener('statechange', () => installing.state === 'redundant' && showStatus(''));
        }
        return workers.ready;
      })
      .then((registration) => registration.active?.postMessage({ type: 'offline-status' }))
      .catch(() => showStatus(''));
  } catch {
    // Online-only, as above.
  }
}
