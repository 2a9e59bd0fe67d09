/**
 * The hashes every NER feature is made of: FNV-1a of a value seeded by its template, or an
 * integer mix of a template seed and two value hashes for conjunctions. Feature strings are
 * never built on the tagging path.
 */

/** FNV-1a over the UTF-16 code units of `s`, continuing from `h`. */
export function fnv(s: string, h = 0x811c9dc5): number {
  let x = h;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x >>> 0;
}

/** Seed of a template: features of different templates never share a hash by construction. */
export function seed(name: string): number {
  return fnv(`${name}=`);
}

/** Hash of a template seed with two value hashes (a conjunction): integer mixing only. */
export function mix(s: number, a: number, b: number): number {
  let h = Math.imul(s ^ a, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0x85ebca77);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae3d);
  h ^= h >>> 16;
  return h >>> 0;
}
