/**
 * "Download": the figure as it is shown, as SVG or PNG (2x, for slides), and its data as CSV or
 * JSON. Loaded only when a reader asks for a download (figure-element.ts imports it on click), so
 * none of it weighs on a figure's first load. Each file is made in the page and saved through a
 * blob: address; its name says the figure and its state (download-data.ts).
 */
import { figureData, fileName, toCsv, toJson } from './download-data.ts';
import { figureSvg, svgToPng } from './download-svg.ts';
import type { FigureForm, FormFields } from './form.ts';
import type { State } from './url-state.ts';
import type { FigureView } from './view.ts';

export type DownloadFormat = 'svg' | 'png' | 'csv' | 'json';

const TYPES: Record<DownloadFormat, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

const SITE_NAME = 'The persona selection model: a companion';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

function save(blob: Blob, name: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** Saves the figure in `element` (a live figure inside its <figure>), at `state`, as `format`. */
export async function download<F extends FormFields>(
  format: string,
  element: HTMLElement,
  form: FigureForm<F>,
  view: FigureView<State<F>>,
  state: State<F>,
) {
  if (!(format in TYPES)) return;
  const figure = element.closest('figure') ?? element;
  const anchor = figure.id;
  const url = new URL(location.href);
  url.search = form.write(state, url.searchParams).toString();
  url.hash = anchor;
  const label = text(figure.querySelector('.figure-label')).replace(/\.$/, '') || form.name;
  const caption = text(figure.querySelector('figcaption'));
  const chapter = text(document.querySelector('main h1'));
  const query = form.write(state, new URLSearchParams()).toString();
  const name = fileName(anchor, query, format);
  let body: Blob;
  if (format === 'csv' || format === 'json') {
    const table = view.table(state);
    const data = figureData({
      form,
      state,
      table,
      summary: view.summarize(state),
      figure: label,
      caption,
      chapter,
      address: url.href,
    });
    body = new Blob([format === 'csv' ? toCsv(table) : toJson(data)], { type: TYPES[format] });
  } else {
    const drawn = figureSvg(figure as HTMLElement, `${label}. ${caption}`, [
      `${label}, from “${chapter}”, ${SITE_NAME}.`,
      `This view: ${url.href}`,
    ]);
    body = format === 'svg' ? new Blob([drawn.svg], { type: TYPES.svg }) : await svgToPng(drawn);
  }
  save(body, name);
  const status = element.querySelector('[data-copy-status]');
  if (status) status.textContent = `Saved ${name}.`;
}
