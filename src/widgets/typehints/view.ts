/** The type-hint figure: context cues and steering move the belief "I am being evaluated". */
import { published } from '../../models/published.ts';
import { HUA_APPROXIMATE, typeHintOutcome, type EvaluationOutcome } from '../../models/type-hints.ts';
import { esc, percent } from '../shared/format.ts';
import { currentPart, currentSlots, curvesPart, rateChart, type RateChart } from '../shared/chart.ts';
import { fill, textSlot, valueSlot, width, widthSlot, type Slots } from '../shared/slots.ts';
import { memo, keyOf } from '../shared/memo.ts';
import { assumptionsPanel, checkboxGroup, radioGroup, slider, type State } from '../shared/controls.ts';
import { ASSUMPTION_KEYS, assumptionsOf, BELIEF, CUE_OPTIONS, HINTS, MAX_STEERING, settingOf, STEERING } from './state.ts';

const TRAINED = 'var(--series-2)';
const ORIGINAL = 'var(--fg-soft)';

// The curves span every steering strength: they depend on the context and the model, not on steering.
const assumptionKey = keyOf(ASSUMPTION_KEYS);
const curveKey = keyOf([...ASSUMPTION_KEYS, 'model', ...CUE_OPTIONS.map((c) => c.name)]);
const curvesOf = memo(curveKey, (state: State) => {
  const setting = settingOf(state);
  const a = assumptionsOf(state);
  const at = (trained: boolean) => Array.from({ length: 33 }, (_, i) => {
    const steering = (MAX_STEERING * i) / 32;
    return { n: steering, value: typeHintOutcome({ ...setting, steering, trained }, a).typeHints };
  });
  return { trained: at(true), original: at(false) };
});
const outcomeOf = memo((state: State) => `${curveKey(state)}${state.steering}`, (state: State) => typeHintOutcome(settingOf(state), assumptionsOf(state)));

function chart(state: State): RateChart {
  const setting = settingOf(state);
  const curves = curvesOf(state);
  return {
    max: MAX_STEERING,
    linear: true,
    ticks: [0, 2, 4, 6, 8],
    xLabel: 'steering toward “deployed” (log-odds)',
    ariaLabel: 'Type-hint rate against steering strength for the current context, trained and original model; the table gives reference values.',
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

const curvesMarkup = memo(curveKey, (state: State) => curvesPart(chart(state)));

// The comparison holds the four contexts fixed: it changes with the assumptions only.
const compareRows = memo(assumptionKey, (state: State) => {
  const a = assumptionsOf(state);
  return HUA_APPROXIMATE.map((row) => `<tr><th scope="row">${esc(row.label)}</th><td class="num">${percent(typeHintOutcome(row.setting, a).typeHints)}</td><td class="num">${esc(published(row.id).display)}</td></tr>`).join('');
});

/** The pieces of the output whose markup changes with the state; see FigureSpec.parts. */
export function parts(state: State): Record<string, string> {
  return { curves: curvesMarkup(state), current: currentPart(chart(state)), compare: compareRows(state) };
}

/** The numbers in those pieces; see FigureSpec.slots. */
export function slots(state: State): Slots {
  const outcome = outcomeOf(state);
  const values: Slots = { 'raw/type-hints': String(outcome.typeHints), 'raw/evaluated': String(outcome.evaluated) };
  for (const meter of METERS) {
    values[`${meter.id}-bar`] = width(meter.of(outcome));
    values[meter.id] = percent(meter.of(outcome));
  }
  return { ...values, ...currentSlots(chart(state)) };
}

/** The whole output, as the build renders it. */
export function renderOutput(state: State): string {
  const p = parts(state);
  return fill(`<div class="th-result">
<div class="th-meters">${valueSlot('raw/type-hints')}${valueSlot('raw/evaluated')}${METERS.map((m) => `<div class="th-meter"><span>${esc(m.label)}</span><span class="fig-bars" aria-hidden="true">${widthSlot(`${m.id}-bar`, ' class="fig-bar fig-after"')}</span>${textSlot(m.id, 'strong', ` data-cell="${m.id}"`)}</div>`).join('')}</div>
<div class="fig-chart">${rateChart(chart(state), { curves: p.curves, current: p.current })}</div>
<div class="table-scroll" tabindex="0"><table><caption>The trained model in four contexts: this model's type-hint rate beside the rates reported for Llama Nemotron (approximate, from secondary summaries)</caption>
<thead><tr><th scope="col">Context</th><th scope="col" class="num">Model</th><th scope="col" class="num">Reported (≈)</th></tr></thead>
<tbody data-part="compare">${p.compare}</tbody></table></div>
</div>`, slots(state));
}

export function summarize(state: State): string {
  const setting = settingOf(state);
  const outcome = outcomeOf(state);
  return `${setting.trained ? 'Trained model' : 'Original model'}, ${setting.cues.length} cue${setting.cues.length === 1 ? '' : 's'}, steering ${setting.steering}: believes it is evaluated ${percent(outcome.evaluated)}, writes type hints ${percent(outcome.typeHints)}.`;
}

export function renderControls(state: State): string {
  return `${checkboxGroup('What the context contains', CUE_OPTIONS, state)}
${radioGroup('model', 'Model', [{ value: 'trained', label: 'Trained: documents, then expert iteration' }, { value: 'original', label: 'The original model' }], state.model)}
${slider('steering', 'th-steering', 'Activation steering toward “deployed” (as a log-odds shift; illustrative)', STEERING, Number(state.steering))}
${assumptionsPanel(
    state,
    [
      { caption: 'Log-odds that it is being evaluated, and what each cue adds', rowHeader: 'Cue', columns: ['Log-odds'], rows: BELIEF.map((p) => ({ label: p.label, cells: [p] })) },
      { caption: 'What each belief does', rowHeader: 'Assumption', columns: ['Value'], rows: HINTS.map((p) => ({ label: p.label, cells: [p] })) },
    ],
    [],
    'None of these numbers is measured. The cue shifts were chosen so the model lands near the rates reported for Llama Nemotron, which we know only approximately.',
  )}`;
}
