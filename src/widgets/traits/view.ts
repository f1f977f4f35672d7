/** The trait figure: answers in Spanish and in capitals, and what inoculating one of them leaves. */
import { personas, PROMPTS, train } from '../../models/trait-inoculation.ts';
import { count, esc, percent } from '../shared/format.ts';
import { weightRows, weightsTable } from '../shared/chart.ts';
import { assumptionsPanel, radioGroup, slider, type State } from '../shared/controls.ts';
import { memo, keyOf } from '../shared/memo.ts';
import { ASSUMPTION_KEYS, BETA, COLUMNS, SIZE, TRAIT_ROWS, traitsOf } from './state.ts';

// The personas depend on the assumptions only; a slider drag reuses them.
const peopleOf = memo(keyOf(ASSUMPTION_KEYS), (state: State) => personas(traitsOf(state)));
const outcomes = memo(keyOf([...ASSUMPTION_KEYS, 'n']), (state: State) =>
  PROMPTS.map((p) => train(p.id, Number(state.n), traitsOf(state), Number(state.beta), peopleOf(state))),
);

const bar = (value: number, colour: string) =>
  `<span class="fig-bars" aria-hidden="true"><span class="fig-bar" style="width:${(value * 100).toFixed(2)}%;background:${colour}"></span></span>`;

/** The pieces of the output that change with the state; see FigureSpec.parts. */
export function parts(state: State): Record<string, string> {
  const all = outcomes(state);
  const current = all.find((o) => o.prompt === state.prompt)!;
  const rows = all
    .map((o) => {
      const prompt = PROMPTS.find((p) => p.id === o.prompt)!;
      return `<tr data-prompt="${esc(o.prompt)}"${o.prompt === state.prompt ? ' data-current' : ''}><th scope="row">${esc(prompt.label)}</th>
<td>${bar(o.spanish, 'var(--series-2)')}<span class="fig-values" data-cell="spanish">${percent(o.spanish)}</span></td>
<td>${bar(o.capitals, 'var(--series-4)')}<span class="fig-values" data-cell="capitals">${percent(o.capitals)}</span></td></tr>`;
    })
    .join('');
  return {
    caption: `At test, in an ordinary chat with no system prompt, after ${count(Number(state.n))} training answers in Spanish and capitals`,
    rows,
    weights: weightRows(current.labels.map((label, i) => ({ id: String(i), label, before: current.prior[i], after: current.posterior[i] }))),
  };
}

/** The whole output, as the build renders it. */
export function renderOutput(state: State): string {
  const p = parts(state);
  return `<div class="tr-result">
<table class="tr-table"><caption data-part="caption">${p.caption}</caption>
<thead><tr><th scope="col">Training prompt</th><th scope="col">Answers in Spanish</th><th scope="col">Answers in capitals</th></tr></thead>
<tbody data-part="rows">${p.rows}</tbody></table>
${weightsTable('Personas as products of two traits: weight before → after training with the selected prompt', 'The Assistant…', p.weights, 'weights')}
</div>`;
}

export function summarize(state: State): string {
  const current = outcomes(state).find((o) => o.prompt === state.prompt)!;
  const prompt = PROMPTS.find((p) => p.id === state.prompt)!;
  return `${prompt.label}, ${count(Number(state.n))} examples: at test the model answers in Spanish ${percent(current.spanish)} of the time and in capitals ${percent(current.capitals)}.`;
}

export function renderControls(state: State): string {
  const prompts = PROMPTS.map((p) => ({ value: p.id, label: `${p.label}` }));
  return `${radioGroup('prompt', 'Training prompt', prompts, state.prompt)}
<div class="tr-prompts">${PROMPTS.map((p) => `<p class="fig-prompt" data-prompt-text="${esc(p.id)}">${esc(p.prompt)}</p><p class="ip-source" data-prompt-source="${esc(p.id)}">${esc(p.source)}</p>`).join('')}</div>
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
