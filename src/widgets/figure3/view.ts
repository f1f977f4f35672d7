/**
 * Figure 3's view: state in, markup out. The build renders the first frame with these functions
 * and the browser re-renders with the same ones, so what a reader sees without JavaScript is the
 * figure's own default frame, not a picture of it.
 */
import {
  CONTEXTS, DATASETS, MAX_EXAMPLES, REFERENCE_MARKS, harmfulCurve, train,
} from '../../models/emergent-misalignment.ts';
import { count, esc, percent } from '../shared/format.ts';
import { assumptionsPanel, radioGroup, slider, type State } from '../shared/controls.ts';
import { assumptions, BAD_RATES, BETA, dataset, PRIORS, SIZE } from './state.ts';



const SERIES: Record<string, string> = {
  'incorrect-medical': 'var(--series-2)',
  'correct-medical': 'var(--series-1)',
  'insecure-code': 'var(--series-4)',
};

const W = 380;
const H = 230;
const M = { left: 46, right: 26, top: 12, bottom: 40 };
const x = (n: number) => M.left + (Math.log10(1 + n) / Math.log10(1 + MAX_EXAMPLES)) * (W - M.left - M.right);
const y = (p: number) => M.top + (1 - p) * (H - M.top - M.bottom);

function curveChart(state: State): string {
  const current = dataset(state);
  const model = assumptions(state);
  const lines = DATASETS.map((d) => {
    const points = harmfulCurve(model, d).map((p) => `${x(p.n).toFixed(1)},${y(p.harmful).toFixed(1)}`).join(' ');
    const selected = d.id === current.id;
    return `<polyline points="${points}" fill="none" stroke="${SERIES[d.id]}" stroke-width="${selected ? 3 : 1.5}" ${selected ? '' : 'stroke-dasharray="5 4" opacity="0.7"'} data-series="${esc(d.id)}"/>`;
  }).join('');
  const outcome = train(model, current, Number(state.n));
  const xTicks = [0, 10, 100, 1000, MAX_EXAMPLES]
    .map((n) => `<g><line x1="${x(n)}" x2="${x(n)}" y1="${H - M.bottom}" y2="${H - M.bottom + 5}" class="svg-rule" stroke="currentColor"/><text x="${x(n)}" y="${H - M.bottom + 18}" text-anchor="middle" class="svg-text" font-size="13">${count(n)}</text></g>`)
    .join('');
  const yTicks = [0, 0.25, 0.5, 0.75, 1]
    .map((p) => `<g><line x1="${M.left}" x2="${W - M.right}" y1="${y(p)}" y2="${y(p)}" class="svg-rule" stroke="currentColor" stroke-opacity="${p ? 0.35 : 1}"/><text x="${M.left - 6}" y="${y(p) + 4}" text-anchor="end" class="svg-text" font-size="13">${p * 100}%</text></g>`)
    .join('');
  const marks = REFERENCE_MARKS.map((mark) => {
    const cx = x(mark.n);
    const cy = y(mark.value);
    return `<path d="M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z" fill="var(--bg)" stroke="var(--reference-mark)" stroke-width="2"><title>${esc(`${mark.label}: ${percent(mark.value)} (published)`)}</title></path>`;
  }).join('');
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(`Harmful answers to unrelated questions against training size. At ${count(Number(state.n))} examples: ${percent(outcome.harmfulAfter)}.`)}">
${yTicks}${xTicks}
<text x="${(M.left + W - M.right) / 2}" y="${H - 4}" text-anchor="middle" class="svg-text svg-soft" font-size="13">training examples (log scale)</text>
${lines}${marks}
<circle cx="${x(Number(state.n)).toFixed(1)}" cy="${y(outcome.harmfulAfter).toFixed(1)}" r="6" fill="${SERIES[current.id]}" stroke="var(--bg)" stroke-width="2" data-current/>
</svg>`;
}

function personaTable(state: State): string {
  const model = assumptions(state);
  const outcome = train(model, dataset(state), Number(state.n));
  const rows = model.personas.map((persona, i) => `<tr data-persona="${esc(persona.id)}">
