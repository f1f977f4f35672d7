/**
 * Citation cards and glossary term cards are popovers rendered at build time (see render.ts and
 * src/glossary/remark-glossary.ts); a link names its card with aria-describedby. This places and
 * opens them: on hover (with a grace period so the pointer can reach the card's links), on
 * keyboard focus, and on a tap, which on touch screens opens the card instead of jumping to the
 * bibliography. Esc and a tap elsewhere close it: popover="auto" gives both natively. Where the
 * browser has no popovers (Safari 16, Chrome < 114) nothing is enhanced: a citation stays the
 * plain link to its bibliography entry (a term, to its glossary entry), and citations.css keeps
 * the cards hidden.
 */

const GRACE_MS = 250;
const CARD_LINKS = 'a.cite, a.term';

function place(card: HTMLElement, anchor: HTMLElement) {
  const box = anchor.getBoundingClientRect();
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const left = Math.max(8, Math.min(box.left, innerWidth - width - 8));
  const below = box.bottom + 6;
  const top = below + height > innerHeight - 8 && box.top - height - 6 > 8 ? box.top - height - 6 : below;
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}

export function enhanceCitations(root: Document) {
  if (typeof HTMLElement.prototype.showPopover !== 'function') return;
  let hideTimer = 0;
  let lastPointer = 'mouse';
  const cardFor = (link: HTMLElement) => root.getElementById(link.getAttribute('aria-describedby') ?? '');
  const show = (link: HTMLElement) => {
    const card = cardFor(link);
    if (!card) return;
    clearTimeout(hideTimer);
    if (!card.matches(':popover-open')) card.showPopover();
    place(card, link);
  };
  const hideSoon = (card: HTMLElement | null) => {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => card?.matches(':popover-open') && card.hidePopover(), GRACE_MS);
  };

  root.addEventListener(
    'pointerdown',
    (event) => {
      lastPointer = event.pointerType;
    },
    true,
  );
  for (const link of root.querySelectorAll<HTMLAnchorElement>(CARD_LINKS)) {
    const card = cardFor(link);
    if (!card) continue;
    link.addEventListener('pointerenter', (event) => event.pointerType === 'mouse' && show(link));
    link.addEventListener('pointerleave', (event) => event.pointerType === 'mouse' && hideSoon(card));
    link.addEventListener('focus', () => show(link));
    link.addEventListener('blur', (event) => {
      if (!card.contains(event.relatedTarget as Node | null)) hideSoon(card);
    });
    link.addEventListener('click', (event) => {
      if (lastPointer !== 'touch' && lastPointer !== 'pen') return;
      event.preventDefault();
      show(link);
    });
    card.addEventListener('pointerenter', () => clearTimeout(hideTimer));
    card.addEventListener('pointerleave', (event) => event.pointerType === 'mouse' && hideSoon(card));
  }
  // This code arrives after the page: the pointer or the focus may already be on a citation.
  const waiting = root.querySelector<HTMLAnchorElement>('a.cite:focus, a.cite:hover, a.term:focus, a.term:hover');
  if (waiting) show(waiting);
}
