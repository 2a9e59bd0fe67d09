/**
 * Run-time tagging. Emission scores are sums of feature weights; the word features of each
 * distinct word are summed once per offset and cached (words repeat heavily), so a token costs
 * seven cached row additions plus a dozen hashed context features, then Viterbi over 9 labels.
 */
import { bioConstraints, LABELS, viterbiWithMargins } from "./decoder.ts";
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
import type { NerModel } from "./model.ts";

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
}

const CACHE_LIMIT = 100_000;

interface WordEntry {
  readonly info: WordInfo;
  /** Summed word-feature scores at every offset: K × L. */
  readonly scores: Float32Array;
}

export function makeTagger(model: NerModel): Tagger {
  const L = model.labels.length;
  const { allowed, allowedStart } = bioConstraints(model.labels);
  const analyze = makeAnalyzer(model.lists);
  const K = OFFSETS.length;
  const rows = model.rows;
  const weights = model.weights;
  const cache = new Map<string, WordEntry>();
  const buf: number[] = [];

  const entry = (raw: string): WordEntry => {
    const hit = cache.get(raw);
    if (hit) return hit;
    const info = analyze(raw);
    const scores = new Float32Array(K * L);
    for (let ki = 0; ki < K; ki++) {
      buf.length = 0;
      wordFeatures(info, OFFSETS[ki] as number, buf);
      for (const h of buf) {
        const r = rows.get(h);
        if (r < 0) continue;
        for (let y = 0; y < L; y++) {
          scores[ki * L + y] = (scores[ki * L + y] as number) + (weights[r * L + y] as number);
        }
      }
    }
    const e = { info, scores };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, e);
    return e;
  };
  const bos = entry(BOS);
  const eos = entry(EOS);

  return {
    tag(words: readonly string[], extra?: DocFeats, gazTags?: readonly string[]): TagResult {
      const n = words.length;
      if (n === 0) return { tags: [], path: new Int32Array(0), margins: new Float64Array(0) };
      const entries = new Array<WordEntry>(n);
      const infos = new Array<WordInfo>(n);
      for (let i = 0; i < n; i++) {
        const e = entry(words[i] as string);
        entries[i] = e;
        infos[i] = e.info;
      }
      const gaz = gazTags ?? gazetteerTags(words, infos);
      const emit = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        const base = i * L;
        for (let ki = 0; ki < K; ki++) {
          const j = i + (OFFSETS[ki] as number);
          const sc = (j < 0 ? bos : j >= n ? eos : (entries[j] as WordEntry)).scores;
          const off = ki * L;
          for (let y = 0; y < L; y++) {
            emit[base + y] = (emit[base + y] as number) + (sc[off + y] as number);
          }
        }
        buf.length = 0;
        contextFeatures(infos, gaz, i, bos.info, eos.info, buf);
        if (extra) {
          for (let k = extra.offs[i] ?? 0; k < (extra.offs[i + 1] ?? 0); k++) {
            buf.push(extra.ids[k] ?? 0);
          }
        }
        for (const h of buf) {
          const r = rows.get(h);
          if (r < 0) continue;
          for (let y = 0; y < L; y++) {
            emit[base + y] = (emit[base + y] as number) + (weights[r * L + y] as number);
          }
        }
      }
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
      const pass1 = sentences.map((ws, s) => first.tag(ws, undefined, gaz[s]).path);
      const extra = docFeatureIds(sentences, pass1, DOC_WINDOW);
      return sentences.map((ws, s) => second.tag(ws, extra[s], gaz[s]));
    },
  };
}
