/**
 * Control markup shared by every figure. Controls are rendered once (at build time); the
 * figure element keeps them in step with its state. Each input's name is its state key.
 */
import { count, esc } from './format.ts';
import { numberField, type Field } from './url-state.ts';

export type State = Record<string, string | number>;

/** An editable, illustrative number: one cell of a figure's assumptions panel. */
export interface Parameter {
  key: string;
  /** Query parameter that carries it in the address. */
  param: string;
  label: string;
  min: number;
  max: number;
  step: number;
}

export function parameterFields(parameters: readonly Parameter[]): Record<string, Field<string | number>> {
  return Object.fromEntries(parameters.map((p) => [p.key, numberField(p.param, p.min, p.max) as Field<string | number>]));
}

/** A slider whose positions map onto values, e.g. a log scale of training sizes. */
export interface Slider {
  steps: number;
  toValue(position: number): number;
  toPosition(value: number): number;
  label(value: number): string;
}

export function numberInput(parameter: Parameter, value: number | string): string {
  return `<input type="number" name="${esc(parameter.key)}" value="${esc(value)}" min="${parameter.min}" max="${parameter.max}" step="${parameter.step}" inputmode="decimal" aria-label="${esc(parameter.label)}">`;
}

export function radioGroup(name: string, legend: string, options: readonly { value: string; label: string }[], current: string | number): string {
  return `<fieldset class="fig-field"><legend>${esc(legend)}</legend>${options
    .map((o) => `<label class="fig-choice"><input type="radio" name="${esc(name)}" value="${esc(o.value)}"${o.value === current ? ' checked' : ''}> ${esc(o.label)}</label>`)
    .join('')}</fieldset>`;
}

/** Yes/no switches, each stored as "1" or "0" under its own name. */
export function checkboxGroup(legend: string, options: readonly { name: string; label: string }[], state: State): string {
  return `<fieldset class="fig-field"><legend>${esc(legend)}</legend>${options
    .map((o) => `<label class="fig-choice"><input type="checkbox" name="${esc(o.name)}" value="1"${String(state[o.name]) === '1' ? ' checked' : ''}> ${esc(o.label)}</label>`)
    .join('')}</fieldset>`;
}

export function slider(name: string, id: string, label: string, scale: Slider, value: number): string {
  return `<div class="fig-field">
<label for="${esc(id)}">${esc(label)}</label>
<input id="${esc(id)}" name="${esc(name)}" type="range" min="0" max="${scale.steps}" step="1" value="${scale.toPosition(value)}" aria-valuetext="${esc(scale.label(value))}">
<output for="${esc(id)}" data-for="${esc(name)}">${esc(scale.label(value))}</output>
</div>`;
}

export interface AssumptionTable {
  /** Shown only while the figure's data-scenario is this (figures with several scenarios). */
  only?: string;
  caption: string;
  rowHeader: string;
  columns: readonly string[];
  rows: readonly { label: string; cells: readonly Parameter[] }[];
}

/** The assumptions panel: every illustrative number, editable, with a reset. */
export function assumptionsPanel(state: State, tables: readonly AssumptionTable[], extra: readonly Parameter[], note: string): string {
  const table = (t: AssumptionTable) => `<div class="fig-scroll" tabindex="0"${t.only ? ` data-only="${esc(t.only)}"` : ''}><table>
<caption>${esc(t.caption)}</caption>
<thead><tr><th scope="col">${esc(t.rowHeader)}</th>${t.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>
<tbody>${t.rows.map((row) => `<tr><th scope="row">${esc(row.label)}</th>${row.cells.map((p) => `<td>${numberInput(p, state[p.key])}</td>`).join('')}</tr>`).join('')}</tbody>
</table></div>`;
  return `<details class="fig-assumptions">
<summary>Assumptions <span class="illustrative">(illustrative, editable)</span></summary>
<p class="illustrative">${esc(note)}</p>
${tables.map(table).join('')}
${extra.map((p) => `<p><label>${esc(p.label)} ${numberInput(p, state[p.key])}</label></p>`).join('')}
<button type="button" class="button" data-action="reset">Reset all assumptions</button>
</details>`;
}


/** Evenly spaced values from `min` to `max`. */
export function linearSlider(min: number, max: number, steps: number, label: (value: number) => string): Slider {
  return {
    steps,
    toValue: (position) => Number((min + ((max - min) * position) / steps).toPrecision(6)),
    toPosition: (value) => Math.round(((value - min) / (max - min)) * steps),
    label,
  };
}

/** Training sizes on the log(1 + n) scale the figures' charts use, 0 to `max`. */
export function logSizeSlider(max: number, unit: string, steps = 60): Slider {
  return {
    steps,
    toValue: (position) => Math.round(Math.pow(1 + max, position / steps) - 1),
    toPosition: (value) => Math.round((Math.log1p(Math.max(0, value)) / Math.log1p(max)) * steps),
    label: (value) => `${count(value)} ${unit}`,
  };
}
