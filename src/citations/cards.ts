/**
 * Citation cards are popovers rendered at build time (see render.ts). This places and
 * opens them: on hover (with a grace period so the pointer can reach the card's links), on
 * keyboard focus, and on a tap, which on touch screens opens the card instead of jumping to the
 * bibliography. Esc and a tap elsewhere close it: popover="auto" gives both natively. Where the
 * browser has no popovers (Safari 16, Chrome < 114) nothing is enhanced: a citation stays the
 * plain link to its bibliography entry, and citations.css keeps the cards hidden.
 */
import { cardId } from './ids.ts';

const GRACE_MS = 250;

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
  const cardFor = (link: HTMLElement) => root.getElementById(cardId(link.dataset.key!));
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

  root.addEventListener('pointerdown', (event) => { lastPointer = event.pointerType; }, true);
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a.cite')) {
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
  const waiting = root.querySelector<HTMLAnchorElement>('a.cite:focus, a.cite:hover');
  if (waiting) show(waiting);
}
