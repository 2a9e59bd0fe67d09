/**
 * Training of the graphone model (see model.ts), in three steps:
 *
 * 1. Alignment by EM. Every training pair (Arabic letters, Latin string) is segmented into
 *    aligned chunks: 1–2 Arabic letters against 0–4 Latin letters (vowels that Arabic leaves
 *    unwritten ride on a neighbouring consonant: «ش»:"sha"). Expectation–maximisation over all
 *    monotone segmentations (forward–backward) estimates a joint chunk-pair distribution; the
 *    Viterbi segmentation under the final distribution turns each pair into a graphone sequence.
 * 2. Counting graphone n-grams (with <s>/</s>) up to `order`.
 * 3. Interpolated Kneser-Ney estimates, pruned by count, written as a back-off model whose
 *    back-off weights renormalise what pruning removed.
 *
 * Everything iterates in sorted or insertion order over sorted input, so the same data gives
 * the same artefact bytes.
 */
import { foldLatin } from "../../functions/core/extract/translit/letters.ts";
import {
  ARTEFACT_FORMAT,
  BOS,
  charId,
  EOS,
  type TranslitArtefact,
} from "../../functions/core/extract/translit/model.ts";

export interface Pair {
  /** Normalised Arabic letters. */
  readonly letters: readonly string[];
  /** Folded Latin (a–z). */
  readonly latin: string;
  /** The raw Latin of the data line, lowercased (for the unfolded score). */
  readonly raw: string;
  /** Occurrence count from the data's third column. */
  readonly count: number;
}

/** Lines `latin<TAB>spaced Arabic letters<TAB>count` → pairs (unusable lines dropped). */
export function parsePairs(text: string, lettersOf: (word: string) => string[]): Pair[] {
  const out: Pair[] = [];
  for (const line of text.split("\n")) {
    const [rawLatin = "", arabic = "", countText = "1"] = line.split("\t");
    if (rawLatin === "" || arabic === "") continue;
    const letters = lettersOf(arabic.replace(/ /g, ""));
    const latin = foldLatin(rawLatin);
    if (letters.length === 0 || latin === "") continue;
    const count = Number.parseInt(countText, 10);
    out.push({
      letters,
      latin,
      raw: rawLatin.toLowerCase(),
      count: Number.isFinite(count) && count > 0 ? count : 1,
    });
  }
  return out;
}

export interface TrainOptions {
  order: number;
  /** Longest Arabic and Latin chunk. */
  maxArabic: number;
  maxLatin: number;
  emIterations: number;
  /** Minimum raw count for a kept n-gram of order ≥ 3, and of order 2. */
  minCount: number;
  minBigram: number;
  /** Graphones (chunk pairs) seen fewer times than this are dropped before counting n-grams. */
  minGraphone: number;
  /** Fraction of pairs with the worst alignment score per chunk ignored as noise (0–1). */
  dropWorst: number;
  /** Order of the Latin character model and its weight in the search (0: no character model). */
  charOrder: number;
  charWeight: number;
  /** Count weighting: a pair counts 1 + floor(log2(count)) times, at most this many (1 = types). */
  maxRepeat: number;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  order: 4,
  maxArabic: 1,
  maxLatin: 4,
  emIterations: 6,
  minCount: 2,
  minBigram: 2,
  minGraphone: 2,
  dropWorst: 0.03,
  maxRepeat: 1,
  charOrder: 5,
  charWeight: 0,
};

/** Chunk-pair key: Arabic letters joined, TAB, Latin chunk. */
function pairKey(arabic: string, latin: string): string {
  return `${arabic}\t${latin}`;
}

interface Aligned {
  readonly graphones: string[];
  readonly score: number;
}

/**
 * EM alignment. Returns one graphone sequence (pair keys) per input pair, or undefined where
 * no segmentation exists (Latin far longer than the Arabic allows).
 */
