/**
 * Run-time tagging. Emission scores are sums of feature weights. Words are interned once per
 * tagger (one string lookup per token); the word features of each distinct word are summed
 * once per offset and kept by word id (words repeat heavily); the features of two neighbouring
 * words are summed once per word pair and kept too. So a token costs seven cached row additions,
 * two cached pair scores and four or five hashed position features, then Viterbi over 9 labels.
 *
 * A document tagger scores both passes from one table: each feature hash is looked up once and
 * its row holds the weights of both models, so the context features of a token are hashed,
 * probed and summed for the two passes together while the sentence is prepared.
 *
 * The weights are float32 multiples of one quantum per model, and every sum stays far below
 * 2^53 quanta, so float64 sums are exact in any grouping: summing context features ahead of
 * the word rows gives bit-identical scores to a token-by-token sum.
 */
import { harmonise, keyFromStem } from "./consistency.ts";
import { bioConstraints, type Decoder, LABELS, makeDecoder } from "./decoder.ts";
import {
  BOS,
  DOC_HASHES,
  DOC_WINDOW,
  type DocCodes,
  type DocFeats,
  docFeatureIdsOfKeys,
  docKeyOf,
  EOS,
  gazAfter,
  gazBefore,
  gazetteerTags,
  gazStemFeatures,
  makeAnalyzer,
  mapDocCodes,
  OFFSETS,
  pairFeatures,
  positionFeatures,
  type WordInfo,
  wordFeatures,
} from "./features.ts";
import { type NerModel, RowTable } from "./model.ts";
import type { NameLists } from "./name-lists.ts";
import type { TagResult } from "./tag-result.ts";

export interface Tagger {
  /** Tag one sentence; `extra` holds document features per word (second pass only). */
  tag(words: readonly string[], extra?: DocFeats): TagResult;
}

/** A two-pass tagger: pass 1 tags, pass 2 re-tags with document features from pass 1. */
export interface DocumentTagger {
  /**
   * Tag the sentences of one document (in order). `forms`, when given, holds per word its
   * tokenizer form (Token.form, -1 for none): a hint that saves a string lookup per word.
   */
  tagDocument(
    sentences: readonly (readonly string[])[],
    forms?: readonly (readonly number[])[],
  ): TagResult[];
}

const L = LABELS.length;
const K = OFFSETS.length;
/** One word's summed word-feature scores: K offsets × L labels. */
const SLOT = K * L;
/** Distinct words kept (about 25 MB of float32 per model at the limit). */
const CACHE_LIMIT = 100_000;

/**
 * Feature hash → weights of every model (pass), rows entry-major: entry e's weights for model
 * m are at (e * M + m) * L. A model without the feature has zeros there (adding them changes
 * no sum), so one probe and one or two cache lines serve all passes.
 */
class Weights {
  readonly M: number;
  readonly table: RowTable;
  readonly rows: Float32Array;

  constructor(models: readonly NerModel[]) {
    const M = models.length;
    const union = [...new Set(models.flatMap((m) => Array.from(m.hashes)))].sort((a, b) => a - b);
    const table = new RowTable(union);
    const rows = new Float32Array(union.length * M * L);
    models.forEach((model, m) => {
      for (let r = 0; r < model.hashes.length; r++) {
        const at = (table.get(model.hashes[r] as number) * M + m) * L;
        rows.set(model.weights.subarray(r * L, r * L + L), at);
      }
    });
    this.M = M;
    this.table = table;
    this.rows = rows;
  }
}

/** Position-feature combinations kept (a few hundred occur). */
const POSITION_LIMIT = 4096;
/** Word pairs whose summed pair-feature scores are kept (about 19 MB of float64 for two passes). */
const PAIR_LIMIT = 1 << 16;

/** Slots a pair table starts with; it doubles as pairs come, up to twice PAIR_LIMIT. */
const PAIR_MIN_SLOTS = 1 << 12;

