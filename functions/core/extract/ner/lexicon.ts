/**
 * The tagger's lexicon. Words repeat heavily, so each distinct word is analysed, keyed and
 * scored (its word features at every offset) once, and tokens refer to it by id.
 */

import { docKeyOf } from "./doc-keys.ts";
import { LABELS } from "./labels.ts";
import { keyFromStem } from "./mention-keys.ts";
import { PairScores } from "./pair-scores.ts";
import type { Weights } from "./weights.ts";
import { withRoom } from "./with-room.ts";
import { OFFSETS, wordFeatures } from "./word-features.ts";
import { BOS, EOS, type WordInfo } from "./word-info.ts";

const L = LABELS.length;
const K = OFFSETS.length;
/** One word's summed word-feature scores: K offsets × L labels. */
const SLOT = K * L;

/**
 * The words a tagger has seen, interned to small integers, with what tagging needs of each:
 * its analysis, its document-linking key and its summed word-feature scores under every model.
 * Ids 0 and 1 are the sentence padding BOS and EOS.
 */
export class Lexicon {
  readonly infos: WordInfo[] = [];
  /** Per word: its key for the consistency pass (mention-keys.ts mentionKey). */
  readonly mentionKeys: string[] = [];
  /** Per word: its docKey as a number (equal keys, equal numbers), or -1. */
  keyOf = new Int32Array(1024);
  /** Per model: word id × SLOT summed scores (one slab: thousands of small arrays would not do). */
  readonly slabs: Float32Array[];
  /** Pair scores by word ids: emptied with the ids. */
  readonly pairs: PairScores;
  private readonly ids = new Map<string, number>();
  /** Tokenizer form → word id last seen with it, or -1: hints, confirmed against the word. */
  private byForm = new Int32Array(1024).fill(-1);
  private readonly keyIds = new Map<string, number>();
  private readonly analyze: (raw: string) => WordInfo;
  private readonly weights: Weights;
  private readonly limit: number;
  private readonly buf: number[] = [];
  /** Scratch for sumWordFeatures: where each offset's features end in buf, their table entries. */
  private readonly ends = new Int32Array(K);
  private entries = new Int32Array(256);
  /** Where the early row reads go, so the compiler keeps them. */
  touched = 0;
  /** documentKeys' per-key stamp (the document it was last numbered in) and local number. */
  private keyStamp = new Int32Array(1024);
  private keyLocal = new Int32Array(1024);
  private stamp = 0;

  constructor(weights: Weights, analyze: (raw: string) => WordInfo, limit: number) {
    this.weights = weights;
    this.analyze = analyze;
    this.limit = limit;
    this.slabs = Array.from({ length: weights.M }, () => new Float32Array(1024 * SLOT));
    this.pairs = new PairScores(weights.M);
    this.clear();
  }

  /**
   * The document keys of the words of a document's sentences, numbered from 0 within the
   * document: the local number of a key is kept under a stamp per document, so no map is
   * built per document.
   */
  documentKeys(prepared: readonly { readonly ids: Int32Array }[]): {
    keys: Int32Array[];
    count: number;
  } {
    const size = this.keyIds.size;
    this.keyStamp = withRoom(this.keyStamp, size);
    this.keyLocal = withRoom(this.keyLocal, size);
    if (this.stamp === 0x7fffffff) {
      this.keyStamp.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const { keyOf, keyStamp, keyLocal } = this;
    let count = 0;
    const keys = prepared.map(({ ids }) => {
      const out = new Int32Array(ids.length);
      for (let i = 0; i < ids.length; i++) {
        const k = keyOf[ids[i] as number] as number;
        if (k < 0) {
          out[i] = -1;
        } else if (keyStamp[k] === stamp) {
          out[i] = keyLocal[k] as number;
        } else {
          keyStamp[k] = stamp;
          keyLocal[k] = count;
          out[i] = count++;
        }
      }
      return out;
    });
    return { keys, count };
  }

  /** Make room for `words` more words. Between sentences or documents only: ids in use stay valid. */
  reserve(words: number): void {
    if (this.ids.size + words > this.limit) this.clear();
  }

  /** The id of a word, given its tokenizer form (or -1). */
  id(raw: string, form: number): number {
    if (form >= 0 && form < this.byForm.length) {
      const id = this.byForm[form] as number;
      if (id >= 0 && this.infos[id]?.raw === raw) return id;
    }
    const hit = this.ids.get(raw);
    const id = hit !== undefined ? hit : this.add(raw);
    if (form >= 0) {
      this.byForm = withRoom(this.byForm, form + 1, -1);
      this.byForm[form] = id;
    }
    return id;
  }

  private clear(): void {
    this.pairs.clear();
    this.ids.clear();
    this.keyIds.clear();
    this.infos.length = 0;
    this.mentionKeys.length = 0;
    // Form hints stay: each is confirmed against the word's analysis before use.
    this.add(BOS);
    this.add(EOS);
  }

  private add(raw: string): number {
    const id = this.ids.size;
    const info = this.analyze(raw);
    this.grow(id + 1);
    this.infos.push(info);
    this.mentionKeys.push(keyFromStem(info));
    this.keyOf[id] = this.keyNumber(raw, info);
    this.sumWordFeatures(info, id * SLOT);
    this.ids.set(raw, id);
    return id;
  }

  private keyNumber(raw: string, info: WordInfo): number {
    // The analysis has the normalised form and stem already: no second normalisation.
    const key = raw === BOS || raw === EOS ? null : docKeyOf(info.norm, info.bare);
    if (key === null) return -1;
    let n = this.keyIds.get(key);
    if (n === undefined) {
      n = this.keyIds.size;
      this.keyIds.set(key, n);
    }
    return n;
  }

  private grow(words: number): void {
    this.keyOf = withRoom(this.keyOf, words);
    this.slabs.forEach((slab, m) => {
      this.slabs[m] = withRoom(slab, words * SLOT);
    });
  }

  /**
   * Sum the word's feature weights at every offset into each model's slab. The slab is float32,
   * summed feature by feature in wordFeatures' order, as the scores have always been cached.
   * All the word's features are probed first, in one tight loop, and summed after: the probes
   * are independent, so the processor overlaps their cache misses instead of waiting for each
   * (a new word costs some sixty probes into a table of megabytes).
   */
  private sumWordFeatures(info: WordInfo, base: number): void {
    const { M, table, rows } = this.weights;
    const buf = this.buf;
    const ends = this.ends;
    buf.length = 0;
    for (let ki = 0; ki < K; ki++) {
      wordFeatures(info, OFFSETS[ki] as number, buf);
      ends[ki] = buf.length;
    }
    if (this.entries.length < buf.length) this.entries = new Int32Array(2 * buf.length);
    const entries = this.entries;
    // Reading each found row's first weight here starts its cache miss early, overlapped too.
    let touch = 0;
    for (let f = 0; f < buf.length; f++) {
      const e = table.get(buf[f] as number);
      entries[f] = e;
      if (e >= 0) touch += rows[e * M * L] as number;
    }
    this.touched = touch;
    let f = 0;
    for (let ki = 0; ki < K; ki++) {
      const at = base + ki * L;
      for (const slab of this.slabs) slab.fill(0, at, at + L);
      for (const end = ends[ki] as number; f < end; f++) {
        const e = entries[f] as number;
        if (e < 0) continue;
        for (let m = 0; m < M; m++) {
          const slab = this.slabs[m] as Float32Array;
          const w = (e * M + m) * L;
          for (let y = 0; y < L; y++) {
            slab[at + y] = (slab[at + y] as number) + (rows[w + y] as number);
          }
        }
      }
    }
  }
}
