/**
 * ▶ Run: moves a figure's main slider from its first position to a target, one position at a
 * time, at a pace a room can follow, so a reader meets the question (no training) before the
 * answer (the figure's setting). The figure element owns the state; this only keeps time.
 */

/** Long enough to watch a curve being drawn and a headline change, short enough not to wait for. */
export const RUN_MS = 4000;

export interface Run {
  stop(): void;
}

/** Calls `step` with each position from 0 to `to` as time passes, then `done`; `stop()` ends it where it is. */
export function runPositions(to: number, step: (position: number) => void, done: () => void): Run {
  let frame = 0;
  let shown = -1;
  const start = performance.now();
  const tick = (now: number) => {
    const progress = Math.min(1, (now - start) / RUN_MS);
    const position = Math.round(progress * to);
    if (position !== shown) step((shown = position));
    if (progress < 1) frame = requestAnimationFrame(tick);
    else done();
  };
  frame = requestAnimationFrame(tick);
  return { stop: () => cancelAnimationFrame(frame) };
}
