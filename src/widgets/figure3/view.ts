/**
 * Figure 3's view: state in, markup out. The build renders the first frame with these functions
 * and the browser re-renders with the same ones, so what a reader sees without JavaScript is the
 * figure's own default frame, not a picture of it.
 */
import {
  CONTEXTS,
  DATASETS,
  MAX_EXAMPLES,
  REFERENCE_MARKS,
  type DatasetId,
  harmfulCurve,
  train,
} from '../../models/emergent-misalignment.ts';
import { markValue, published } from '../../models/published.ts';
import { count, percent } from '../shared/format.ts';
import { markup, type Markup } from '../shared/markup.ts';
import { fold } from '../shared/fold.ts';
import { currentSlots, curvesPart, rateChart, type RateChart } from '../shared/chart.ts';
import { curvesAndWeightsParts } from '../shared/curves-and-weights.ts';
import { weightSlots, weightsTable } from '../shared/weights.ts';
import { fill, textSlot, valueSlot, type Slots } from '../shared/slots.ts';
import { controls } from '../shared/controls.ts';
import { memo } from '../shared/memo.ts';
import type { FigureView } from '../shared/view.ts';
import { cell, tableMarkup, type DataTable } from '../shared/download-table.ts';
import { assumptions as readAssumptions, dataset, FIELDS, FORM, type Figure3State as State } from './state.ts';

const assumptions = memo((state: State) => [state.assumptions], readAssumptions);
const curves = memo(
  (state: State) => [state.assumptions],
  (state) => DATASETS.map((d) => harmfulCurve(assumptions(state), d)),
);
const outcomeOf = memo(
  (state: State) => [state.assumptions, state.data, state.n],
  (state) => train(assumptions(state), dataset(state), state.n),
);

const SERIES: Record<DatasetId, string> = {
  'incorrect-medical': 'var(--series-2)',
  'correct-medical': 'var(--series-1)',
  'insecure-code': 'var(--series-4)',
};

function chart(state: State): RateChart {
  const current = dataset(state);
  const outcome = outcomeOf(state);
  const all = curves(state);
  return {
    max: MAX_EXAMPLES,
    xLabel: 'training examples (log scale)',
    ariaLabel:
      'Harmful answers to unrelated questions against training size, one curve per training set; the data table gives the values.',
    series: DATASETS.map((d, i) => ({
      id: d.id,
      colour: SERIES[d.id],
      emphasis: d.id === current.id,
      points: all[i].map((p) => ({ n: p.n, value: p.harmful })),
    })),
    current: [{ n: state.n, value: outcome.harmfulAfter, colour: SERIES[state.data] }],
    marks: REFERENCE_MARKS.map((m) => ({ n: m.n, value: markValue(published(m.id)), label: m.label })),
  };
}

const curvesMarkup = memo(
  (state: State) => [state.assumptions, state.data],
  (state) => curvesPart(chart(state)),
);

const TABLE_SIZES = [0, 10, 100, 1000, MAX_EXAMPLES];

const tableData = memo(
  (state: State) => [state.assumptions],
  (state): DataTable => {
    const table = DATASETS.map((d) => harmfulCurve(assumptions(state), d, TABLE_SIZES));
    return {
      caption: "Harmful answers to unrelated questions, by training set and size (the model's output)",
      columns: ['Examples', ...DATASETS.map((d) => d.label)],
      rows: TABLE_SIZES.map((n, row) => [
        cell(n, count(n)),
        ...table.map((curve) => cell(curve[row].harmful, percent(curve[row].harmful))),
      ]),
    };
  },
);
const dataTable = tableMarkup(tableData);

const parts = curvesAndWeightsParts((state: State) => assumptions(state).personas, curvesMarkup, chart, dataTable);

function slots(state: State): Slots {
  const outcome = outcomeOf(state);
  return {
    'raw/harmful-before': String(outcome.harmfulBefore),
    'raw/harmful-after': String(outcome.harmfulAfter),
    'harmful-before': percent(outcome.harmfulBefore),
    'harmful-after': percent(outcome.harmfulAfter),
    ...weightSlots(
      'personas',
      assumptions(state).personas.map((p, i) => ({ id: p.id, before: outcome.prior[i], after: outcome.posterior[i] })),
    ),
    ...currentSlots(chart(state)),
  };
}

function summarize(state: State): string {
  const model = assumptions(state);
  const current = dataset(state);
  const outcome = outcomeOf(state);
  const ranked = model.personas
    .map((persona, i) => ({ label: persona.label, before: outcome.prior[i], after: outcome.posterior[i] }))
    .sort((a, b) => b.after - a.after);
  const [first, second] = ranked;
  return `Trained on ${count(state.n)} examples of ${current.label.toLowerCase()}: harmful answers to unrelated questions go from ${percent(outcome.harmfulBefore)} to ${percent(outcome.harmfulAfter)}. Most weight: ${first.label} (${percent(first.after)}), then ${second.label} (${percent(second.after)}).`;
}

export const live: FigureView<State> = { parts, slots, summarize, table: tableData };

export function renderOutput(state: State): Markup {
  const p = parts(state);
  return fill(
    markup`<div class="fig-beside">
<p class="fig-headline">${valueSlot('raw/harmful-before')}${valueSlot('raw/harmful-after')}<span>Harmful answers to unrelated questions</span> ${textSlot('harmful-before', 'strong', markup` data-cell="harmful-before"`)} → ${textSlot('harmful-after', 'strong', markup` data-cell="harmful-after"`)}</p>
${fold('Persona weights, as a table', weightsTable('Hypotheses about the Assistant: weight before → after training', 'The Assistant is…', p.personas, 'personas'))}
<div class="fig-chart">${rateChart(chart(state), { curves: p.curves, current: p.current })}</div>
<details class="figure-data"><summary>Data table for the curves</summary><div data-part="table">${p.table}</div></details>
</div>`,
    slots(state),
  );
}

export function renderControls(state: State): Markup {
  const c = controls(FORM, state);
  const { prior, bad, beta } = FIELDS.assumptions;
  return markup`${c.radioGroup(
    FIELDS.data,
    'Train the Assistant on',
    DATASETS.map((d) => ({ value: d.id, label: d.label })),
    'The answers the Assistant is fine-tuned on. Wrong answers and insecure code move weight to the malicious and sarcastic hypotheses; correct answers move it to the helpful one.',
  )}
${c.slider(FIELDS.n, 'f3-size', 'How many training examples', 'Training size, on a log scale. Watch the headline and the weights: a few examples barely move a confident prior, then the weights shift quickly.')}
${c.assumptionsPanel(
  [
    {
      caption: 'Prior weight of each hypothesis, and its chance of the bad response in each context',
      rowHeader: 'The Assistant is…',
      columns: ['Prior', ...CONTEXTS.map((context) => `P(${context.bad} | ${context.id})`)],
      rows: assumptions(state).personas.map((persona) => ({
        label: persona.label,
        cells: [prior[persona.id], ...CONTEXTS.map((context) => bad[persona.id][context.id])],
      })),
    },
  ],
  [beta],
  'None of these numbers is measured. They are chosen to show the mechanism; change them and the figure recomputes. Priors are normalised to sum to 1.',
)}`;
}

export function renderHeadline(state: State): Markup {
  return fill(
    markup`<span>Harmful elsewhere</span> ${textSlot('harmful-before', 'strong')} → ${textSlot('harmful-after', 'strong')}`,
    slots(state),
    false,
  );
}
