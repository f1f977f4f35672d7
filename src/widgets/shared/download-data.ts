/**
 * A figure's data as files: CSV (its data table, as shown) and JSON (the table with its exact
 * numbers, the figure's state and assumptions, and the address that opens this view), and the
 * name each download gets. Pure: no DOM, so Node tests check it against the figures' views.
 */
import { cellText, cellValue, type DataTable } from './download-table.ts';
import { valueAt, type State } from './url-state.ts';
import type { FigureForm, FormFields } from './form.ts';

/** One CSV field (RFC 4180): quoted where it holds a comma, a quote or a line break. */
const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The table as CSV: the header row, then one line per row, each cell as the page shows it. */
export function toCsv(table: DataTable): string {
  return [table.columns, ...table.rows.map((row) => row.map(cellText))]
    .map((row) => row.map(field).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/**
 * The name of a download: the figure's anchor, then its state as the address writes it
 * (`figure-em_em-n-100.csv`), or "default" where nothing differs from the defaults.
 */
export function fileName(anchor: string, query: string, extension: string): string {
  const state =
    query
      .replace(/=/g, '-')
      .replace(/&/g, '_')
      .replace(/[^\w.-]+/g, '-')
      .slice(0, 160) || 'default';
  return `${anchor}_${state}.${extension}`;
}

export interface FigureData {
  /** "Figure 3.1", as the chapter numbers it. */
  figure: string;
  /** What a chapter writes to place it, e.g. "Figure3". */
  component: string;
  caption: string;
  chapter: string;
  /** The address that opens this exact view. */
  address: string;
  /** The figure's state as an address query (only what differs from the defaults). */
  query: string;
  /** What the figure says it shows, in one sentence. */
  summary: string;
  /** Every setting, the assumptions among them. */
  state: unknown;
  /** Each illustrative assumption: its address parameter, label, value and default. */
  assumptions: { parameter: string; label: string; value: unknown; default: unknown }[];
  table: { caption: string; columns: readonly string[]; rows: string[][]; values: (string | number)[][] };
}

export interface DataSource<F extends FormFields> {
  form: FigureForm<F>;
  state: State<F>;
  table: DataTable;
  summary: string;
  figure: string;
  caption: string;
  chapter: string;
  address: string;
}

export function figureData<F extends FormFields>(source: DataSource<F>): FigureData {
  const { form, state, table } = source;
  const assumptions = [...form.byName.values()]
    .filter((leaf) => leaf.path[0] === 'assumptions')
    .map((leaf) => ({
      parameter: `${form.prefix}-${leaf.field.param}`,
      label: (leaf.field as { label?: string }).label ?? leaf.name,
      value: valueAt(state, leaf.path),
      default: leaf.field.initial,
    }));
  return {
    figure: source.figure,
    component: form.name,
    caption: source.caption,
    chapter: source.chapter,
    address: source.address,
    query: form.write(state, new URLSearchParams()).toString(),
    summary: source.summary,
    state,
    assumptions,
    table: {
      caption: table.caption,
      columns: table.columns,
      rows: table.rows.map((row) => row.map(cellText)),
      values: table.rows.map((row) => row.map(cellValue)),
    },
  };
}

export const toJson = (data: FigureData) => `${JSON.stringify(data, null, 2)}\n`;
