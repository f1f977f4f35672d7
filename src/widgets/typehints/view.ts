/** The type-hint figure: context cues and steering move the belief "I am being evaluated". */
import { HUA_APPROXIMATE, typeHintOutcome } from '../../models/out-of-context.ts';
import { esc, percent } from '../shared/format.ts';
import { currentPart, curvesPart, rateChart, type RateChart } from '../shared/chart.ts';
import { memo, keyOf } from '../shared/memo.ts';
import { assumptionsPanel, checkboxGroup, radioGroup, slider, type State } from '../shared/controls.ts';
import { ASSUMPTION_KEYS, assumptionsOf, BELIEF, CUE_OPTIONS, HINTS, MAX_STEERING, settingOf, STEERING } from './state.ts';

const TRAINED = 'var(--series-2)';
const ORIGINAL = 'var(--fg-soft)';

function chart(state: State): RateChart {
  const setting = settingOf(state);
  const a = assumptionsOf(state);
  const at = (trained: boolean) => Array.from({ length: 33 }, (_, i) => {
    const steering = (MAX_STEERING * i) / 32;
    return { n: steering, value: typeHintOutcome({ ...setting, steering, trained }, a).typeHints };
  });
  return {
    max: MAX_STEERING,
    linear: true,
    ticks: [0, 2, 4, 6, 8],
    xLabel: 'steering toward “deployed” (log-odds)',
    ariaLabel: 'Type-hint rate against steering strength for the current context, trained and original model; the table gives reference values.',
    series: [
      { id: 'trained', colour: TRAINED, emphasis: setting.trained, points: at(true) },
      { id: 'original', colour: ORIGINAL, emphasis: !setting.trained, points: at(false) },
    ],
    current: [{ n: setting.steering, value: typeHintOutcome(setting, a).typeHints, colour: setting.trained ? TRAINED : ORIGINAL }],
    marks: [],
  };
}

const meter = (label: string, value: number, cell: string) =>
  `<div class="th-meter"><span>${esc(label)}</span><span class="fig-bars" aria-hidden="true"><span class="fig-bar fig-after" style="width:${(value * 100).toFixed(2)}%"></span></span><strong data-cell="${cell}">${percent(value)}</strong></div>`;

// The curves span every steering strength: moving that slider only moves the dot.
const curvesMarkup = memo(keyOf([...ASSUMPTION_KEYS, 'model', ...CUE_OPTIONS.map((c) => c.name)]), (state: State) => curvesPart(chart(state)));

/** The pieces of the output that change with the state; see FigureSpec.parts. */
export function parts(state: State): Record<string, string> {
  const a = assumptionsOf(state);
  const outcome = typeHintOutcome(settingOf(state), a);
  return {
    meters: `<span hidden data-type-hints="${outcome.typeHints}" data-evaluated="${outcome.evaluated}"></span>${meter('Believes it is being evaluated', outcome.evaluated, 'evaluated')}${meter('Believes the documents’ rule describes itself', outcome.rule, 'rule')}${meter('Writes type hints', outcome.typeHints, 'type-hints')}`,
    curves: curvesMarkup(state),
    current: currentPart(chart(state)),
    compare: HUA_APPROXIMATE.map((row) => `<tr><th scope="row">${esc(row.label)}</th><td class="num">${percent(typeHintOutcome(row.setting, a).typeHints)}</td><td class="num">${esc(row.value)}</td></tr>`).join(''),
  };
}

/** The whole output, as the build renders it. */
export function renderOutput(state: State): string {
  const p = parts(state);
  return `<div class="th-result">
<div class="th-meters" data-part="meters">${p.meters}</div>
<div class="fig-chart">${rateChart(chart(state), { curves: p.curves, current: p.current })}</div>
<div class="table-scroll" tabindex="0"><table><caption>The trained model in four contexts: this model's type-hint rate beside the rates reported for Llama Nemotron (approximate, from secondary summaries)</caption>
<thead><tr><th scope="col">Context</th><th scope="col" class="num">Model</th><th scope="col" class="num">Reported (≈)</th></tr></thead>
<tbody data-part="compare">${p.compare}</tbody></table></div>
</div>`;
}

export function summarize(state: State): string {
  const setting = settingOf(state);
  const outcome = typeHintOutcome(setting, assumptionsOf(state));
  return `${setting.trained ? 'Trained model' : 'Original model'}, ${setting.cues.length} cue${setting.cues.length === 1 ? '' : 's'}, steering ${setting.steering}: believes it is evaluated ${percent(outcome.evaluated)}, writes type hints ${percent(outcome.typeHints)}.`;
}

export function renderControls(state: State): string {
  return `${checkboxGroup('What the context contains', CUE_OPTIONS, state)}
${radioGroup('model', 'Model', [{ value: 'trained', label: 'Trained on the documents' }, { value: 'original', label: 'The original model' }], state.model)}
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
