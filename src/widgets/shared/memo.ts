/**
 * Remembers recent results by key, so that moving one control recomputes only what depends on
 * it: a slider drag changes the training size, not the curves drawn across every size.
 */
export function memo<A, R>(key: (arg: A) => string, compute: (arg: A) => R, size = 8): (arg: A) => R {
  const cache = new Map<string, R>();
  return (arg) => {
    const k = key(arg);
    const hit = cache.get(k);
    if (hit !== undefined) return hit;
    const value = compute(arg);
    if (cache.size >= size) cache.delete(cache.keys().next().value!);
    cache.set(k, value);
    return value;
  };
}

/** A key over the named fields of a state, in a fixed order. */
export function keyOf(fields: readonly string[]): (state: Record<string, unknown>) => string {
  return (state) => fields.map((f) => String(state[f])).join('|');
}
