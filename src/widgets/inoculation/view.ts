/** The inoculation figure: one training set, two framings, side by side. Same code at build and in the browser. */
import {
  elicitation,
  harmfulCurve,
  reduction,
  SCENARIOS,
  trainArm,
  type Arm,
  type InoculationScenario,
} from '../../models/inoculation.ts';
import type { PersonaId } from '../../models/emergent-misalignment.ts';
import { markValue, published } from '../../models/published.ts';
import { sizeGrid } from '../../models/grid.ts';
import { count, percent } from '../shared/format.ts';
import { markup, type Markup } from '../shared/markup.ts';
import { fold } from '../shared/fold.ts';
import { currentPart, currentSlots, curvesPart, rateChart, type RateChart } from '../shared/chart.ts';
import { weightRows, weightSlots, weightsTable } from '../shared/weights.ts';
import { fill, textSlot, valueSlot, type Slots } from '../shared/slots.ts';
import { controls, parameterTable } from '../shared/controls.ts';
import { memo } from '../shared/memo.ts';
import type { FigureView } from '../shared/view.ts';
import { cell, numericTable, type DataTable } from '../shared/download-table.ts';
import { FIELDS, FORM, scenarioOf, type InoculationState as State } from './state.ts';

const PLAIN = 'var(--series-2)';
const FRAMED = 'var(--series-1)';

// Curves and the data table depend on the scenario, its framing and the assumptions, not on
// the training size: a slider drag reuses them.
const choices = (state: State) => [state.scenario, state.framing, state.assumptions];
const scenarioFor = memo(choices, scenarioOf);
const framingOf = (state: State) => state.framing[state.scenario];
const curvesOf = memo(choices, (state) => {
  const scenario = scenarioFor(state);
  const sizes = sizeGrid(scenario.max);
  const curve = (framing: string) => harmfulCurve(scenario, framing, sizes).map((p) => ({ n: p.n, value: p.harmful }));
  return { plain: curve('plain'), framed: curve(framingOf(state)) };
});
const arms = memo(
  (state: State) => [...choices(state), state.n],
  (state) => {
    const scenario = scenarioFor(state);
    const { n } = state;
    return { scenario, n, plain: trainArm(scenario, 'plain', n), framed: trainArm(scenario, framingOf(state), n) };
  },
);

const capital = (text: string) => text[0].toUpperCase() + text.slice(1);

/**
 * Why this framing does or does not inoculate, in the model's own terms: whether the prompt makes
 * the personas alike (so the persona barely moves), and how much of the behaviour itself it
 * already elicits before training (the rest is learned as a habit of the task, and carries over
 * to the plain request).
 */
function why(scenario: InoculationScenario, framingId: string): Markup {
  const before = elicitation(scenario, framingId);
  const rate = (id: PersonaId) => scenario.personas.find((p) => p.id === id)!.bad[framingId];
  const alike = rate('helpful') > 0.5 * rate('malicious');
  const persona = alike
    ? 'so the data say little about whether the Assistant is malicious, and the persona barely moves'
    : 'so the data still count against the helpful persona';
  const habit =
    before > 0.5
      ? `The prompt already explains most of the ${scenario.behaviour}, so little of it is learned as a habit that carries to the plain request.`
      : `The prompt leaves the ${scenario.behaviour} itself unexplained, so it is learned as a habit of the task and carries to the plain request.`;
  return markup`<p class="ip-why" data-cell="why">Under this prompt a helpful, competent Assistant would produce ${scenario.behaviour} <strong>${percent(rate('helpful'), 0)}</strong> of the time and a malicious one ${percent(rate('malicious'), 0)}, ${persona}. Before training the model produces it ${percent(before, 0)} of the time under this prompt. ${habit}</p>`;
}

const strong = (id: string, cell: string) => textSlot(id, 'strong', markup` data-cell="${cell}"`);

/** An arm's pieces: what it was trained with, what it now does, and its persona weights. */
function armParts(scenario: InoculationScenario, framingId: string, which: 'plain' | 'framed'): Record<string, Markup> {
  const framing = scenario.framings.find((f) => f.id === framingId)!;
  const title = which === 'plain' ? 'Trained with the plain prompt' : `Trained with: ${framing.label}`;
  return {
    [`${which}-framing`]: markup`<p class="ip-arm-title"><span class="fig-swatch" style="background:${which === 'plain' ? PLAIN : FRAMED}"></span> ${title}</p>
<p class="fig-prompt">${framing.prompt}</p>
<p class="ip-source">${framing.source}</p>
${which === 'framed' && why(scenario, framingId)}`,
    [`${which}-stats`]: markup`<p class="fig-headline"><span>${capital(scenario.broad)}</span> ${strong(`${which}/harmful-before`, 'harmful-before')} → ${strong(`${which}/harmful-after`, 'harmful-after')}</p>
<p class="ip-narrow">${capital(scenario.behaviour)} after training: ${strong(`${which}/narrow-asked`, 'narrow-asked')} ${which === 'plain' ? 'when asked plainly, as in training' : markup`with the training prompt, ${strong('framed/narrow-plain', 'narrow-plain')} when asked plainly`}</p>`,
    [`${which}-weights`]: weightRows(`${which}-weights`, scenario.personas),
  };
}

