/**
 * The views of exhaustiveness (after the post's Figure 4): the site's drawing of one spectrum
 * from the masked shoggoth to the operating system, every view placed on it with its answer to
 * the post's question, and, for the view the reader chooses, what it predicts and the evidence
 * the post weighs for or against it. No model runs and no number is shown: the figure draws the
 * data in src/models/exhaustiveness.ts, marking what the post says, what it implies and what is
 * the site's own reading. The build draws every view; the same code, in the browser, says which
 * one shows.
 */
import {
  PLACEMENT,
  QUESTION,
  evidenceFor,
  type Anchor,
  type Basis,
  type EvidenceItem,
  type Sufficiency,
  type View,
  type Weighing,
} from '../../models/exhaustiveness.ts';
import { figure } from '../registry.ts';
import { markup, type Markup } from '../shared/markup.ts';
import { caseSlot, fill, shown, textSlot, valueAttribute, type Slots } from '../shared/slots.ts';
import { controls } from '../shared/controls.ts';
import type { FigureView } from '../shared/view.ts';
import { cell, cellText, type DataTable } from '../shared/download-table.ts';
import { FIELDS, FORM, ORDER, selected, type ExhaustivenessState as State } from './state.ts';

const ANSWER: Record<Sufficiency, string> = { no: 'No', partly: 'Partly', yes: 'Yes' };

/** Who says so, after an answer, a prediction or a link between a view and the evidence. */
const BASIS: Record<Basis, string> = {
  stated: 'the post says so',
  implied: 'implied by the post',
  site: 'the site’s reading, not the post’s',
};
/** The same, short enough for the drawing. */
const BASIS_SHORT: Record<Basis, string> = { stated: '', implied: ' (implied)', site: ' (our reading)' };

const BEARING: Record<Weighing['bearing'], string> = {
  for: 'Counts for it',
  against: 'Counts against it',
  explains: 'Its account',
  illustrates: 'Illustrates it',
};

const KIND: Record<EvidenceItem['kind'], string> = {
  observation: 'Observation',
  example: 'Example',
  consideration: 'Consideration',
};

const HOME = figure('Exhaustiveness').chapter;

/** A link to where the site discusses something: in this chapter a fragment alone, so the figure's address survives. */
function place(anchor: Anchor): { href: string; text: string } {
  return anchor.chapter === HOME
    ? { href: `#${anchor.fragment}`, text: 'discussed in this chapter' }
    : { href: `../${anchor.chapter}/#${anchor.fragment}`, text: 'discussed in the next chapter' };
}

function link(anchor: Anchor): Markup {
  const { href, text } = place(anchor);
  return markup`<a href="${href}">${text}</a>`;
}

// The drawing: one row a view, top to bottom in spectrum order.
const W = 320;
const TOP = 30;
const ROW = 50;
const H = TOP + ROW * ORDER.length + 30;
const AXIS_X = 24;
const rowY = (i: number) => TOP + i * ROW + ROW / 2;

function node(view: View, y: number): Markup {
  const answer = `ex-${view.sufficient.answer}`;
  // Figure 4's caption marks some agency as ambiguous: a dashed ring.
  const ring =
    view.extraAgent.agentic === 'ambiguous' &&
    markup`<circle cx="${AXIS_X}" cy="${y}" r="14" class="ex-ambiguous" fill="none"/>`;
  const shape =
    view.axis === 'other persona-like agency'
      ? markup`<rect x="${AXIS_X - 8}" y="${y - 8}" width="16" height="16" rx="2" class="${answer}"/>`
      : markup`<circle cx="${AXIS_X}" cy="${y}" r="9" class="${answer}"/>`;
  return markup`${ring}${shape}`;
}

// Every view is drawn once, at build time: its row's highlight in the drawing and its
// description. A choice shows the chosen view's and hides the others', which writes a few
// attributes where replacing the markup parsed the drawing and the description again (most of
// the 10 ms an input took at 4x CPU slowdown). A description is a case (see caseSlot); a
// highlight, in SVG, a value the stylesheet reads: 1 where chosen.
const caseOf = (view: View) => `view/${view.id}`;
const highlightOf = (view: View) => `chosen/${view.id}`;

/**
 * The drawing. Each row's highlight comes first in the row, so that the chosen row's name is bold
 * by a sibling rule in the stylesheet; the line is drawn over the highlights, and the marks over
 * the line.
 */
function spectrum(): Markup {
  const rows = ORDER.map((view, i) => {
    const y = rowY(i);
    return markup`<g class="ex-row"><rect x="2" y="${TOP + i * ROW + 3}" width="${W - 4}" height="${ROW - 6}" rx="8" class="ex-highlight"${valueAttribute(highlightOf(view))}></rect><text x="48" y="${y - 4}" class="svg-text ex-name" font-size="14">${view.name}</text><text x="48" y="${y + 13}" class="svg-text svg-soft" font-size="12">${ANSWER[view.sufficient.answer]}${BASIS_SHORT[view.sufficient.basis]}</text></g>`;
  });
  return markup`${rows}
<line x1="${AXIS_X}" y1="${TOP - 6}" x2="${AXIS_X}" y2="${TOP + ROW * ORDER.length + 6}" class="svg-rule" stroke-width="2"/>
<text x="${AXIS_X}" y="16" class="svg-text svg-soft" font-size="12">▲ The most left unexplained</text>
<text x="${AXIS_X}" y="${H - 8}" class="svg-text svg-soft" font-size="12">▼ Nothing left unexplained</text>
${ORDER.map((view, i) => node(view, rowY(i)))}`;
}

