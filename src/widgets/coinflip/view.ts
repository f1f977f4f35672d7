/**
 * The coin-flip figure (the post's Figure 6, described): the published example and its
 * normalisation, Figure 6's design, and the site's illustrative model of a preference leaking
 * into a Human turn, post-trained against base. State in, markup out, at build time and in the
 * browser alike.
 */
import {
  EXAMPLE,
  FACTS,
  FIGURE6_DESIGN,
  exampleNormalised,
  leakCurve,
  outcome,
  type Model,
  type Outcome,
} from '../../models/coin-flip.ts';
import { published } from '../../models/published.ts';
import { count, percent } from '../shared/format.ts';
import { markup, type Markup } from '../shared/markup.ts';
import { fold } from '../shared/fold.ts';
import { weightRows, weightSlots, weightsTable } from '../shared/weights.ts';
import { fill, textSlot, valueSlot, width, widthSlot, type Slots } from '../shared/slots.ts';
import { controls } from '../shared/controls.ts';
import { memo } from '../shared/memo.ts';
import type { FigureView } from '../shared/view.ts';
import { cell, tableMarkup, type DataTable } from '../shared/download-table.ts';
import {
  assumptions as readAssumptions,
  FIELDS,
  FORM,
  MAX_POST_TRAINING,
  MODELS,
  type CoinFlipState as State,
} from './state.ts';

const assumptions = memo((state: State) => [state.assumptions, state.n], readAssumptions);
const outcomes = memo(
  (state: State) => [state.assumptions, state.n],
  (state): Record<Model, Outcome> => ({
    'post-trained': outcome('post-trained', assumptions(state)),
    base: outcome('base', assumptions(state)),
  }),
);

const HEADS = published('marks-coinflip-heads');
const TAILS = published('marks-coinflip-tails');
const NORMALISED = exampleNormalised();
const BASE_FACT = FACTS.find((f) => f.id === 'figure6-base')!;
const TABLE_SIZES = [0, 10, 100, 1000, 3000, MAX_POST_TRAINING];

const modelLabel = (model: Model) => MODELS.find((m) => m.value === model)!.label;

/** P(heads) on an input where heads is the preferred task, and on one where it is not. */
function headsBySide(o: Outcome): { preferred: number; dispreferred: number } {
  const row = (side: 'preferred' | 'dispreferred') => o.rows.find((r) => r.input.heads === side)!;
  return { preferred: row('preferred').heads, dispreferred: row('dispreferred').heads };
}

const parts = memo(
  (state: State) => [state.assumptions, state.model],
  (state): Record<string, Markup> => ({
    compare: markup`${MODELS.map(
      (m) =>
        markup`<tr data-model="${m.value}"${m.value === state.model && markup` data-current`}><th scope="row">${m.label}</th><td><span class="fig-bars" aria-hidden="true">${widthSlot(`${m.value}/bar`, markup` class="fig-bar cf-${m.value}"`)}</span>${textSlot(`${m.value}/mean`, 'span', markup` class="fig-values" data-cell="mean"`)}</td></tr>`,
    )}`,
    weights: weightRows(
      'authors',
      assumptions(state).authors.map((a) => ({ id: a.id, label: a.label })),
    ),
    table: dataTable(state),
  }),
);

function tableData(state: State): DataTable {
  return {
    caption:
      'The illustrative model’s normalised chance of naming the preferred outcome, by amount of post-training (0 is the base model); not measured',
    columns: ['Post-training examples', 'P(preferred outcome)'],
    rows: leakCurve(TABLE_SIZES, assumptions(state)).map((p) => [
      cell(p.n, count(p.n)),
      cell(p.preferred, percent(p.preferred)),
    ]),
  };
}

const dataTable = tableMarkup(tableData);

function slots(state: State): Slots {
  const all = outcomes(state);
  const current = all[state.model];
  const sides = headsBySide(current);
  const values: Slots = {
    'raw/preferred': String(current.preferred),
    'raw/mean': String(current.meanPreferred),
    n: count(state.n),
    model: modelLabel(state.model),
    'current/heads-preferred': percent(sides.preferred),
    'current/heads-dispreferred': percent(sides.dispreferred),
    'current/mean': percent(current.meanPreferred),
  };
  for (const m of MODELS) {
    values[`${m.value}/bar`] = width(all[m.value].meanPreferred);
    values[`${m.value}/mean`] = percent(all[m.value].meanPreferred);
  }
  const base = all.base.weights;
  return {
    ...values,
    ...weightSlots(
      'authors',
      assumptions(state).authors.map((a, i) => ({ id: a.id, before: base[i], after: current.weights[i] })),
    ),
  };
}

