/**
 * Averaged structured perceptron (Collins 2002) over the BIO lattice with Viterbi decoding
 * and hard BIO constraints. Deterministic: sentence order is shuffled each epoch by a seeded
 * generator, feature ids are assigned in first-seen order, and the output rows are sorted
 * by hash when serialised.
 *
 * Name-list features are jackknifed: the lists a training sentence sees are built from the
 * OTHER folds, so the model learns how far a list can be trusted for a word it has not seen
 * in that context (the committed lists are built from the whole training data).
 */

import {
  bioConstraints,
  LABELS,
  labelIndex,
  viterbi,
} from "../../functions/core/extract/ner/decoder.ts";
import {
  BOS,
  bareStem,
  DOC_WINDOW,
  type DocFeats,
  docFeatureIds,
  EOS,
  gazetteerTags,
  makeAnalyzer,
  tokenFeatures,
} from "../../functions/core/extract/ner/features.ts";
import { liveGazetteerLists } from "../../functions/core/extract/ner/gazetteer-view.ts";
import {
  loadModel,
  type RawWeights,
  serialiseModel,
} from "../../functions/core/extract/ner/model.ts";
import type { NameLists } from "../../functions/core/extract/ner/name-lists.ts";
import { makeTagger } from "../../functions/core/extract/ner/tagger.ts";
import { normalizeArabic } from "../../functions/core/extract/text/normalize.ts";
import { seededRandom } from "../../functions/core/seeded-random.ts";
import type { Sentence } from "./corpus.ts";

function bucket(r: number): string {
  return r >= 0.67 ? "h" : r >= 0.34 ? "m" : "l";
}

/** Name lists from tagged sentences: per word and stem, which types it was tagged and how often. */
export function buildLists(sentences: readonly Sentence[]): Map<string, readonly string[]> {
  const counts = new Map<string, Map<string, number>>();
  const total = new Map<string, number>();
  const add = (key: string, type: string | null) => {
    total.set(key, (total.get(key) ?? 0) + 1);
    if (!type) return;
    const m = counts.get(key) ?? new Map<string, number>();
    m.set(type, (m.get(type) ?? 0) + 1);
    counts.set(key, m);
  };
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const tag = s.tags[i] ?? "O";
      const type = tag === "O" ? null : tag;
      const norm = normalizeArabic(w) || w;
      add(`n|${norm}`, type);
      add(`b|${bareStem(norm).bare}`, type);
    });
  }
  const out = new Map<string, readonly string[]>();
  for (const [key, t] of total) {
    const m = counts.get(key);
    if (!m) {
      // Seen only outside entities: how often says how surely it is an ordinary word.
      if (t >= 2) out.set(key, [t >= 10 ? "O10" : t >= 4 ? "O4" : "O2"]);
      continue;
    }
    const feats = [...m.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([type, c]) => `${type}${bucket(c / t)}`);
    out.set(key, feats);
  }
  return out;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Jackknife folds for the name lists (contiguous blocks in document order). */
  readonly folds: number;
  /** Withhold identity features of words unseen outside their fold (default true). */
  readonly hideUnknown?: boolean;
  /** External name lists (same key scheme), merged into every fold's lists. */
  readonly external?: NameLists;
  /**
   * The gazetteer the tagger's features read (snapshotLists), stored with the model; default:
   * the live gazetteer (see gazetteer-view.ts for why the committed model uses a snapshot).
   */
  readonly gazetteer?: NameLists;
  /** Features seen fewer times than this in the training data are dropped (default 1: none). */
  readonly minCount?: number;
  /** Called after each epoch with the epoch number (1-based), for progress and dev scoring. */
  readonly onEpoch?: (epoch: number, errors: number, snapshot: () => RawWeights) => void;
  /** Document features per sentence (second pass of a stacked tagger). */
  readonly extra?: readonly DocFeats[];
}

interface Prepared {
  readonly feats: Int32Array;
  readonly offs: Int32Array;
  readonly gold: Int32Array;
}

