/**
 * What Viterbi reads: the lattice of emission and transition scores, the transitions with the
 * BIO constraints folded in (built once per model), and the reusable score buffers. Shared by
 * the forward pass, the margins' backward pass and the decoder that drives them.
 */

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

/** The score of a forbidden transition or start: far below any real path. */
export const NEG = -1e30;

/**
 * The transitions the loops visit: for each label its allowed predecessors and successors
 * (BIO leaves I-X only two of nine), with forbidden scores folded to a very low value.
 */
export interface Transitions {
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

export function blocked(lat: Omit<Lattice, "emit" | "n">): Transitions {
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

export interface Workspace {
  alpha: Float64Array;
  beta: Float64Array;
}

export function workspace(): Workspace {
  return { alpha: new Float64Array(0), beta: new Float64Array(0) };
}
