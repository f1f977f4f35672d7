/**
 * Each registered figure with its form and its view, loaded from its folder: the tests take the
 * list of figures from the registry and name none themselves.
 */
import { FIGURES, type Figure } from '../src/widgets/registry.ts';
import type { FigureForm, FormFields } from '../src/widgets/shared/form.ts';
import type { RenderedView } from '../src/widgets/shared/view.ts';
import { withValue, type ChoiceField, type State } from '../src/widgets/shared/url-state.ts';

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

/** A figure's first choice (what a figure without a slider is driven by), and its last option. */
function lastChoice(figure: LoadedFigure) {
  const leaf = [...figure.form.byName.values()].find(({ field }) => 'choices' in field)!;
  return { ...leaf, value: (leaf.field as ChoiceField<string>).choices.at(-1)! };
}

/** The registry's slider (what a drag moves, ▶ runs and the bench times), where the figure has one. */
export const sliderOf = (figure: LoadedFigure) => figure.form.sliderFields.find((s) => s.name === figure.slider);

/** The defaults with one control moved: the registry's slider to its first step, or, without one, the first choice to its last option. */
export function movedState(figure: LoadedFigure): State<FormFields> {
  const slider = sliderOf(figure);
  if (slider) return withValue(figure.form.defaults, [slider.name], slider.scale.toValue(1));
  const { path, value } = lastChoice(figure);
  return withValue(figure.form.defaults, path, value);
}