/**
 * Personal-name tokens from the Wikidata transliteration pairs (`latin<TAB>spaced Arabic<TAB>
 * count`): `w|<normalised name>` → one count bucket («wd1», «wd2», «wd5», «wd20»).
 */
export function nameListFromPairs(text: string): Map<string, readonly string[]> {
  const counts = new Map<string, number>();
  for (const line of text.split("\n")) {
    const f = line.split("\t");
    if (f.length < 3) continue;
    const ar = normalizeArabic((f[1] ?? "").replace(/ /g, ""));
    if (!/^[\u0621-\u064A]{2,}$/.test(ar)) continue;
    counts.set(ar, (counts.get(ar) ?? 0) + (Number(f[2]) || 1));
  }
  const out = new Map<string, readonly string[]>();
  for (const [w, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    out.set(`w|${w}`, [c >= 20 ? "d20" : c >= 5 ? "d5" : c >= 2 ? "d2" : "d1"]);
  }
  return out;
}

/** Train on tagged sentences; returns the averaged weights keyed by feature hash. */
export function trainPerceptron(sentences: readonly Sentence[], opts: TrainOptions): RawWeights {
  const L = LABELS.length;
  const { allowed, allowedStart } = bioConstraints(LABELS);
  const gazetteer = opts.gazetteer ?? liveGazetteerLists();
  const withExternal = (l: Map<string, readonly string[]>) => {
    for (const [k, v] of opts.external ?? []) l.set(k, v);
    for (const [k, v] of gazetteer) l.set(k, v);
    return l;
  };
  const fullLists = withExternal(buildLists(sentences));
  const K = Math.max(1, opts.folds);
  const foldOf = (s: number) => Math.min(K - 1, Math.floor((s * K) / sentences.length));
  const foldLists: NameLists[] = [];
  for (let f = 0; f < K; f++) {
    foldLists.push(
      K === 1 ? fullLists : withExternal(buildLists(sentences.filter((_, s) => foldOf(s) !== f))),
    );
  }

  const ids = new Map<number, number>();
  const hashes: number[] = [];
  const prepared: Prepared[] = [];
  // Vocabulary outside each fold: words of a fold not in it are treated as unknown there.
  const hideUnknown = opts.hideUnknown ?? true;
  const foldVocab: Set<string>[] = [];
  for (let f = 0; f < K && K > 1 && hideUnknown; f++) {
    const v = new Set<string>();
    sentences.forEach((s, si) => {
      if (foldOf(si) !== f) for (const w of s.words) v.add(normalizeArabic(w) || w);
    });
    foldVocab.push(v);
  }
  const analyzers = foldLists.map((l, f) => makeAnalyzer(l, foldVocab[f]));
  const buf: number[] = [];
  sentences.forEach((s, si) => {
    const lists = foldLists[foldOf(si)] ?? fullLists;
    const analyze = analyzers[foldOf(si)] ?? makeAnalyzer(lists);
    const bos = analyze(BOS);
    const eos = analyze(EOS);
    const infos = s.words.map((w) => analyze(w));
    const gaz = gazetteerTags(lists, s.words, infos);
    const feats: number[] = [];
    const offs = new Int32Array(s.words.length + 1);
    for (let i = 0; i < s.words.length; i++) {
      buf.length = 0;
      tokenFeatures(infos, gaz, i, bos, eos, buf);
      const ex = opts.extra?.[si];
      if (ex)
        for (let k = ex.offs[i] ?? 0; k < (ex.offs[i + 1] ?? 0); k++) buf.push(ex.ids[k] ?? 0);
      for (const h of buf) {
        let id = ids.get(h);
        if (id === undefined) {
          id = hashes.length;
          ids.set(h, id);
          hashes.push(h);
        }
        feats.push(id);
      }
      offs[i + 1] = feats.length;
    }
    prepared.push({
      feats: Int32Array.from(feats),
      offs,
      gold: Int32Array.from(s.tags, (t) => labelIndex(t)),
    });
  });

  const minCount = opts.minCount ?? 1;
  if (minCount > 1) {
    const counts = new Int32Array(hashes.length);
    for (const p of prepared) for (const f of p.feats) counts[f] = (counts[f] ?? 0) + 1;
    const remap = new Int32Array(hashes.length).fill(-1);
    const kept: number[] = [];
    hashes.forEach((h, id) => {
      if ((counts[id] ?? 0) >= minCount) {
        remap[id] = kept.length;
        kept.push(h);
      }
    });
    for (let si = 0; si < prepared.length; si++) {
      const p = prepared[si];
      if (!p) continue;
      const feats: number[] = [];
      const offs = new Int32Array(p.offs.length);
      for (let i = 0; i + 1 < p.offs.length; i++) {
        for (let k = p.offs[i] ?? 0; k < (p.offs[i + 1] ?? 0); k++) {
          const r = remap[p.feats[k] ?? 0] ?? -1;
          if (r >= 0) feats.push(r);
        }
        offs[i + 1] = feats.length;
      }
      prepared[si] = { feats: Int32Array.from(feats), offs, gold: p.gold };
    }
    hashes.length = 0;
    for (const h of kept) hashes.push(h);
  }
  const F = hashes.length;
  const W = new Float64Array(F * L);
  const U = new Float64Array(F * L);
  const T = new Float64Array(L * L);
  const TU = new Float64Array(L * L);
  const S0 = new Float64Array(L);
  const SU = new Float64Array(L);
  let c = 1;

  const averaged = (): RawWeights => {
    const w = new Float32Array(F * L);
    for (let i = 0; i < w.length; i++) w[i] = (W[i] ?? 0) - (U[i] ?? 0) / c;
    const t = Float32Array.from(T, (x, i) => x - (TU[i] ?? 0) / c);
    const st = Float32Array.from(S0, (x, i) => x - (SU[i] ?? 0) / c);
    return { hashes, weights: w, trans: t, start: st, lists: fullLists, meta: {} };
  };

  const order = prepared.map((_, i) => i);
  const random = seededRandom(opts.seed);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = tmp;
    }
    let errors = 0;
    for (const si of order) {
      const p = prepared[si];
      if (!p) continue;
      const n = p.gold.length;
      if (n === 0) continue;
      const emit = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        const base = i * L;
        for (let k = p.offs[i] ?? 0; k < (p.offs[i + 1] ?? 0); k++) {
          const row = (p.feats[k] ?? 0) * L;
          for (let y = 0; y < L; y++) emit[base + y] = (emit[base + y] ?? 0) + (W[row + y] ?? 0);
        }
      }
      const pred = viterbi({ emit, n, L, trans: T, start: S0, allowed, allowedStart });
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = p.gold[i] ?? 0;
        const y = pred[i] ?? 0;
        const gp = i > 0 ? (p.gold[i - 1] ?? 0) : -1;
        const yp = i > 0 ? (pred[i - 1] ?? 0) : -1;
        if (g !== y) {
          wrong = true;
          for (let k = p.offs[i] ?? 0; k < (p.offs[i + 1] ?? 0); k++) {
            const row = (p.feats[k] ?? 0) * L;
            W[row + g] = (W[row + g] ?? 0) + 1;
            U[row + g] = (U[row + g] ?? 0) + c;
            W[row + y] = (W[row + y] ?? 0) - 1;
            U[row + y] = (U[row + y] ?? 0) - c;
          }
        }
        if (g !== y || gp !== yp) {
          if (i === 0) {
            S0[g] = (S0[g] ?? 0) + 1;
            SU[g] = (SU[g] ?? 0) + c;
            S0[y] = (S0[y] ?? 0) - 1;
            SU[y] = (SU[y] ?? 0) - c;
          } else {
            T[gp * L + g] = (T[gp * L + g] ?? 0) + 1;
            TU[gp * L + g] = (TU[gp * L + g] ?? 0) + c;
            T[yp * L + y] = (T[yp * L + y] ?? 0) - 1;
            TU[yp * L + y] = (TU[yp * L + y] ?? 0) - c;
          }
        }
      }
      if (wrong) errors++;
      c++;
    }
    opts.onEpoch?.(epoch, errors, averaged);
  }
  return averaged();
}

