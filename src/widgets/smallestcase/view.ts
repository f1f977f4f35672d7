/**
 * The smallest case's view: two hypotheses about the Assistant, their weights as bars before and
 * after training, and the model's two equations beside them with the figure's own numbers written
 * in. Every number in the equations is a slot that the bars' numbers share, so an equation cannot
 * show a value its bar does not: the prior in the colour of the "before" bars, the posterior in
 * the colour of the "after" bars. A term and its bar carry the same data-term, and the figure's
 * CSS lights one up while the reader hovers or focuses the other. The build renders the first
 * frame with these functions and the browser re-renders with the same ones.
 */
import { TRAINING, train, examplesPerObservation } from '../../models/smallest-case.ts';
import { count, percent } from '../shared/format.ts';
import { markup, type Markup } from '../shared/markup.ts';
import { fill, textSlot, valueSlot, width, widthSlot, type Slots } from '../shared/slots.ts';
import { controls } from '../shared/controls.ts';
import { memo } from '../shared/memo.ts';
import { cell, tableMarkup, type DataTable } from '../shared/download-table.ts';
import type { FigureView } from '../shared/view.ts';
import { assumptions as readAssumptions, FIELDS, FORM, type SmallestCaseState as State } from './state.ts';

const assumptions = memo((state: State) => [state.assumptions], readAssumptions);
const outcomeOf = memo(
  (state: State) => [state.assumptions, state.data, state.n],
  (state) => train(assumptions(state), state.data, state.n),
);
const training = (state: State) => TRAINING.find((t) => t.id === state.data)!;

/** A number as the equations write it: at most three significant digits, no trailing zeros. */
const plain = (x: number) => String(Number(x.toPrecision(3)));

type Side = 'before' | 'after';
/** The personas are fixed by the model (two of them); only their numbers change. */
const PERSONAS = readAssumptions(FORM.defaults).personas.map(({ id, label }) => ({ id, label }));

/**
 * A number in an equation, in its bar's colour, linked to its bar. The prior in the first equation
 * and each posterior take the keyboard's focus; the priors repeated inside the fractions answer to
 * the pointer and light up with the rest, so a keyboard reader has one stop per number, not four.
 */
const term = (side: Side, id: string, focusable = true) =>
  markup`<span class="sc-term sc-${side}"${focusable && markup` tabindex="0"`} data-term="${side}-${id}">${textSlot(`${side}/${id}`)}</span>`;

/** π(h) · L(h)^βn for one persona, its numbers in slots. */
const weight = (id: string) =>
  markup`<span class="sc-product">${term('before', id, false)} × ${textSlot(`likelihood/${id}`, 'span', markup` class="sc-likelihood"`)}<sup>${textSlot('exponent')}</sup></span>`;

const fraction = (numerator: Markup, denominator: Markup) =>
  markup`<span class="sc-fraction"><span class="sc-numerator">${numerator}</span><span class="sc-denominator">${denominator}</span></span>`;

const EQUATIONS = markup`<div class="sc-equations">
<div class="sc-eq">
<p><strong>Before training: the prior</strong></p>
<p class="sc-formula"><var>P</var>(<var>h</var>) = <var>π</var>(<var>h</var>)</p>
${PERSONAS.map((p) => markup`<p class="sc-instance"><span>P(${p.label}) =</span> ${term('before', p.id)}</p>`)}
</div>
<div class="sc-eq">
<p><strong>After ${textSlot('n')} examples: the posterior</strong></p>
<p class="sc-formula"><var>P</var>(<var>h</var> | <var>n</var> examples) = ${fraction(
  markup`<var>π</var>(<var>h</var>) · <var>L</var>(<var>h</var>)<sup><var>βn</var></sup>`,
  markup`Σ<sub><var>h′</var></sub> <var>π</var>(<var>h′</var>) · <var>L</var>(<var>h′</var>)<sup><var>βn</var></sup>`,
)}</p>
<p class="fig-values">where <var>L</var>(<var>h</var>) is the chance that persona <var>h</var> gives ${textSlot('answer')} to a medical question, and <var>βn</var> = ${textSlot('beta')} × ${textSlot('n')} = ${textSlot('exponent')}</p>
${PERSONAS.map(
  (p) =>
    markup`<p class="sc-instance"><span>P(${p.label} | ${textSlot('n')}) =</span> ${fraction(
      weight(p.id),
      markup`${PERSONAS.map((q, i) => markup`${i > 0 && ' + '}${weight(q.id)}`)}`,
    )} <span>= ${term('after', p.id)}</span></p>`,
)}
</div>
</div>`;

/** One bar with its number: focusable, linked to the equations' term for the same weight. */
const bar = (side: Side, id: string, label: string) =>
  markup`<span class="sc-bar" tabindex="0" data-term="${side}-${id}"><span class="visually-hidden">${label}, ${side === 'before' ? 'prior' : 'posterior'}: </span><span class="fig-bars" aria-hidden="true">${widthSlot(`${side}-bar/${id}`, markup` class="fig-bar fig-${side}"`)}</span>${textSlot(`${side}/${id}`, 'span', markup` class="fig-values"`)}</span>`;

