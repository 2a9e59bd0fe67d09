/**
 * Run-time tagging. Emission scores are sums of feature weights; the word features of each
 * distinct word are summed once per offset and cached (words repeat heavily), so a token costs
 * seven cached row additions plus a dozen hashed context features, then Viterbi over 9 labels.
 */
import { bioConstraints, LABELS, makeDecoder } from "./decoder.ts";
import {
  BOS,
  contextFeatures,
  DOC_WINDOW,
  type DocFeats,
  docFeatureIds,
  EOS,
  gazetteerTags,
  makeAnalyzer,
  OFFSETS,
  type WordInfo,
  wordFeatures,
} from "./features.ts";
import type { NerModel, RowTable } from "./model.ts";

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
  /**
   * Tag a sentence whose model-independent features were computed once (see prepareSentence).
   * With `margins` false the result's margins are all zero (no backward pass).
   */
  tagPrepared(sentence: PreparedSentence, extra?: DocFeats, margins?: boolean): TagResult;
}

/**
 * What tagging a sentence needs that does not depend on the weights: the analysed words and
 * the context-feature hashes of every position (ids[offs[i]..offs[i+1]) for word i). Both
 * passes of the document tagger share it.
 */
export interface PreparedSentence {
  readonly words: readonly string[];
  readonly infos: readonly WordInfo[];
  readonly ctx: DocFeats;
}

export function prepareSentence(
  words: readonly string[],
  analyze: (raw: string) => WordInfo,
  gazTags?: readonly string[],
): PreparedSentence {
  const n = words.length;
  const infos = new Array<WordInfo>(n);
  for (let i = 0; i < n; i++) infos[i] = analyze(words[i] as string);
  const gaz = gazTags ?? gazetteerTags(words, infos);
  const bos = analyze(BOS);
  const eos = analyze(EOS);
  const ids: number[] = [];
  const offs = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    contextFeatures(infos, gaz, i, bos, eos, ids);
    offs[i + 1] = ids.length;
  }
  return { words, infos, ctx: { ids: Uint32Array.from(ids), offs } };
}

/** Distinct words whose summed scores are kept (about 25 MB of float32 at the limit). */
const CACHE_LIMIT = 100_000;

export function makeTagger(model: NerModel, cacheLimit = CACHE_LIMIT): Tagger {
  const L = model.labels.length;
  const { allowed, allowedStart } = bioConstraints(model.labels);
  const analyze = makeAnalyzer(model.lists);
  const K = OFFSETS.length;
  const rows = model.rows;
  const weights = model.weights;
  const decode = makeDecoder({ L, trans: model.trans, start: model.start, allowed, allowedStart });
  if (OFFSETS.length !== 7 || OFFSETS.some((o, k) => o !== k - 3) || L !== 9) {
    throw new Error("the tagger expects word offsets -3..3 and 9 labels");
  }
  const SLOT = K * L;
  const buf: number[] = [];
  // Summed word-feature scores of every cached word at every offset, one K × L slot per word,
  // in one slab: thousands of small typed arrays would each be a separate allocation.
  let slab = new Float32Array(1024 * SLOT);
  const slotOf = new Map<string, number>();

  // `info` is the word's analysis when the caller has it (a prepared sentence): no second lookup.
  const slot = (raw: string, info: WordInfo = analyze(raw)): number => {
    const hit = slotOf.get(raw);
    if (hit !== undefined) return hit;
    const base = slotOf.size * SLOT;
    if (base + SLOT > slab.length) {
      const grown = new Float32Array(slab.length * 2);
      grown.set(slab);
      slab = grown;
    }
    for (let ki = 0; ki < K; ki++) {
      buf.length = 0;
      wordFeatures(info, OFFSETS[ki] as number, buf);
      const at = base + ki * L;
      for (let y = 0; y < L; y++) slab[at + y] = 0;
      for (const h of buf) {
        const r = rows.get(h);
        if (r < 0) continue;
        for (let y = 0; y < L; y++) {
          slab[at + y] = (slab[at + y] as number) + (weights[r * L + y] as number);
        }
      }
    }
    slotOf.set(raw, base);
    return base;
  };
  const bos = slot(BOS);
  const eos = slot(EOS);
  /** Called between sentences only: a sentence's slots must stay valid while it is tagged. */
  const makeRoom = (words: number) => {
    if (slotOf.size + words <= cacheLimit) return;
    slotOf.clear();
    slot(BOS);
    slot(EOS);
  };
  const tagPrepared = (sentence: PreparedSentence, extra?: DocFeats, margins = true): TagResult => {
    const { words, infos, ctx } = sentence;
    const n = words.length;
    if (n === 0) return { tags: [], path: new Int32Array(0), margins: new Float64Array(0) };
    const emit = new Float64Array(n * L);
    // Word i at offset o is padded[i + 3 + o]: BOS × 3, the words, EOS × 3.
    makeRoom(n);
    const padded = new Int32Array(n + 6);
    for (let j = 0; j < n + 6; j++) {
      padded[j] =
        j < 3 ? bos : j >= n + 3 ? eos : slot(words[j - 3] as string, infos[j - 3] as WordInfo);
    }
    emissions(emit, n, padded, slab, ctx, extra ?? null, rows, weights);
    const { path, margin } = decode(emit, n, margins);
    return {
      tags: Array.from(path, (y) => model.labels[y] ?? LABELS[0] ?? "O"),
      path,
      margins: margin ?? new Float64Array(n),
    };
  };

  return {
    tag: (words, extra, gazTags) => tagPrepared(prepareSentence(words, analyze, gazTags), extra),
    tagPrepared,
  };
}

