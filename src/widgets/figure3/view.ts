/**
 * Figure 3's view: state in, markup out. The build renders the first frame with these functions
 * and the browser re-renders with the same ones, so what a reader sees without JavaScript is the
 * figure's own default frame, not a picture of it.
 */
import {
  CONTEXTS, DATASETS, MAX_EXAMPLES, REFERENCE_MARKS, harmfulCurve, train,
} from '../../models/emergent-misalignment.ts';
import { count, esc, percent } from '../shared/format.ts';
import { rateChart, weightsTable } from '../shared/chart.ts';
import { assumptionsPanel, radioGroup, slider, type State } from '../shared/controls.ts';
import { assumptions, BAD_RATES, BETA, dataset, PRIORS, SIZE } from './state.ts';



const SERIES: Record<string, string> = {
  'incorrect-medical': 'var(--series-2)',
  'correct-medical': 'var(--series-1)',
  'insecure-code': 'var(--series-4)',
};

function curveChart(state: State): string {
  const current = dataset(state);
  const model = assumptions(state);
  const outcome = train(model, current, Number(state.n));
  return rateChart({
    max: MAX_EXAMPLES,
    xLabel: 'training examples (log scale)',
    ariaLabel: `Harmful answers to unrelated questions against training size. At ${count(Number(state.n))} examples: ${percent(outcome.harmfulAfter)}.`,
    series: DATASETS.map((d) => ({
      id: d.id,
      colour: SERIES[d.id],
      emphasis: d.id === current.id,
      points: harmfulCurve(model, d).map((p) => ({ n: p.n, value: p.harmful })),
    })),
    current: [{ n: Number(state.n), value: outcome.harmfulAfter, colour: SERIES[current.id] }],
    marks: REFERENCE_MARKS.map((m) => ({ n: m.n, value: m.value, label: m.label })),
  });
}

function personaTable(state: State): string {
  const model = assumptions(state);
  const outcome = train(model, dataset(state), Number(state.n));
  return weightsTable(
    'Hypotheses about the Assistant: weight before → after training',
    'The Assistant is…',
    model.personas.map((p, i) => ({ id: p.id, label: p.label, before: outcome.prior[i], after: outcome.posterior[i] })),
  );
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