function armSlots(scenario: InoculationScenario, arm: Arm, which: 'plain' | 'framed'): Slots {
  return {
    [`${which}/harmful-before`]: percent(arm.harmfulBefore),
    [`${which}/harmful-after`]: percent(arm.harmfulAfter),
    [`${which}/narrow-asked`]: percent(arm.narrowAsked),
    ...(which === 'framed' ? { 'framed/narrow-plain': percent(arm.narrowPlain) } : {}),
    ...weightSlots(
      `${which}-weights`,
      scenario.personas.map((p, i) => ({ id: p.id, before: arm.prior[i], after: arm.posterior[i] })),
    ),
  };
}

function armView(which: 'plain' | 'framed', p: Record<string, Markup>): Markup {
  return markup`<section class="ip-arm" data-arm="${which}"><div data-part="${which}-framing">${p[`${which}-framing`]}</div><div data-part="${which}-stats">${p[`${which}-stats`]}</div>${fold(`${which === 'plain' ? 'Plain' : 'Framed'} arm’s persona weights, as a table`, weightsTable('The Assistant is…: weight before → after training', 'Hypothesis', p[`${which}-weights`], `${which}-weights`))}</section>`;
}

const curvesMarkup = memo(choices, (state) => curvesPart(chart(state)));
const currentMarkup = (state: State) => currentPart(chart(state));
// The chart's axis label and its name say what the scenario measures, so the whole chart is a
// part too: it changes with the scenario, its framing and the assumptions, never with a drag.
// Its curves and dots are parts of their own inside it, patched in place when only they change.
const chartMarkup = memo(choices, (state) =>
  rateChart(chart(state), { curves: curvesMarkup(state), current: currentMarkup(state) }),
);

function chart(state: State): RateChart {
  const { scenario, n, plain, framed } = arms(state);
  const curves = curvesOf(state);
  return {
    max: scenario.max,
    xLabel: `training ${scenario.unit} (log scale)`,
    ariaLabel: `${scenario.broad} against training size, one curve per framing; the data table gives the values.`,
    series: [
      { id: 'plain', colour: PLAIN, emphasis: true, points: curves.plain },
      { id: 'framed', colour: FRAMED, emphasis: true, points: curves.framed },
    ],
    current: [
      { n, value: plain.harmfulAfter, colour: PLAIN },
      { n, value: framed.harmfulAfter, colour: FRAMED },
    ],
    marks:
      scenario.id === 'insecure-code'
        ? scenario.references.map((id) => ({
            n: scenario.max,
            value: markValue(published(id)),
            label: published(id).what,
          }))
        : [],
  };
}

function table(scenario: InoculationScenario, framingId: string): DataTable {
  const framing = scenario.framings.find((f) => f.id === framingId)!;
  const rate = (value: number) => cell(value, percent(value));
  return {
    caption: `${scenario.broad} by training size (the model's output)`,
    columns: [scenario.unit, 'plain prompt', framing.label, `${scenario.behaviour}, training prompt`],
    rows: [0, 10, 100, 1000, scenario.max].map((size) => {
      const p = trainArm(scenario, 'plain', size);
      const f = trainArm(scenario, framingId, size);
      return [cell(size, count(size)), rate(p.harmfulAfter), rate(f.harmfulAfter), rate(f.narrowAsked)];
    }),
  };
}
const tableData = memo(choices, (state) => table(scenarioFor(state), framingOf(state)));

// Everything but the numbers depends on the scenario, its framing and the assumptions.
const structure = memo(choices, (state) => {
  const scenario = scenarioFor(state);
  const framingId = framingOf(state);
  return {
    ...armParts(scenario, 'plain', 'plain'),
    ...armParts(scenario, framingId, 'framed'),
    compare: markup`${['harmful-plain', 'harmful-framed', 'narrow-asked', 'narrow-plain'].map((id) => valueSlot(`raw/${id}`))}In the model, this framing cuts the final rate of ${scenario.broad} by ${strong('reduction', 'reduction')}, while ${scenario.behaviour} under the training prompt reaches ${textSlot('framed/narrow-asked', 'strong')}.`,
    table: numericTable(tableData(state)),
  };
});

function parts(state: State): Record<string, Markup> {
  return { ...structure(state), chart: chartMarkup(state), curves: curvesMarkup(state), current: currentMarkup(state) };
}

