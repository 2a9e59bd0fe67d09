/**
 * Viterbi's forward pass (best score of every label at every position) and the backtrack step
 * that recovers the best path from those scores alone.
 */
import { NEG, type Transitions } from "./lattice.ts";

/** Forward pass: alpha[i][y] = max over allowed p of alpha[i - 1][p] + T[p][y], + emit[i][y]. */
export function forward(
  alpha: Float64Array,
  emit: Float32Array | Float64Array,
  n: number,
  tr: Transitions,
  L: number,
): void {
  const { T, predStart, predList } = tr;
  for (let base = L; base < n * L; base += L) {
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = NEG * 2;
      const to = predStart[y + 1] as number;
      for (let k = predStart[y] as number; k < to; k++) {
        const p = predList[k] as number;
        const s = (alpha[prevBase + p] as number) + (T[p * L + y] as number);
        if (s > best) best = s;
      }
      alpha[base + y] = best + (emit[base + y] as number);
    }
  }
}

/**
 * forward() for nine labels (the BIO set), about twice as fast: the previous scores sit in
 * locals and the labels any label may precede are maxed unrolled over the transposed scores.
 * Same sums, same maxima.
 */
export function forward9(
  alpha: Float64Array,
  emit: Float32Array | Float64Array,
  n: number,
  tr: Transitions,
): void {
  const { Tt, anyPred, predStart, predList } = tr;
  for (let base = 9; base < n * 9; base += 9) {
    const prev = base - 9;
    const a0 = alpha[prev] as number;
    const a1 = alpha[prev + 1] as number;
    const a2 = alpha[prev + 2] as number;
    const a3 = alpha[prev + 3] as number;
    const a4 = alpha[prev + 4] as number;
    const a5 = alpha[prev + 5] as number;
    const a6 = alpha[prev + 6] as number;
    const a7 = alpha[prev + 7] as number;
    const a8 = alpha[prev + 8] as number;
    for (let y = 0; y < 9; y++) {
      const t = y * 9;
      let best: number;
      if (anyPred[y] === 1) {
        best = a0 + (Tt[t] as number);
        let s = a1 + (Tt[t + 1] as number);
        if (s > best) best = s;
        s = a2 + (Tt[t + 2] as number);
        if (s > best) best = s;
        s = a3 + (Tt[t + 3] as number);
        if (s > best) best = s;
        s = a4 + (Tt[t + 4] as number);
        if (s > best) best = s;
        s = a5 + (Tt[t + 5] as number);
        if (s > best) best = s;
        s = a6 + (Tt[t + 6] as number);
        if (s > best) best = s;
        s = a7 + (Tt[t + 7] as number);
        if (s > best) best = s;
        s = a8 + (Tt[t + 8] as number);
        if (s > best) best = s;
      } else {
        best = NEG * 2;
        const to = predStart[y + 1] as number;
        for (let k = predStart[y] as number; k < to; k++) {
          const p = predList[k] as number;
          const s = (alpha[prev + p] as number) + (Tt[t + p] as number);
          if (s > best) best = s;
        }
      }
      alpha[base + y] = best + (emit[base + y] as number);
    }
  }
}

/** The lowest label p with the highest alpha[prevBase + p] + T[p][y] (as the forward pass summed). */
export function bestPredecessor(
  alpha: Float64Array,
  prevBase: number,
  tr: Transitions,
  L: number,
  y: number,
): number {
  const { T, predStart, predList } = tr;
  let best = NEG * 2;
  let arg = 0;
  const to = predStart[y + 1] as number;
  for (let k = predStart[y] as number; k < to; k++) {
    const p = predList[k] as number;
    const s = (alpha[prevBase + p] as number) + (T[p * L + y] as number);
    if (s > best) {
      best = s;
      arg = p;
    }
  }
  return arg;
}
