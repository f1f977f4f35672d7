/** <psm-pangolin>: the Pangolin figure in the browser, on the shared figure element. */
import { figureElement } from '../shared/figure-element.ts';
import { ASSUMPTION_KEYS, DEFAULTS, DISTINCT, FIELDS, RETRIEVAL } from './state.ts';
import { parts, slots, summarize } from './view.ts';

export const PsmPangolin = figureElement({
  fields: FIELDS,
  defaults: DEFAULTS,
  assumptions: ASSUMPTION_KEYS,
  sliders: { distinct: DISTINCT, retrieval: RETRIEVAL },
  parts,
  slots,
  summarize,
});
