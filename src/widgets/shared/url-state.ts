/**
 * Figure state in the page address. A figure declares its fields as a tree; its state has the
 * tree's shape, each field's value typed by the field, so a misspelt key or a wrong type is a
 * compile error. Reading accepts only values a field's own parser accepts and falls back to the
 * default for anything else, so a hostile or mangled address can change nothing but the numbers
 * a figure already allows.
 */

export interface Field<T> {
  /** The query parameter, after the figure's prefix: Figure 3's "n" is "em-n" in the address. */
  param: string;
  /** The value before the reader changes anything. */
  initial: T;
  parse(raw: string): T | undefined;
  serialize(value: T): string;
}

export interface NumberField extends Field<number> {
  min: number;
  max: number;
}

export interface ChoiceField<T extends string> extends Field<T> {
  choices: readonly T[];
}

const NUMBER = /^-?\d{1,12}(\.\d{1,12})?$/;

export function numberField(param: string, initial: number, min: number, max: number, integer = false): NumberField {
  return {
    param,
    initial,
    min,
    max,
    parse(raw) {
      if (!NUMBER.test(raw)) return undefined;
      const value = Number(raw);
      if (!Number.isFinite(value) || value < min || value > max) return undefined;
      if (integer && !Number.isInteger(value)) return undefined;
      return value;
    },
    serialize: (value) => String(Number(value.toPrecision(6))),
  };
}

export function choiceField<const T extends string>(
  param: string,
  choices: readonly T[],
  initial: T = choices[0],
): ChoiceField<T> {
  return {
    param,
    initial,
    choices,
    parse: (raw) => ((choices as readonly string[]).includes(raw) ? (raw as T) : undefined),
    serialize: (value) => value,
  };
}

/** Yes or no, "1" or "0" in the address. */
export function flagField(param: string, initial: boolean): Field<boolean> {
  return {
    param,
    initial,
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    serialize: (value) => (value ? '1' : '0'),
  };
}

/** Fields, grouped as the figure likes; a group's keys are the state's keys. */
export interface FieldTree {
  readonly [key: string]: Field<unknown> | FieldTree;
}

/** A group with one entry per item, keyed by the item's id: one field (or group) per persona, per context… */
export function byId<T extends { id: string }, V>(items: readonly T[], value: (item: T) => V): Record<T['id'], V> {
  return byKey(items, (item) => item.id, value);
}

export function byKey<T, K extends string, V>(
  items: readonly T[],
  key: (item: T) => K,
  value: (item: T) => V,
): Record<K, V> {
  return Object.fromEntries(items.map((item) => [key(item), value(item)])) as Record<K, V>;
}

/** The state a tree of fields holds: the tree's shape, each field's value in its place. */
export type State<F> = { readonly [K in keyof F]: F[K] extends Field<infer T> ? T : State<F[K]> };

function isField(node: Field<unknown> | FieldTree): node is Field<unknown> {
  return typeof (node as Field<unknown>).parse === 'function';
}

/** A field with its name: its path in the tree, "assumptions.prior.helpful", which is also its input's name. */
export interface Leaf {
  name: string;
  path: readonly string[];
  field: Field<unknown>;
}

export function leaves(tree: FieldTree, path: readonly string[] = []): Leaf[] {
  return Object.entries(tree).flatMap(([key, node]) => {
    // Names are the figure's own keys, never a reader's input; keeping them plain keeps them safe
    // in an input's name and lets a dot separate the levels.
    if (!/^[\w-]+$/.test(key)) throw new Error(`Figure field key "${key}" may hold only letters, digits, _ and -`);
    const at = [...path, key];
    return isField(node) ? [{ name: at.join('.'), path: at, field: node }] : leaves(node, at);
  });
}

/** Every field at its initial value. Frozen: a state is never changed in place (see memo.ts). */
export function initialState<F extends FieldTree>(tree: F): State<F> {
  return Object.freeze(
    Object.fromEntries(
      Object.entries(tree).map(([key, node]) => [key, isField(node) ? node.initial : initialState(node)]),
    ),
  ) as State<F>;
}

export function valueAt(state: object, path: readonly string[]): unknown {
  let value: unknown = state;
  for (const key of path) value = (value as Record<string, unknown>)[key];
  return value;
}

/** A new state with one value changed; everything off the path is shared, so what depends only on it can be remembered. */
export function withValue<S extends object>(state: S, path: readonly string[], value: unknown): S {
  const [key, ...rest] = path;
  const inner = rest.length ? withValue((state as Record<string, object>)[key], rest, value) : value;
  return Object.freeze({ ...state, [key]: inner });
}

export function readState<S extends object>(
  fields: readonly Leaf[],
  defaults: S,
  params: URLSearchParams,
  prefix: string,
): S {
  let state = defaults;
  for (const { path, field } of fields) {
    const raw = params.get(`${prefix}-${field.param}`);
    if (raw === null) continue;
    const value = field.parse(raw);
    if (value !== undefined) state = withValue(state, path, value);
  }
  return state;
}

/** Writes only what differs from the defaults, and leaves other figures' parameters alone. */
export function writeState<S extends object>(
  fields: readonly Leaf[],
  defaults: S,
  state: S,
  params: URLSearchParams,
  prefix: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const { path, field } of fields) {
    const value = valueAt(state, path);
    const param = `${prefix}-${field.param}`;
    if (value === valueAt(defaults, path)) next.delete(param);
    else next.set(param, field.serialize(value));
  }
  return next;
}
