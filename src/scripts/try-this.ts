/**
 * Follows a "try this" link (TryThis.astro) in place: scrolls its figure into view, puts it in
 * the link's state through the figure's public `show()` once its element is defined (a figure
 * starts only as it nears the viewport), and writes the state into the address, keeping other
 * figures' parameters. A click with a modifier key keeps the browser's own behaviour (a new tab).
 */
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-try-figure]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const frame = document.getElementById(link.dataset.tryFigure!);
  if (!frame?.querySelector('.live-figure')) return;
  event.preventDefault();
  const set = new URLSearchParams(link.dataset.trySet);
  const address = new URL(location.href);
  const prefixes = new Set([...set.keys()].map((name) => name.split('-')[0]));
  for (const name of [...address.searchParams.keys()])
    if (prefixes.has(name.split('-')[0])) address.searchParams.delete(name);
  for (const [name, value] of set) address.searchParams.append(name, value);
  address.hash = frame.id;
  history.replaceState(history.state, '', address);
  // Fetched on the first click: this script is written into every chapter with a link, that one
  // file is saved once for offline reading.
  void import('../widgets/shared/show-figure.ts').then(({ showFigure }) => showFigure(frame, set));
});
