/** <psm-figure3>: Figure 3 in the browser, on the shared figure element. */
import { figureElement } from '../shared/figure-element.ts';
import { ASSUMPTION_KEYS, DEFAULTS, FIELDS, SIZE } from './state.ts';
import { parts, slots, summarize } from './view.ts';

export const PsmFigure3 = figureElement({
  fields: FIELDS,
  defaults: DEFAULTS,
  assumptions: ASSUMPTION_KEYS,
  sliders: { n: SIZE },
  parts,
  slots,
  summarize,
});