export function align(pairs: readonly Pair[], opts: TrainOptions): (Aligned | undefined)[] {
  const { maxArabic, maxLatin } = opts;
  // Initial distribution: uniform over chunk pairs that occur, with a mild preference for
  // single Arabic letters and short Latin chunks (EM otherwise favours long chunks, which
  // need fewer factors).
  let prob = new Map<string, number>();
  const initial = (arabicLen: number, latinLen: number) =>
    (arabicLen === 1 ? 1 : 0.1) * (latinLen === 0 ? 0.3 : 1 / latinLen);
  for (const p of pairs) {
    const A = p.letters;
    for (let i = 0; i < A.length; i++) {
      for (let da = 1; da <= maxArabic && i + da <= A.length; da++) {
        const a = A.slice(i, i + da).join("");
        for (let j = 0; j <= p.latin.length; j++) {
          for (let dl = 0; dl <= maxLatin && j + dl <= p.latin.length; dl++) {
            const k = pairKey(a, p.latin.slice(j, j + dl));
            if (!prob.has(k)) prob.set(k, initial(da, dl));
          }
        }
      }
    }
  }
  normalise(prob);
  // Expected number of chunk pairs in the corpus, to read probabilities as counts.
  let total = 0;
  for (let it = 0; it < opts.emIterations; it++) {
    const counts = new Map<string, number>();
    for (const p of pairs) expect(p, prob, maxArabic, maxLatin, counts);
    // Sorted keys: the summation order (and so the floating-point result) is fixed.
    const next = new Map<string, number>();
    for (const k of [...counts.keys()].sort()) {
      const c = counts.get(k) ?? 0;
      if (c > 1e-4) next.set(k, c);
    }
    total = normalise(next);
    prob = next;
  }
  // Final segmentation with rare chunk pairs removed (expected count below minGraphone):
  // they are mostly artefacts of noisy pairs, and a pair that needs one is better re-segmented
  // with common chunks than dropped. Pairs with no segmentation left use the full table.
  const common = new Map<string, number>();
  for (const [k, v] of prob) if (v * total >= opts.minGraphone) common.set(k, v);
  return pairs.map(
    (p) => viterbi(p, common, maxArabic, maxLatin) ?? viterbi(p, prob, maxArabic, maxLatin),
  );
}

/** Scales the values to sum to 1; returns their former sum. */
function normalise(m: Map<string, number>): number {
  let total = 0;
  for (const k of [...m.keys()].sort()) total += m.get(k) ?? 0;
  for (const [k, v] of m) m.set(k, v / total);
  return total;
}

/** Forward–backward over the (Arabic position, Latin position) lattice; adds expected counts. */
function expect(
  p: Pair,
  prob: Map<string, number>,
  maxArabic: number,
  maxLatin: number,
  counts: Map<string, number>,
): void {
  const A = p.letters;
  const L = p.latin;
  const n = A.length;
  const m = L.length;
  const W = m + 1;
  // The lattice's edges, in order of their start node (row-major): a valid forward order.
  const from: number[] = [];
  const to: number[] = [];
  const pr: number[] = [];
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let da = 1; da <= maxArabic && i + da <= n; da++) {
      const a = A.slice(i, i + da).join("");
      for (let j = 0; j <= m; j++) {
        for (let dl = 0; dl <= maxLatin && j + dl <= m; dl++) {
          const k = pairKey(a, L.slice(j, j + dl));
          const v = prob.get(k);
          if (v === undefined) continue;
          from.push(i * W + j);
          to.push((i + da) * W + j + dl);
          pr.push(v);
          keys.push(k);
        }
      }
    }
  }
  const alpha = new Float64Array((n + 1) * W);
  const beta = new Float64Array((n + 1) * W);
  alpha[0] = 1;
  const E = from.length;
  for (let e = 0; e < E; e++) {
    const f = from[e] as number;
    const t = to[e] as number;
    alpha[t] = (alpha[t] as number) + (alpha[f] as number) * (pr[e] as number);
  }
  const total = alpha[n * W + m] ?? 0;
  if (total === 0 || !Number.isFinite(total)) return;
  beta[n * W + m] = 1;
  for (let e = E - 1; e >= 0; e--) {
    const f = from[e] as number;
    const t = to[e] as number;
    beta[f] = (beta[f] as number) + (pr[e] as number) * (beta[t] as number);
  }
  for (let e = 0; e < E; e++) {
    const post =
      ((alpha[from[e] as number] as number) *
        (pr[e] as number) *
        (beta[to[e] as number] as number)) /
      total;
    if (post > 0) {
      const k = keys[e] as string;
      counts.set(k, (counts.get(k) ?? 0) + post);
    }
  }
}