/**
 * Summed pair-feature scores (features.ts pairFeatures) per pair of neighbouring word ids, under
 * every model: entry e holds at e·2ML the scores of the first word (M × L), then those of the
 * second. Word pairs repeat («في مدينة», «وزير الخارجية»), and one probe here replaces the
 * half-dozen weight-table probes and hashes their features cost. Open addressing over typed
 * arrays; when full it starts again empty (cheaper than tracking recency, and the pairs that
 * matter come back at once).
 *
 * The slot table grows with its contents (at most half full) instead of starting at full size:
 * hashing scatters the pairs over every line of the table, so a table sized for 65,536 pairs
 * holding a few thousand makes each probe a likely cache miss, where a table sized to them
 * stays in the processor's cache.
 */
class PairScores {
  readonly values: Float64Array;
  readonly stride: number;
  /** Per slot (a, b, entry + 1, unused): one cache line per probe; entry + 1 = 0 when empty. */
  private slots = new Int32Array(PAIR_MIN_SLOTS * 4);
  private mask = PAIR_MIN_SLOTS - 1;
  private count = 0;

  constructor(models: number) {
    this.stride = 2 * models * L;
    this.values = new Float64Array(PAIR_LIMIT * this.stride);
  }

  /** The entry of pair (a, b), or -1. */
  get(a: number, b: number): number {
    const { slots, mask } = this;
    let i = slot(a, b, mask);
    for (;;) {
      const e = slots[4 * i + 2] as number;
      if (e === 0) return -1;
      if (slots[4 * i] === a && slots[4 * i + 1] === b) return e - 1;
      i = (i + 1) & mask;
    }
  }

  /** A new entry for pair (a, b), not present, its scores zeroed. */
  add(a: number, b: number): number {
    if (this.count === PAIR_LIMIT) this.clear();
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    const e = this.count++;
    this.put(a, b, e);
    this.values.fill(0, e * this.stride, (e + 1) * this.stride);
    return e;
  }

  clear(): void {
    this.slots = new Int32Array(PAIR_MIN_SLOTS * 4);
    this.mask = PAIR_MIN_SLOTS - 1;
    this.count = 0;
  }

  private put(a: number, b: number, e: number): void {
    const { slots, mask } = this;
    let i = slot(a, b, mask);
    while (slots[4 * i + 2] !== 0) i = (i + 1) & mask;
    slots[4 * i] = a;
    slots[4 * i + 1] = b;
    slots[4 * i + 2] = e + 1;
  }

  private grow(): void {
    const old = this.slots;
    const size = 2 * (this.mask + 1);
    this.slots = new Int32Array(size * 4);
    this.mask = size - 1;
    for (let i = 0; i < old.length; i += 4) {
      const e = old[i + 2] as number;
      if (e !== 0) this.put(old[i] as number, old[i + 1] as number, e - 1);
    }
  }
}

/** The slot of pair (a, b) in a table of mask + 1 slots. */
function slot(a: number, b: number, mask: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  return (h ^ (h >>> 13)) & mask;
}

/**
 * The words a tagger has seen, interned to small integers, with what tagging needs of each:
 * its analysis, its document-linking key and its summed word-feature scores under every model.
 * Ids 0 and 1 are the sentence padding BOS and EOS.
 */
