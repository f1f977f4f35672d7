/**
 * What every page does with JavaScript beyond the theme: citation cards, search, copy buttons,
 * and the offline worker's registration.
 * It is not part of the first load: the inline bootstrap (PageScript.astro) imports it when the
 * browser is idle or the reader first points, taps, types or focuses, and asks it to open search
 * (for the search button and the "/" key) with a psm:open-search event. An event, not an export,
 * because the module is built standalone and keeps no exports.
 */
import { enhanceCitations } from '../citations/cards.ts';
import { openSearch, searchDialog } from './search.ts';
import { registerOfflineWorker } from '../offline/register.ts';

document.addEventListener('psm:open-search', () => void openSearch(searchDialog()));

// A jump the reader makes inside the page glides (global.css's html.glide), from their first
// in-page link on. The browser's own scrolls stay instant: to a #fragment as the page opens, and
// again as the page settles around it; gliding those, a page took a second or more to reach a
// shared figure, and a tap in that second landed somewhere else.
addEventListener(
  'click',
  (event) => {
    if ((event.target as Element).closest?.('a[href^="#"]')) document.documentElement.classList.add('glide');
  },
  { capture: true },
);

enhanceCitations(document);

// The handout's QR code (HandoutQr.astro), drawn when the page is about to print: Ctrl+P fires
// beforeprint, and a print preview or emulation changes the print media query.
const handoutQr = document.querySelector<HTMLElement>('.handout-qr[data-module]');
if (handoutQr) {
  // Its own module (a dynamic import here would name a chunk this standalone build does not write).
  const draw = () => import(/* @vite-ignore */ handoutQr.dataset.module!);
  addEventListener('beforeprint', draw);
  matchMedia('print').addEventListener('change', (event) => event.matches && draw());
}

registerOfflineWorker();

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
