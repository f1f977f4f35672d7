/**
 * A figure's detailed tables (persona weights, per-row breakdowns) fold on a narrow screen, so its
 * controls and its headline outcome stay near each other. The build writes each open: without
 * JavaScript, and in print, everything reads in full. Where the screen is narrow (the compact
 * headline's breakpoint, figure.css), the figure's script closes them as it loads, and opens them
 * again if the window widens past it, except any the reader has opened or closed themselves.
 * No figure part holds one, so a re-render never undoes the reader's choice.
 */
import { markup, type Markup } from './markup.ts';

/** The narrow screen of figure.css's `.fig-compact`. */
const NARROW = '(max-width: 40rem)';

/** `content` under one summary line saying what it is, e.g. "Persona weights, as a table". */
export const fold = (summary: string, content: Markup): Markup =>
  markup`<details open data-fold><summary>${summary}</summary>${content}</details>`;

/** Folds the detailed tables in every `selector` element while the screen is narrow (see above). */
export function foldWhenNarrow(selector: string) {
  const folds = document.querySelectorAll<HTMLDetailsElement>(`${selector} details[data-fold]`);
  if (!folds.length) return;
  const narrow = matchMedia(NARROW);
  // What this code last set each to: a toggle to anything else is the reader's.
  const set = new Map<HTMLDetailsElement, boolean>();
  for (const details of folds) {
    // Closed before this script arrived: by the reader, who keeps it so.
    if (!details.open) continue;
    set.set(details, true);
    details.addEventListener('toggle', () => {
      if (set.get(details) !== details.open) set.delete(details);
    });
  }
  const apply = () => {
    const open = !narrow.matches;
    for (const details of set.keys()) {
      set.set(details, open);
      if (details.open !== open) details.open = open;
    }
  };
  apply();
  narrow.addEventListener('change', apply);
}
