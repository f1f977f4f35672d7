/**
 * Figure state in the page address. Each figure declares its fields; reading accepts only
 * values a field's own parser accepts and falls back to the default for anything else, so a
 * hostile or mangled address can change nothing but the numbers a figure already allows.
 */

export interface Field<T> {
  /** The query-parameter name; figures prefix theirs so that several share one address. */
  param: string;
  parse(raw: string): T | undefined;
  serialize(value: T): string;
}

const NUMBER = /^-?\d{1,12}(\.\d{1,12})?$/;

export function numberField(param: string, min: number, max: number, integer = false): Field<number> {
  return {
    param,
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

export function choiceField<T extends string>(param: string, choices: readonly T[]): Field<T> {
  return {
    param,
    parse: (raw) => (choices as readonly string[]).includes(raw) ? (raw as T) : undefined,
    serialize: (value) => value,
  };
}

export type Fields<S> = { [K in keyof S]: Field<S[K]> };

export function readState<S extends object>(fields: Fields<S>, defaults: S, params: URLSearchParams): S {
  const state = { ...defaults };
  for (const key of Object.keys(fields) as (keyof S)[]) {
    const raw = params.get(fields[key].param);
    if (raw === null) continue;
    const value = fields[key].parse(raw);
    if (value !== undefined) state[key] = value;
  }
  return state;
}

/** Writes only what differs from the defaults, and leaves other figures' parameters alone. */
export function writeState<S extends object>(fields: Fields<S>, defaults: S, state: S, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(fields) as (keyof S)[]) {
    const field = fields[key];
    if (state[key] === defaults[key]) next.delete(field.param);
    else next.set(field.param, field.serialize(state[key]));
  }
  return next;
}
