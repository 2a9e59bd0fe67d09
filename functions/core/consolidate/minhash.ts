/**
 * Near-duplicate detection for syndicated copies: MinHash over word 5-gram shingles, with
 * one-permutation hashing (each shingle hashed once, its bin chosen by the hash's top bits,
 * the bin keeping its minimum) so a signature costs one pass over the text, and LSH banding
 * so that only articles sharing a whole band of the signature are ever compared.
 *
 * With 64 bins in 16 bands of 4, two texts whose shingle sets have Jaccard similarity 0.5
 * share a band with probability 1-(1-0.5⁴)¹⁶ ≈ 0.64, at 0.7 ≈ 0.99, at 0.3 ≈ 0.12; every
 * candidate is then checked against the whole signature.
 */
import { fnv1a } from "./text.ts";

export const BINS = 64;
const BAND_ROWS = 4;
const EMPTY = 0xffffffff;

/** murmur3's finaliser: spreads FNV's low-entropy high bits before they choose a bin. */
function mix(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(BINS).fill(EMPTY);
  for (const s of shingles) {
    const x = mix(s);
    const bin = x >>> 26; // top 6 bits: 64 bins
    const value = x & 0x03ffffff;
    if (value < (sig[bin] as number)) sig[bin] = value;
  }
  return sig;
}

/** The estimated Jaccard similarity of the texts behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let both = 0;
  let same = 0;
  for (let i = 0; i < BINS; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x === EMPTY && y === EMPTY) continue;
    both++;
    if (x === y) same++;
  }
  return both === 0 ? 0 : same / both;
}

/** One key per full band (a band with an empty bin says nothing and gets none). */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BINS / BAND_ROWS; b++) {
    let h = fnv1a(String(b));
    let empty = false;
    for (let r = 0; r < BAND_ROWS; r++) {
      const v = sig[b * BAND_ROWS + r] as number;
      if (v === EMPTY) empty = true;
      h = Math.imul(h ^ v, 0x01000193) >>> 0;
    }
    if (!empty) keys.push(`${b}:${h.toString(36)}`);
  }
  return keys;
}
