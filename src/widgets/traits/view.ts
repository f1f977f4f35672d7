/** The trait figure: answers in Spanish and in capitals, and what inoculating one of them leaves. */
import { personas, PROMPTS, train } from '../../models/trait-inoculation.ts';
import { count, esc, percent } from '../shared/format.ts';
import { weightRows, weightSlots, weightsTable } from '../shared/chart.ts';
import { fill, textSlot, width, widthSlot, type Slots } from '../shared/slots.ts';
import { assumptionsPanel, radioGroup, slider, type State } from '../shared/controls.ts';
import { memo, keyOf } from '../shared/memo.ts';
import { ASSUMPTION_KEYS, BETA, COLUMNS, SIZE, TRAIT_ROWS, traitsOf } from './state.ts';

// The personas depend on the assumptions only; a slider drag reuses them.
const assumptionKey = keyOf(ASSUMPTION_KEYS);
const peopleOf = memo(assumptionKey, (state: State) => personas(traitsOf(state)));
const outcomes = memo((state: State) => `${assumptionKey(state)}${state.n}`, (state: State) =>
  PROMPTS.map((p) => train(p.id, Number(state.n), traitsOf(state), Number(state.beta), peopleOf(state))),
);

const TRAITS = ['spanish', 'capitals'] as const;

/**
 * The pieces of the output whose markup changes with the state; see FigureSpec.parts.
 * Everything but the numbers depends on the selected prompt and the assumptions only.
 */
export const parts = memo((state: State) => `${assumptionKey(state)}${state.prompt}`, (state: State) => ({
  rows: PROMPTS.map((prompt) => `<tr data-prompt="${esc(prompt.id)}"${prompt.id === state.prompt ? ' data-current' : ''}><th scope="row">${esc(prompt.label)}</th>
${TRAITS.map((trait) => `<td><span class="fig-bars" aria-hidden="true">${widthSlot(`${prompt.id}/${trait}-bar`, ` class="fig-bar tr-${trait}"`)}</span>${textSlot(`${prompt.id}/${trait}`, 'span', ` class="fig-values" data-cell="${trait}"`)}</td>`).join('')}</tr>`).join(''),
  weights: weightRows('weights', peopleOf(state).map((person, i) => ({ id: String(i), label: person.label }))),
}));

/** The numbers in those pieces; see FigureSpec.slots. */
export function slots(state: State): Slots {
  const all = outcomes(state);
  const current = all.find((o) => o.prompt === state.prompt)!;
  const values: Slots = { n: count(Number(state.n)) };
  for (const o of all) {
    for (const trait of TRAITS) {
      values[`${o.prompt}/${trait}-bar`] = width(o[trait]);
      values[`${o.prompt}/${trait}`] = percent(o[trait]);
    }
  }
  return { ...values, ...weightSlots('weights', current.labels.map((_, i) => ({ id: String(i), before: current.prior[i], after: current.posterior[i] }))) };
}

/** The whole output, as the build renders it. */
export function renderOutput(state: State): string {
  const p = parts(state);
  return fill(`<div class="tr-result">
<table class="tr-table"><caption>At test, in an ordinary chat with no system prompt, after ${textSlot('n')} training answers in Spanish and capitals</caption>
<thead><tr><th scope="col">Training prompt</th><th scope="col">Answers in Spanish</th><th scope="col">Answers in capitals</th></tr></thead>
<tbody data-part="rows">${p.rows}</tbody></table>
${weightsTable('Personas as products of two traits: weight before → after training with the selected prompt', 'The Assistant…', p.weights, 'weights')}
</div>`, slots(state));
}

export function summarize(state: State): string {
  const current = outcomes(state).find((o) => o.prompt === state.prompt)!;
  const prompt = PROMPTS.find((p) => p.id === state.prompt)!;
  return `${prompt.label}, ${count(Number(state.n))} examples: at test the model answers in Spanish ${percent(current.spanish)} of the time and in capitals ${percent(current.capitals)}.`;
}

export function renderControls(state: State): string {
  const prompts = PROMPTS.map((p) => ({ value: p.id, label: `${p.label}` }));
  return `${radioGroup('prompt', 'Training prompt', prompts, state.prompt)}
<div class="tr-prompts">${PROMPTS.map((p) => `<p class="fig-prompt" data-prompt-text="${esc(p.id)}">${esc(p.prompt)}</p><p class="tr-source" data-prompt-source="${esc(p.id)}">${esc(p.source)}</p>`).join('')}</div>
${slider('n', 'tr-size', 'How many training answers', SIZE, Number(state.n))}
${assumptionsPanel(
    state,
    [{ caption: 'Each trait is carried by a persona that has it; personas are every combination of the two', rowHeader: 'Trait', columns: COLUMNS, rows: TRAIT_ROWS }],
    [BETA],
    'None of these numbers is measured: Tan et al. report this result in charts. The argument rests on one column: a prompt that asks for a trait makes every persona show it.',
  )}`;
}

export function attributes(state: State): Record<string, string> {
  return { prompt: String(state.prompt) };
}