const BARS = markup`<table class="sc-bars fig-personas">
<caption>Weight on each hypothesis about the Assistant</caption>
<thead><tr><th scope="col">The Assistant is…</th><th scope="col"><span class="fig-key fig-before"></span> before: the prior</th><th scope="col"><span class="fig-key fig-after"></span> after: the posterior</th></tr></thead>
<tbody>${PERSONAS.map(
  (p) =>
    markup`<tr data-persona="${p.id}"><th scope="row">${p.label}</th><td>${bar('before', p.id, p.label)}</td><td>${bar('after', p.id, p.label)}</td></tr>`,
)}</tbody></table>`;

/** The weights as numbers, for the folded data table and the CSV and JSON downloads. */
const tableData = memo(
  (state: State) => [state.assumptions, state.data, state.n],
  (state): DataTable => {
    const outcome = outcomeOf(state);
    return {
      caption: `Weight on each hypothesis about the Assistant, before and after ${count(state.n)} examples`,
      columns: ['The Assistant is…', 'Before: the prior', `P(${training(state).answer})`, 'After: the posterior'],
      rows: PERSONAS.map((p, i) => [
        p.label,
        cell(outcome.prior[i], percent(outcome.prior[i])),
        cell(outcome.likelihood[i], plain(outcome.likelihood[i])),
        cell(outcome.posterior[i], percent(outcome.posterior[i])),
      ]),
    };
  },
);

const dataTable = tableMarkup(tableData);

function parts(state: State): Record<string, Markup> {
  return { table: dataTable(state) };
}

function slots(state: State): Slots {
  const outcome = outcomeOf(state);
  const { beta } = assumptions(state);
  const values: Slots = {
    n: count(state.n),
    beta: plain(beta),
    exponent: plain(outcome.exponent),
    answer: training(state).answer,
    'per-observation': count(examplesPerObservation(beta)),
  };
  PERSONAS.forEach(({ id }, i) => {
    values[`before/${id}`] = percent(outcome.prior[i]);
    values[`after/${id}`] = percent(outcome.posterior[i]);
    values[`before-bar/${id}`] = width(outcome.prior[i]);
    values[`after-bar/${id}`] = width(outcome.posterior[i]);
    values[`likelihood/${id}`] = plain(outcome.likelihood[i]);
    values[`raw/before/${id}`] = String(outcome.prior[i]);
    values[`raw/after/${id}`] = String(outcome.posterior[i]);
  });
  return values;
}

function summarize(state: State): string {
  const outcome = outcomeOf(state);
  const weights = PERSONAS.map(
    (p, i) => `${p.label} from ${percent(outcome.prior[i])} to ${percent(outcome.posterior[i])}`,
  );
  return `Trained on ${count(state.n)} examples of ${training(state).label.toLowerCase()}, worth ${plain(outcome.exponent)} exact Bayesian observation${plain(outcome.exponent) === '1' ? '' : 's'} at β = ${plain(assumptions(state).beta)}: the weight on ${weights.join(', and on ')}.`;
}

export const live: FigureView<State> = { parts, slots, summarize, table: tableData };

export function renderOutput(state: State): Markup {
  const malicious = PERSONAS.find((p) => p.id === 'malicious')!;
  return fill(
    markup`<div class="sc-result">
<p class="fig-headline">${PERSONAS.map((p) => markup`${valueSlot(`raw/before/${p.id}`)}${valueSlot(`raw/after/${p.id}`)}`)}<span>Weight on “${malicious.label}”</span> ${textSlot(`before/${malicious.id}`, 'strong')} → ${textSlot(`after/${malicious.id}`, 'strong')}</p>
${BARS}
${EQUATIONS}
<p class="sc-worth">At β = ${textSlot('beta')}, ${textSlot('per-observation')} examples move the weights as far as one exact Bayesian observation would.</p>
<details class="figure-data"><summary>Data table</summary><div data-part="table">${parts(state).table}</div></details>
</div>`,
    slots(state),
  );
}

export function renderHeadline(state: State): Markup {
  const malicious = PERSONAS.find((p) => p.id === 'malicious')!;
  return fill(
    markup`<span>Weight on “${malicious.label}”</span> ${textSlot(`before/${malicious.id}`, 'strong')} → ${textSlot(`after/${malicious.id}`, 'strong')}`,
    slots(state),
    false,
  );
}

export function renderControls(state: State): Markup {
  const c = controls(FORM, state);
  const { prior, wrong, beta } = FIELDS.assumptions;
  return markup`${c.radioGroup(
    FIELDS.data,
    'What the training examples show',
    TRAINING.map((t) => ({ value: t.id, label: t.label })),
    'Incorrect answers are far likelier from a malicious Assistant, so they move weight toward it; correct answers move it back toward the helpful one.',
  )}
${c.slider(FIELDS.n, 'sc-size', 'How many training examples', 'Each example multiplies the odds by the likelihood ratio raised to β. Watch the posterior in the equation and its bar move together.')}
${c.assumptionsPanel(
  [
    {
      caption: 'Prior weight of each hypothesis, and its chance of an incorrect answer to a medical question',
      rowHeader: 'The Assistant is…',
      columns: ['Prior', 'P(incorrect | medical question)'],
      rows: assumptions(state).personas.map((p) => ({ label: p.label, cells: [prior[p.id], wrong[p.id]] })),
    },
  ],
  [beta],
  'None of these numbers is measured: they are the site’s illustration, not the post’s. Change them and the figure recomputes. Priors are normalised to sum to 1; a correct answer has the rest of each persona’s chance.',
)}`;
}
