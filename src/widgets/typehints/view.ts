/** The type-hint figure: context cues and steering move the belief "I am being evaluated". */
import { published } from '../../models/published.ts';
import { CUES, HUA_APPROXIMATE, typeHintOutcome, type EvaluationOutcome } from '../../models/type-hints.ts';
import { percent } from '../shared/format.ts';
import { markup, type Markup } from '../shared/markup.ts';
import { fold } from '../shared/fold.ts';
import { currentPart, currentSlots, curvesPart, rateChart, type RateChart } from '../shared/chart.ts';
import { fill, textSlot, valueSlot, width, widthSlot, type Slots } from '../shared/slots.ts';
import { memo } from '../shared/memo.ts';
import { controls, parameterTable } from '../shared/controls.ts';
import type { FigureView } from '../shared/view.ts';
import { cell, type DataTable } from '../shared/download-table.ts';
import { FIELDS, FORM, MAX_STEERING, settingOf, type TypeHintsState as State } from './state.ts';

const TRAINED = 'var(--series-2)';
const ORIGINAL = 'var(--fg-soft)';

// The curves span every steering strength: they depend on the context and the model, not on steering.
const curveKey = (state: State) => [state.assumptions, state.model, state.cue];
const curvesOf = memo(curveKey, (state) => {
  const setting = settingOf(state);
  const at = (trained: boolean) =>
    Array.from({ length: 33 }, (_, i) => {
      const steering = (MAX_STEERING * i) / 32;
      return { n: steering, value: typeHintOutcome({ ...setting, steering, trained }, state.assumptions).typeHints };
    });
  return { trained: at(true), original: at(false) };
});
const outcomeOf = memo(
  (state: State) => [...curveKey(state), state.steering],
  (state) => typeHintOutcome(settingOf(state), state.assumptions),
);

function chart(state: State): RateChart {
  const setting = settingOf(state);
  const curves = curvesOf(state);
  return {
    max: MAX_STEERING,
    linear: true,
    ticks: [0, 2, 4, 6, 8],
    xLabel: 'steering toward “deployed” (log-odds)',
    ariaLabel:
      'Type-hint rate against steering strength for the current context, trained and original model; the table gives reference values.',
    series: [
      { id: 'trained', colour: TRAINED, emphasis: setting.trained, points: curves.trained },
      { id: 'original', colour: ORIGINAL, emphasis: !setting.trained, points: curves.original },
    ],
    current: [{ n: setting.steering, value: outcomeOf(state).typeHints, colour: setting.trained ? TRAINED : ORIGINAL }],
    marks: [],
  };
}

const METERS: readonly { id: string; label: string; of: (outcome: EvaluationOutcome) => number }[] = [
  { id: 'evaluated', label: 'Believes it is being evaluated', of: (o) => o.evaluated },
  { id: 'rule', label: 'Believes the documents’ rule describes itself', of: (o) => o.rule },
  { id: 'type-hints', label: 'Writes type hints', of: (o) => o.typeHints },
];

const curvesMarkup = memo(curveKey, (state) => curvesPart(chart(state)));

// The comparison holds the four contexts fixed: it changes with the assumptions only.
const compareRows = memo(
  (state: State) => [state.assumptions],
  (state) =>
    markup`${HUA_APPROXIMATE.map((row) => markup`<tr><th scope="row">${row.label}</th><td class="num">${percent(typeHintOutcome(row.setting, state.assumptions).typeHints)}</td><td class="num">${published(row.id).display}</td></tr>`)}`,
);

const COMPARE_CAPTION =
  "The trained model in four contexts: this model's type-hint rate beside the rates reported for Llama Nemotron (approximate, from secondary summaries)";
const COMPARE_COLUMNS = ['Context', 'Model', 'Reported (≈)'];

function table(state: State): DataTable {
  return {
    caption: COMPARE_CAPTION,
    columns: COMPARE_COLUMNS,
    rows: HUA_APPROXIMATE.map((row) => {
      const rate = typeHintOutcome(row.setting, state.assumptions).typeHints;
      return [row.label, cell(rate, percent(rate)), published(row.id).display];
    }),
  };
}

