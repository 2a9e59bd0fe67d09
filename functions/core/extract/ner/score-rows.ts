/**
 * The loops that add the tagger's score rows up. A row is the 9 label scores (L); a word's
 * cached word-feature scores are 7 rows, one per offset (K). The 9 sums are kept in locals
 * (registers) and unrolled: these loops run for every feature of every token.
 *
 * The weights are float32 multiples of one quantum per model and every sum stays far below
 * 2^53 quanta, so float64 sums are exact in any grouping (tagger.ts says why that matters).
 *
 * The tagger's files each define L (and K, SLOT) as module constants of their own rather than
 * importing them: a module's own constant is folded into the compiled loops, an imported
 * binding is loaded each time.
 */

/**
 * out[at …] += the sum of the rows at found[0 … count) (entry × M) + shift: one model's
 * weights of the features found, summed in locals (registers) before touching memory.
 */
export function addRows(
  out: Float64Array,
  at: number,
  rows: Float32Array,
  found: Int32Array,
  count: number,
  shift: number,
): void {
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let a4 = 0;
  let a5 = 0;
  let a6 = 0;
  let a7 = 0;
  let a8 = 0;
  for (let k = 0; k < count; k++) {
    const w = (found[k] as number) * 9 + shift;
    a0 += rows[w] as number;
    a1 += rows[w + 1] as number;
    a2 += rows[w + 2] as number;
    a3 += rows[w + 3] as number;
    a4 += rows[w + 4] as number;
    a5 += rows[w + 5] as number;
    a6 += rows[w + 6] as number;
    a7 += rows[w + 7] as number;
    a8 += rows[w + 8] as number;
  }
  out[at] = (out[at] as number) + a0;
  out[at + 1] = (out[at + 1] as number) + a1;
  out[at + 2] = (out[at + 2] as number) + a2;
  out[at + 3] = (out[at + 3] as number) + a3;
  out[at + 4] = (out[at + 4] as number) + a4;
  out[at + 5] = (out[at + 5] as number) + a5;
  out[at + 6] = (out[at + 6] as number) + a6;
  out[at + 7] = (out[at + 7] as number) + a7;
  out[at + 8] = (out[at + 8] as number) + a8;
}

/** out[at … at+9) += from[src … src+9). */
export function addScores(out: Float64Array, at: number, from: Float64Array, src: number): void {
  for (let y = 0; y < 9; y++) out[at + y] = (out[at + y] as number) + (from[src + y] as number);
}

/**
 * Emission scores of a sentence: per word, its 7 cached offset rows plus its context scores.
 * The 9 label sums live in locals (registers).
 */
export function emissions(
  emit: Float64Array,
  n: number,
  padded: Int32Array,
  slab: Float32Array,
  ctx: Float64Array,
): void {
  for (let i = 0; i < n; i++) {
    const base = i * 9;
    let a0 = ctx[base] as number;
    let a1 = ctx[base + 1] as number;
    let a2 = ctx[base + 2] as number;
    let a3 = ctx[base + 3] as number;
    let a4 = ctx[base + 4] as number;
    let a5 = ctx[base + 5] as number;
    let a6 = ctx[base + 6] as number;
    let a7 = ctx[base + 7] as number;
    let a8 = ctx[base + 8] as number;
    for (let k = 0; k < 7; k++) {
      const at = (padded[i + k] as number) + k * 9;
      a0 += slab[at] as number;
      a1 += slab[at + 1] as number;
      a2 += slab[at + 2] as number;
      a3 += slab[at + 3] as number;
      a4 += slab[at + 4] as number;
      a5 += slab[at + 5] as number;
      a6 += slab[at + 6] as number;
      a7 += slab[at + 7] as number;
      a8 += slab[at + 8] as number;
    }
    emit[base] = a0;
    emit[base + 1] = a1;
    emit[base + 2] = a2;
    emit[base + 3] = a3;
    emit[base + 4] = a4;
    emit[base + 5] = a5;
    emit[base + 6] = a6;
    emit[base + 7] = a7;
    emit[base + 8] = a8;
  }
}
