/**
 * BIO labels and first-order Viterbi decoding with hard BIO constraints (I-X only after B-X or
 * I-X), plus max-marginals: for every position and label, the score of the best complete path
 * through that label. Their gap to the best path is the tagger's confidence.
 */

export const ENTITY_TYPES = ["PERS", "LOC", "ORG", "MISC"] as const;
export type EntityTag = (typeof ENTITY_TYPES)[number];

/** Label order: O, then B-/I- per type. */
export const LABELS: readonly string[] = [
  "O",
  ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`]),
];
export const NUM_LABELS = LABELS.length;

/** Label index of a tag string (unknown tags read as O). */
export function labelIndex(tag: string): number {
  const i = LABELS.indexOf(tag);
  return Math.max(i, 0);
}

/** allowed[prev * L + cur]: may `cur` follow `prev`? */
export function bioConstraints(labels: readonly string[]): {
  allowed: Uint8Array;
  allowedStart: Uint8Array;
} {
  const L = labels.length;
  const allowed = new Uint8Array(L * L);
  const allowedStart = new Uint8Array(L);
  for (let c = 0; c < L; c++) {
    const cur = labels[c] ?? "O";
    allowedStart[c] = cur.startsWith("I-") ? 0 : 1;
    for (let p = 0; p < L; p++) {
      const prev = labels[p] ?? "O";
      let ok = true;
      if (cur.startsWith("I-")) ok = prev !== "O" && prev.slice(2) === cur.slice(2);
      allowed[p * L + c] = ok ? 1 : 0;
    }
  }
  return { allowed, allowedStart };
}

export interface Lattice {
  /** Emission scores, n × L row-major. */
  readonly emit: Float32Array | Float64Array;
  readonly n: number;
  readonly L: number;
  /** Transition scores trans[prev * L + cur]. */
  readonly trans: Float32Array | Float64Array;
  /** Scores of starting with each label. */
  readonly start: Float32Array | Float64Array;
  readonly allowed: Uint8Array;
  readonly allowedStart: Uint8Array;
}

const NEG = -1e30;

/** Best label path (label indices), n long. */
export function viterbi(lat: Lattice): Int32Array {
  return run(lat.emit, lat.n, lat.L, blocked(lat), lat.start, lat.allowedStart, workspace(), false)
    .path;
}

/**
 * Best path and, per position, the margin between the best path and the best path that puts
 * a different label there (Infinity when no alternative is allowed).
 */
export function viterbiWithMargins(lat: Lattice): { path: Int32Array; margin: Float64Array } {
  const r = run(
    lat.emit,
    lat.n,
    lat.L,
    blocked(lat),
    lat.start,
    lat.allowedStart,
    workspace(),
    true,
  );
  return { path: r.path, margin: r.margin ?? new Float64Array(lat.n) };
}

/** Margins cost a backward pass: callers that only need the path pass margins = false. */
export type Decoder = (
  emit: Float64Array,
  n: number,
  margins: boolean,
) => { path: Int32Array; margin: Float64Array | null };

/**
 * viterbiWithMargins for fixed transition scores (a trained model): the constraint-folded
 * transition table is built once and the lattice buffers are reused across sentences.
 */
export function makeDecoder(lat: Omit<Lattice, "emit" | "n">): Decoder {
  const T = blocked(lat);
  const ws = workspace();
  return (emit, n, margins) => run(emit, n, lat.L, T, lat.start, lat.allowedStart, ws, margins);
}

/**
 * The transitions the loops visit: for each label its allowed predecessors and successors
 * (BIO leaves I-X only two of nine), with forbidden scores folded to a very low value.
 */
interface Transitions {
  readonly T: Float64Array;
  /** T transposed, Tt[cur * L + prev]: the scores into one label are contiguous. */
  readonly Tt: Float64Array;
  /** Per label: 1 when every label may precede it (no list to walk). */
  readonly anyPred: Uint8Array;
  /** Every label may be followed by some label: no position's backward score is blocked. */
  readonly continues: boolean;
  /** predList[predStart[y] .. predStart[y + 1]): labels that may precede y, ascending. */
  readonly predStart: Int32Array;
  readonly predList: Int32Array;
  readonly succStart: Int32Array;
  readonly succList: Int32Array;
}

function blocked(lat: Omit<Lattice, "emit" | "n">): Transitions {
  const { L, trans, allowed } = lat;
  const T = new Float64Array(L * L);
  for (let k = 0; k < L * L; k++) T[k] = allowed[k] ? (trans[k] as number) : NEG;
  const lists = (ok: (a: number, b: number) => boolean) => {
    const start = new Int32Array(L + 1);
    const list: number[] = [];
    for (let a = 0; a < L; a++) {
      for (let b = 0; b < L; b++) if (ok(a, b)) list.push(b);
      start[a + 1] = list.length;
    }
    return { start, list: Int32Array.from(list) };
  };
  const preds = lists((y, p) => allowed[p * L + y] === 1);
  const succs = lists((y, c) => allowed[y * L + c] === 1);
  const Tt = new Float64Array(L * L);
  for (let p = 0; p < L; p++) for (let c = 0; c < L; c++) Tt[c * L + p] = T[p * L + c] as number;
  const anyPred = Uint8Array.from({ length: L }, (_, y) =>
    (preds.start[y + 1] as number) - (preds.start[y] as number) === L ? 1 : 0,
  );
  let continues = true;
  for (let y = 0; y < L; y++) if (succs.start[y + 1] === succs.start[y]) continues = false;
  return {
    T,
    Tt,
    anyPred,
    continues,
    predStart: preds.start,
    predList: preds.list,
    succStart: succs.start,
    succList: succs.list,
  };
}

interface Workspace {
  alpha: Float64Array;
  beta: Float64Array;
}

function workspace(): Workspace {
  return { alpha: new Float64Array(0), beta: new Float64Array(0) };
}

/**
 * Viterbi with back pointers recovered afterwards: the forward pass keeps only the best scores,
 * and the backtrack recomputes the argmax along the best path alone, from the very same sums,
 * so it picks the same predecessor (the lowest label among equal scores) as storing pointers
 * at every position would, without the bookkeeping at every position and label.
 */
function run(
  emit: Float32Array | Float64Array,
  n: number,
  L: number,
  tr: Transitions,
  start: Float32Array | Float64Array,
  allowedStart: Uint8Array,
  ws: Workspace,
  margins: boolean,
): { path: Int32Array; margin: Float64Array | null } {
  const path = new Int32Array(n);
  if (n === 0) return { path, margin: margins ? new Float64Array(0) : null };
  if (ws.alpha.length < n * L) {
    const cap = Math.max(n, 64) * 2 * L;
    ws.alpha = new Float64Array(cap);
    ws.beta = new Float64Array(cap);
  }
  const { alpha } = ws;
  for (let y = 0; y < L; y++) {
    alpha[y] = allowedStart[y] ? (start[y] as number) + (emit[y] as number) : NEG;
  }
  if (L === 9) forward9(alpha, emit, n, tr);
  else forward(alpha, emit, n, tr, L);
  let bestY = 0;
  let bestS = NEG * 4;
  const lastBase = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    const s = alpha[lastBase + y] as number;
    if (s > bestS) {
      bestS = s;
      bestY = y;
    }
  }
  path[n - 1] = bestY;
  for (let i = n - 1; i > 0; i--) {
    path[i - 1] = bestPredecessor(alpha, (i - 1) * L, tr, L, path[i] as number);
  }
  if (!margins) return { path, margin: null };
  return { path, margin: marginsOf(emit, n, L, tr, ws, path, bestS) };
}

/** Forward pass: alpha[i][y] = max over allowed p of alpha[i - 1][p] + T[p][y], + emit[i][y]. */
function forward(
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
function forward9(
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
function bestPredecessor(
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

/**
 * Per position, the gap between the best path (score bestS) and the best path with another
 * label there, from a backward pass: beta[i][y] = best score of positions i+1.. given y at i.
 */
function marginsOf(
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
