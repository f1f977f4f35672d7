/**
 * Remembers recent results by what they depend on, so that moving one control recomputes only
 * what depends on it: a slider drag changes the training size, not the curves drawn across every
 * size. A figure's state is never changed in place, and a change copies only the path to the
 * value it changes (see url-state.ts), so a group of fields the change did not touch is the very
 * same object as before: comparing dependencies by identity is enough, and costs next to nothing.
 */
export function memo<A, R>(
  dependencies: (arg: A) => readonly unknown[],
  compute: (arg: A) => R,
  size = 8,
): (arg: A) => R {
  const cache: { keys: readonly unknown[]; value: R }[] = [];
  return (arg) => {
    const keys = dependencies(arg);
    const hit = cache.find(
      (entry) => entry.keys.length === keys.length && entry.keys.every((key, i) => key === keys[i]),
    );
    if (hit) return hit.value;
    const value = compute(arg);
    if (cache.length >= size) cache.shift();
    cache.push({ keys, value });
    return value;
  };
}
