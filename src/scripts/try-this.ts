/**
 * Follows a "try this" link (TryThis.astro) in place: scrolls its figure into view, puts it in
 * the link's state through the figure's public `show()` once its element is defined (a figure
 * starts only as it nears the viewport), and writes the state into the address, keeping other
 * figures' parameters. A click with a modifier key keeps the browser's own behaviour (a new tab).
 */
import type { LiveFigureElement } from '../widgets/shared/figure-element.ts';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-try-figure]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const frame = document.getElementById(link.dataset.tryFigure!);
  const element = frame?.querySelector<LiveFigureElement>('.live-figure');
  if (!frame || !element) return;
  event.preventDefault();
  const set = new URLSearchParams(link.dataset.trySet);
  const address = new URL(location.href);
  const prefixes = new Set([...set.keys()].map((name) => name.split('-')[0]));
  for (const name of [...address.searchParams.keys()])
    if (prefixes.has(name.split('-')[0])) address.searchParams.delete(name);
  for (const [name, value] of set) address.searchParams.append(name, value);
  address.hash = frame.id;
  history.replaceState(history.state, '', address);
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  frame.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
  void customElements.whenDefined(element.localName).then(() => element.show(set));
});