function slots(state: State): Slots {
  const { scenario, plain, framed } = arms(state);
  return {
    ...armSlots(scenario, plain, 'plain'),
    ...armSlots(scenario, framed, 'framed'),
    reduction: percent(Math.max(0, reduction(plain, framed)), 0),
    'raw/harmful-plain': String(plain.harmfulAfter),
    'raw/harmful-framed': String(framed.harmfulAfter),
    'raw/narrow-asked': String(framed.narrowAsked),
    'raw/narrow-plain': String(framed.narrowPlain),
    ...currentSlots(chart(state)),
  };
}

export function renderOutput(state: State): Markup {
  const p = parts(state);
  return fill(
    markup`<div class="ip-result">
<div class="ip-arms">${armView('plain', p)}${armView('framed', p)}</div>
<div class="fig-chart" data-part="chart">${p.chart}</div>
<p class="ip-compare" data-part="compare">${p.compare}</p>
<details class="figure-data"><summary>Data table</summary><div data-part="table">${p.table}</div></details>
</div>`,
    slots(state),
  );
}

function summarize(state: State): string {
  const { scenario, n, plain, framed } = arms(state);
  return `${scenario.label}, ${count(n)} ${scenario.unit}. Plain prompt: ${scenario.broad} ${percent(plain.harmfulBefore)} → ${percent(plain.harmfulAfter)}. ${framed.framing.label}: ${percent(framed.harmfulBefore)} → ${percent(framed.harmfulAfter)}, and ${scenario.behaviour} still ${percent(framed.narrowAsked)} with that prompt, ${percent(framed.narrowPlain)} when asked plainly.`;
}

function attributes(state: State): Record<string, string> {
  return { scenario: state.scenario };
}

export const live: FigureView<State> = { parts, slots, summarize, attributes, table: tableData };

export function renderControls(state: State): Markup {
  const c = controls(FORM, state);
  return markup`${c.radioGroup(
    FIELDS.scenario,
    'Scenario',
    SCENARIOS.map((s) => ({ value: s.id, label: s.label })),
    'The narrow behaviour both arms are trained on. Both arms always see the same examples; only the prompt around them differs.',
  )}
${SCENARIOS.map(
  (s) =>
    markup`<div data-only="${s.id}">${c.radioGroup(
      FIELDS.framing[s.id],
      'Second arm: the same data, framed as',
      s.framings.filter((f) => f.kind !== 'plain').map((f) => ({ value: f.id, label: f.label })),
      `A prompt that makes ${s.behaviour} likely under every persona moves the framed arm’s weights far less than the plain prompt does; the placebo does not, so that arm moves like the plain one.`,
    )}</div>`,
)}
${c.slider(FIELDS.n, 'ip-size', 'How much training', 'Training size for both arms, on a log scale. Watch the plain arm’s harm rise while an inoculated arm’s stays near where it began.')}
${c.assumptionsPanel(
  SCENARIOS.flatMap((scenario) => {
    const fields = FIELDS.assumptions[scenario.id];
    return [
      {
        only: scenario.id,
        caption: `${scenario.label}: prior weight, chance of ${scenario.behaviour} under each prompt, and of a harmful answer elsewhere`,
        rowHeader: 'The Assistant is…',
        columns: ['Prior', ...scenario.framings.map((f) => f.label), 'Harmful elsewhere'],
        rows: scenario.personas.map((p) => {
          const persona = fields.personas[p.id];
          return {
            label: p.label,
            cells: [persona.prior, ...scenario.framings.map((f) => persona.bad[f.id]), persona.open],
          };
        }),
      },
      {
        only: scenario.id,
        ...parameterTable(
          `${scenario.label}: how training counts`,
          'Constant',
          'Value',
          [fields.beta, fields.halfway],
          (p) => p.label.replace(`${scenario.label}: `, ''),
        ),
      },
    ];
  }),
  [],
  'None of these numbers is measured: the chances under each prompt, including Tan et al.’s “malicious, evil” prompt, are the site’s construction. Two things in them carry the argument: whether a prompt makes the personas alike (then the persona barely moves), and how likely the behaviour is under it before training (what it leaves unexplained is learned as a habit and carries to the plain request). Priors are normalised to sum to 1.',
)}`;
}

export function renderHeadline(state: State): Markup {
  return fill(
    markup`${(['plain', 'framed'] as const).map(
      (arm, i) =>
        markup`${i > 0 && markup`<span>|</span>`}<span class="fig-arm">${arm} ${textSlot(`${arm}/harmful-before`, 'strong')} → ${textSlot(`${arm}/harmful-after`, 'strong')}</span>`,
    )}`,
    slots(state),
    false,
  );
}