class Lexicon {
  readonly infos: WordInfo[] = [];
  /** Per word: its key for the consistency pass (consistency.ts mentionKey). */
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

/**
 * A sentence ready for any pass: its word ids and, per model, its context-feature scores
 * (n × L, float64), which do not depend on the other passes.
 */
interface Prepared {
  readonly ids: Int32Array;
  readonly ctx: readonly Float64Array[];
}

/**
 * A sentence's document features: as hashes (from docFeatureIds, for the one-model tagger) or as
 * this engine's weight-table entries × M (the document tagger has them written so directly).
 */
type Extra = { readonly hashes: DocFeats } | { readonly entries: DocFeats };

/** Tagging machinery shared by the single-model and the document tagger. */
class Engine {
  readonly lexicon: Lexicon;
  private readonly weights: Weights;
  private readonly models: readonly NerModel[];
  private readonly decoders: readonly Decoder[];
  private readonly buf: number[] = [];
  private readonly buf2: number[] = [];
  /** Position-feature scores by key (addPositionScores): entry e at e·M·L. */
  private readonly positions = new Map<number, number>();
  private positionValues = new Float64Array(0);
  private readonly gazIds = new Map<string, number>();
  /** Scratch: entries of the features of one token found in the table. */
  private found = new Int32Array(64);
  /** Document-feature codes as table entries × M (-1: not in any model), for docFeatureIdsOfKeys. */
  readonly docEntries: DocCodes;
  private infos: WordInfo[] = [];
  private padded = new Int32Array(64);
  private emit = new Float64Array(64 * L);
  /** The name lists, with the gazetteer snapshot the features read. */
  private readonly lists: NameLists;

  constructor(models: readonly NerModel[], cacheLimit: number) {
    const lists = models[0]?.lists;
    if (!lists || models.some((m) => m.lists !== lists)) {
      throw new Error("NER passes need the same lists");
    }
    if (
      K !== 7 ||
      OFFSETS.some((o, k) => o !== k - 3) ||
      models.some((m) => m.labels.length !== L)
    ) {
      throw new Error("the tagger expects word offsets -3..3 and 9 labels");
    }
    this.models = models;
    this.lists = lists;
    this.weights = new Weights(models);
    const { table, M } = this.weights;
    this.docEntries = mapDocCodes(DOC_HASHES, (h) => {
      const e = table.get(h);
      return e >= 0 ? e * M : -1;
    });
    this.lexicon = new Lexicon(this.weights, makeAnalyzer(lists), cacheLimit);
    this.decoders = models.map((m) => {
      const { allowed, allowedStart } = bioConstraints(m.labels);
      return makeDecoder({ L, trans: m.trans, start: m.start, allowed, allowedStart });
    });
  }

  /** Intern the words and score their context features under every model. */
  prepare(words: readonly string[], forms?: readonly number[]): Prepared {
    const n = words.length;
    const lex = this.lexicon;
    const ids = new Int32Array(n);
    const infos = this.infos;
    infos.length = n;
    for (let i = 0; i < n; i++) {
      const id = lex.id(words[i] as string, forms ? (forms[i] ?? -1) : -1);
      ids[i] = id;
      infos[i] = lex.infos[id] as WordInfo;
    }
    const gaz = gazetteerTags(this.lists, words, infos);
    const ctx = this.models.map(() => new Float64Array(n * L));
    const bos = lex.infos[0] as WordInfo;
    this.addPairScores(ctx, ids);
    const buf = this.buf;
    for (let i = 0; i < n; i++) {
      this.addPositionScores(ctx, infos, gaz, i, bos);
      buf.length = 0;
      gazStemFeatures(infos, gaz, i, buf);
      if (buf.length > 0) this.addFeatures(ctx, 0, i, buf, 0, buf.length);
    }
    return { ids, ctx };
  }

  /** Add to ctx the pair scores of every neighbouring pair, padding included (BOS is id 0, EOS 1). */
  private addPairScores(ctx: readonly Float64Array[], ids: Int32Array): void {
    const n = ids.length;
    const M = ctx.length;
    const { pairs, infos } = this.lexicon;
    const values = pairs.values;
    const stride = pairs.stride;
    for (let i = -1; i < n; i++) {
      const a = i < 0 ? 0 : (ids[i] as number);
      const b = i + 1 < n ? (ids[i + 1] as number) : 1;
      let e = pairs.get(a, b);
      if (e < 0) {
        e = pairs.add(a, b);
        this.scorePair(e, infos[a] as WordInfo, infos[b] as WordInfo, M);
      }
      const at = e * stride;
      for (let m = 0; m < M; m++) {
        const c = ctx[m] as Float64Array;
        if (i >= 0) addScores(c, i * L, values, at + m * L);
        if (i + 1 < n) addScores(c, (i + 1) * L, values, at + (M + m) * L);
      }
    }
  }

