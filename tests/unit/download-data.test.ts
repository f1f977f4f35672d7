/**
 * The data downloads: each figure's `table` (what CSV and JSON write) is the data table its
 * markup shows, at the defaults and for a changed state; CSV quotes what it must; the JSON's
 * address reads back to the same state; file names say the figure and its state.
 */
import { describe, expect, it } from 'vitest';
import { loadFigures, movedState } from '../figures.ts';
import { figureData, fileName, toCsv, toJson } from '../../src/widgets/shared/download-data.ts';
import { cellText, type DataTable } from '../../src/widgets/shared/download-table.ts';

const figures = await loadFigures();

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const textOf = (markup: string) =>
  markup
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => UNESCAPE[entity])
    .replace(/\s+/g, ' ')
    .trim();

/** The table in `markup` whose caption is `caption`, as its header texts and its rows' cell texts. */
function shownTable(markup: string, caption: string) {
  const tables = [...markup.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map(([, inner]) => inner);
  const inner = tables.find((t) => textOf(t.match(/<caption>([\s\S]*?)<\/caption>/)?.[1] ?? '') === caption);
  if (!inner) throw new Error(`no table captioned "${caption}"`);
  const cells = (row: string) => [...row.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, c]) => textOf(c));
  const [thead] = inner.match(/<thead>[\s\S]*?<\/thead>/)!;
  const [tbody] = inner.match(/<tbody[^>]*>[\s\S]*?<\/tbody>/)!;
  return { columns: cells(thead), rows: [...tbody.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map(([, r]) => cells(r)) };
}

const asShown = (table: DataTable) => ({ columns: [...table.columns], rows: table.rows.map((r) => r.map(cellText)) });

describe.each(figures)('$component', (figure) => {
  const { form, view } = figure;
  const moved = movedState(figure);
  it.each([
    ['at its defaults', form.defaults],
    ['with its slider moved', moved],
  ])('downloads the data table its page shows, %s', (_, state) => {
    const table = view.live.table(state);
    expect(table.rows.length).toBeGreaterThan(0);
    expect(asShown(table)).toEqual(shownTable(String(view.renderOutput(state)), table.caption));
    const numbers = table.rows.flat().filter((c) => typeof c !== 'string');
    expect(numbers.length).toBeGreaterThan(0);
    for (const c of numbers) expect(Number.isFinite(c.value)).toBe(true);
  });

  it('writes JSON whose address reads back to the same state, with every assumption', () => {
    const state = moved;
    const query = form.write(state, new URLSearchParams()).toString();
    const data = figureData({
      form,
      state,
      table: view.live.table(state),
      summary: view.live.summarize(state),
      figure: 'Figure 1.1',
      caption: 'A caption.',
      chapter: 'A chapter',
      address: `https://example.org/chapters/x/?${query}#anchor`,
    });
    const parsed = JSON.parse(toJson(data));
    expect(parsed.query).toBe(query);
    expect(form.read(new URL(parsed.address).searchParams)).toEqual(state);
    expect(parsed.state).toEqual(JSON.parse(JSON.stringify(state)));
    const assumptions = [...form.byName.values()].filter((l) => l.path[0] === 'assumptions');
    expect(parsed.assumptions).toHaveLength(assumptions.length);
    for (const a of parsed.assumptions) expect(a.parameter.startsWith(`${form.prefix}-`)).toBe(true);
    expect(parsed.table.rows).toEqual(asShown(view.live.table(state)).rows);
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and ends each line with CRLF', () => {
    const csv = toCsv({
      caption: 'c',
      columns: ['Examples', 'Say "hi", then'],
      rows: [[{ text: '1,000', value: 1000 }, 'two\nlines']],
    });
    expect(csv).toBe('Examples,"Say ""hi"", then"\r\n"1,000","two\nlines"\r\n');
  });
});

describe('file names', () => {
  it('name the figure and its state', () => {
    expect(fileName('figure-em', 'em-n=100', 'csv')).toBe('figure-em_em-n-100.csv');
    expect(fileName('figure-em', 'em-n=100&em-data=correct-medical', 'svg')).toBe(
      'figure-em_em-n-100_em-data-correct-medical.svg',
    );
    expect(fileName('figure-pangolin', '', 'png')).toBe('figure-pangolin_default.png');
    expect(fileName('figure-x', 'x-a=1%2F2', 'json')).toBe('figure-x_x-a-1-2F2.json');
  });
});
