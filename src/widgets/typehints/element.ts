/** <psm-typehints>: the type-hint figure in the browser, on the shared figure element. */
import { figureElement } from '../shared/figure-element.ts';
import { ASSUMPTION_KEYS, DEFAULTS, FIELDS, STEERING } from './state.ts';
import { parts, slots, summarize } from './view.ts';

export const PsmTypeHints = figureElement({
  fields: FIELDS,
  defaults: DEFAULTS,
  assumptions: ASSUMPTION_KEYS,
  sliders: { steering: STEERING },
  parts,
  slots,
  summarize,
});