function viterbi(
  p: Pair,
  prob: Map<string, number>,
  maxArabic: number,
  maxLatin: number,
): Aligned | undefined {
  const A = p.letters;
  const L = p.latin;
  const n = A.length;
  const m = L.length;
  const W = m + 1;
  const best = new Float64Array((n + 1) * W).fill(Number.NEGATIVE_INFINITY);
  const back: (string | undefined)[] = new Array((n + 1) * W);
  const from = new Int32Array((n + 1) * W);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= m; j++) {
      const b0 = best[i * W + j] ?? Number.NEGATIVE_INFINITY;
      if (b0 === Number.NEGATIVE_INFINITY) continue;
      for (let da = 1; da <= maxArabic && i + da <= n; da++) {
        const a = A.slice(i, i + da).join("");
        for (let dl = 0; dl <= maxLatin && j + dl <= m; dl++) {
          const k = pairKey(a, L.slice(j, j + dl));
          const pr = prob.get(k);
          if (pr === undefined) continue;
          const t = (i + da) * W + j + dl;
          const s = b0 + Math.log(pr);
          if (s > (best[t] ?? Number.NEGATIVE_INFINITY)) {
            best[t] = s;
            back[t] = k;
            from[t] = i * W + j;
          }
        }
      }
    }
  }
  const end = n * W + m;
  const score = best[end] ?? Number.NEGATIVE_INFINITY;
  if (score === Number.NEGATIVE_INFINITY) return undefined;
  const graphones: string[] = [];
  for (let t = end; t !== 0; t = from[t] ?? 0) graphones.push(back[t] ?? "");
  graphones.reverse();
  return { graphones, score: score / graphones.length };
}

/**
 * Interpolated Kneser-Ney over graphone-id sequences, pruned and written as a back-off model.
 * Returns the artefact's `ngrams` text.
 */
