/**
 * Puts the figure in `frame` (its <figure>) in the state `query` describes, for code outside the
 * figure (a "try this" link, a question's "show me"): scrolls it into view, which starts it (a
 * figure's element is defined only as it nears the viewport, see when-near.ts), then, once its
 * element is defined, calls its public `show()`.
 */
import type { LiveFigureElement } from './figure-element.ts';

export async function showFigure(frame: HTMLElement, query: string | URLSearchParams): Promise<void> {
  const element = frame.querySelector<LiveFigureElement>('.live-figure')!;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const scroll = () => frame.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
  // The figure changes before the page moves: a change above the reader's place, made while a
  // smooth scroll runs, makes the browser keep that place (scroll anchoring) and the scroll
  // stops short.
  if (customElements.get(element.localName)) {
    element.show(query);
    scroll();
    return;
  }
  scroll();
  await customElements.whenDefined(element.localName);
  element.show(query);
  // Aim again: the figure started and changed on the way.
  scroll();
}
