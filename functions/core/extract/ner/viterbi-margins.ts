/**
 * Max-marginals: a backward pass and, per position, the gap between the best path and the
 * best path with another label there (the tagger's confidence).
 */
import { NEG, type Transitions, type Workspace } from "./lattice.ts";

/**
 * Per position, the gap between the best path (score bestS) and the best path with another
 * label there, from a backward pass: beta[i][y] = best score of positions i+1.. given y at i.
 */
export function marginsOf(
  emit: Float32Array | Float64Array,
  n: number,
  L: number,
  tr: Transitions,
  ws: Workspace,
  path: Int32Array,
  bestS: number,
): Float64Array {
  const { alpha, beta } = ws;
  if (L === 9 && tr.continues) backward9(beta, emit, n, tr.T);
  else backward(beta, emit, n, tr, L);
  const margin = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const chosen = path[i] as number;
    let alt = NEG * 4;
    for (let y = 0; y < L; y++) {
      const s = (alpha[base + y] as number) + (beta[base + y] as number);
      if (y !== chosen && s > alt) alt = s;
    }
    margin[i] = alt <= NEG / 2 ? Number.POSITIVE_INFINITY : bestS - alt;
  }
  return margin;
}

/** Backward pass: beta[i][y] = best score of positions i+1.. given label y at i. */
function backward(
  beta: Float64Array,
  emit: Float32Array | Float64Array,
  n: number,
  tr: Transitions,
  L: number,
): void {
  const { T, succStart, succList } = tr;
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 0;
  for (let base = (n - 2) * L; base >= 0; base -= L) {
    const nextBase = base + L;
    for (let y = 0; y < L; y++) {
      let best = NEG * 2;
      const to = succStart[y + 1] as number;
      for (let k = succStart[y] as number; k < to; k++) {
        const c = succList[k] as number;
        const s =
          (T[y * L + c] as number) +
          (emit[nextBase + c] as number) +
          (beta[nextBase + c] as number);
        if (s > best) best = s;
      }
      beta[base + y] = best;
    }
  }
}

/**
 * backward() for nine labels: the next position's scores sit in locals and every
 * successor is tried, forbidden ones through their folded score NEG. When every label has an
 * allowed successor those stay some 1e30 below any allowed one, so the maxima are the same.
 */
function backward9(
  beta: Float64Array,
  emit: Float32Array | Float64Array,
  n: number,
  T: Float64Array,
): void {
  for (let y = 0; y < 9; y++) beta[(n - 1) * 9 + y] = 0;
  for (let base = (n - 2) * 9; base >= 0; base -= 9) {
    const next = base + 9;
    const e0 = emit[next] as number;
    const e1 = emit[next + 1] as number;
    const e2 = emit[next + 2] as number;
    const e3 = emit[next + 3] as number;
    const e4 = emit[next + 4] as number;
    const e5 = emit[next + 5] as number;
    const e6 = emit[next + 6] as number;
    const e7 = emit[next + 7] as number;
    const e8 = emit[next + 8] as number;
    const b0 = beta[next] as number;
    const b1 = beta[next + 1] as number;
    const b2 = beta[next + 2] as number;
    const b3 = beta[next + 3] as number;
    const b4 = beta[next + 4] as number;
    const b5 = beta[next + 5] as number;
    const b6 = beta[next + 6] as number;
    const b7 = beta[next + 7] as number;
    const b8 = beta[next + 8] as number;
    for (let y = 0; y < 9; y++) {
      const t = y * 9;
      let best = (T[t] as number) + e0 + b0;
      let s = (T[t + 1] as number) + e1 + b1;
      if (s > best) best = s;
      s = (T[t + 2] as number) + e2 + b2;
      if (s > best) best = s;
      s = (T[t + 3] as number) + e3 + b3;
      if (s > best) best = s;
      s = (T[t + 4] as number) + e4 + b4;
      if (s > best) best = s;
      s = (T[t + 5] as number) + e5 + b5;
      if (s > best) best = s;
      s = (T[t + 6] as number) + e6 + b6;
      if (s > best) best = s;
      s = (T[t + 7] as number) + e7 + b7;
      if (s > best) best = s;
      s = (T[t + 8] as number) + e8 + b8;
      if (s > best) best = s;
      beta[base + y] = best;
    }
  }
}