export interface StackedWeights {
  readonly stage1: RawWeights;
  readonly stage2: RawWeights;
}

/**
 * Two-pass (stacked) training. Pass 1 is the plain tagger. Pass 2 adds document features built
 * from pass-1 labels; on the training data those labels come from pass-1 models trained on the
 * other folds, so pass 2 learns how far pass 1 can be trusted on unseen text.
 */
export function trainStacked(
  sentences: readonly Sentence[],
  opts: TrainOptions & {
    readonly log?: (line: string) => void;
    /** Called with the full pass-1 model before pass 2 trains. */
    readonly onStage1?: (stage1: RawWeights) => void;
  },
): StackedWeights {
  // One snapshot for every pass and fold (building it walks the whole gazetteer).
  opts = { ...opts, gazetteer: opts.gazetteer ?? liveGazetteerLists() };
  const K = Math.max(2, opts.folds);
  const foldOf = (s: number) => Math.min(K - 1, Math.floor((s * K) / sentences.length));
  const firstPass: Int32Array[] = sentences.map((s) => new Int32Array(s.words.length));
  for (let f = 0; f < K; f++) {
    const idx = sentences.map((_, i) => i).filter((i) => foldOf(i) === f);
    const rest = sentences.filter((_, i) => foldOf(i) !== f);
    const raw = trainPerceptron(rest, { ...opts, onEpoch: undefined, extra: undefined });
    const tagger = makeTagger(loadModel(serialiseModel(raw, LABELS)));
    for (const i of idx) firstPass[i] = tagger.tag(sentences[i]?.words ?? []).path;
    opts.log?.(`pass-1 fold ${f + 1}/${K} done`);
  }
  const stage1 = trainPerceptron(sentences, { ...opts, onEpoch: undefined, extra: undefined });
  opts.log?.("pass-1 full model done");
  opts.onStage1?.(stage1);
  const extra = docFeatureIds(
    sentences.map((s) => s.words),
    firstPass,
    DOC_WINDOW,
  );
  const stage2 = trainPerceptron(sentences, { ...opts, extra });
  return { stage1, stage2 };
}