/**
 * Emission scores of a sentence: per word, its 7 cached offset rows, then the weight rows of
 * its context and document feature hashes. The 9 label sums live in locals (registers), and
 * each is accumulated in the same order as a plain loop would, so results are bit-identical.
 */
function emissions(
  emit: Float64Array,
  n: number,
  padded: Int32Array,
  slab: Float32Array,
  ctx: DocFeats,
  extra: DocFeats | null,
  rows: RowTable,
  weights: Float32Array,
): void {
  for (let i = 0; i < n; i++) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let a4 = 0;
    let a5 = 0;
    let a6 = 0;
    let a7 = 0;
    let a8 = 0;
    for (let k = 0; k < 7; k++) {
      const at = (padded[i + k] as number) + k * 9;
      a0 += slab[at] as number;
      a1 += slab[at + 1] as number;
      a2 += slab[at + 2] as number;
      a3 += slab[at + 3] as number;
      a4 += slab[at + 4] as number;
      a5 += slab[at + 5] as number;
      a6 += slab[at + 6] as number;
      a7 += slab[at + 7] as number;
      a8 += slab[at + 8] as number;
    }
    for (let pass = 0; pass < 2; pass++) {
      const feats = pass === 0 ? ctx : extra;
      if (!feats) break;
      const ids = feats.ids;
      const end = feats.offs[i + 1] as number;
      for (let f = feats.offs[i] as number; f < end; f++) {
        const r = rows.get(ids[f] as number);
        if (r < 0) continue;
        const at = r * 9;
        a0 += weights[at] as number;
        a1 += weights[at + 1] as number;
        a2 += weights[at + 2] as number;
        a3 += weights[at + 3] as number;
        a4 += weights[at + 4] as number;
        a5 += weights[at + 5] as number;
        a6 += weights[at + 6] as number;
        a7 += weights[at + 7] as number;
        a8 += weights[at + 8] as number;
      }
    }
    const base = i * 9;
    emit[base] = a0;
    emit[base + 1] = a1;
    emit[base + 2] = a2;
    emit[base + 3] = a3;
    emit[base + 4] = a4;
    emit[base + 5] = a5;
    emit[base + 6] = a6;
    emit[base + 7] = a7;
    emit[base + 8] = a8;
  }
}

/** A two-pass tagger: pass 1 tags, pass 2 re-tags with document features from pass 1. */
export interface DocumentTagger {
  /** Tag the sentences of one document (in order). */
  tagDocument(sentences: readonly (readonly string[])[]): TagResult[];
}

/** With `stage2` null, only the first pass runs. */
export function makeDocumentTagger(stage1: NerModel, stage2: NerModel | null): DocumentTagger {
  if (stage2 && stage2.lists !== stage1.lists) throw new Error("NER passes need the same lists");
  const first = makeTagger(stage1);
  const second = stage2 ? makeTagger(stage2) : null;
  const analyze = makeAnalyzer(stage1.lists);
  return {
    tagDocument(sentences) {
      // Analysis, gazetteer reading and context hashes do not depend on the weights: once.
      const prepared = sentences.map((ws) => prepareSentence(ws, analyze));
      if (!second) return prepared.map((p) => first.tagPrepared(p));
      const pass1 = prepared.map((p) => first.tagPrepared(p, undefined, false));
      const extra = docFeatureIds(
        sentences,
        pass1.map((r) => r.path),
        DOC_WINDOW,
      );
      return prepared.map((p, s) => second.tagPrepared(p, extra[s]));
    },
  };
}
