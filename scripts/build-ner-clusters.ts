/**
 * Builds word clusters for the NER tagger's optional cluster features
 * (`node scripts/train-ner.ts --clusters file`; the committed model does not use them: they
 * raised the dev score but not the test score, see BENCHMARKS.md).
 *
 * Usage: node scripts/build-ner-clusters.ts [path/to/shared/data] --out file [--ks 64,256]
 *                                           [--min-count N] [--iterations N]
 *
 *   (default data ../shared/data). Unlabelled text only: the words of the ANERcorp TRAINING
 *   split (the same document-order split as scripts/train-ner.ts; the test split is never
 *   read) and of the Wojood sample; tags are ignored. Words are normalised (normalizeArabic).
 *
 *   Clustering: the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998) on the
 *   class-bigram likelihood, which is Brown clustering's objective without the hierarchy, run
 *   independently at several granularities (KS below) instead of cutting one binary tree.
 *   Words seen fewer than MIN_COUNT times share one «rare» word (they are context, never
 *   output); sentence boundaries are a fixed class. Initial classes: words in frequency order
 *   dealt round-robin; then ITERATIONS passes over the words in frequency order, each word moved
 *   to the class that raises the likelihood most. No randomness: same text → same bytes.
 *
 * Output: one line per word `word<TAB>class at KS[0]<TAB>class at KS[1]…`, words sorted,
 * classes renumbered by first appearance in frequency order.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { normalizeArabic } from "../functions/core/extract/text/normalize.ts";
import { readAnercorp, readWojood, splitAnercorp } from "../training/ner/corpus.ts";

const args = process.argv.slice(2);
const option = (name: string): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};
const positional = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const dataDir = resolve(positional[0] ?? join(import.meta.dirname, "..", "..", "shared", "data"));
const out = option("--out");
if (!out) {
  console.error("usage: node scripts/build-ner-clusters.ts [data dir] --out file [--ks 64,256]");
  process.exit(2);
}

const KS: readonly number[] = (option("--ks") ?? "64,256").split(",").map(Number);
const MIN_COUNT = Number(option("--min-count") ?? 2);
const ITERATIONS = Number(option("--iterations") ?? 12);

const t0 = performance.now();
const corpus = readAnercorp(readFileSync(join(dataDir, "anercorp", "ANERCorp.txt"), "utf8"));
const { train } = splitAnercorp(corpus.sentences);
const woj = ["train.txt", "val.txt", "test.txt"].flatMap((f) =>
  readWojood(readFileSync(join(dataDir, "wojood", f), "utf8")),
);
const sentences = [...train, ...woj].map((s) => s.words.map((w) => normalizeArabic(w) || w));
console.log(
  `text: ${sentences.length} sentences, ${sentences.reduce((a, s) => a + s.length, 0)} tokens`,
);

// Vocabulary: frequency order, ties by string (deterministic).
const freq = new Map<string, number>();
for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
const vocab = [...freq]
  .filter(([, c]) => c >= MIN_COUNT)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  .map(([w]) => w);
const RARE = vocab.length;
const BOUND = vocab.length + 1;
const V = vocab.length + 2;
const idOf = new Map(vocab.map((w, i) => [w, i]));
const stream: number[] = [BOUND];
for (const s of sentences) {
  for (const w of s) stream.push(idOf.get(w) ?? RARE);
  stream.push(BOUND);
}
console.log(`vocabulary: ${vocab.length} words seen ≥ ${MIN_COUNT} times`);

/** Per word: its right and left neighbours with counts (self-bigrams kept apart). */
function neighbours(): {
  right: Int32Array[];
  rightN: Int32Array[];
  left: Int32Array[];
  leftN: Int32Array[];
  self: Int32Array;
  outDeg: Int32Array;
  inDeg: Int32Array;
} {
  const r = Array.from({ length: V }, () => new Map<number, number>());
  const l = Array.from({ length: V }, () => new Map<number, number>());
  const self = new Int32Array(V);
  const outDeg = new Int32Array(V);
  const inDeg = new Int32Array(V);
  for (let i = 0; i + 1 < stream.length; i++) {
    const a = stream[i] as number;
    const b = stream[i + 1] as number;
    outDeg[a] = (outDeg[a] ?? 0) + 1;
    inDeg[b] = (inDeg[b] ?? 0) + 1;
    if (a === b) {
      self[a] = (self[a] ?? 0) + 1;
      continue;
    }
    const ra = r[a] as Map<number, number>;
    ra.set(b, (ra.get(b) ?? 0) + 1);
    const lb = l[b] as Map<number, number>;
    lb.set(a, (lb.get(a) ?? 0) + 1);
  }
  const keys = (m: Map<number, number>) => Int32Array.from([...m.keys()].sort((x, y) => x - y));
  const vals = (m: Map<number, number>) =>
    Int32Array.from(
      [...m.keys()].sort((x, y) => x - y),
      (k) => m.get(k) ?? 0,
    );
  return {
    right: r.map(keys),
    rightN: r.map(vals),
    left: l.map(keys),
    leftN: l.map(vals),
    self,
    outDeg,
    inDeg,
  };
}

