/**
 * "Take it away": every figure's downloads, checked as the files a reader gets. For each figure
 * in the registry, at a state that is not its default: the CSV parses and equals the data table
 * the page shows; the JSON's address opens the same view; the SVG parses, holds the caption,
 * references nothing outside itself and renders in Chromium at the figure's width; the PNG is
 * the SVG at twice its size. Then printing a chapter: the handout's QR code shows, the controls
 * do not.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, pageReady, setTheme, test } from './fixtures.ts';
import { openFigure } from './figure-wiring.ts';
import { loadFigures, movedState } from '../figures.ts';
import { fileName } from '../../src/widgets/shared/download-data.ts';

const figures = await loadFigures();

/** Clicks a download button and returns the file the browser saved. */
async function take(page: Page, figure: Locator, format: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.locator(`[data-action="download"][data-format="${format}"]`).click(),
  ]);
  return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
}

/** RFC 4180 CSV, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) field += ch;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field] = [[], ''];
      i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** The table the figure shows whose caption is `caption`: its header row, then its rows, as text. */
function shownTable(figure: Locator, caption: string) {
  return figure.locator('table').evaluateAll((tables, caption) => {
    const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const table = tables.find((t) => t.querySelector('caption') && text(t.querySelector('caption')!) === caption);
    if (!table) return [];
    return [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map(text));
  }, caption);
}

const squash = (text: string) => text.replace(/\s+/g, '');

for (const figure of figures) {
  test(`${figure.component}: downloads its view as CSV, JSON, SVG and PNG`, async ({ page }) => {
    const state = movedState(figure);
    const query = figure.form.write(state, new URLSearchParams()).toString();
    await openFigure(page, figure, state);
    const frame = page.locator(`figure#${figure.id}`);

    // CSV: the numbers of the data table on the page, cell for cell.
    const csv = await take(page, frame, 'csv');
    expect(csv.name).toBe(fileName(figure.id, query, 'csv'));
    const json = await take(page, frame, 'json');
    expect(json.name).toBe(fileName(figure.id, query, 'json'));
    const data = JSON.parse(json.body.toString('utf8'));
    const shown = await shownTable(frame, data.table.caption);
    expect(shown.length, 'the data table named in the JSON is on the page').toBeGreaterThan(1);
    expect(parseCsv(csv.body.toString('utf8'))).toEqual(shown);
    expect([data.table.columns, ...data.table.rows]).toEqual(shown);
    // Every assumption the figure lets the reader edit (the views of exhaustiveness have none).
    const editable = [...figure.form.byName.values()].filter((leaf) => leaf.path[0] === 'assumptions');
    expect(data.assumptions).toHaveLength(editable.length);
    const caption = (await frame.locator('figcaption').textContent())!.replace(/\s+/g, ' ').trim();
    expect(data.caption).toBe(caption);

    // SVG: parses, holds the caption, references nothing, renders at the figure's width.
    const svg = await take(page, frame, 'svg');
    expect(svg.name).toBe(fileName(figure.id, query, 'svg'));
    const source = svg.body.toString('utf8');
    expect(source).not.toMatch(/\b(href|src)=|url\(|var\(--|currentColor|<foreignObject/i);
    const width = Math.round((await frame.boundingBox())!.width);
    const rendered = await page.evaluate(async (source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const root = doc.documentElement;
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
      const image = new Image();
      image.src = url;
      await image.decode();
      URL.revokeObjectURL(url);
      return {
        errors: doc.querySelectorAll('parsererror').length,
        name: root.localName,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        background: root.querySelector(':scope > rect')?.getAttribute('fill'),
        texts,
        natural: [image.naturalWidth, image.naturalHeight],
      };
    }, source);
    expect(rendered.errors).toBe(0);
    expect(rendered.name).toBe('svg');
    expect(rendered.width).toBe(width);
    expect(rendered.natural).toEqual([rendered.width, rendered.height]);
    expect(squash(rendered.texts)).toContain(squash(caption));
    expect(squash(rendered.texts)).toContain(squash(data.address));
    // Light or dark as shown: the page's own background.
    expect(rendered.background).toBe(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));

    // PNG: the SVG at twice its size, read from the file's header.
    const png = await take(page, frame, 'png');
    expect(png.name).toBe(fileName(figure.id, query, 'png'));
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([2 * rendered.width, 2 * rendered.height]);

    // JSON: its address opens the same view.
    expect(data.query).toBe(query);
    await page.goto(data.address);
    const reopened = page.locator(`figure#${figure.id}`);
    await expect(page.locator(`${figure.tag}[data-ready]`)).toHaveCount(1);
    await expect(reopened.locator('[data-summary]')).toHaveText(data.summary);
    expect(await shownTable(reopened, data.table.caption)).toEqual(shown);
  });
}

test('a figure downloads in the dark theme as shown', async ({ page }) => {
  const figure = figures[0];
  await openFigure(page, figure);
  await setTheme(page, 'dark');
  const svg = await take(page, page.locator(`figure#${figure.id}`), 'svg');
  const background = svg.body.toString('utf8').match(/<rect width="\d+" height="\d+" fill="([^"]+)"/)?.[1];
  const shown = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe(shown);
  expect(shown, 'the dark theme, not the light one').not.toBe('rgb(253, 252, 250)');
});

test('printing a chapter gives a handout: its QR code, the figures without their controls', async ({ page }) => {
  const figure = figures[0];
  await openFigure(page, figure);
  // The page script draws the QR code as the page goes to print.
  await pageReady(page);
  const qr = page.locator('.handout-qr');
  await expect(qr).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(qr).toBeVisible();
  await expect(qr.locator('svg path')).toHaveCount(1);
  await expect(qr).toContainText(new URL(page.url()).pathname);
  const frame = page.locator(`figure#${figure.id}`);
  await expect(frame.locator('.fig-controls')).toBeHidden();
  for (const button of await frame.locator('[data-action]').all()) await expect(button).toBeHidden();
  await expect(frame.locator('[data-summary]')).toBeVisible();
  await expect(frame.locator('figcaption')).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(qr).toBeHidden();
});