export function kneserNey(
  sequences: readonly number[][],
  order: number,
  minCount: number,
  minBigram: number,
  vocabulary: number,
): string {
  // Raw counts of every n-gram (ids joined by ","), order 1..N, over <s> w1 … wk </s>.
  const raw: Map<string, number>[] = [];
  for (let k = 0; k <= order; k++) raw.push(new Map());
  for (const seq of sequences) {
    const s = [BOS, ...seq, EOS];
    for (let end = 1; end < s.length; end++) {
      for (let k = 1; k <= order && end - k + 1 >= 0; k++) {
        const key = s.slice(end - k + 1, end + 1).join(",");
        const m = raw[k] as Map<string, number>;
        m.set(key, (m.get(key) ?? 0) + 1);
      }
    }
  }
  // Counts used for estimation: raw at the top order and for n-grams starting with <s>;
  // continuation counts (distinct left extensions) below.
  const used: Map<string, number>[] = [new Map()];
  for (let k = 1; k <= order; k++) {
    if (k === order) {
      used.push(new Map(raw[k]));
      continue;
    }
    const cont = new Map<string, number>();
    for (const key of (raw[k + 1] as Map<string, number>).keys()) {
      const suffix = key.slice(key.indexOf(",") + 1);
      cont.set(suffix, (cont.get(suffix) ?? 0) + 1);
    }
    for (const [key, c] of raw[k] as Map<string, number>) {
      if (key.startsWith(`${BOS},`) || key === String(BOS)) cont.set(key, c);
    }
    cont.delete(String(BOS)); // <s> is never predicted
    used.push(cont);
  }
  // One discount per order: D = n1 / (n1 + 2 n2).
  const discount: number[] = [0];
  for (let k = 1; k <= order; k++) {
    let n1 = 0;
    let n2 = 0;
    for (const c of (used[k] as Map<string, number>).values()) {
      if (c === 1) n1++;
      else if (c === 2) n2++;
    }
    discount.push(n1 + 2 * n2 > 0 ? Math.min(0.95, Math.max(0.05, n1 / (n1 + 2 * n2))) : 0.5);
  }
  // Per history: total used count and number of distinct followers.
  const histTotal: Map<string, number>[] = [new Map()];
  const histTypes: Map<string, number>[] = [new Map()];
  for (let k = 1; k <= order; k++) {
    const tot = new Map<string, number>();
    const typ = new Map<string, number>();
    for (const [key, c] of used[k] as Map<string, number>) {
      const comma = key.lastIndexOf(",");
      const h = comma < 0 ? "" : key.slice(0, comma);
      tot.set(h, (tot.get(h) ?? 0) + c);
      typ.set(h, (typ.get(h) ?? 0) + 1);
    }
    histTotal.push(tot);
    histTypes.push(typ);
  }
  const uniform = 1 / vocabulary;
  const memo = new Map<string, number>();
  // Interpolated probability of the last id of `key` given the rest.
  const pInterp = (key: string, k: number): number => {
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const comma = key.lastIndexOf(",");
    const h = comma < 0 ? "" : key.slice(0, comma);
    const lower = k === 1 ? uniform : pInterp(key.slice(key.indexOf(",") + 1), k - 1);
    const tot = (histTotal[k] as Map<string, number>).get(h) ?? 0;
    let p: number;
    if (tot === 0) p = lower;
    else {
      const c = (used[k] as Map<string, number>).get(key) ?? 0;
      const D = discount[k] ?? 0.5;
      const types = (histTypes[k] as Map<string, number>).get(h) ?? 0;
      p = Math.max(c - D, 0) / tot + ((D * types) / tot) * lower;
    }
    memo.set(key, p);
    return p;
  };
  // Kept n-grams: all unigrams, bigrams with raw count ≥ minBigram, higher orders ≥ minCount.
  const kept: string[][] = [[]];
  for (let k = 1; k <= order; k++) {
    const keys: string[] = [];
    for (const [key, c] of raw[k] as Map<string, number>) {
      if (k === 1 && key === String(BOS)) continue;
      if (k === 1 || c >= (k === 2 ? minBigram : minCount)) keys.push(key);
    }
    keys.sort();
    kept.push(keys);
  }
  // Back-off weight of each kept history h (a kept n-gram of order < N):
  // (1 − Σ_{g kept after h} p(g|h)) / (1 − Σ_{g kept after h} p(g|h′)).
  const sumHigh = new Map<string, number>();
  const sumLow = new Map<string, number>();
  for (let k = 2; k <= order; k++) {
    for (const key of kept[k] as string[]) {
      const h = key.slice(0, key.lastIndexOf(","));
      sumHigh.set(h, (sumHigh.get(h) ?? 0) + pInterp(key, k));
      sumLow.set(h, (sumLow.get(h) ?? 0) + pInterp(key.slice(key.indexOf(",") + 1), k - 1));
    }
  }
  // Grouped by history: "h1,h2<TAB>g:lp[:bw] g:lp[:bw] …", ids in base 36, ln values in
  // hundredths (the search cannot tell 0.005 nats apart).
  const groups = new Map<string, string[]>();
  const add = (key: string, entry: string) => {
    const comma = key.lastIndexOf(",");
    const h = comma < 0 ? "" : key.slice(0, comma);
    const list = groups.get(h);
    if (list) list.push(entry);
    else groups.set(h, [entry]);
  };
  const b36 = (key: string) =>
    key
      .split(",")
      .map((x) => Number(x).toString(36))
      .join(",");
  const bosKey = String(BOS);
  // <s> is a history only: no probability of its own, just a back-off weight.
  add(bosKey, `${b36(bosKey)}:-999:${backoff(bosKey, sumHigh, sumLow)}`);
  for (let k = 1; k <= order; k++) {
    for (const key of kept[k] as string[]) {
      const lp = Math.round(Math.log(pInterp(key, k)) * 100);
      const g = b36(key.slice(key.lastIndexOf(",") + 1));
      const isHistory = k < order && !key.endsWith(`,${EOS}`) && key !== String(EOS);
      const bw = isHistory ? backoff(key, sumHigh, sumLow) : 0;
      add(key, bw === 0 ? `${g}:${lp}` : `${g}:${lp}:${bw}`);
    }
  }
  const lines: string[] = [];
  for (const h of [...groups.keys()].sort()) {
    lines.push(`${h === "" ? "" : b36(h)}\t${(groups.get(h) ?? []).join(" ")}`);
  }
  return `${lines.join("\n")}\n`;
}

