// `npm run bench`: what each page costs and how fast the figures answer, measured here.
// Writes bench-results/latest.json and refreshes the table in README.md. Budgets live in the
// issues; this reports against them but never fails a build on a slow machine.
//
// `npm run bench -- --figures [Component…]` measures only the figures (all, or those named, e.g.
// Exhaustiveness), against the build already in dist/: no cold build, no Lighthouse. It prints
// their table and writes bench-results/figures.json, and leaves README.md alone, as a partial
// run must. BENCH_PORT moves its server off 4339, for two checkouts on one machine.
import { spawnSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { Launcher } from 'chrome-launcher';
import { CHROMIUM_ARGS, PLAYWRIGHT_CHROMIUM_ARGS, findChromium, requireChromium } from './browser.mjs';
import { FIGURES } from '../src/widgets/registry.ts';
import { builtFiles, isPage, pagePath } from '../src/lib/built-files.ts';
import { offlineCopyBytes } from '../src/offline/build.ts';

const DIST = 'dist';
const PORT = Number(process.env.BENCH_PORT ?? 4339);
const figuresOnly = process.argv.includes('--figures');
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const ORIGIN = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
// The browser readers use, not the headless shell the tests prefer: Lighthouse and the latencies measure it.
const chromiumPath = requireChromium({ find: () => findChromium({ shell: false }) });
const gz = (text) => gzipSync(text, { level: 9 }).length;

function coldBuild() {
  for (const dir of [DIST, '.astro', 'node_modules/.vite', 'node_modules/.astro'])
    rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync('astro', ['build'], { env, stdio: 'ignore' });
  if (result.status !== 0) throw new Error('astro build failed');
  return (performance.now() - started) / 1000;
}

/** Every page a reader opens, as a path; not the pages that only redirect an old address. */
function pages() {
  return builtFiles(DIST)
    .filter((file) => isPage(file) && !/^(_astro|pagefind)\//.test(file))
    .filter((file) => !/<meta http-equiv="refresh"/.test(readFileSync(join(DIST, file), 'utf8').split('</head>')[0]))
    .map((file) => `/${pagePath(file)}`)
    .sort();
}

/** A module and everything it statically imports, once each. */
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    moduleGraph(spec.startsWith('/') ? join(DIST, spec) : resolve(dirname(file), spec), seen);
  }
  return seen;
}

function pageBytes(path) {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const css =
    [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].reduce(
      (n, [, href]) => n + gz(readFileSync(join(DIST, href))),
      0,
    ) + [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, [, text]) => n + gz(text), 0);
  const files = new Set();
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) moduleGraph(join(DIST, src), files);
  const external = [...files].reduce((n, file) => n + gz(readFileSync(file)), 0);
  const inline = [...html.matchAll(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, [, text]) => n + gz(text),
    0,
  );
  // The page script the inline bootstrap imports after load (on idle or first interaction).
  const deferred = [...html.matchAll(/data-page="([^"]+)"/g)].reduce(
    (n, [, src]) => n + gz(readFileSync(join(DIST, src))),
    0,
  );
  return { html: gz(html), css, js: external + inline, inlineJs: inline, deferredJs: deferred };
}

// Chrome's paint holding kept the first paint of about half the runs back for a second, at random
// and on any page (the page loaded in a third of that): Lighthouse then counted the figures'
// scripts, which had run meanwhile, into its simulated first paint, and the same page scored 99 or
// 100. Off, every run paints when the page is ready. Chromium reads only the last
// --disable-features, so chrome-launcher's own list is repeated; the address-bar popups are off as
// in the tests (scripts/browser.mjs).
const launcherFeatures = Launcher.defaultFlags().find((flag) => flag.startsWith('--disable-features='));
const LIGHTHOUSE_CHROME_FLAGS = [
  '--headless=new',
  ...CHROMIUM_ARGS,
  `${launcherFeatures},PaintHolding,WebUIOmniboxPopup,WebUIOmniboxAimPopup`,
];

// Asynchronous on purpose: the static server runs in this process and must keep answering.
async function lighthouse(path) {
  const out = join('bench-results', 'lighthouse.json');
  const status = await new Promise((done) => {
    spawn(
      'lighthouse',
      [
        `${ORIGIN}${path}`,
        '--only-categories=performance,accessibility',
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        `--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS.join(' ')}`,
      ],
      { env: { ...env, CHROME_PATH: chromiumPath }, stdio: 'ignore' },
    ).on('exit', done);
  });
  if (status !== 0) return { performance: null, accessibility: null };
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
  };
}

/**
 * A page that scores under 100 is run twice more and reported by its median score: one run in
 * twenty or so loses a point to the machine (a garbage collection, another process), and a
 * budget of 100 must not fail on it, nor pass on one lucky run.
 */
async function medianLighthouse(path) {
  const runs = [await lighthouse(path)];
  if (runs[0].performance !== 100 || runs[0].accessibility !== 100)
    runs.push(await lighthouse(path), await lighthouse(path));
  const median = (key) => {
    const scores = runs.map((run) => run[key]);
    return scores.includes(null) ? null : scores.sort((a, b) => a - b)[Math.floor(scores.length / 2)];
  };
  return { performance: median('performance'), accessibility: median('accessibility'), runs: runs.length };
}

