/**
 * Document features (second pass only) as hashes, from first-pass label indices: for each word
 * the first-pass label it got, its neighbours' labels, and the labels of the other occurrences
 * of its document key within DOC_WINDOW sentences. No strings per token: the features come
 * from a closed set (labels and label pairs) whose hashes are computed once here.
 */
import { docKey } from "./doc-keys.ts";
import { fnv, seed } from "./hash.ts";
import { LABELS } from "./labels.ts";

/** Document features of one sentence as hashes: token i's are ids[offs[i]..offs[i+1]). */
export interface DocFeats {
  readonly ids: Uint32Array;
  readonly offs: Int32Array;
}

/** Seed of every document feature's hash. */
export const DOC_SEED = seed("doc");
const NL = LABELS.length;
const h = (f: string) => fnv(f, DOC_SEED);
const S1H = LABELS.map((l) => h(`s1=${l}`));
const DH = LABELS.map((l) => h(`d=${l}`));
const DMH = LABELS.map((l) => h(`dm=${l}`));
const DMS1H = LABELS.flatMap((b) => LABELS.map((o) => h(`dm=${b}|s1=${o}`)));
/** around[(p * NL + o) * (NL + 1) + n], p = NL for the sentence start, n = NL for its end. */
const AROUNDH: number[] = [];
for (let p = 0; p <= NL; p++) {
  for (let o = 0; o < NL; o++) {
    for (let n = 0; n <= NL; n++) {
      AROUNDH.push(h(`s1=${LABELS[p] ?? "<s>"}|${LABELS[o]}|${LABELS[n] ?? "</s>"}`));
    }
  }
}
/** Label indices in the string order docFeatures iterates them (ties go to the first). */
const SORTED = LABELS.map((_, i) => i).sort((a, b) =>
  (LABELS[a] ?? "") < (LABELS[b] ?? "") ? -1 : 1,
);

/**
 * The same features as docFeatures, as hashes, from first-pass label indices: no strings per
 * token. Used by the tagger and by training (tests check both agree).
 */
export function docFeatureIds(
  sentences: readonly (readonly string[])[],
  firstPass: readonly ArrayLike<number>[],
  window: number,
): DocFeats[] {
  const keyIds = new Map<string, number>();
  const keys = sentences.map((ws) =>
    Int32Array.from(ws, (w) => {
      const k = docKey(w);
      if (k === null) return -1;
      let id = keyIds.get(k);
      if (id === undefined) {
        id = keyIds.size;
        keyIds.set(k, id);
      }
      return id;
    }),
  );
  return docFeatureIdsOfKeys(keys, keyIds.size, firstPass, window);
}

/** Most document features a token can get: s1, d= per label, dm and dm|s1, and its neighbours. */
const MAX_DOC_FEATS = NL + 4;

/**
 * What docFeatureIdsOfKeys writes for each document feature, by family: the features' hashes
 * (DOC_HASHES), or anything a caller maps them to (the tagger uses its weight-table entries, so
 * a closed set of features is not looked up again for every token). A negative code is left
 * out (a feature the model does not have).
 */
export interface DocCodes {
  /** «s1=» + own first-pass label, by label. */
  readonly s1: ArrayLike<number>;
  /** «d=» + a label other occurrences of the word's key have, by label. */
  readonly d: ArrayLike<number>;
  /** «dm=» + their most frequent label, by label. */
  readonly dm: ArrayLike<number>;
  /** «dm=|s1=», by most frequent label × own label. */
  readonly dms1: ArrayLike<number>;
  /** The label trigram around the word (AROUNDH's layout). */
  readonly around: ArrayLike<number>;
}

export const DOC_HASHES: DocCodes = { s1: S1H, d: DH, dm: DMH, dms1: DMS1H, around: AROUNDH };

/** DocCodes with every code mapped through `f` (same layout). */
export function mapDocCodes(codes: DocCodes, f: (code: number) => number): DocCodes {
  const map = (xs: ArrayLike<number>) => Array.from(xs, f);
  return {
    s1: map(codes.s1),
    d: map(codes.d),
    dm: map(codes.dm),
    dms1: map(codes.dms1),
    around: map(codes.around),
  };
}

/**
 * docFeatureIds over document keys already numbered: keys[s][i] is the key of word i of
 * sentence s in 0 … keyCount - 1, or -1 for a word without one (the tagger numbers them from
 * its interned words without building key strings). Writes `codes` (hashes by default).
 *
 * The label counts of every key over the window of sentences around s are kept up to date as
 * the window slides, so each word is counted in and out once whatever the window size.
 */
export function docFeatureIdsOfKeys(
  keys: readonly Int32Array[],
  keyCount: number,
  firstPass: readonly ArrayLike<number>[],
  window: number,
  codes: DocCodes = DOC_HASHES,
): DocFeats[] {
  const S = keys.length;
  const inWindow = new Int32Array(keyCount * NL);
  const count = (t: number, delta: number) => {
    const ks = keys[t] as Int32Array;
    const labels = firstPass[t];
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i] as number;
      if (k < 0) continue;
      const at = k * NL + ((labels?.[i] as number | undefined) ?? 0);
      inWindow[at] = (inWindow[at] as number) + delta;
    }
  };
  let total = 0;
  for (const ks of keys) total += ks.length;
  const pool = new Uint32Array(total * MAX_DOC_FEATS);
  const { s1, around } = codes;
  let used = 0;
  let added = -1;
  const out: DocFeats[] = [];
  for (let s = 0; s < S; s++) {
    while (added < Math.min(S - 1, s + window)) count(++added, 1);
    if (s - window - 1 >= 0) count(s - window - 1, -1);
    const ks = keys[s] as Int32Array;
    const labels = firstPass[s] ?? [];
    const n = ks.length;
    const ids = pool.subarray(used, used + n * MAX_DOC_FEATS);
    const offs = new Int32Array(n + 1);
    let f = 0;
    for (let i = 0; i < n; i++) {
      const own = labels[i] ?? 0;
      const c = s1[own] as number;
      if (c >= 0) ids[f++] = c;
      const k = ks[i] as number;
      if (k >= 0) f = pushLinks(ids, f, inWindow, k * NL, own, codes);
      const prev = i > 0 ? (labels[i - 1] ?? 0) : NL;
      const next = i + 1 < n ? (labels[i + 1] ?? 0) : NL;
      const a = around[(prev * NL + own) * (NL + 1) + next] as number;
      if (a >= 0) ids[f++] = a;
      offs[i + 1] = f;
    }
    used += f;
    out.push({ ids: ids.subarray(0, f), offs });
  }
  return out;
}

/**
 * The «d=», «dm=» and «dm=|s1=» features of a word from the window's label counts of its key
 * (at counts[base …]), leaving its own occurrence out. Returns the new end of `ids`.
 */
function pushLinks(
  ids: Uint32Array,
  from: number,
  counts: Int32Array,
  base: number,
  own: number,
  codes: DocCodes,
): number {
  let f = from;
  let best = -1;
  let bestN = 0;
  for (const y of SORTED) {
    const c = (counts[base + y] as number) - (y === own ? 1 : 0);
    if (c <= 0) continue;
    const d = codes.d[y] as number;
    if (d >= 0) ids[f++] = d;
    if (c > bestN) {
      best = y;
      bestN = c;
    }
  }
  if (best >= 0) {
    const dm = codes.dm[best] as number;
    if (dm >= 0) ids[f++] = dm;
    const dms1 = codes.dms1[best * NL + own] as number;
    if (dms1 >= 0) ids[f++] = dms1;
  }
  return f;
}
