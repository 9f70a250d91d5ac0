// Pure look-ups asked again and again with the same words or sentences: each result is computed
// once and kept, in a cache cleared when it reaches its bound so memory stays flat however many
// articles a worker reads.

/** `compute(key)` once per key while it stays in `cache`; `undefined` and `null` results are kept too. */
export function memo<T>(cache: Map<string, T>, key: string, compute: (key: string) => T, bound = 50000): T {
  const hit = cache.get(key);
  if (hit !== undefined || cache.has(key)) return hit as T;
  const value = compute(key);
  if (cache.size >= bound) cache.clear();
  cache.set(key, value);
  return value;
}
