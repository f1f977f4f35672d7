/**
 * Every "try this" link on the site (TryThis.astro), found by walking the built pages, followed in
 * the browser: a click brings its figure into view in the link's state without a reload, with the
 * controls, every number and the address as the figure's own view draws that state. (That an
 * address, opened as a page, gives its state is checked once per figure, in figure-input.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { builtPages, expect, test } from './fixtures.ts';
import { loadFigures, type LoadedFigure } from '../figures.ts';
import { FIGURES } from '../../src/widgets/registry.ts';
import { expectAddress, expectControls, expectShows, type FigureState } from './figure-wiring.ts';

interface TryLink {
  figure: string;
  set: string;
}

const decode = (attribute: string) => attribute.replaceAll('&amp;', '&').replaceAll('&quot;', '"');

/** Each page's try-this links, in document order, read from the build. */
const LINKS = new Map(
  builtPages()
    .map((page): [string, TryLink[]] => {
      const html = readFileSync(`dist${page}index.html`, 'utf8');
      const links = [...html.matchAll(/data-try-figure="([^"]+)" data-try-set="([^"]+)"/g)].map(([, figure, set]) => ({
        figure,
        set: decode(set),
      }));
      return [page, links];
    })
    .filter(([, links]) => links.length > 0),
);

let figures: Map<string, LoadedFigure>;
test.beforeAll(async () => {
  figures = new Map((await loadFigures()).map((figure) => [figure.id, figure]));
});

test('every live figure has at least one try-this link', () => {
  const driven = new Set([...LINKS.values()].flat().map((link) => link.figure));
  expect(FIGURES.filter((figure) => !driven.has(figure.id)).map((figure) => figure.component)).toEqual([]);
});

/** The figure's top is on screen (below the site's sticky header) once the scroll has settled. */
async function expectInView(page: Page, frame: Locator) {
  await expect
    .poll(async () => {
      const box = await frame.boundingBox();
      const viewport = page.viewportSize()!;
      return box !== null && box.y >= 0 && box.y < viewport.height / 2;
    })
    .toBe(true);
}

async function expectState(page: Page, figure: LoadedFigure, state: FigureState) {
  await expectControls(page, figure, state);
  await expectShows(page, figure, state);
  await expectAddress(page, figure, state);
}

for (const [page, links] of LINKS) {
  test.describe(page, () => {
    test.describe.configure({ timeout: 120_000 });
    test(`each of its ${links.length} try-this links puts its figure in that state and brings it into view, without a reload`, async ({
      page: browser,
    }) => {
      await browser.goto(page);
      await browser.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
      for (const [index, link] of links.entries()) {
        const figure = figures.get(link.figure)!;
        const state = figure.form.read(new URLSearchParams(link.set));
        const anchor = browser.locator('a[data-try-figure]').nth(index);
        // Opened in a new tab, the link's own address names the same state.
        const href = new URL((await anchor.getAttribute('href'))!, browser.url());
        expect(figure.form.read(href.searchParams)).toEqual(state);
        expect(href.hash).toBe(`#${figure.id}`);
        await anchor.click();
        await expectInView(browser, browser.locator(`#${figure.id}`));
        await expectState(browser, figure, state);
        expect(new URL(browser.url()).hash).toBe(`#${figure.id}`);
      }
      expect(await browser.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    });
  });
}
