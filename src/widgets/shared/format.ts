/** Formatting and escaping shared by every figure's view. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML text or a quoted attribute: every view builds markup through this. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

export function percent(p: number, digits = 1): string {
  const value = p * 100;
  if (value > 0 && value < 0.1) return '<0.1%';
  return `${value.toFixed(digits)}%`;
}

// One formatter, made once: toLocaleString builds a new one on every call, which showed up as
// most of a figure's update time.
const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function count(n: number): string {
  return INTEGER.format(n);
}
