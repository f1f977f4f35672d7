/** Number formats shared by every figure's view. */

export function percent(p: number, digits = 1): string {
  const value = p * 100;
  if (value > 0 && value < 0.1) return '<0.1%';
  return `${value.toFixed(digits)}%`;
}

/** A whole number with thousands separators, as en-US writes it: 6,000. */
export function count(n: number): string {
  // Intl.NumberFormat, even made once, cost a measurable share of a slider step at 4x CPU slowdown.
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
