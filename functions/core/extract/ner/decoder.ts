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
  return decode(lat, false).path;
}

/**
 * Best path and, per position, the margin between the best path and the best path that puts
 * a different label there (Infinity when no alternative is allowed).
 */
export function viterbiWithMargins(lat: Lattice): { path: Int32Array; margin: Float64Array } {
  const r = decode(lat, true);
  return { path: r.path, margin: r.margin ?? new Float64Array(lat.n) };
}

/** Transition tables with forbidden transitions folded in, per (trans, allowed) pair. */
const tables = new WeakMap<object, WeakMap<Uint8Array, Float64Array>>();

/**
 * Which transitions the loops visit: predecessors per label (preds[predOff[y]..predOff[y+1]))
 * and successors per label, both ascending. Skipping a forbidden transition changes nothing when
 * some label that may start a sentence and follow any label (O, B-X) is among every label's
 * allowed predecessors: such labels always score far above the forbidden penalty, so a forbidden
 * transition never wins nor ties. Otherwise every transition is visited, as before.
 */
interface Graph {
  readonly predOff: Int32Array;
  readonly preds: Int32Array;
  readonly succOff: Int32Array;
  readonly succs: Int32Array;
}
const graphs = new WeakMap<Uint8Array, Graph>();

function graphOf(allowed: Uint8Array, allowedStart: Uint8Array, L: number): Graph {
  const hit = graphs.get(allowed);
  if (hit && hit.predOff.length === L + 1) return hit;
  const free: boolean[] = [];
  for (let y = 0; y < L; y++) {
    let ok = allowedStart[y] === 1;
    for (let p = 0; p < L; p++) if (!allowed[p * L + y]) ok = false;
    free.push(ok);
  }
  let sparse = true;
  for (let y = 0; y < L; y++) {
    let has = false;
    for (let p = 0; p < L; p++) if (allowed[p * L + y] && free[p]) has = true;
    if (!has) sparse = false;
  }
  const keep = (p: number, y: number) => !sparse || allowed[p * L + y] === 1;
  const predOff = new Int32Array(L + 1);
  const succOff = new Int32Array(L + 1);
  const preds: number[] = [];
  const succs: number[] = [];
  for (let y = 0; y < L; y++) {
    for (let p = 0; p < L; p++) if (keep(p, y)) preds.push(p);
    predOff[y + 1] = preds.length;
    for (let c = 0; c < L; c++) if (keep(y, c)) succs.push(c);
    succOff[y + 1] = succs.length;
  }
  const g = { predOff, preds: Int32Array.from(preds), succOff, succs: Int32Array.from(succs) };
  graphs.set(allowed, g);
  return g;
}

function transitionTable(
  trans: Float32Array | Float64Array,
  allowed: Uint8Array,
  L: number,
): Float64Array {
  let byAllowed = tables.get(trans);
  if (!byAllowed) {
    byAllowed = new WeakMap();
    tables.set(trans, byAllowed);
  }
  let T = byAllowed.get(allowed);
  if (!T || T.length !== L * L) {
    // Forbidden transitions become a very low score: the inner loops need no branches.
    T = new Float64Array(L * L);
    for (let k = 0; k < L * L; k++) T[k] = allowed[k] ? (trans[k] as number) : NEG;
    byAllowed.set(allowed, T);
  }
  return T;
}

/** Scratch lattices reused across calls (decoding is synchronous). */
let alpha = new Float64Array(1024);
let beta = new Float64Array(1024);
let back = new Int32Array(1024);

function decode(lat: Lattice, margins: boolean): { path: Int32Array; margin: Float64Array | null } {
  const { emit, n, L, trans, start, allowed, allowedStart } = lat;
  const path = new Int32Array(n);
  if (n === 0) return { path, margin: margins ? new Float64Array(0) : null };
  const T = transitionTable(trans, allowed, L);
  const { predOff, preds, succOff, succs } = graphOf(allowed, allowedStart, L);
  const size = n * L;
  if (alpha.length < size) {
    let cap = alpha.length;
    while (cap < size) cap *= 2;
    alpha = new Float64Array(cap);
    beta = new Float64Array(cap);
    back = new Int32Array(cap);
  }
  const A = alpha;
  const B = back;
  for (let y = 0; y < L; y++) {
    A[y] = allowedStart[y] ? (start[y] as number) + (emit[y] as number) : NEG;
  }
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = NEG * 2;
      let arg = 0;
      const to = predOff[y + 1] as number;
      for (let q = predOff[y] as number; q < to; q++) {
        const p = preds[q] as number;
        const s = (A[prevBase + p] as number) + (T[p * L + y] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      A[base + y] = best + (emit[base + y] as number);
      B[base + y] = arg;
    }
  }
  let bestY = 0;
  let bestS = NEG * 4;
  const lastBase = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    const s = A[lastBase + y] as number;
    if (s > bestS) {
      bestS = s;
      bestY = y;
    }
  }
  path[n - 1] = bestY;
  for (let i = n - 1; i > 0; i--) path[i - 1] = B[i * L + (path[i] as number)] as number;
  if (!margins) return { path, margin: null };

  // Backward pass: beta[i][y] = best score of positions i+1.. given label y at i.
  const Bt = beta;
  for (let y = 0; y < L; y++) Bt[lastBase + y] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const base = i * L;
    const nextBase = base + L;
    for (let y = 0; y < L; y++) {
      let best = NEG * 2;
      const to = succOff[y + 1] as number;
      for (let q = succOff[y] as number; q < to; q++) {
        const c = succs[q] as number;
        const s =
          (T[y * L + c] as number) + (emit[nextBase + c] as number) + (Bt[nextBase + c] as number);
        if (s > best) best = s;
      }
      Bt[base + y] = best;
    }
  }
  const margin = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const chosen = path[i] as number;
    let alt = NEG * 4;
    for (let y = 0; y < L; y++) {
      if (y === chosen) continue;
      const s = (A[base + y] as number) + (Bt[base + y] as number);
      if (s > alt) alt = s;
    }
    margin[i] = alt <= NEG / 2 ? Number.POSITIVE_INFINITY : bestS - alt;
  }
  return { path, margin };
}