  /**
   * Add the position-feature scores of token i (features.ts positionFeatures), cached by the
   * cue classes and gazetteer tags they are made of: a few hundred combinations in practice.
   */
  private addPositionScores(
    ctx: readonly Float64Array[],
    infos: readonly WordInfo[],
    gaz: readonly string[],
    i: number,
    bos: WordInfo,
  ): void {
    const M = ctx.length;
    const cueA = i > 1 ? (infos[i - 2] as WordInfo).cueId : bos.cueId;
    const cueB = i > 0 ? (infos[i - 1] as WordInfo).cueId : bos.cueId;
    const gp = this.gazId(gazBefore(gaz, i));
    const g0 = this.gazId(gaz[i] ?? "");
    const gn = this.gazId(gazAfter(gaz, i));
    // Small integers (< 2^24) as the key; a combination outside that range is not cached.
    const cacheable = cueA < 8 && cueB < 8 && gp < 64 && g0 < 64 && gn < 64;
    const key = cacheable ? cueA + 8 * (cueB + 8 * (gp + 64 * (g0 + 64 * gn))) : -1;
    let e = cacheable ? this.positions.get(key) : undefined;
    if (e === undefined) {
      const buf = this.buf;
      buf.length = 0;
      positionFeatures(infos, gaz, i, bos, buf);
      if (!cacheable) {
        this.addFeatures(ctx, 0, i, buf, 0, buf.length);
        return;
      }
      if (this.positions.size === POSITION_LIMIT) this.positions.clear();
      e = this.positions.size;
      const stride = M * L;
      this.positionValues = withRoom(this.positionValues, (e + 1) * stride);
      this.positionValues.fill(0, e * stride, (e + 1) * stride);
      this.addFeaturesAt(this.positionValues, e * stride, buf, M);
      this.positions.set(key, e);
    }
    for (let m = 0; m < M; m++) {
      addScores(ctx[m] as Float64Array, i * L, this.positionValues, (e * M + m) * L);
    }
  }

  /** A small number per gazetteer tag string (0 for none). */
  private gazId(tag: string): number {
    if (tag === "") return 0;
    let id = this.gazIds.get(tag);
    if (id === undefined) {
      id = this.gazIds.size + 1;
      this.gazIds.set(tag, id);
    }
    return id;
  }

  /** Fill pair entry e with the summed weights of its features under every model. */
  private scorePair(e: number, a: WordInfo, b: WordInfo, M: number): void {
    const first = this.buf;
    const second = this.buf2;
    first.length = 0;
    second.length = 0;
    pairFeatures(a, b, first, second);
    const { values, stride } = this.lexicon.pairs;
    this.addFeaturesAt(values, e * stride, first, M);
    this.addFeaturesAt(values, e * stride + M * L, second, M);
  }

  /** Tag a prepared sentence with model m (plus document features); margins cost a backward pass. */
  tag(p: Prepared, m: number, extra: Extra | null, margins: boolean): TagResult {
    const { path, margin } = this.decode(p, m, extra, margins);
    const labels = (this.models[m] as NerModel).labels;
    const n = path.length;
    // A plain loop: Array.from with a map function costs several times more per element.
    const tags = new Array<string>(n);
    for (let i = 0; i < n; i++) tags[i] = labels[path[i] as number] ?? "O";
    return { tags, path, margins: margin ?? new Float64Array(n) };
  }

