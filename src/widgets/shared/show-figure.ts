/**
 * Puts the figure in `frame` (its <figure>) in the state `query` describes, for code outside the
 * figure (a "try this" link, a question's "show me"): scrolls it into view, which starts it (a
 * figure's element is defined only as it nears the viewport, see when-near.ts), then, once its
 * element is defined, calls its public `show()`.
 */
import type { LiveFigureElement } from './figure-element.ts';

/** Events that mean the reader is moving the page: a scroll after them is theirs, not ours to correct. */
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Brings the figure's top into view. A smooth scroll can still stop short when something above
 * changes size on the way (a late web font, a figure starting): the browser keeps the reader's
 * place (scroll anchoring) and ends the scroll. So where the scroll ends with the figure out of
 * place, and the reader has not moved the page meanwhile, it is put in place at once.
 */
function scrollToFigure(frame: HTMLElement) {
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  frame.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
  if (still) return;
  let readerMoved = false;
  const moved = () => (readerMoved = true);
  const done = () => {
    clearTimeout(expire);
    removeEventListener('scrollend', check);
    for (const type of READER_MOVES) removeEventListener(type, moved, { capture: true });
  };
  const check = () => {
    done();
    const top = frame.getBoundingClientRect().top;
    if (!readerMoved && (top < 0 || top > innerHeight / 2)) frame.scrollIntoView({ block: 'start' });
  };
  for (const type of READER_MOVES) addEventListener(type, moved, { capture: true, passive: true });
  addEventListener('scrollend', check);
  // No scroll was needed, or the browser never says it ended: stop listening.
  const expire = window.setTimeout(done, 3000);
}

export async function showFigure(frame: HTMLElement, query: string | URLSearchParams): Promise<void> {
  const element = frame.querySelector<LiveFigureElement>('.live-figure')!;
  // The figure changes before the page moves, so that the scroll aims at where it will be.
  if (customElements.get(element.localName)) {
    element.show(query);
    scrollToFigure(frame);
    return;
  }
  scrollToFigure(frame);
  await customElements.whenDefined(element.localName);
  element.show(query);
  // Aim again: the figure started and changed on the way.
  scrollToFigure(frame);
}