function summarize(state: State): string {
  const all = outcomes(state);
  const current = all[state.model];
  const which =
    state.model === 'base'
      ? 'The base model'
      : `The post-trained model, after ${count(state.n)} illustrative examples,`;
  return `Illustrative model: ${which} names its preferred outcome with normalised probability ${percent(current.meanPreferred)} on average over the ${FIGURE6_DESIGN.inputs} inputs (base model ${percent(all.base.meanPreferred)}). Published, for Claude Sonnet 4.5 on the example: heads ${HEADS.display}, tails ${TAILS.display}.`;
}

function attributes(state: State): Record<string, string> {
  return { model: state.model };
}

export const live: FigureView<State> = { parts, slots, summarize, attributes, table: tableData };

export function renderOutput(state: State): Markup {
  const p = parts(state);
  return fill(
    markup`<div class="cf-result">
<div class="cf-published">
<p class="cf-kicker">Published: ${EXAMPLE.model} continuing the example prompt</p>
<p class="fig-headline"><span>says “heads”</span> <strong data-cell="published-heads">${HEADS.display}</strong> <span>says “tails”</span> <strong data-cell="published-tails">${TAILS.display}</strong></p>
<p class="cf-arithmetic"><span class="cf-tag">Our arithmetic, not the post’s:</span> normalised as Figure 6 normalises, P(heads) ÷ (P(heads) + P(tails)) = ${HEADS.display} ÷ (${HEADS.display} + ${TAILS.display}) ≈ <strong data-cell="normalised-heads">${percent(NORMALISED.heads)}</strong> heads, ${percent(NORMALISED.tails)} tails. The example need not be one of Figure 6’s inputs.</p>
<p class="cf-design"><span class="cf-tag">Figure 6, described:</span> ${FIGURE6_DESIGN.inputs} inputs (${FIGURE6_DESIGN.preferredTasks} preferred × ${FIGURE6_DESIGN.dispreferredTasks} dispreferred tasks, each pair with either task as heads). The post-trained model puts substantially more probability on its preferred outcome; the base model typically puts ${BASE_FACT.display ?? ''} on each. The per-input values are not reproduced here.</p>
</div>
<div class="cf-model">
<p class="cf-kicker"><span class="illustrative">Illustrative model, the site’s own (comparison only):</span> ${textSlot('model')}</p>
<p class="fig-headline">${valueSlot('raw/preferred')}${valueSlot('raw/mean')}<span>Names the preferred outcome, normalised, mean over the ${FIGURE6_DESIGN.inputs} inputs</span> ${textSlot('current/mean', 'strong', markup` data-cell="mean"`)}</p>
<p class="cf-sides">When heads is the preferred task, P(heads) ${textSlot('current/heads-preferred', 'span', markup` data-cell="heads-preferred"`)}; when heads is the dispreferred one, ${textSlot('current/heads-dispreferred', 'span', markup` data-cell="heads-dispreferred"`)}. The post-trained model’s post-training: ${textSlot('n')} examples.</p>
${fold(
  'Post-trained against base, as a table',
  markup`<table class="cf-compare"><caption>Post-trained against base, in the illustrative model</caption>
<thead><tr><th scope="col">Model</th><th scope="col">Names the preferred outcome (mean over the inputs)</th></tr></thead>
<tbody data-part="compare">${p.compare}</tbody></table>`,
)}
${fold('Who writes the report: weights, as a table', weightsTable('Who writes the user’s report of the coin: weight in the base model → in the selected model', 'The report is written by…', p.weights, 'weights'))}
<details class="figure-data"><summary>Data table for the illustrative model</summary><div data-part="table">${p.table}</div></details>
</div>
</div>`,
    slots(state),
  );
}

export function renderControls(state: State): Markup {
  const c = controls(FORM, state);
  const { prior, voice, preferred, beta, headsBias } = FIELDS.assumptions;
  return markup`${c.radioGroup(FIELDS.model, 'Which model continues the prompt', MODELS, 'The base model names either outcome about equally; watch the post-trained one lean toward its preferred task.')}
${c.slider(FIELDS.n, 'cf-strength', 'Illustrative post-training: Assistant turns in the Assistant’s voice', 'Moves only the post-trained model. Watch weight shift to the hypothesis that the Assistant’s preferences shape all the text.')}
${c.assumptionsPanel(
  [
    {
      caption: 'Three hypotheses about who writes the user’s report of the coin',
      rowHeader: 'The report is written by…',
      columns: ['Prior (base model)', 'P(Assistant turn in its voice)', 'P(report names the preferred outcome)'],
      rows: readAssumptions(state).authors.map((a) => ({
        label: a.label,
        cells: [prior[a.id], voice[a.id], preferred[a.id]],
      })),
    },
  ],
  [beta, headsBias],
  'None of these numbers is measured, and none was chosen to land on the published 88% or 1%. They show one of the post’s three accounts (persona leakage) as a mechanism; change them and the figure recomputes. Priors are normalised to sum to 1.',
)}`;
}

export function renderHeadline(state: State): Markup {
  return fill(
    markup`<span>Names the preferred outcome</span> ${textSlot('current/mean', 'strong')}`,
    slots(state),
    false,
  );
}
