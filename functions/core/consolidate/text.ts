/**
 * Text keys for comparing articles, quotes and sentences across outlets: the extractor's
 * normalisation (hamza and alef forms, ى/ي, ة/ه, diacritics, digits) with punctuation and
 * spacing folded away, so the same words compare equal however they were typed or encoded.
 */
import { normalizeArabic } from "../extract/normalize.ts";

/** Normalised words of a text: letters and digits only. */
export function keyWords(text: string): string[] {
  return normalizeArabic(text.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** One string for equality tests: the normalised words joined by single spaces. */
export function textKey(text: string): string {
  return keyWords(text).join(" ");
}

/** 32-bit FNV-1a: a fast, well-spread hash for shingles and short ids (not for security). */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A short, stable hex id for a key (two independent FNV hashes: 64 bits). */
export function hexId(key: string): string {
  const a = fnv1a(key).toString(16).padStart(8, "0");
  const b = fnv1a(key, 0x9747b28c).toString(16).padStart(8, "0");
  return `${a}${b}`;
}

/** Hashes of the word n-grams (shingles) of a word list; a shorter list is one shingle. */
export function shingleHashes(words: readonly string[], n: number): Uint32Array {
  const count = Math.max(1, words.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < Math.min(words.length, i + n); k++) {
      h = fnv1a(words[k] as string, h);
      h = Math.imul(h ^ 0x20, 0x01000193) >>> 0;
    }
    out[i] = h >>> 0;
  }
  return out;
}

/** Jaccard similarity of two sets of hashes. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const h of small) if (large.has(h)) shared++;
  return shared / (a.size + b.size - shared);
}
