/**
 * Features → scores: the table entries of a token's feature hashes looked up once, and the
 * rows found summed into the scores of every model (or of the one being decoded). Shared by
 * the context scores of a sentence and its document features.
 */

import type { DocFeats } from "./doc-feature-ids.ts";
import { LABELS } from "./labels.ts";
import { addRows } from "./score-rows.ts";
import type { Weights } from "./weights.ts";

const L = LABELS.length;

export class FeatureSums {
  private readonly weights: Weights;
  /** Scratch: entries of the features of one token found in the table. */
  private found = new Int32Array(64);

  constructor(weights: Weights) {
    this.weights = weights;
  }

  /**
   * Add the weights of features[from … to) to token i's scores: into[k] gets those of model
   * first + k (every model while preparing, the one being decoded for document features).
   * Each hash is probed once whatever the number of models.
   */
  addFeatures(
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
  addFeaturesAt(out: Float64Array, at: number, features: readonly number[], M: number) {
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

  /**
   * Add document features given as table entries × M (docFeatureIdsOfKeys writes them so for
   * the document tagger) to model m's emission scores: no table probe.
   */
  addEntries(emit: Float64Array, n: number, entries: DocFeats, m: number): void {
    // Copied into `found` (a few per token) and summed.
    const { ids, offs } = entries;
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