/**
 * The mean of several models' weights (feature rows matched by hash; a row a model lacks
 * counts as zeros): models of the same features trained in different orders disagree where
 * the order decided, and their mean keeps what they share. Lists and meta are the first's.
 */
export function averageRaw(models: readonly RawWeights[]): RawWeights {
  const first = models[0];
  if (!first) throw new Error("averageRaw: no models");
  const width = first.weights.length / Math.max(1, first.hashes.length);
  const rows = new Map<number, Float64Array>();
  for (const m of models) {
    for (let r = 0; r < m.hashes.length; r++) {
      const h = m.hashes[r] as number;
      const row = rows.get(h) ?? new Float64Array(width);
      rows.set(h, row);
      for (let y = 0; y < width; y++)
        row[y] = (row[y] as number) + (m.weights[r * width + y] as number);
    }
  }
  const n = models.length;
  const hashes = [...rows.keys()].sort((a, b) => a - b);
  const weights = new Float32Array(hashes.length * width);
  hashes.forEach((h, r) => {
    const row = rows.get(h) as Float64Array;
    for (let y = 0; y < width; y++) weights[r * width + y] = (row[y] as number) / n;
  });
  const mean = (pick: (m: RawWeights) => ArrayLike<number>) =>
    Float32Array.from(
      pick(first),
      (_, i) => models.reduce((s, m) => s + (pick(m)[i] as number), 0) / n,
    );
  return { ...first, hashes, weights, trans: mean((m) => m.trans), start: mean((m) => m.start) };
}
