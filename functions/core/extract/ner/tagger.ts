/**
 * Run-time tagging. Emission scores are sums of feature weights; the word features of each
 * distinct word are summed once per offset and cached (words repeat heavily), so a token costs
 * seven cached row additions plus a dozen hashed context features, then Viterbi over 9 labels.
 */
import { bioConstraints, LABELS, viterbi, viterbiWithMargins } from "./decoder.ts";
import {
  BOS,
  cue2Feature,
  cueContextFeatures,
  DOC_FEATURE_HASHES,
  DOC_WINDOW,
  type DocFeats,
  docFeatureIds,
  EOS,
  gazBareFeature,
  gazetteerTags,
  gazFeature,
  makeAnalyzer,
  OFFSETS,
  pairLeftFeatures,
  pairRightFeatures,
  type WordInfo,
  wordFeatures,
} from "./features.ts";
import { type NerModel, RowTable } from "./model.ts";

export interface TagResult {
  /** Label per word (LABELS strings). */
  readonly tags: string[];
  /** Label indices (into LABELS) per word. */
  readonly path: Int32Array;
  /** Per word: score gap between the best path and the best path with another label there. */
  readonly margins: Float64Array;
}

export interface Tagger {
  /** Tag one sentence; `extra` holds document features per word (second pass only). */
  tag(words: readonly string[], extra?: DocFeats, gaz?: readonly string[]): TagResult;
  /** The best label path only (no margins, no tag strings): what a first pass needs. */
  path(words: readonly string[], extra?: DocFeats, gaz?: readonly string[]): Int32Array;
}

/** Distinct words cached per tagger; all caches are dropped together when it is reached. */
const CACHE_LIMIT = 100_000;
/** Cached word pairs (bigram scores) before the caches are dropped. */
const PAIR_LIMIT = 200_000;

/**
 * A summed score vector over labels: its offset in the tagger's vector pool, or -1 when none of
 * its features has a weight.
 */
type Vec = number;

interface PairEntry {
  /** Bigram scores of the pair at the first word's position. */
  readonly left: Vec;
  /** Bigram scores of the pair at the second word's position. */
  readonly right: Vec;
}

interface WordEntry {
  readonly info: WordInfo;
  /** Small integer identity of the word while the caches live. */
  readonly id: number;
  /** Cue class index of the word (see cueIndex). */
  readonly cue: number;
  /** Where the word's summed word-feature scores start in the slab (K × L float32 sums). */
  readonly slot: number;
  /** Scores of the cue-conjoined features, per cue class of the previous word (lazy). */
  readonly byPrevCue: (Vec | undefined)[];
  /** Bigram scores per next word id (lazy). */
  readonly pairs: Map<number, PairEntry>;
  /** Scores of gazetteer tag + stem, per tag (lazy). */
  gazBare: Map<string, Vec> | null;
}

/*
 * Exactness: every weight is an int16 quantum times the model's single float32 scale, rounded
 * to float32, so every weight (and every float32 sum of weights) is an integer multiple of the
 * smallest quantum's unit in the last place, far below 2^53 of them. Float64 sums of such values
 * are exact in any order: grouping context features into cached vectors gives bit-identical
 * emission scores. The per-word float32 sums are kept as they are computed (same features, same
 * order) because float32 sums do round.
 */