function backoff(h: string, sumHigh: Map<string, number>, sumLow: Map<string, number>): number {
  const hi = sumHigh.get(h);
  if (hi === undefined) return 0;
  const lo = sumLow.get(h) ?? 0;
  const num = Math.max(1e-9, 1 - hi);
  const den = Math.max(1e-9, 1 - lo);
  return Math.round(Math.log(num / den) * 100);
}

export interface TrainResult {
  artefact: TranslitArtefact;
  /** Pairs used after alignment and noise removal. */
  used: number;
  dropped: number;
}

/** The whole pipeline: align, filter, count, estimate, serialise. */
export function train(
  pairs: readonly Pair[],
  opts: TrainOptions = DEFAULT_OPTIONS,
  meta: Record<string, string | number> = {},
): TrainResult {
  const aligned = align(pairs, opts);
  const ok = aligned.filter((a): a is Aligned => a !== undefined);
  // Noise: pairs whose best alignment is poor per chunk are mostly mismatched data
  // (a title or a different name in the Arabic column). Ignore the worst fraction.
  const scores = ok.map((a) => a.score).sort((x, y) => x - y);
  const cut = scores[Math.floor(scores.length * opts.dropWorst)] ?? Number.NEGATIVE_INFINITY;
  const keptIdx: number[] = [];
  for (let i = 0; i < aligned.length; i++) {
    const a = aligned[i];
    if (a && a.score >= cut) keptIdx.push(i);
  }
  const kept = keptIdx.map((i) => aligned[i] as Aligned);
  const freq = new Map<string, number>();
  for (const a of kept) for (const g of a.graphones) freq.set(g, (freq.get(g) ?? 0) + 1);
  const inventory = [...freq.entries()]
    .filter(([, c]) => c >= opts.minGraphone)
    .map(([g]) => g)
    .sort();
  const ids = new Map(inventory.map((g, i) => [g, i + 2]));
  const sequences: number[][] = [];
  for (const i of keptIdx) {
    const a = aligned[i] as Aligned;
    const seq: number[] = [];
    let ok2 = true;
    for (const g of a.graphones) {
      const id = ids.get(g);
      if (id === undefined) {
        ok2 = false;
        break;
      }
      seq.push(id);
    }
    if (!ok2) continue;
    const count = pairs[i]?.count ?? 1;
    const repeat = Math.min(opts.maxRepeat, 1 + Math.floor(Math.log2(count)));
    for (let r = 0; r < repeat; r++) sequences.push(seq);
  }
  const ngrams = kneserNey(
    sequences,
    opts.order,
    opts.minCount,
    opts.minBigram,
    inventory.length + 1,
  );
  // The Latin character model sees the same (cleaned) names.
  const charSeqs = keptIdx.map((i) =>
    [...(pairs[i]?.latin ?? "")].map((ch) => charId(ch.charCodeAt(0))),
  );
  const chars =
    opts.charWeight > 0
      ? kneserNey(charSeqs, opts.charOrder, opts.minCount, opts.minBigram, 27)
      : "";
  const artefact: TranslitArtefact = {
    format: ARTEFACT_FORMAT,
    order: opts.order,
    graphones: `${inventory.join("\n")}\n`,
    ngrams,
    charOrder: opts.charOrder,
    chars,
    charWeight: opts.charWeight,
    meta: {
      ...meta,
      pairs: pairs.length,
      trainedOn: sequences.length,
      graphoneTypes: inventory.length,
      ngrams: ngramCount(ngrams),
      order: opts.order,
      maxArabic: opts.maxArabic,
      maxLatin: opts.maxLatin,
      emIterations: opts.emIterations,
      minCount: opts.minCount,
      minBigram: opts.minBigram,
      minGraphone: opts.minGraphone,
      dropWorst: opts.dropWorst,
      maxRepeat: opts.maxRepeat,
      charOrder: opts.charOrder,
      charWeight: opts.charWeight,
    },
  };
  return { artefact, used: sequences.length, dropped: pairs.length - sequences.length };
}

/** Number of n-grams in an artefact's grouped n-gram text. */
export function ngramCount(text: string): number {
  let n = 0;
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab >= 0) n += line.slice(tab + 1).split(" ").length;
  }
  return n;
}
