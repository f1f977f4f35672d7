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

/**
 * A key over the named fields of a state, in a fixed order. A figure element never changes a
 * state in place (it freezes each one), so the key is remembered for the last state seen: one
 * slider step asks for the same keys from parts, slots and the summary.
 */
export function keyOf(fields: readonly string[]): (state: Readonly<Record<string, unknown>>) => string {
  let last: object | undefined;
  let lastKey = '';
  return (state) => {
    if (state === last && Object.isFrozen(state)) return lastKey;
    let key = '';
    for (const field of fields) key += `${state[field]}|`;
    last = state;
    lastKey = key;
    return key;
  };
}
