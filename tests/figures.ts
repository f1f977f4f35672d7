/**
 * Each registered figure with its form and its view, loaded from its folder: the tests take the
 * list of figures from the registry and name none themselves.
 */
import { FIGURES, type Figure } from '../src/widgets/registry.ts';
import type { FigureForm, FormFields } from '../src/widgets/shared/form.ts';
import type { RenderedView } from '../src/widgets/shared/view.ts';
import type { State } from '../src/widgets/shared/url-state.ts';

export interface LoadedFigure extends Figure {
  form: FigureForm<FormFields>;
  view: RenderedView<State<FormFields>>;
}

export async function loadFigure(figure: Figure): Promise<LoadedFigure> {
  const [state, view] = await Promise.all([
    import(`../src/widgets/${figure.folder}/state.ts`),
    import(`../src/widgets/${figure.folder}/view.ts`),
  ]);
  return { ...figure, form: state.FORM, view };
}

export const loadFigures = () => Promise.all(FIGURES.map(loadFigure));