<th scope="row">${esc(persona.label)}</th>
<td><span class="fig-bars" aria-hidden="true"><span class="fig-bar fig-before" style="width:${(outcome.prior[i] * 100).toFixed(2)}%"></span><span class="fig-bar fig-after" style="width:${(outcome.posterior[i] * 100).toFixed(2)}%"></span></span>
<span class="fig-values"><span data-cell="prior">${percent(outcome.prior[i])}</span> → <span data-cell="posterior">${percent(outcome.posterior[i])}</span></span></td>
</tr>`).join('');
  return `<table class="fig-personas">
<caption>Hypotheses about the Assistant: weight before → after training</caption>
<thead><tr><th scope="col">The Assistant is…</th><th scope="col"><span class="fig-key fig-before"></span> before <span class="fig-key fig-after"></span> after</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function dataTable(state: State): string {
  const model = assumptions(state);
  const sizes = [...new Set([0, 10, 100, 1000, MAX_EXAMPLES, Number(state.n)])].sort((a, b) => a - b);
  const curves = DATASETS.map((d) => harmfulCurve(model, d, sizes));
  const rows = sizes.map((n, row) => `<tr${n === Number(state.n) ? ' data-current' : ''}><th scope="row" class="num">${count(n)}</th>${curves.map((curve) => `<td class="num">${percent(curve[row].harmful)}</td>`).join('')}</tr>`).join('');
  return `<table><caption>Harmful answers to unrelated questions, by training set and size (the model's output)</caption>
<thead><tr><th scope="col" class="num">Examples</th>${DATASETS.map((d) => `<th scope="col" class="num">${esc(d.label)}</th>`).join('')}</tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** The part of the figure that changes with its state. */
export function renderOutput(state: State): string {
  const outcome = train(assumptions(state), dataset(state), Number(state.n));
  return `<div class="f3-result" data-harmful-before="${outcome.harmfulBefore}" data-harmful-after="${outcome.harmfulAfter}">
<p class="fig-headline"><span>Harmful answers to unrelated questions</span> <strong data-cell="harmful-before">${percent(outcome.harmfulBefore)}</strong> → <strong data-cell="harmful-after">${percent(outcome.harmfulAfter)}</strong></p>
${personaTable(state)}
<div class="fig-chart">${curveChart(state)}</div>
<details class="figure-data"><summary>Data table for the curves</summary>${dataTable(state)}</details>
</div>`;
}

/** One sentence for the live region: what the figure now shows. */
export function summarize(state: State): string {
  const model = assumptions(state);
  const current = dataset(state);
  const outcome = train(model, current, Number(state.n));
  const ranked = model.personas
    .map((persona, i) => ({ label: persona.label, before: outcome.prior[i], after: outcome.posterior[i] }))
    .sort((a, b) => b.after - a.after);
  const [first, second] = ranked;
  return `Trained on ${count(Number(state.n))} examples of ${current.label.toLowerCase()}: harmful answers to unrelated questions go from ${percent(outcome.harmfulBefore)} to ${percent(outcome.harmfulAfter)}. Most weight: ${first.label} (${percent(first.after)}), then ${second.label} (${percent(second.after)}).`;
}

/** The controls, rendered once; the figure element keeps them in step with the state. */
export function renderControls(state: State): string {
  const model = assumptions(state);
  return `${radioGroup('data', 'Train the Assistant on', DATASETS.map((d) => ({ value: d.id, label: d.label })), state.data)}
${slider('n', 'f3-size', 'How many training examples', SIZE, Number(state.n))}
${assumptionsPanel(
    state,
    [{
      caption: 'Prior weight of each hypothesis, and its chance of the bad response in each context',
      rowHeader: 'The Assistant is…',
      columns: ['Prior', ...CONTEXTS.map((c) => `P(${c.bad} | ${c.id})`)],
      rows: model.personas.map((persona, i) => ({ label: persona.label, cells: [PRIORS[i], ...BAD_RATES[i]] })),
    }],
    [BETA],
    'None of these numbers is measured. They are chosen to show the mechanism; change them and the figure recomputes. Priors are normalised to sum to 1.',
  )}`;
}
