/**
 * A figure's form: its fields and their defaults, its sliders, and where it lives (its element
 * and its address prefix, from the registry). The build renders its controls from it, the
 * browser reads and writes the address through it, and the tests build addresses with it.
 */
import { figure, type FigureName } from '../registry.ts';
import {
  initialState,
  leaves,
  readState,
  valueAt,
  writeState,
  type Field,
  type FieldTree,
  type Leaf,
  type NumberField,
  type State,
} from './url-state.ts';
import type { Slider } from './sliders.ts';

/** Every figure's fields keep its illustrative numbers under `assumptions`: what "Reset all assumptions" restores. */
export interface FormFields extends FieldTree {
  readonly assumptions: FieldTree;
}

/** Sliders, by the name of the number field each one moves. */
export type Sliders<F> = { readonly [K in keyof F]?: F[K] extends NumberField ? Slider : never };

export interface SliderField {
  name: string;
  field: NumberField;
  scale: Slider;
}

export interface FigureForm<F extends FormFields> {
  name: FigureName;
  tag: string;
  prefix: string;
  fields: F;
  defaults: State<F>;
  sliders: Sliders<F>;
  sliderFields: readonly SliderField[];
  /** Every field by its name, which is also its input's name. */
  byName: ReadonlyMap<string, Leaf>;
  nameOf(field: Field<unknown>): string;
  valueOf<T>(state: State<F>, field: Field<T>): T;
  slider(name: string): Slider | undefined;
  read(params: URLSearchParams): State<F>;
  write(state: State<F>, params: URLSearchParams): URLSearchParams;
}

export function figureForm<F extends FormFields>(name: FigureName, fields: F, sliders: Sliders<F>): FigureForm<F> {
  const { tag, prefix } = figure(name);
  const all = leaves(fields);
  const byName = new Map(all.map((leaf) => [leaf.name, leaf]));
  const byField = new Map(all.map((leaf) => [leaf.field, leaf]));
  const params = new Set(all.map((leaf) => leaf.field.param));
  if (params.size < all.length || byField.size < all.length)
    throw new Error(`${name}: two fields share a parameter or a field object`);
  const leafOf = (field: Field<unknown>) => {
    const leaf = byField.get(field);
    if (!leaf) throw new Error(`${name}: the field for "${field.param}" is not in its form`);
    return leaf;
  };
  const defaults = initialState(fields);
  // Sliders<F> allows a slider only on a number field.
  const sliderFields = Object.entries(sliders).map(([key, scale]) => ({
    name: key,
    field: fields[key] as NumberField,
    scale: scale as Slider,
  }));
  const bySlider = new Map(sliderFields.map((slider) => [slider.name, slider.scale]));
  return {
    name,
    tag,
    prefix,
    fields,
    defaults,
    sliders,
    sliderFields,
    byName,
    nameOf: (field) => leafOf(field).name,
    valueOf: <T>(state: State<F>, field: Field<T>) => valueAt(state, leafOf(field).path) as T,
    slider: (key) => bySlider.get(key),
    read: (search) => readState(all, defaults, search, prefix),
    write: (state, search) => writeState(all, defaults, state, search, prefix),
  };
}

/**
 * What is wrong with `set`, a state written as an address query (a chapter's "try this" or scene),
 * for this form: a parameter it does not have, or a value a field refuses. Nothing, where all is well.
 */
export function setProblems(form: FigureForm<FormFields>, set: string): string[] {
  const fields = new Map([...form.byName.values()].map(({ field }) => [`${form.prefix}-${field.param}`, field]));
  const params = [...new URLSearchParams(set)];
  if (!params.length) return [`sets nothing: "set" needs at least one of ${form.name}'s parameters`];
  return params.flatMap(([name, value]) => {
    const field = fields.get(name);
    if (!field) return [`sets "${name}", which ${form.name} does not have (its parameters begin "${form.prefix}-")`];
    if (field.parse(value) === undefined) return [`sets "${name}" to "${value}", which ${form.name} refuses`];
    return [];
  });
}
