/**
 * The tagging machinery shared by the single-model and the document tagger: the models' weights
 * in one table, the lexicon of words seen, and per prepared sentence the emission scores of one
 * model (cached word rows + context scores + document features) decoded by Viterbi.
 */
import { ContextScores, type Prepared } from "./context-scores.ts";
import { type Decoder, makeDecoder } from "./decoder.ts";
import { DOC_HASHES, type DocCodes, type DocFeats, mapDocCodes } from "./doc-feature-ids.ts";
import { FeatureSums } from "./feature-sums.ts";
import { bioConstraints, LABELS } from "./labels.ts";
import { Lexicon } from "./lexicon.ts";
import type { NerModel } from "./model.ts";
import { emissions } from "./score-rows.ts";
import type { TagResult } from "./tag-result.ts";
import { Weights } from "./weights.ts";
import { OFFSETS } from "./word-features.ts";
import { makeAnalyzer } from "./word-info.ts";

export type { Prepared } from "./context-scores.ts";

const L = LABELS.length;
const K = OFFSETS.length;
/** One word's summed word-feature scores: K offsets × L labels. */
const SLOT = K * L;

/**
 * A sentence's document features: as hashes (from docFeatureIds, for the one-model tagger) or as
 * this engine's weight-table entries × M (the document tagger has them written so directly).
 */
export type Extra = { readonly hashes: DocFeats } | { readonly entries: DocFeats };

/** Tagging machinery shared by the single-model and the document tagger. */
export class Engine {
  readonly lexicon: Lexicon;
  private readonly models: readonly NerModel[];
  private readonly decoders: readonly Decoder[];
  private readonly sums: FeatureSums;
  private readonly context: ContextScores;
  /** Document-feature codes as table entries × M (-1: not in any model), for docFeatureIdsOfKeys. */
  readonly docEntries: DocCodes;
  private padded = new Int32Array(64);
  private emit = new Float64Array(64 * L);

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
    const weights = new Weights(models);
    const { table, M } = weights;
    this.docEntries = mapDocCodes(DOC_HASHES, (h) => {
      const e = table.get(h);
      return e >= 0 ? e * M : -1;
    });
    this.lexicon = new Lexicon(weights, makeAnalyzer(lists), cacheLimit);
    this.sums = new FeatureSums(weights);
    this.context = new ContextScores(this.lexicon, this.sums, models, lists);
    this.decoders = models.map((m) => {
      const { allowed, allowedStart } = bioConstraints(m.labels);
      return makeDecoder({ L, trans: m.trans, start: m.start, allowed, allowedStart });
    });
  }

  /** Intern the words and score their context features under every model. */
  prepare(words: readonly string[], forms?: readonly number[]): Prepared {
    return this.context.prepare(words, forms);
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

  private addDocFeatures(emit: Float64Array, n: number, extra: Extra, m: number): void {
    if ("hashes" in extra) {
      const { ids, offs } = extra.hashes;
      const into = [emit];
      for (let i = 0; i < n; i++)
        this.sums.addFeatures(into, m, i, ids, offs[i] as number, offs[i + 1] as number);
      return;
    }
    this.sums.addEntries(emit, n, extra.entries, m);
  }
}
