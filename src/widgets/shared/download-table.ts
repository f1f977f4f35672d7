/**
 * A figure's data table as data: the numbers its data table shows, which the page renders and the
 * downloads (CSV, JSON) write, from the one function per figure (`table` in its view), so the two
 * cannot disagree. A cell is its text as shown, and where it is a number, that number exactly.
 */
import { markup, type Markup } from './markup.ts';
import { memo } from './memo.ts';

export type Cell = string | { readonly text: string; readonly value: number };

export interface DataTable {
  /** The table's caption, as the page shows it. */
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
}

/** A number, shown as `text`. */
export const cell = (value: number, text: string): Cell => ({ text, value });

export const cellText = (c: Cell): string => (typeof c === 'string' ? c : c.text);

/** What the JSON download holds for a cell: the exact number where there is one. */
export const cellValue = (c: Cell): string | number => (typeof c === 'string' ? c : c.value);

/** The markup of a table whose columns are all numbers, its first column the row headers. */
export function numericTable(table: DataTable): Markup {
  return markup`<table><caption>${table.caption}</caption>
<thead><tr>${table.columns.map((column) => markup`<th scope="col" class="num">${column}</th>`)}</tr></thead>
<tbody>${table.rows.map(([first, ...cells]) => markup`<tr><th scope="row" class="num">${cellText(first)}</th>${cells.map((c) => markup`<td class="num">${cellText(c)}</td>`)}</tr>`)}</tbody></table>`;
}

/**
 * A figure's data table as markup, from its `table` function: remade only when that returns a new
 * table (a memoised `table` returns the same one while what it depends on is unchanged), so a
 * slider drag that leaves the table alone does not rebuild it.
 */
export function tableMarkup<S>(table: (state: S) => DataTable): (state: S) => Markup {
  return memo(
    (state: S) => [table(state)],
    (state) => numericTable(table(state)),
  );
}
