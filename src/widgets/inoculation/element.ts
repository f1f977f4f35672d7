/** <psm-inoculation>: the inoculation figure in the browser, on the shared figure element. */
import { figureElement } from '../shared/figure-element.ts';
import { ASSUMPTION_KEYS, DEFAULTS, FIELDS, SIZE } from './state.ts';
import { attributes, parts, slots, summarize } from './view.ts';

export const PsmInoculation = figureElement({
  fields: FIELDS,
  defaults: DEFAULTS,
  assumptions: ASSUMPTION_KEYS,
  sliders: { n: SIZE },
  parts,
  slots,
  summarize,
  attributes,
});
