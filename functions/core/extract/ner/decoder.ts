/**
 * BIO labels and first-order Viterbi decoding with hard BIO constraints (I-X only after B-X or
 * I-X), plus max-marginals: for every position and label, the score of the best complete path
 * through that label. Their gap to the best path is the tagger's confidence.
 *
 * This module drives the passes (viterbi-forward.ts, viterbi-margins.ts) over a lattice
 * (lattice.ts); the labels and their constraint are labels.ts, re-exported here.
 */
import {
  blocked,
  type Lattice,
  NEG,
  type Transitions,
  type Workspace,
  workspace,
} from "./lattice.ts";
import { bestPredecessor, forward, forward9 } from "./viterbi-forward.ts";
import { marginsOf } from "./viterbi-margins.ts";

export {
  bioConstraints,
  ENTITY_TYPES,
  type EntityTag,
  LABELS,
  labelIndex,
  NUM_LABELS,
} from "./labels.ts";
export type { Lattice } from "./lattice.ts";

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
