/** The exhaustiveness figure's state: which view of the post's Figure 4 the reader has chosen. No slider, no assumptions. */
import { spectrum, type View } from '../../models/exhaustiveness.ts';
import { choiceField, type State } from '../shared/url-state.ts';
import { figureForm } from '../shared/form.ts';

/** The views in the order the site draws them, from the masked shoggoth to the operating system. */
export const ORDER = spectrum();

export const FIELDS = {
  view: choiceField(
    'view',
    ORDER.map((v) => v.id),
  ),
  // Nothing here is an illustrative number: the figure draws the post's views, it runs no model.
  assumptions: {},
};

export const FORM = figureForm('Exhaustiveness', FIELDS, {});
export type ExhaustivenessState = State<typeof FIELDS>;

export function selected(state: ExhaustivenessState): View {
  return ORDER.find((v) => v.id === state.view)!;
}