async function figureLatency(browser, figure) {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}${figure.page}`);
  await page.locator(figure.tag).scrollIntoViewIfNeeded();
  await page.locator(`${figure.tag}[data-ready]`).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Each step moves the figure's slider (the registry names it) to a new position, as a reader
  // would: one input per frame, as a drag delivers them, each timed from the input event to the
  // DOM updated (the handler is synchronous). A figure without a slider is timed the same way on
  // its first group of choices, one choice after another.
  const times = await page.evaluate(
    async ({ tag, slider }) => {
      const choices = slider
        ? []
        : [...document.querySelectorAll(`${tag} .fig-controls fieldset:first-of-type input[type="radio"]`)];
      const input = slider ? document.querySelector(`${tag} input[name="${slider}"]`) : null;
      const out = [];
      for (let i = 0; i < 220; i++) {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const started = performance.now();
        if (input) {
          input.value = String((i * 7) % (Number(input.max) + 1));
          input.dispatchEvent(new Event('input', { bubbles: true }));
        } else {
          const choice = choices[i % choices.length];
          choice.checked = true;
          choice.dispatchEvent(new Event('input', { bubbles: true }));
        }
        out.push(performance.now() - started);
      }
      return out;
    },
    { tag: figure.tag, slider: figure.slider ?? null },
  );
  await page.close();
  const sorted = times.slice(20).sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const html = readFileSync(join(DIST, figure.page, 'index.html'), 'utf8');
  // Astro names a component's script after the component: Figure3.astro_astro_type_script_….js.
  const src = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)]
    .map(([, s]) => s)
    .find((s) => s.includes(`/${figure.component}.astro`));
  const js = src ? [...moduleGraph(join(DIST, src))].reduce((n, file) => n + gz(readFileSync(file)), 0) : 0;
  return { name: figure.slider ? figure.label : `${figure.label} (a choice)`, js, p50: at(0.5), p95: at(0.95) };
}

/** Each figure's latency, in a browser of its own. */
async function figureLatencies(figures) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: PLAYWRIGHT_CHROMIUM_ARGS });
  const measured = [];
  for (const figure of figures) {
    console.log(`${figure.label}…`);
    measured.push(await figureLatency(browser, figure));
  }
  await browser.close();
  return measured;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const FIGURE_HEADER = [
  '| figure | JS (gzip, goal ≤ 15 KB) | input → DOM p50 | p95 at 4× CPU slowdown (goal ≤ 8 ms) |',
  '| --- | ---: | ---: | ---: |',
];
const figureRows = (figures) =>
  figures.map((f) => `| ${f.name} | ${kb(f.js)} | ${f.p50.toFixed(2)} ms | ${f.p95.toFixed(2)} ms |`);

function table(results) {
  const lines = [
    `Measured ${results.date} on this project's machine kind (2 cores); cold build ${results.build.toFixed(1)} s (goal < 15 s); a first visit saves ${kb(results.offline)} for offline reading (goal < 250 KB).`,
    '',
    '| page | HTML | CSS | JS on first load (of which inline) | JS after load | Lighthouse perf. | Lighthouse a11y |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.pages.map(
      (p) =>
        `| ${p.path} | ${kb(p.html)} | ${kb(p.css)} | ${kb(p.js)} (${kb(p.inlineJs)}) | ${kb(p.deferredJs)} | ${p.performance ?? 'n/a'}${p.runs > 1 ? ' (median of 3)' : ''} | ${p.accessibility ?? 'n/a'} |`,
    ),
    '',
    ...FIGURE_HEADER,
    ...figureRows(results.figures),
    '',
    'Sizes are gzip level 9. JS on first load counts every script in the page, with the modules it imports, and the inline scripts (theme and bootstrap). JS after load is the page script (citation cards, search, copy buttons) that the bootstrap imports when the browser is idle or the reader first interacts; Pagefind itself loads only when search opens. Once the page script runs, the service worker saves the rest of the site in the background, once (see Deploying).',
    '',
    'Lighthouse runs in Chromium (the whole browser, not the headless shell the tests use), with paint holding off (scripts/bench.mjs says why); a page under 100 is run twice more and its median reported.',
    '',
    "Input → DOM is timed from a slider's input event (for a figure without a slider, a choice's) to every number, bar and dot of the figure updated, one input per animation frame as a drag delivers them, 200 inputs after 20 of warm-up. The live-region sentence and the address are written once input pauses for 120 ms, so a screen reader hears where a drag ended rather than every step.",
  ];
  return lines.join('\n');
}

mkdirSync('bench-results', { recursive: true });

if (figuresOnly) {
  const unknown = named.filter((name) => !FIGURES.some((f) => f.component === name));
  if (unknown.length)
    throw new Error(`No figure ${unknown.join(', ')}; the registry has ${FIGURES.map((f) => f.component).join(', ')}`);
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No build in dist/: run `npm run build` first');
  const server = await serve({ port: PORT });
  const figures = await figureLatencies(FIGURES.filter((f) => !named.length || named.includes(f.component)));
  server.close();
  writeFileSync('bench-results/figures.json', JSON.stringify({ date: new Date().toISOString(), figures }, null, 2));
  console.log(`\n${[...FIGURE_HEADER, ...figureRows(figures)].join('\n')}`);
  process.exit(0);
}

console.log('cold build…');
const build = coldBuild();
const server = await serve({ port: PORT });
const results = {
  date: new Date().toISOString().slice(0, 10),
  build,
  offline: offlineCopyBytes(DIST),
  pages: [],
  figures: [],
};
for (const path of pages()) {
  console.log(`page ${path}…`);
  results.pages.push({ path, ...pageBytes(path), ...(await medianLighthouse(path)) });
}
results.figures = await figureLatencies(FIGURES);
server.close();

writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
const markdown = table(results);
writeFileSync('bench-results/latest.md', `${markdown}\n`);
const readme = readFileSync('README.md', 'utf8');
const block = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
if (block.test(readme))
  writeFileSync('README.md', readme.replace(block, `<!-- bench:start -->\n${markdown}\n<!-- bench:end -->`));
console.log(`\n${markdown}`);
