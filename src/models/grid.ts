/** Where the scenarios sample their curves: generic, so no scenario borrows another's. */

/** Whole numbers from 1 to `max`, log-spaced: `points` samples, each size once. */
export function logGrid(max: number, points = 40): number[] {
  return [...new Set(Array.from({ length: points }, (_, i) => Math.round(Math.pow(max, i / (points - 1)))))];
}

/** Training sizes for a curve: 0, then log-spaced to `max`. */
export function sizeGrid(max: number, points = 40): number[] {
  return [...new Set([0, ...logGrid(max, points)])];
}