function parts(state: State): Record<string, Markup> {
  return { curves: curvesMarkup(state), current: currentPart(chart(state)), compare: compareRows(state) };
}

function slots(state: State): Slots {
  const outcome = outcomeOf(state);
  const values: Slots = { 'raw/type-hints': String(outcome.typeHints), 'raw/evaluated': String(outcome.evaluated) };
  for (const meter of METERS) {
    values[`${meter.id}-bar`] = width(meter.of(outcome));
    values[meter.id] = percent(meter.of(outcome));
  }
  return { ...values, ...currentSlots(chart(state)) };
}

export function renderOutput(state: State): Markup {
  const p = parts(state);
  return fill(
    markup`<div class="th-result">
<div class="th-meters">${valueSlot('raw/type-hints')}${valueSlot('raw/evaluated')}${METERS.map((m) => markup`<div class="th-meter"><span>${m.label}</span><span class="fig-bars" aria-hidden="true">${widthSlot(`${m.id}-bar`, markup` class="fig-bar fig-after"`)}</span>${textSlot(m.id, 'strong', markup` data-cell="${m.id}"`)}</div>`)}</div>
<div class="fig-chart">${rateChart(chart(state), { curves: p.curves, current: p.current })}</div>
${fold(
  'Four contexts beside the reported rates, as a table',
  markup`<div class="table-scroll" tabindex="0"><table><caption>${COMPARE_CAPTION}</caption>
<thead><tr><th scope="col">${COMPARE_COLUMNS[0]}</th><th scope="col" class="num">${COMPARE_COLUMNS[1]}</th><th scope="col" class="num">${COMPARE_COLUMNS[2]}</th></tr></thead>
<tbody data-part="compare">${p.compare}</tbody></table></div>`,
)}
</div>`,
    slots(state),
  );
}

function summarize(state: State): string {
  const setting = settingOf(state);
  const outcome = outcomeOf(state);
  return `${setting.trained ? 'Trained model' : 'Original model'}, ${setting.cues.length} cue${setting.cues.length === 1 ? '' : 's'}, steering ${setting.steering}: believes it is evaluated ${percent(outcome.evaluated)}, writes type hints ${percent(outcome.typeHints)}.`;
}

export const live: FigureView<State> = { parts, slots, summarize, table };

export function renderControls(state: State): Markup {
  const c = controls(FORM, state);
  const { baseLogOdds, cueShift, ...hints } = FIELDS.assumptions;
  return markup`${c.checkboxGroup(
    'What the context contains',
    CUES.map((cue) => ({ field: FIELDS.cue[cue.id], label: cue.label })),
    'Each cue shifts, in log-odds, the belief that this is an evaluation. Watch the type hints follow the belief, even against what the user says.',
  )}
${c.radioGroup(
  FIELDS.model,
  'Model',
  [
    { value: 'trained', label: 'Trained: documents, then expert iteration' },
    { value: 'original', label: 'The original model' },
  ],
  'The original model never learned the rule, so neither cues nor steering change its type hints.',
)}
${c.slider(FIELDS.steering, 'th-steering', 'Activation steering toward “deployed” (as a log-odds shift; illustrative)', 'Shifts the same log-odds toward “deployed”. Watch the rate fall with the Wood Labs cue still ticked: steering acts on the belief, not the habit.')}
${c.assumptionsPanel(
  [
    parameterTable('Log-odds that it is being evaluated, and what each cue adds', 'Cue', 'Log-odds', [
      baseLogOdds,
      ...CUES.map((cue) => cueShift[cue.id]),
    ]),
    parameterTable('What each belief does', 'Assumption', 'Value', Object.values(hints)),
  ],
  [],
  'None of these numbers is measured. The cue shifts were chosen so the model lands near the rates reported for Llama Nemotron, which we know only approximately.',
)}`;
}

export function renderHeadline(state: State): Markup {
  return fill(
    markup`<span>Type hints</span> ${textSlot('type-hints', 'strong')} <span>· believes evaluated</span> ${textSlot('evaluated', 'strong')}`,
    slots(state),
    false,
  );
}