function evidenceList(view: View): Markup {
  return markup`${evidenceFor(view).map(
    (w) =>
      markup`<li data-bearing="${w.bearing}"><span class="ex-bearing">${BEARING[w.bearing]}</span> <span class="ex-kind">${KIND[w.item.kind]}:</span> ${w.item.observation} <span class="ex-note">On this view: ${w.note} <span class="ex-basis">(${BASIS[w.basis]}; ${link(w.item.anchor)})</span></span></li>`,
  )}`;
}

function detail(view: View): Markup {
  const position = ORDER.indexOf(view) + 1;
  const agent = view.extraAgent;
  return markup`<p class="ex-kicker">View ${position} of ${ORDER.length} on the site’s spectrum · on the axis of ${view.axis}</p>
<p class="ex-title">${view.name}</p>
<p class="ex-claim">${view.claim} <span class="ex-basis">(${link(view.anchor)})</span></p>
<dl class="ex-facts">
<dt>${QUESTION.text}</dt>
<dd><strong class="ex-answer ex-${view.sufficient.answer}">${ANSWER[view.sufficient.answer]}.</strong> ${view.sufficient.why} <span class="ex-basis">(${BASIS[view.sufficient.basis]})</span></dd>
<dt>What it predicts</dt>
<dd>${view.predicts.text} <span class="ex-basis">(${BASIS[view.predicts.basis]})</span></dd>
<dt>Agency besides the Assistant’s</dt>
<dd>${agent.what[0].toUpperCase()}${agent.what.slice(1)}. Agentic: ${agent.agentic}; persona-like: ${agent.personaLike} <span class="ex-basis">(${BASIS[agent.basis]}${agent.agentic === 'ambiguous' && ', in Figure 4’s caption'})</span></dd>
${view.quote && markup`<dt>In the post’s words</dt><dd>“${view.quote.text}” <span class="ex-basis">(${view.quote.where})</span></dd>`}
</dl>
<p class="ex-evidence-title">The evidence and considerations the post weighs, as they bear on this view</p>
<ul class="ex-evidence">${evidenceList(view)}</ul>`;
}

/** Every view in the spectrum's order, for the folded data table and the CSV and JSON downloads. */
const TABLE: DataTable = {
  caption: `Every view in the spectrum’s order (the site’s drawing) and its answer to “${QUESTION.text}”`,
  columns: ['View', 'Place on the line', 'Agency besides the Assistant’s', 'Sufficient?'],
  rows: ORDER.map((v, i) => [
    v.name,
    cell(i + 1, String(i + 1)),
    v.extraAgent.what,
    `${ANSWER[v.sufficient.answer]} (${BASIS[v.sufficient.basis]})`,
  ]),
};

const dataTable = () => markup`<table><caption>${TABLE.caption}</caption>
<thead><tr>${TABLE.columns.map((column) => markup`<th scope="col">${column}</th>`)}</tr></thead>
<tbody>${TABLE.rows.map(([name, ...cells]) => markup`<tr><th scope="row">${cellText(name)}</th>${cells.map((c) => markup`<td>${cellText(c)}</td>`)}</tr>`)}</tbody></table>`;

/** Which view's highlight and description show. */
function cases(state: State): Slots {
  const chosen = selected(state);
  return Object.fromEntries(
    ORDER.flatMap((view) => [
      [caseOf(view), shown(view === chosen)],
      [highlightOf(view), view === chosen ? '1' : '0'],
    ]),
  );
}

// No numbers change and no markup: a choice shows one view's cases, and the headline's two words.
const slots = (state: State): Slots => {
  const view = selected(state);
  return { ...cases(state), 'headline-view': view.name, 'headline-answer': ANSWER[view.sufficient.answer] };
};

function summarize(state: State): string {
  const view = selected(state);
  const weighed = evidenceFor(view).length;
  return `${view.name}, view ${ORDER.indexOf(view) + 1} of ${ORDER.length} on the site’s spectrum from the masked shoggoth to the operating system. ${QUESTION.text} ${ANSWER[view.sufficient.answer]} (${BASIS[view.sufficient.basis]}). ${weighed === 1 ? 'One piece' : `${weighed} pieces`} of evidence weighed.`;
}

export const live: FigureView<State> = { parts: () => ({}), slots, summarize, table: () => TABLE };

export function renderOutput(state: State): Markup {
  return fill(
    markup`<div class="ex-result">
<div class="ex-pair">
<div class="ex-drawing">
<p class="ex-question">Each view’s answer to the post’s question, “${QUESTION.text}”</p>
<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${`The site’s drawing of the post’s Figure 4: ${ORDER.length} views on one line, from the masked shoggoth (understanding the Assistant leaves the most unexplained) to the operating system (it leaves nothing), each with its answer; the chosen view is highlighted and described beside the drawing, and the data table lists them all.`}">${spectrum()}</svg>
</div>
<div class="ex-detail">${ORDER.map((view) => markup`<div class="ex-view"${caseSlot(caseOf(view))}>${detail(view)}</div>`)}</div>
</div>
<details class="figure-data"><summary>Data table: all ${ORDER.length} views</summary>${dataTable()}</details>
<p class="ex-drawn">${PLACEMENT.note}</p>
</div>`,
    cases(state),
  );
}

export function renderHeadline(state: State): Markup {
  return fill(
    markup`${textSlot('headline-view', 'span')}: understanding the Assistant sufficient? ${textSlot('headline-answer', 'strong')}`,
    slots(state),
    false,
  );
}

export function renderControls(state: State): Markup {
  const c = controls(FORM, state);
  return c.radioGroup(
    FIELDS.view,
    'Choose a view, from the masked shoggoth to the operating system',
    ORDER.map((v) => ({ value: v.id, label: v.name })),
    'Each view says where an assistant’s agency comes from. Watch its answer to the post’s question, and the evidence the post weighs for and against it.',
  );
}
