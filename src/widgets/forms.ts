/**
 * Each registered figure's form, from its folder, for what checks a state written in a chapter
 * (a scene, a question) at build time. Apart from src/widgets/index.ts, which loads the figures'
 * components: a question's outcome is computed, and unit-tested, without them.
 */
import type { Figure } from './registry.ts';
import type { FigureForm, FormFields } from './shared/form.ts';

const forms = import.meta.glob<{ FORM: FigureForm<FormFields> }>('./*/state.ts', { eager: true });

export const formOf = (figure: Figure): FigureForm<FormFields> => forms[`./${figure.folder}/state.ts`].FORM;
