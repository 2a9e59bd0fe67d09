/** What tagging one sentence gives: the labels, their path, and how sure each one is. */
export interface TagResult {
  /** Label per word (LABELS strings). */
  readonly tags: string[];
  /** Label indices (into LABELS) per word. */
  readonly path: Int32Array;
  /** Per word: score gap between the best path and the best path with another label there. */
  readonly margins: Float64Array;
}
