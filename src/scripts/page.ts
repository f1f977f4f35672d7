/**
 * What every page does with JavaScript beyond the theme: citation cards, search, copy buttons.
 * It is not part of the first load: the inline bootstrap (PageScript.astro) imports it when the
 * browser is idle or the reader first points, taps, types or focuses, and asks it to open search
 * (for the search button and the "/" key) with a psm:open-search event. An event, not an export,
 * because the module is built standalone and keeps no exports.
 */
import { enhanceCitations } from './citation-cards.ts';
import { openSearch } from './search.ts';
import { href } from '../lib/paths.ts';

document.addEventListener('psm:open-search', () => {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  if (dialog) openSearch(dialog);
});

enhanceCitations(document);

// After one visit the site reads offline, figures included (src/offline/service-worker.js).
// Where a browser refuses (a private window, an insecure origin) the site simply stays online-only.
// Firefox with cookies blocked throws on reading navigator.serviceWorker at all: caught here, or
// the rest of this script (contents menu, copy buttons, search) would never run.
try {
  if ('serviceWorker' in navigator) {
    if (import.meta.env.PROD) navigator.serviceWorker.register(href('sw.js')).catch(() => {});
    // `npm run dev` serves at the address `npm start` used: a worker a build left there would
    // otherwise answer for the dev server.
    else void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((worker) => void worker.unregister()));
  }
} catch {
  // Online-only, as above.
}

// The compact contents menu stays open after a same-page jump unless told otherwise.
for (const menu of document.querySelectorAll<HTMLDetailsElement>('.toc-compact')) {
  menu.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) menu.open = false;
  });
}

// Copy buttons for BibTeX blocks; where the clipboard is refused, select the text instead.
addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
  const source = button && document.getElementById(button.dataset.copy!);
  if (!button || !source) return;
  const label = button.firstChild!;
  try {
    await navigator.clipboard.writeText(source.textContent ?? '');
    label.textContent = 'Copied';
  } catch {
    getSelection()?.selectAllChildren(source);
    label.textContent = 'Selected: press Ctrl+C';
  }
  setTimeout(() => (label.textContent = 'Copy BibTeX'), 2500);
});

document.documentElement.dataset.pageReady = '';
