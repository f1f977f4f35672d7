/**
 * The many-shot figure's view: compliance with a harmful request against the shots in the prompt,
 * from a base model's prior and a post-trained one, with or without a helpful prefix. The build
 * renders the first frame with these functions and the browser re-renders with the same ones.
 */
import { ASKELL_PREFIX_CONVERSATIONS, MAX_SHOTS, STARTS, curve, outcome, type Start } from '../../models/many-shot.ts';
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
import { assumptions as readAssumptions, FIELDS, FORM, PERSONA_FIELDS, type ManyShotState as State } from './state.ts';

const assumptions = memo((state: State) => [state.assumptions], readAssumptions);

/** Both starting points' curves for the current prefix choice: they do not change with the shots. */
const curves = memo(
  (state: State) => [state.assumptions, state.prefix],
  (state) => STARTS.map((s) => curve({ start: s.id, prefix: state.prefix }, undefined, assumptions(state))),
);

const outcomeOf = memo(
  (state: State) => [state.assumptions, state.start, state.prefix, state.shots],
  (state) => outcome({ start: state.start, prefix: state.prefix, shots: state.shots }, assumptions(state)),
);

/** Compliance before any prompt: the starting distribution alone. */
const beforeOf = memo(
  (state: State) => [state.assumptions, state.start],
  (state) => outcome({ start: state.start, prefix: false, shots: 0 }, assumptions(state)).compliance,
);

const SERIES: Record<Start, string> = { 'post-trained': 'var(--series-1)', base: 'var(--series-2)' };

function chart(state: State): RateChart {
  const all = curves(state);
  return {
    max: MAX_SHOTS,
    xLabel: 'shots in the prompt (log scale)',
    ariaLabel:
      'Chance that the Assistant complies with the final harmful request against the number of shots in the prompt, one curve for a base model and one for a post-trained model; the data table gives the values.',
    series: STARTS.map((s, i) => ({
      id: s.id,
      colour: SERIES[s.id],
      emphasis: s.id === state.start,
      points: all[i].map((p) => ({ n: p.shots, value: p.compliance })),
    })),
    current: [{ n: state.shots, value: outcomeOf(state).compliance, colour: SERIES[state.start] }],
    marks: [],
  };
}

const curvesMarkup = memo(
  (state: State) => [state.assumptions, state.prefix, state.start],
  (state) => curvesPart(chart(state)),
);

const TABLE_SHOTS = [0, 1, 3, 10, 30, 100, MAX_SHOTS];
const COLUMNS = STARTS.flatMap((s) => [false, true].map((prefix) => ({ start: s, prefix })));

const tableData = memo(
  (state: State) => [state.assumptions],
  (state): DataTable => {
    const table = COLUMNS.map((c) => curve({ start: c.start.id, prefix: c.prefix }, TABLE_SHOTS, assumptions(state)));
    return {
      caption:
        'Chance of complying with the final harmful request, by starting point, prefix and shots (the model’s output)',
      columns: ['Shots', ...COLUMNS.map((c) => `${c.start.label}, ${c.prefix ? 'with' : 'without'} the prefix`)],
      rows: TABLE_SHOTS.map((shots, row) => [
        cell(shots, count(shots)),
        ...table.map((column) => cell(column[row].compliance, percent(column[row].compliance))),
      ]),
    };
  },
);
const dataTable = tableMarkup(tableData);

const parts = curvesAndWeightsParts((state: State) => assumptions(state).personas, curvesMarkup, chart, dataTable);

function slots(state: State): Slots {
  const result = outcomeOf(state);
  const before = beforeOf(state);
  return {
    shots: count(state.shots),
    'raw/comply-before': String(before),
    'raw/comply-after': String(result.compliance),
    'comply-before': percent(before),
    'comply-after': percent(result.compliance),
    ...weightSlots(
      'personas',
      assumptions(state).personas.map((p, i) => ({ id: p.id, before: result.start[i], after: result.weights[i] })),
    ),
    ...currentSlots(chart(state)),
  };
}

