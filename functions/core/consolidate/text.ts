/**
 * Text keys for comparing articles, quotes and sentences across outlets: the extractor's
 * normalisation (hamza and alef forms, ى/ي, ة/ه, diacritics, digits) with punctuation and
 * spacing folded away, so the same words compare equal however they were typed or encoded.
 */
import { normalizeArabic } from "../extract/text/normalize.ts";

/** Code units that belong to a word (letters, marks the normaliser keeps, digits). */
const WORD = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (/[\p{L}\p{N}]/u.test(String.fromCharCode(c))) WORD[c] = 1;
}
// Surrogate halves: letters outside the BMP stay inside their word.
WORD.fill(1, 0xd800, 0xe000);

/** Normalised words of a text: letters and digits only, ASCII lower-cased. One pass. */
export function keyWords(text: string): string[] {
  const norm = normalizeArabic(text);
  const out: string[] = [];
  let start = -1;
  let upper = false;
  for (let i = 0; i <= norm.length; i++) {
    const c = i < norm.length ? norm.charCodeAt(i) : 0x20;
    if (WORD[c] === 1) {
      if (start < 0) start = i;
      if (c >= 0x41 && c <= 0x5a) upper = true;
    } else if (start >= 0) {
      const w = norm.slice(start, i);
      out.push(upper ? w.toLowerCase() : w);
      start = -1;
      upper = false;
    }
  }
  return out;
}

/** Short keys (names, aliases) repeat across thousands of articles: computed once each. */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

/** One string for equality tests: the normalised words joined by single spaces. */
export function textKey(text: string): string {
  if (text.length > 80) return keyWords(text).join(" ");
  let key = KEY_CACHE.get(text);
  if (key === undefined) {
    key = keyWords(text).join(" ");
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    KEY_CACHE.set(text, key);
  }
  return key;
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