const nb = neighbours();
const xlogx = (x: number) => (x > 0 ? x * Math.log(x) : 0);

/** Exchange clustering into k classes (plus the fixed boundary class k). */
function exchange(k: number): Int32Array {
  const C = k + 1;
  const cls = new Int32Array(V);
  for (let w = 0; w < V; w++) cls[w] = w % k;
  cls[BOUND] = k;
  const M = new Float64Array(C * C);
  const NL = new Float64Array(C);
  const NR = new Float64Array(C);
  for (let i = 0; i + 1 < stream.length; i++) {
    const a = cls[stream[i] as number] as number;
    const b = cls[stream[i + 1] as number] as number;
    M[a * C + b] = (M[a * C + b] ?? 0) + 1;
    NL[a] = (NL[a] ?? 0) + 1;
    NR[b] = (NR[b] ?? 0) + 1;
  }
  const rc = new Float64Array(C);
  const lc = new Float64Array(C);
  const rTouched: number[] = [];
  const lTouched: number[] = [];
  for (let it = 1; it <= ITERATIONS; it++) {
    let moves = 0;
    for (let w = 0; w < V; w++) {
      if (w === BOUND) continue;
      const a = cls[w] as number;
      rTouched.length = 0;
      lTouched.length = 0;
      const right = nb.right[w] as Int32Array;
      const rightN = nb.rightN[w] as Int32Array;
      for (let j = 0; j < right.length; j++) {
        const d = cls[right[j] as number] as number;
        if (rc[d] === 0) rTouched.push(d);
        rc[d] = (rc[d] ?? 0) + (rightN[j] ?? 0);
      }
      const left = nb.left[w] as Int32Array;
      const leftN = nb.leftN[w] as Int32Array;
      for (let j = 0; j < left.length; j++) {
        const c = cls[left[j] as number] as number;
        if (lc[c] === 0) lTouched.push(c);
        lc[c] = (lc[c] ?? 0) + (leftN[j] ?? 0);
      }
      const s = nb.self[w] ?? 0;
      const od = nb.outDeg[w] ?? 0;
      const id = nb.inDeg[w] ?? 0;
      // Take w out of its class.
      for (const d of rTouched) M[a * C + d] = (M[a * C + d] ?? 0) - (rc[d] ?? 0);
      for (const c of lTouched) M[c * C + a] = (M[c * C + a] ?? 0) - (lc[c] ?? 0);
      M[a * C + a] = (M[a * C + a] ?? 0) - s;
      NL[a] = (NL[a] ?? 0) - od;
      NR[a] = (NR[a] ?? 0) - id;
      // Gain of putting it into each class.
      let best = a;
      let bestGain = Number.NEGATIVE_INFINITY;
      for (let b = 0; b < k; b++) {
        let g = 0;
        for (const d of rTouched) {
          if (d === b) continue;
          const m = M[b * C + d] ?? 0;
          g += xlogx(m + (rc[d] ?? 0)) - xlogx(m);
        }
        for (const c of lTouched) {
          if (c === b) continue;
          const m = M[c * C + b] ?? 0;
          g += xlogx(m + (lc[c] ?? 0)) - xlogx(m);
        }
        const mbb = M[b * C + b] ?? 0;
        g += xlogx(mbb + (rc[b] ?? 0) + (lc[b] ?? 0) + s) - xlogx(mbb);
        g -= xlogx((NL[b] ?? 0) + od) - xlogx(NL[b] ?? 0);
        g -= xlogx((NR[b] ?? 0) + id) - xlogx(NR[b] ?? 0);
        // Stay unless another class is clearly better (no churn on rounding noise).
        if (g > bestGain + 1e-9 || (b === a && g >= bestGain - 1e-9)) {
          bestGain = g;
          best = b;
        }
      }
      if (best !== a) moves++;
      for (const d of rTouched) M[best * C + d] = (M[best * C + d] ?? 0) + (rc[d] ?? 0);
      for (const c of lTouched) M[c * C + best] = (M[c * C + best] ?? 0) + (lc[c] ?? 0);
      M[best * C + best] = (M[best * C + best] ?? 0) + s;
      NL[best] = (NL[best] ?? 0) + od;
      NR[best] = (NR[best] ?? 0) + id;
      cls[w] = best;
      for (const d of rTouched) rc[d] = 0;
      for (const c of lTouched) lc[c] = 0;
    }
    console.log(
      `k=${k} iteration ${it}: ${moves} moves (${((performance.now() - t0) / 1000).toFixed(1)}s)`,
    );
    if (moves === 0) break;
  }
  return cls;
}

const columns = KS.map((k) => {
  const cls = exchange(k);
  // Renumber by first appearance in frequency order.
  const renum = new Map<number, number>();
  return vocab.map((_, w) => {
    const c = cls[w] as number;
    let r = renum.get(c);
    if (r === undefined) {
      r = renum.size;
      renum.set(c, r);
    }
    return r;
  });
});
const lines = vocab
  .map((w, i) => `${w}\t${columns.map((col) => col[i]).join("\t")}`)
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(
  `wrote ${out}: ${lines.length} words (${((performance.now() - t0) / 1000).toFixed(1)}s)`,
);
