/** Growing the typed arrays the tagger's caches live in. */

/**
 * `a` itself when it holds at least `size` elements, else a copy with room for twice that (so
 * growing one at a time stays linear); the new part holds `fill`.
 */
export function withRoom<A extends Int32Array | Float32Array | Float64Array>(
  a: A,
  size: number,
  fill = 0,
): A {
  if (size <= a.length) return a;
  const out = new (a.constructor as new (length: number) => A)(2 * size);
  (out as Float64Array).set(a);
  if (fill !== 0) out.fill(fill, a.length);
  return out;
}
