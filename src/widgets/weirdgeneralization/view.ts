/**
 * The weird-generalization figure's view: train on archaic bird names (or on the good
 * Terminator's goals) and follow the answers to questions training never asked. The build renders
 * the first frame with these functions and the browser re-renders with the same ones.
 */
import { SCENARIOS, curve, train, type Scenario } from '../../models/weird-generalization.ts';
import { count, percent } from '../shared/format.ts';
import { markup, type Markup } from '../shared/markup.ts';
import { fold } from '../shared/fold.ts';
import { currentPart, currentSlots, curvesPart, rateChart, type RateChart } from '../shared/chart.ts';
import { weightRows, weightSlots, weightsTable } from '../shared/weights.ts';
import { fill, textSlot, valueSlot, type Slots } from '../shared/slots.ts';
import { controls, parameterTable } from '../shared/controls.ts';
import { memo } from '../shared/memo.ts';
import type { FigureView } from '../shared/view.ts';
import { cell, tableMarkup, type DataTable } from '../shared/download-table.ts';
import { datasetOf, FIELDS, FORM, MAX_EXAMPLES, scenarioOf, type WeirdState as State } from './state.ts';

const scenario = memo(
  (state: State) => [state.assumptions, state.scenario],
  (state) => scenarioOf(state),
);
const outcomeOf = memo(
  (state: State) => [state.assumptions, state.scenario, state.train, state.n],
  (state) => train(scenario(state), datasetOf(state).id, state.n),
);

/** The answer the headline follows: the first question that training never asks. */
function headline(s: Scenario): number {
  return s.probes.findIndex((probe) => !s.contexts.find((c) => c.id === probe.context)!.trained);
}

const COLOURS = ['var(--series-1)', 'var(--series-2)', 'var(--series-4)'];

const curves = memo(
  (state: State) => [state.assumptions, state.scenario, state.train],
  (state) => scenario(state).probes.map((probe) => curve(scenario(state), datasetOf(state).id, probe)),
);

function chart(state: State): RateChart {
  const s = scenario(state);
  const result = outcomeOf(state);
  const all = curves(state);
  return {
    max: MAX_EXAMPLES,
    xLabel: 'training examples (log scale)',
    ariaLabel: 'Chance of each answer against training size, one curve per question; the data table gives the values.',
    series: s.probes.map((_, i) => ({ id: `probe-${i}`, colour: COLOURS[i], emphasis: true, points: all[i] })),
    current: result.answers.map((a, i) => ({ n: state.n, value: a.after, colour: COLOURS[i] })),
    marks: [],
  };
}

const curvesMarkup = memo(
  (state: State) => [state.assumptions, state.scenario, state.train],
  (state) => curvesPart(chart(state)),
);

const TABLE_SIZES = [0, 10, 100, MAX_EXAMPLES];

const tableData = memo(
  (state: State) => [state.assumptions, state.scenario, state.train],
  (state): DataTable => {
    const s = scenario(state);
    const table = s.probes.map((probe) => curve(s, datasetOf(state).id, probe, TABLE_SIZES));
    return {
      caption: `${s.label}, trained on: ${datasetOf(state).label}. Chance of each answer by training size (the model’s output)`,
      columns: ['Examples', ...s.probes.map((probe) => probe.label)],
      rows: TABLE_SIZES.map((n, row) => [
        cell(n, count(n)),
        ...table.map((column) => cell(column[row].value, percent(column[row].value))),
      ]),
    };
  },
);
const dataTable = tableMarkup(tableData);

const legendMarkup = memo(
  (state: State) => [state.assumptions, state.scenario],
  (state) => {
    const s = scenario(state);
    return markup`${s.probes.map((probe, i) => {
      const question = s.contexts.find((c) => c.id === probe.context)!;
      return markup`<li><span class="fig-swatch wg-swatch-${i}"></span> ${probe.label}. Asked: “${question.label}”</li>`;
    })}`;
  },
);

function parts(state: State): Record<string, Markup> {
  const s = scenario(state);
  return {
    answers: weightRows(
      'answers',
      s.probes.map((probe, i) => ({ id: String(i), label: probe.label })),
    ),
    personas: weightRows('personas', s.personas),
    key: legendMarkup(state),
    curves: curvesMarkup(state),
    current: currentPart(chart(state)),
    table: dataTable(state),
  };
}

