/**
 * What every page does with JavaScript beyond the theme: open search (Pagefind and its index
 * load on first open) and show citation cards on hover, keyboard focus or tap.
 */
import { enhanceCitations } from './citation-cards.ts';
import { openSearch } from './search.ts';

const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
for (const opener of document.querySelectorAll<HTMLButtonElement>('[data-open-search]')) {
  opener.addEventListener('click', () => dialog && openSearch(dialog));
}
addEventListener('keydown', (event) => {
  if (event.key === '/' && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement)) {
    event.preventDefault();
    document.querySelector<HTMLButtonElement>('[data-open-search]')?.click();
  }
});

enhanceCitations(document);

// The compact contents menu stays open after a same-page jump unless told otherwise.
for (const menu of document.querySelectorAll<HTMLDetailsElement>('.toc-compact')) {
  menu.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) menu.open = false;
  });
}