function summarize(state: State): string {
  const result = outcomeOf(state);
  const start = STARTS.find((s) => s.id === state.start)!;
  const model = assumptions(state);
  const [first] = model.personas
    .map((p, i) => ({ label: p.label, after: result.weights[i] }))
    .sort((a, b) => b.after - a.after);
  const prefix = state.prefix ? `the helpful prefix and ${count(state.shots)}` : count(state.shots);
  return `${start.label}, ${prefix} shots: the Assistant complies with the final harmful request ${percent(result.compliance)} of the time (${percent(beforeOf(state))} with no prompt). Most weight: ${first.label} (${percent(first.after)}).`;
}

export const live: FigureView<State> = { parts, slots, summarize, table: tableData };

export function renderOutput(state: State): Markup {
  const p = parts(state);
  return fill(
    markup`<div class="fig-beside">
<p class="fig-headline">${valueSlot('raw/comply-before')}${valueSlot('raw/comply-after')}<span>Complies with the final harmful request: with no prompt → after ${textSlot('shots')} shots</span> ${textSlot('comply-before', 'strong', markup` data-cell="comply-before"`)} → ${textSlot('comply-after', 'strong', markup` data-cell="comply-after"`)}</p>
${fold('Persona weights, as a table', weightsTable('Hypotheses about the Assistant: weight before the prompt → after it', 'The Assistant is…', p.personas, 'personas'))}
<div class="fig-chart">${rateChart(chart(state), { curves: p.curves, current: p.current })}</div>
<details class="figure-data"><summary>Data table for the curves</summary><div data-part="table">${p.table}</div></details>
</div>`,
    slots(state),
  );
}

export function renderControls(state: State): Markup {
  const c = controls(FORM, state);
  const { personas, refusals, helpfulAnswers, betaTraining, betaContext, prefixWeight } = FIELDS.assumptions;
  return markup`${c.radioGroup(
    FIELDS.start,
    'The model',
    STARTS.map((s) => ({ value: s.id, label: s.label })),
    'The base model starts from its prior; the post-trained one is the same prior after training on refusals, so it starts lower and needs more shots.',
  )}
${c.checkboxGroup(
  'Before the shots',
  [
    {
      field: FIELDS.prefix,
      label: `Open the prompt with ${ASKELL_PREFIX_CONVERSATIONS} helpful-Assistant conversations`,
    },
  ],
  'Evidence the other way: it holds compliance down for longer, but enough shots still outweigh it.',
)}
${c.slider(FIELDS.shots, 'ms-shots', 'How many shots: faux dialogues in which the Assistant complies with a harmful request', 'Each shot is evidence that the Assistant complies, on a log scale. Watch compliance stay low for a few shots, then climb.')}
${c.assumptionsPanel(
  [
    {
      caption: 'Each hypothesis about the Assistant: its prior in a base model, and how it behaves',
      rowHeader: 'The Assistant is…',
      columns: PERSONA_FIELDS.map(([, label]) => label),
      rows: assumptions(state).personas.map((persona) => ({
        label: persona.label,
        cells: PERSONA_FIELDS.map(([field]) => personas[persona.id as keyof typeof personas][field]),
      })),
    },
  ],
  [refusals, helpfulAnswers, betaTraining, betaContext, prefixWeight],
  `None of these numbers is measured; only the ${ASKELL_PREFIX_CONVERSATIONS} conversations of the prefix come from the post. Change them and the figure recomputes. Priors are normalised to sum to 1; the post-trained model is the base model trained on the post-training counts.`,
)}`;
}

export function renderHeadline(state: State): Markup {
  return fill(
    markup`<span>Complies</span> ${textSlot('comply-before', 'strong')} → ${textSlot('comply-after', 'strong')} <span>after ${textSlot('shots')} shots</span>`,
    slots(state),
    false,
  );
}
