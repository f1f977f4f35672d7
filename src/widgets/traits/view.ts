/** The trait figure: answers in Spanish and in capitals, and what inoculating one of them leaves. */
import { DEFAULT_TRAITS, personas, PROMPTS, train } from '../../models/trait-inoculation.ts';
import { count, percent } from '../shared/format.ts';
import { markup, type Markup } from '../shared/markup.ts';
import { fold } from '../shared/fold.ts';
import { weightRows, weightSlots, weightsTable } from '../shared/weights.ts';
import { fill, textSlot, width, widthSlot, type Slots } from '../shared/slots.ts';
import { controls } from '../shared/controls.ts';
import { memo } from '../shared/memo.ts';
import type { FigureView } from '../shared/view.ts';
import { cell, type DataTable } from '../shared/download-table.ts';
import { FIELDS, FORM, NAMES, TRAIT_FIELDS, traitsOf, type TraitsState as State } from './state.ts';

// The personas depend on the assumptions only; a slider drag reuses them.
const peopleOf = memo(
  (state: State) => [state.assumptions],
  (state) => personas(traitsOf(state)),
);
const outcomes = memo(
  (state: State) => [state.assumptions, state.n],
  (state) => PROMPTS.map((p) => train(p.id, state.n, traitsOf(state), state.assumptions.beta, peopleOf(state))),
);
const currentOutcome = (state: State) => outcomes(state).find((o) => o.prompt === state.prompt)!;

const TRAITS = ['spanish', 'capitals'] as const;

// Everything but the numbers depends on the selected prompt and the assumptions only.
const parts = memo(
  (state: State) => [state.assumptions, state.prompt],
  (state): Record<string, Markup> => ({
    rows: markup`${PROMPTS.map(
      (
        prompt,
      ) => markup`<tr data-prompt="${prompt.id}"${prompt.id === state.prompt && markup` data-current`}><th scope="row">${prompt.label}</th>
${TRAITS.map((trait) => markup`<td><span class="fig-bars" aria-hidden="true">${widthSlot(`${prompt.id}/${trait}-bar`, markup` class="fig-bar tr-${trait}"`)}</span>${textSlot(`${prompt.id}/${trait}`, 'span', markup` class="fig-values" data-cell="${trait}"`)}</td>`)}</tr>`,
    )}`,
    weights: weightRows(
      'weights',
      peopleOf(state).map((person, i) => ({ id: String(i), label: person.label })),
    ),
  }),
);

function slots(state: State): Slots {
  const current = currentOutcome(state);
  const values: Slots = { n: count(state.n) };
  for (const o of outcomes(state)) {
    for (const trait of TRAITS) {
      values[`${o.prompt}/${trait}-bar`] = width(o[trait]);
      values[`${o.prompt}/${trait}`] = percent(o[trait]);
    }
  }
  return {
    ...values,
    ...weightSlots(
      'weights',
      current.labels.map((_, i) => ({ id: String(i), before: current.prior[i], after: current.posterior[i] })),
    ),
  };
}

const COLUMNS = ['Training prompt', 'Answers in Spanish', 'Answers in capitals'];
// The caption names the training size: the page writes it into a slot, the table's data in full.
const CAPTION = [
  'At test, in an ordinary chat with no system prompt, after ',
  ' training answers in Spanish and capitals',
];

function table(state: State): DataTable {
  return {
    caption: CAPTION.join(count(state.n)),
    columns: COLUMNS,
    rows: outcomes(state).map((o) => [
      PROMPTS.find((p) => p.id === o.prompt)!.label,
      ...TRAITS.map((trait) => cell(o[trait], percent(o[trait]))),
    ]),
  };
}

function summarize(state: State): string {
  const current = currentOutcome(state);
  const prompt = PROMPTS.find((p) => p.id === state.prompt)!;
  return `${prompt.label}, ${count(state.n)} examples: at test the model answers in Spanish ${percent(current.spanish)} of the time and in capitals ${percent(current.capitals)}.`;
}

function attributes(state: State): Record<string, string> {
  return { prompt: state.prompt };
}

export const live: FigureView<State> = { parts, slots, summarize, attributes, table };

export function renderOutput(state: State): Markup {
  const p = parts(state);
  return fill(
    markup`<div class="tr-result">
<table class="tr-table"><caption>${CAPTION[0]}${textSlot('n')}${CAPTION[1]}</caption>
<thead><tr>${COLUMNS.map((column) => markup`<th scope="col">${column}</th>`)}</tr></thead>
<tbody data-part="rows">${p.rows}</tbody></table>
${fold('Persona weights, as a table', weightsTable('Personas as products of two traits: weight before → after training with the selected prompt', 'The Assistant…', p.weights, 'weights'))}
</div>`,
    slots(state),
  );
}

export function renderControls(state: State): Markup {
  const c = controls(FORM, state);
  const { traits, beta } = FIELDS.assumptions;
  return markup`${c.radioGroup(
    FIELDS.prompt,
    'Training prompt',
    PROMPTS.map((p) => ({ value: p.id, label: p.label })),
    'The prompt during training. A prompt that asks for one trait makes every persona show it, so that trait is not learned; watch the other trait still be learned.',
  )}
<div class="tr-prompts">${PROMPTS.map((p) => markup`<p class="fig-prompt" data-prompt-text="${p.id}">${p.prompt}</p><p class="tr-source" data-prompt-source="${p.id}">${p.source}</p>`)}</div>
${c.slider(FIELDS.n, 'tr-size', 'How many training answers', 'Training size, on a log scale; every answer is in Spanish and in capitals. Watch which trait rises at test, asked without the prompt.')}
${c.assumptionsPanel(
  [
    {
      caption: 'Each trait is carried by a persona that has it; personas are every combination of the two',
      rowHeader: 'Trait',
      columns: TRAIT_FIELDS.map(([, label]) => label),
      rows: DEFAULT_TRAITS.map((trait) => ({
        label: NAMES[trait.id],
        cells: TRAIT_FIELDS.map(([field]) => traits[trait.id][field]),
      })),
    },
  ],
  [beta],
  'None of these numbers is measured: Tan et al. report this result in charts. The argument rests on one column: a prompt that asks for a trait makes every persona show it.',
)}`;
}

export function renderHeadline(state: State): Markup {
  return fill(
    markup`${PROMPTS.map((p) => markup`<span data-prompt-headline="${p.id}">Spanish ${textSlot(`${p.id}/spanish`, 'strong')} · capitals ${textSlot(`${p.id}/capitals`, 'strong')}</span>`)}`,
    slots(state),
    false,
  );
}