  /** The best label path (label indices) of a prepared sentence, without label strings. */
  decode(p: Prepared, m: number, extra: Extra | null, margins: boolean): ReturnType<Decoder> {
    const n = p.ids.length;
    if (n === 0) return { path: new Int32Array(0), margin: margins ? new Float64Array(0) : null };
    if (this.padded.length < n + 6) {
      this.padded = new Int32Array(2 * n + 6);
      this.emit = new Float64Array((2 * n + 6) * L);
    }
    // Word i at offset o is padded[i + 3 + o]: BOS × 3, the words, EOS × 3 (as slab offsets).
    const padded = this.padded;
    for (let j = 0; j < n + 6; j++) {
      padded[j] = (j < 3 ? 0 : j >= n + 3 ? 1 : (p.ids[j - 3] as number)) * SLOT;
    }
    const emit = this.emit;
    emissions(emit, n, padded, this.lexicon.slabs[m] as Float32Array, p.ctx[m] as Float64Array);
    if (extra) this.addDocFeatures(emit, n, extra, m);
    return (this.decoders[m] as Decoder)(emit, n, margins);
  }

  /**
   * Add the weights of features[from … to) to token i's scores: into[k] gets those of model
   * first + k (every model while preparing, the one being decoded for document features).
   * Each hash is probed once whatever the number of models.
   */
  private addFeatures(
    into: readonly Float64Array[],
    first: number,
    i: number,
    features: ArrayLike<number>,
    from: number,
    to: number,
  ): void {
    const count = this.lookUp(features, from, to);
    if (count === 0) return;
    const { rows } = this.weights;
    for (let k = 0; k < into.length; k++) {
      addRows(into[k] as Float64Array, i * L, rows, this.found, count, (first + k) * L);
    }
  }

  /** out[at + m·L …] += model m's weights of the features, for every model m. */
  private addFeaturesAt(out: Float64Array, at: number, features: readonly number[], M: number) {
    const count = this.lookUp(features, 0, features.length);
    if (count === 0) return;
    for (let m = 0; m < M; m++)
      addRows(out, at + m * L, this.weights.rows, this.found, count, m * L);
  }

  /** Put the table entries (× M) of the features found into `found`; returns how many. */
  private lookUp(features: ArrayLike<number>, from: number, to: number): number {
    const { M, table } = this.weights;
    if (this.found.length < to - from) this.found = new Int32Array(2 * (to - from));
    const found = this.found;
    let count = 0;
    for (let f = from; f < to; f++) {
      const e = table.get(features[f] as number);
      if (e >= 0) found[count++] = e * M;
    }
    return count;
  }