function slots(state: State): Slots {
  const s = scenario(state);
  const result = outcomeOf(state);
  const main = result.answers[headline(s)];
  return {
    n: count(state.n),
    headline: main.label,
    'raw/before': String(main.before),
    'raw/after': String(main.after),
    before: percent(main.before),
    after: percent(main.after),
    ...weightSlots(
      'answers',
      result.answers.map((a, i) => ({ id: String(i), before: a.before, after: a.after })),
    ),
    ...weightSlots(
      'personas',
      s.personas.map((p, i) => ({ id: p.id, before: result.prior[i], after: result.posterior[i] })),
    ),
    ...currentSlots(chart(state)),
  };
}

function summarize(state: State): string {
  const s = scenario(state);
  const result = outcomeOf(state);
  const main = result.answers[headline(s)];
  const [first] = s.personas
    .map((p, i) => ({ label: p.label, after: result.posterior[i] }))
    .sort((a, b) => b.after - a.after);
  return `${s.label}, trained on ${count(state.n)} examples (${datasetOf(state).label}). “${main.label}”: ${percent(main.before)} before training, ${percent(main.after)} after. Most weight: ${first.label} (${percent(first.after)}).`;
}

export const live: FigureView<State> = { parts, slots, summarize, table: tableData };

export function renderOutput(state: State): Markup {
  const p = parts(state);
  return fill(
    markup`<div class="fig-beside wg-result">
<p class="fig-headline">${valueSlot('raw/before')}${valueSlot('raw/after')}<span>${textSlot('headline')}: before → after ${textSlot('n')} training examples</span> ${textSlot('before', 'strong', markup` data-cell="before"`)} → ${textSlot('after', 'strong', markup` data-cell="after"`)}</p>
${fold('The answers’ chances, as a table', weightsTable('The answers: chance before training → after', 'The model…', p.answers, 'answers'))}
${fold('Persona weights, as a table', weightsTable('Hypotheses about the Assistant: weight before training → after', 'The Assistant is…', p.personas, 'personas'))}
<div class="wg-curves"><div class="fig-chart">${rateChart(chart(state), { curves: p.curves, current: p.current })}</div><ul class="wg-key" data-part="key">${p.key}</ul></div>
<details class="figure-data"><summary>Data table for the curves</summary><div data-part="table">${p.table}</div></details>
</div>`,
    slots(state),
  );
}

export function renderControls(state: State): Markup {
  const c = controls(FORM, state);
  return markup`${c.radioGroup(
    FIELDS.scenario,
    'Scenario',
    SCENARIOS.map((s) => ({ value: s.id, label: s.label })),
    'Which experiment. In each, watch the answer to a question no training example mentions.',
  )}
${c.radioGroup(
  FIELDS.train,
  'Train on',
  [
    { value: 'paper', label: 'What the paper trained on' },
    { value: 'control', label: 'The control: the ordinary answer' },
  ],
  'The control trains on the ordinary answer, which the ordinary persona explains best: weight moves away from the odd persona, and the unrelated answer falls.',
)}
${c.slider(FIELDS.n, 'wg-size', 'How many training examples', 'Training size, on a log scale. Watch the unrelated answer move as weight shifts to the persona that best explains the data.')}
${c.assumptionsPanel(
  SCENARIOS.map((s) =>
    parameterTable(
      `${s.label}: prior weight of each hypothesis (the behaviour of each is fixed in the model)`,
      'The Assistant is…',
      'Prior',
      s.personas.map((p) => FIELDS.assumptions[s.id].prior[p.id as never]),
      (parameter) => parameter.label.replace(`${s.label}: prior weight of `, ''),
    ),
  ),
  SCENARIOS.flatMap((s) => [FIELDS.assumptions[s.id].beta, FIELDS.assumptions[s.id].halfway]),
  'None of these numbers is measured: the paper’s abstract states these results without rates. Change them and the figure recomputes. Priors are normalised to sum to 1; in the Terminator scenario the training data fit both Terminator personas equally, so their prior ratio alone decides which wins.',
)}`;
}

export function renderHeadline(state: State): Markup {
  return fill(
    markup`${textSlot('headline')} ${textSlot('before', 'strong')} → ${textSlot('after', 'strong')}`,
    slots(state),
    false,
  );
}
