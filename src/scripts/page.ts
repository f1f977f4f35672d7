/**
 * What every page does with JavaScript beyond the theme: open search (its code loads on first
 * open) and show citation cards on hover, keyboard focus or tap.
 */
import { enhanceCitations } from './citation-cards.ts';

const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
for (const opener of document.querySelectorAll<HTMLButtonElement>('[data-open-search]')) {
  opener.hidden = false;
  opener.addEventListener('click', async () => {
    if (!dialog) return;
    const { openSearch } = await import('./search.ts');
    openSearch(dialog);
  });
}
addEventListener('keydown', (event) => {
  if (event.key === '/' && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement)) {
    event.preventDefault();
    document.querySelector<HTMLButtonElement>('[data-open-search]')?.click();
  }
});

enhanceCitations(document);