  private addDocFeatures(emit: Float64Array, n: number, extra: Extra, m: number): void {
    if ("hashes" in extra) {
      const { ids, offs } = extra.hashes;
      const into = [emit];
      for (let i = 0; i < n; i++)
        this.addFeatures(into, m, i, ids, offs[i] as number, offs[i + 1] as number);
      return;
    }
    // Entries already: copied into `found` (a few per token) and summed, no table probe.
    const { ids, offs } = extra.entries;
    const { rows } = this.weights;
    for (let i = 0; i < n; i++) {
      const from = offs[i] as number;
      const count = (offs[i + 1] as number) - from;
      if (count === 0) continue;
      if (this.found.length < count) this.found = new Int32Array(2 * count);
      const found = this.found;
      for (let k = 0; k < count; k++) found[k] = ids[from + k] as number;
      addRows(emit, i * L, rows, found, count, m * L);
    }
  }
}

/**
 * out[at …] += the sum of the rows at found[0 … count) (entry × M) + shift: one model's
 * weights of the features found, summed in locals (registers) before touching memory.
 */
function addRows(
  out: Float64Array,
  at: number,
  rows: Float32Array,
  found: Int32Array,
  count: number,
  shift: number,
): void {
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let a4 = 0;
  let a5 = 0;
  let a6 = 0;
  let a7 = 0;
  let a8 = 0;
  for (let k = 0; k < count; k++) {
    const w = (found[k] as number) * 9 + shift;
    a0 += rows[w] as number;
    a1 += rows[w + 1] as number;
    a2 += rows[w + 2] as number;
    a3 += rows[w + 3] as number;
    a4 += rows[w + 4] as number;
    a5 += rows[w + 5] as number;
    a6 += rows[w + 6] as number;
    a7 += rows[w + 7] as number;
    a8 += rows[w + 8] as number;
  }
  out[at] = (out[at] as number) + a0;
  out[at + 1] = (out[at + 1] as number) + a1;
  out[at + 2] = (out[at + 2] as number) + a2;
  out[at + 3] = (out[at + 3] as number) + a3;
  out[at + 4] = (out[at + 4] as number) + a4;
  out[at + 5] = (out[at + 5] as number) + a5;
  out[at + 6] = (out[at + 6] as number) + a6;
  out[at + 7] = (out[at + 7] as number) + a7;
  out[at + 8] = (out[at + 8] as number) + a8;
}

/**
 * `a` itself when it holds at least `size` elements, else a copy with room for twice that (so
 * growing one at a time stays linear); the new part holds `fill`.
 */
function withRoom<A extends Int32Array | Float32Array | Float64Array>(
  a: A,
  size: number,
  fill = 0,
): A {
  if (size <= a.length) return a;
  const out = new (a.constructor as new (length: number) => A)(2 * size);
  (out as Float64Array).set(a);
  if (fill !== 0) out.fill(fill, a.length);
  return out;
}

/** out[at … at+9) += from[src … src+9). */
function addScores(out: Float64Array, at: number, from: Float64Array, src: number): void {
  for (let y = 0; y < 9; y++) out[at + y] = (out[at + y] as number) + (from[src + y] as number);
}

/**
 * Emission scores of a sentence: per word, its 7 cached offset rows plus its context scores.
 * The 9 label sums live in locals (registers).
 */
function emissions(
  emit: Float64Array,
  n: number,
  padded: Int32Array,
  slab: Float32Array,
  ctx: Float64Array,
): void {
  for (let i = 0; i < n; i++) {
    const base = i * 9;
    let a0 = ctx[base] as number;
    let a1 = ctx[base + 1] as number;
    let a2 = ctx[base + 2] as number;
    let a3 = ctx[base + 3] as number;
    let a4 = ctx[base + 4] as number;
    let a5 = ctx[base + 5] as number;
    let a6 = ctx[base + 6] as number;
    let a7 = ctx[base + 7] as number;
    let a8 = ctx[base + 8] as number;
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

export function makeTagger(model: NerModel, cacheLimit = CACHE_LIMIT): Tagger {
  const engine = new Engine([model], cacheLimit);
  return {
    tag(words, extra) {
      engine.lexicon.reserve(words.length);
      return engine.tag(engine.prepare(words), 0, extra ? { hashes: extra } : null, true);
    },
  };
}

/**
 * With `stage2` null, only the first pass runs. The passes' labels are then made consistent
 * across the document (consistency.ts) unless `consistent` is false (to measure what that adds).
 */
export function makeDocumentTagger(
  stage1: NerModel,
  stage2: NerModel | null,
  { consistent = true }: { readonly consistent?: boolean } = {},
): DocumentTagger {
  const engine = new Engine(stage2 ? [stage1, stage2] : [stage1], CACHE_LIMIT);
  const finish = (prepared: readonly Prepared[], results: TagResult[]) => {
    if (!consistent) return results;
    const ids = prepared.map((p) => p.ids);
    return harmonise({ ids, keys: engine.lexicon.mentionKeys }, results);
  };
  return {
    tagDocument(sentences, forms) {
      let words = 0;
      for (const s of sentences) words += s.length;
      engine.lexicon.reserve(words);
      const prepared = sentences.map((ws, s) => engine.prepare(ws, forms?.[s]));
      if (!stage2)
        return finish(
          prepared,
          prepared.map((p) => engine.tag(p, 0, null, true)),
        );
      const pass1 = prepared.map((p) => engine.decode(p, 0, null, false).path);
      const { keys, count } = engine.lexicon.documentKeys(prepared);
      const extra = docFeatureIdsOfKeys(keys, count, pass1, DOC_WINDOW, engine.docEntries);
      return finish(
        prepared,
        prepared.map((p, s) => {
          const entries = extra[s];
          return engine.tag(p, 1, entries ? { entries } : null, true);
        }),
      );
    },
  };
}
