/**
 * The table every figure with personas shares: each hypothesis's weight before and after
 * training, as two bars and two numbers. Its rows change with the assumptions only; the numbers
 * are slots, so a slider drag writes numbers and widths and parses no markup.
 */
import { percent } from './format.ts';
import { markup, type Markup } from './markup.ts';
import { textSlot, width, widthSlot, type Slots } from './slots.ts';

/** Weight on each hypothesis before and after training: one row per hypothesis, its numbers in slots. */
export function weightRows(part: string, rows: readonly { id: string; label: string }[]): Markup {
  return markup`${rows.map((r) => {
    const slot = `${part}/${r.id}`;
    return markup`<tr data-persona="${r.id}"><th scope="row">${r.label}</th><td><span class="fig-bars" aria-hidden="true">${widthSlot(`${slot}/before-bar`, markup` class="fig-bar fig-before"`)}${widthSlot(`${slot}/after-bar`, markup` class="fig-bar fig-after"`)}</span><span class="fig-values">${textSlot(`${slot}/prior`, 'span', markup` data-cell="prior"`)} → ${textSlot(`${slot}/posterior`, 'span', markup` data-cell="posterior"`)}</span></td></tr>`;
  })}`;
}

/** The numbers for weightRows. */
export function weightSlots(part: string, rows: readonly { id: string; before: number; after: number }[]): Slots {
  const slots: Slots = {};
  for (const r of rows) {
    const slot = `${part}/${r.id}`;
    slots[`${slot}/before-bar`] = width(r.before);
    slots[`${slot}/after-bar`] = width(r.after);
    slots[`${slot}/prior`] = percent(r.before);
    slots[`${slot}/posterior`] = percent(r.after);
  }
  return slots;
}

/** The table around weightRows; its body is the figure part `part`. */
export function weightsTable(caption: string, rowHeader: string, rows: Markup, part: string): Markup {
  return markup`<table class="fig-personas">
<caption>${caption}</caption>
<thead><tr><th scope="col">${rowHeader}</th><th scope="col"><span class="fig-key fig-before"></span> before <span class="fig-key fig-after"></span> after</th></tr></thead>
<tbody data-part="${part}">${rows}</tbody></table>`;
}