export function makeTagger(model: NerModel): Tagger {
  const L = model.labels.length;
  const { allowed, allowedStart } = bioConstraints(model.labels);
  const analyze = makeAnalyzer(model.lists);
  const K = OFFSETS.length;
  const rows = model.rows;
  const weights = model.weights;
  const cache = new Map<string, WordEntry>();
  const buf: number[] = [];
  const cueIds = new Map<string, number>();
  let nextId = 0;
  let pairCount = 0;
  const KL = K * L;
  /** Word-feature scores of all cached words, KL per word: one allocation, no per-word buffers. */
  let slab = new Float32Array(KL * 1024);
  let nextSlot = 0;

  /** Every cached score vector, L float64 each: one array, no per-vector buffers. */
  let pool = new Float64Array(L * 4096);
  let poolUsed = 0;
  /** Summed weights of the features in `hs` (float64, exact), or -1 if none has a row. */
  const vecOf = (hs: readonly number[]): Vec => {
    let v = -1;
    for (let k = 0; k < hs.length; k++) {
      const r = rows.get(hs[k] as number);
      if (r < 0) continue;
      if (v < 0) {
        if (poolUsed + L > pool.length) {
          const grown = new Float64Array(pool.length * 2);
          grown.set(pool);
          pool = grown;
        }
        v = poolUsed;
        poolUsed += L;
        pool.fill(0, v, v + L);
      }
      const o = r * L;
      for (let y = 0; y < L; y++)
        pool[v + y] = (pool[v + y] as number) + (weights[o + y] as number);
    }
    return v;
  };

  const cueIndex = (cue: string): number => {
    let c = cueIds.get(cue);
    if (c === undefined) {
      c = cueIds.size;
      cueIds.set(cue, c);
    }
    return c;
  };

  const makeEntry = (raw: string): WordEntry => {
    const info = analyze(raw);
    const slot = nextSlot * KL;
    nextSlot++;
    if (slot + KL > slab.length) {
      const grown = new Float32Array(slab.length * 2);
      grown.set(slab);
      slab = grown;
    }
    const scores = slab;
    scores.fill(0, slot, slot + KL);
    for (let ki = 0; ki < K; ki++) {
      buf.length = 0;
      wordFeatures(info, OFFSETS[ki] as number, buf);
      const o = slot + ki * L;
      for (const h of buf) {
        const r = rows.get(h);
        if (r < 0) continue;
        for (let y = 0; y < L; y++) {
          scores[o + y] = (scores[o + y] as number) + (weights[r * L + y] as number);
        }
      }
    }
    return {
      info,
      id: nextId++,
      cue: cueIndex(info.cue),
      slot,
      byPrevCue: [],
      pairs: new Map(),
      gazBare: null,
    };
  };
  const bos = makeEntry(BOS);
  const eos = makeEntry(EOS);

  const firstSlot = nextSlot;
  /** Only between sentences: the words of the sentence being tagged keep their slab slots. */
  const dropCaches = (): void => {
    cache.clear();
    bos.pairs.clear();
    eos.pairs.clear();
    pairCount = 0;
    nextSlot = firstSlot;
    // Every cached vector above the kept mark goes: so must everything that points at one.
    poolUsed = poolKeep;
    bos.byPrevCue.length = 0;
    eos.byPrevCue.length = 0;
    bos.gazBare = null;
    eos.gazBare = null;
    cue2Cache = [];
    for (const m of gazSlots) m.clear();
  };

  const entry = (raw: string): WordEntry => {
    const hit = cache.get(raw);
    if (hit) return hit;
    const e = makeEntry(raw);
    cache.set(raw, e);
    return e;
  };

  const pair = (a: WordEntry, b: WordEntry): PairEntry => {
    let p = a.pairs.get(b.id);
    if (p === undefined) {
      buf.length = 0;
      pairLeftFeatures(a.info, b.info, buf);
      const left = vecOf(buf);
      buf.length = 0;
      pairRightFeatures(a.info, b.info, buf);
      p = { left, right: vecOf(buf) };
      a.pairs.set(b.id, p);
      pairCount++;
    }
    return p;
  };

  const cueVec = (prev: WordEntry, cur: WordEntry): Vec => {
    let v = cur.byPrevCue[prev.cue];
    if (v === undefined) {
      buf.length = 0;
      cueContextFeatures(prev.info, cur.info, buf);
      v = vecOf(buf);
      cur.byPrevCue[prev.cue] = v;
    }
    return v;
  };

  /** cue2 scores per (cue class of prev2) × 64 + (cue class of prev). */
  let cue2Cache: (Vec | undefined)[] = [];
  const cue2Vec = (prev2: WordEntry, prev: WordEntry): Vec => {
    const key = prev2.cue * 64 + prev.cue;
    let v = cue2Cache[key];
    if (v === undefined) {
      v = vecOf([cue2Feature(prev2.info, prev.info)]);
      cue2Cache[key] = v;
    }
    return v;
  };

  const gazSlots = [new Map<string, Vec>(), new Map<string, Vec>(), new Map<string, Vec>()];
  const gazVec = (tag: string, slot: 0 | 1 | 2): Vec => {
    const m = gazSlots[slot] as Map<string, Vec>;
    let v = m.get(tag);
    if (v === undefined) {
      v = vecOf([gazFeature(tag, slot)]);
      m.set(tag, v);
    }
    return v;
  };
  const gazBareVec = (tag: string, cur: WordEntry): Vec => {
    let m = cur.gazBare;
    if (m === null) {
      m = new Map();
      cur.gazBare = m;
    }
    let v = m.get(tag);
    if (v === undefined) {
      v = vecOf([gazBareFeature(tag, cur.info)]);
      m.set(tag, v);
    }
    return v;
  };

  // Document features come from a closed set: their weights live in a small table of their own.
  const docHashes = DOC_FEATURE_HASHES;
  const docRows = new RowTable(docHashes);
  const docVecs: Vec[] = docHashes.map((h) => vecOf([h]));
  /** Vectors below this mark (the document features') outlive cache drops. */
  const poolKeep = poolUsed;

  const add = (emit: Float64Array, base: number, v: Vec): void => {
    if (v < 0) return;
    const P = pool;
    for (let y = 0; y < L; y++) emit[base + y] = (emit[base + y] as number) + (P[v + y] as number);
  };

  /** Emission scores of a sentence, n × L. */
  const emissions = (
    words: readonly string[],
    extra: DocFeats | undefined,
    gazTags: readonly string[] | undefined,
  ): Float64Array => {
    const n = words.length;
    if (cache.size >= CACHE_LIMIT || pairCount >= PAIR_LIMIT) dropCaches();
    const entries = new Array<WordEntry>(n);
    const infos = new Array<WordInfo>(n);
    for (let i = 0; i < n; i++) {
      const e = entry(words[i] as string);
      entries[i] = e;
      infos[i] = e.info;
    }
    const gaz = gazTags ?? gazetteerTags(words, infos);
    const emit = new Float64Array(n * L);
    // Word features: seven cached float32 rows per position.
    const sc = slab;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let ki = 0; ki < K; ki++) {
        const j = i + (OFFSETS[ki] as number);
        const off = (j < 0 ? bos : j >= n ? eos : (entries[j] as WordEntry)).slot + ki * L;
        for (let y = 0; y < L; y++) {
          emit[base + y] = (emit[base + y] as number) + (sc[off + y] as number);
        }
      }
    }
    // Bigrams: each adjacent pair (with the sentence padding) scores both of its words.
    let prevEntry = bos;
    for (let i = 0; i <= n; i++) {
      const cur = i < n ? (entries[i] as WordEntry) : eos;
      const p = pair(prevEntry, cur);
      if (i > 0) add(emit, (i - 1) * L, p.left);
      if (i < n) add(emit, i * L, p.right);
      prevEntry = cur;
    }
    for (let i = 0; i < n; i++) {
      const base = i * L;
      const cur = entries[i] as WordEntry;
      const prev = i > 0 ? (entries[i - 1] as WordEntry) : bos;
      const prev2 = i > 1 ? (entries[i - 2] as WordEntry) : bos;
      add(emit, base, cueVec(prev, cur));
      add(emit, base, cue2Vec(prev2, prev));
      const g0 = gaz[i] ?? "";
      add(emit, base, gazVec(i > 0 ? (gaz[i - 1] ?? "") : "<s>", 0));
      add(emit, base, gazVec(g0, 1));
      add(emit, base, gazVec(gaz[i + 1] ?? "</s>", 2));
      if (g0 !== "") add(emit, base, gazBareVec(g0, cur));
      if (extra) {
        const ids = extra.ids;
        const to = extra.offs[i + 1] ?? 0;
        for (let k = extra.offs[i] ?? 0; k < to; k++) {
          const h = ids[k] ?? 0;
          const d = docRows.get(h);
          add(emit, base, d >= 0 ? (docVecs[d] ?? -1) : vecOf([h]));
        }
      }
    }
    return emit;
  };

  return {
    tag(words: readonly string[], extra?: DocFeats, gazTags?: readonly string[]): TagResult {
      const n = words.length;
      if (n === 0) return { tags: [], path: new Int32Array(0), margins: new Float64Array(0) };
      const emit = emissions(words, extra, gazTags);
      const { path, margin } = viterbiWithMargins({
        emit,
        n,
        L,
        trans: model.trans,
        start: model.start,
        allowed,
        allowedStart,
      });
      return {
        tags: Array.from(path, (y) => model.labels[y] ?? LABELS[0] ?? "O"),
        path,
        margins: margin,
      };
    },
    path(words: readonly string[], extra?: DocFeats, gazTags?: readonly string[]): Int32Array {
      const n = words.length;
      if (n === 0) return new Int32Array(0);
      const emit = emissions(words, extra, gazTags);
      return viterbi({ emit, n, L, trans: model.trans, start: model.start, allowed, allowedStart });
    },
  };
}

/** A two-pass tagger: pass 1 tags, pass 2 re-tags with document features from pass 1. */
export interface DocumentTagger {
  /** Tag the sentences of one document (in order). */
  tagDocument(sentences: readonly (readonly string[])[]): TagResult[];
}

/** With `stage2` null, only the first pass runs. */
export function makeDocumentTagger(stage1: NerModel, stage2: NerModel | null): DocumentTagger {
  const first = makeTagger(stage1);
  const second = stage2 ? makeTagger(stage2) : null;
  return {
    tagDocument(sentences) {
      if (!second) return sentences.map((ws) => first.tag(ws));
      // The gazetteer reading is the same for both passes: look it up once.
      const gaz = sentences.map((ws) => gazetteerTags(ws));
      const pass1 = sentences.map((ws, s) => first.path(ws, undefined, gaz[s]));
      const extra = docFeatureIds(sentences, pass1, DOC_WINDOW);
      return sentences.map((ws, s) => second.tag(ws, extra[s], gaz[s]));
    },
  };
}
