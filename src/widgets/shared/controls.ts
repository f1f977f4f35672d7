/**
 * Control markup shared by every figure. Controls are rendered once (at build time); the figure
 * element keeps them in step with its state. Each input's name is its field's name in the form,
 * and each control is given its field, so its name, value and choices come from the form.
 */
import { markup, type Markup } from './markup.ts';
import { numberField, type Field, type NumberField, type State } from './url-state.ts';
import type { FigureForm, FormFields } from './form.ts';

/** An editable, illustrative number: one cell of a figure's assumptions panel. */
export interface Parameter extends NumberField {
  label: string;
  step: number;
  /** One line under the parameter: what it does in the model, for a constant a label cannot explain (β, k). */
  hint?: string;
}

export function parameter(
  param: string,
  label: string,
  initial: number,
  min: number,
  max: number,
  step: number,
  hint?: string,
): Parameter {
  return { ...numberField(param, initial, min, max), label, step, ...(hint && { hint }) };
}

export interface AssumptionTable {
  /** Shown only while the figure's data-scenario is this (figures with several scenarios). */
  only?: string;
  caption: string;
  rowHeader: string;
  columns: readonly string[];
  rows: readonly { label: string; cells: readonly Parameter[]; hint?: string }[];
}

/** β's line, the same wherever β appears: what it means in words a reader can hold. */
export const BETA_HINT =
  'How far one example moves the weights: 1/β examples (1,000 at β = 0.001) move them as far as one exact Bayesian observation would.';

/** A table with one assumption a row, labelled by `label` (by default its own label). */
export function parameterTable(
  caption: string,
  rowHeader: string,
  column: string,
  parameters: readonly Parameter[],
  label = (parameter: Parameter) => parameter.label,
): AssumptionTable {
  return {
    caption,
    rowHeader,
    columns: [column],
    rows: parameters.map((p) => ({ label: label(p), cells: [p], hint: p.hint })),
  };
}

/** The controls of one figure at one state. */
export function controls<F extends FormFields>(form: FigureForm<F>, state: State<F>) {
  const numberInput = (p: Parameter) =>
    markup`<input type="number" name="${form.nameOf(p)}" value="${form.valueOf(state, p)}" min="${p.min}" max="${p.max}" step="${p.step}" inputmode="decimal" aria-label="${p.label}">`;
  const table = (
    t: AssumptionTable,
  ) => markup`<div class="fig-scroll" tabindex="0"${t.only !== undefined && markup` data-only="${t.only}"`}><table>
<caption>${t.caption}</caption>
<thead><tr><th scope="col">${t.rowHeader}</th>${t.columns.map((c) => markup`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${t.rows.map((row) => markup`<tr><th scope="row">${row.label}${row.hint && markup`<span class="fig-hint">${row.hint}</span>`}</th>${row.cells.map((p) => markup`<td>${numberInput(p)}</td>`)}</tr>`)}</tbody>
</table></div>`;

  // Every control carries one line under it: what it does and what to watch for. Its id is the
  // figure's prefix and the control's name, unique on a page that holds two figures.
  const hintId = (name: string) => `${form.prefix}-${name}-hint`;
  const hintLine = (name: string, hint: string) => markup`<p class="fig-hint" id="${hintId(name)}">${hint}</p>`;

  return {
    radioGroup<T extends string>(
      field: Field<T>,
      legend: string,
      options: readonly { value: NoInfer<T>; label: string }[],
      hint: string,
    ): Markup {
      const name = form.nameOf(field);
      const current = form.valueOf(state, field);
      return markup`<fieldset class="fig-field" aria-describedby="${hintId(name)}"><legend>${legend}</legend>${options.map(
        (o) =>
          markup`<label class="fig-choice"><input type="radio" name="${name}" value="${o.value}"${o.value === current && markup` checked`}> ${o.label}</label>`,
      )}${hintLine(name, hint)}</fieldset>`;
    },

    /** Yes/no switches, each its own field. */
    checkboxGroup(legend: string, options: readonly { field: Field<boolean>; label: string }[], hint: string): Markup {
      const name = form.nameOf(options[0].field);
      return markup`<fieldset class="fig-field" aria-describedby="${hintId(name)}"><legend>${legend}</legend>${options.map(
        (o) =>
          markup`<label class="fig-choice"><input type="checkbox" name="${form.nameOf(o.field)}" value="1"${form.valueOf(state, o.field) && markup` checked`}> ${o.label}</label>`,
      )}${hintLine(name, hint)}</fieldset>`;
    },

    slider(field: Field<number>, id: string, label: string, hint: string): Markup {
      const name = form.nameOf(field);
      const scale = form.slider(name);
      if (!scale) throw new Error(`${form.name}: "${name}" has no slider`);
      const value = form.valueOf(state, field);
      return markup`<div class="fig-field">
<label for="${id}">${label}</label>
<input id="${id}" name="${name}" type="range" min="0" max="${scale.steps}" step="1" value="${scale.toPosition(value)}" aria-valuetext="${scale.label(value)}" aria-describedby="${hintId(name)}">
<output for="${id}" data-for="${name}">${scale.label(value)}</output>
${hintLine(name, hint)}
</div>`;
    },

    /** The assumptions panel: every illustrative number, editable, with a reset. */
    assumptionsPanel(tables: readonly AssumptionTable[], extra: readonly Parameter[], note: string): Markup {
      return markup`<details class="fig-assumptions">
<summary>Assumptions <span class="illustrative">(illustrative, editable)</span></summary>
<p class="illustrative">${note}</p>
${tables.map(table)}
${extra.map((p) => markup`<p><label>${p.label} ${numberInput(p)}</label>${p.hint && markup`<span class="fig-hint">${p.hint}</span>`}</p>`)}
<button type="button" class="button" data-action="reset">Reset all assumptions</button>
</details>`;
    },
  };
}
