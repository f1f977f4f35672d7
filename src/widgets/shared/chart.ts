/**
 * SVG parts every figure's chart shares: a rate (0–100%) against training size on a
 * log(1 + n) axis, with the model's curves, the current point and published reference marks
 * kept visibly apart (diamonds, never joined to a curve).
 */
import { count, percent } from './format.ts';
import { markup, type Markup } from './markup.ts';
import { point, pointSlot, type Slots } from './slots.ts';

export interface Series {
  id: string;
  colour: string;
  points: readonly { n: number; value: number }[];
  emphasis: boolean;
}

export interface Mark {
  n: number;
  value: number;
  label: string;
}

export interface RateChart {
  max: number;
  /** The x axis: training sizes on log(1 + n) by default, or a plain linear scale from 0. */
  linear?: boolean;
  ticks?: readonly number[];
  xLabel: string;
  ariaLabel: string;
  series: readonly Series[];
  current: readonly { n: number; value: number; colour: string }[];
  marks: readonly Mark[];
}

const W = 380;
const H = 230;
const M = { left: 46, right: 26, top: 12, bottom: 40 };

export interface ChartParts {
  /** The model's curves and the published marks: they change with the assumptions only. */
  curves: Markup;
  /** The dots at the current training size (their places are slots, see currentSlots). */
  current: Markup;
}

const scales = (max: number, linear = false) => ({
  x: (n: number) => M.left + (linear ? n / max : Math.log10(1 + n) / Math.log10(1 + max)) * (W - M.left - M.right),
  y: (p: number) => M.top + (1 - p) * (H - M.top - M.bottom),
});

/** The curves and marks: callers that redraw often should memoise this, it is most of the work. */
export function curvesPart(chart: RateChart): Markup {
  const { x, y } = scales(chart.max, chart.linear);
  const lines = chart.series.map((s) => {
    const points = s.points.map((p) => `${x(p.n).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
    return markup`<polyline points="${points}" fill="none" stroke="${s.colour}" stroke-width="${s.emphasis ? 3 : 1.5}"${!s.emphasis && markup` stroke-dasharray="5 4" opacity="0.7"`} data-series="${s.id}"/>`;
  });
  const marks = chart.marks.map((m) => {
    const cx = x(m.n);
    const cy = y(m.value);
    return markup`<path d="M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z" fill="var(--bg)" stroke="var(--reference-mark)" stroke-width="2"><title>${m.label}: ${percent(m.value)} (published)</title></path>`;
  });
  return markup`${lines}${marks}`;
}

/** The dots at the current training size: their colours here, their places in currentSlots. */
export function currentPart(chart: RateChart): Markup {
  return markup`${chart.current.map((c, i) => pointSlot(`current/${i}`, markup` r="6" fill="${c.colour}" stroke="var(--bg)" stroke-width="2" data-current`))}`;
}

/** Where the current dots sit: the one thing a slider drag moves in the chart. */
export function currentSlots(chart: RateChart): Slots {
  const { x, y } = scales(chart.max, chart.linear);
  const slots: Slots = {};
  chart.current.forEach((c, i) => {
    slots[`current/${i}`] = point(x(c.n), y(c.value));
  });
  return slots;
}

/** The whole chart, with its changing parts in groups the figure element can update alone. */
export function rateChart(chart: RateChart, parts: ChartParts): Markup {
  const { x, y } = scales(chart.max, chart.linear);
  const ticks =
    chart.ticks ?? [0, 10, 100, 1000, chart.max].filter((n, i, all) => n <= chart.max && all.indexOf(n) === i);
  const xTicks = ticks.map(
    (n) =>
      markup`<line x1="${x(n)}" x2="${x(n)}" y1="${H - M.bottom}" y2="${H - M.bottom + 5}" stroke="currentColor"/><text x="${x(n)}" y="${H - M.bottom + 18}" text-anchor="middle" class="svg-text" font-size="13">${count(n)}</text>`,
  );
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map(
    (p) =>
      markup`<line x1="${M.left}" x2="${W - M.right}" y1="${y(p)}" y2="${y(p)}" stroke="currentColor" stroke-opacity="${p ? 0.35 : 1}"/><text x="${M.left - 6}" y="${y(p) + 4}" text-anchor="end" class="svg-text" font-size="13">${p * 100}%</text>`,
  );
  return markup`<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${chart.ariaLabel}">${yTicks}${xTicks}<text x="${(M.left + W - M.right) / 2}" y="${H - 4}" text-anchor="middle" class="svg-text svg-soft" font-size="12">${chart.xLabel}</text><g data-part="curves">${parts.curves}</g><g data-part="current">${parts.current}</g></svg>`;
}
