/**
 * The extractor's public contract. Everything under functions/core/extract/
 * serves `extractArticle`; callers (the CLI, the extract handler) never reach
 * past this file.
 */
import type { Facts } from "../facts.ts";

/** Bump when the extractor's output can change for the same text: stored articles are then rewritten. */
export const EXTRACTOR_VERSION = "1.1.0";

/** Facts without the id, which the caller derives from the bytes, and the cleaned text. */
export interface Extraction {
  readonly facts: Omit<Facts, "id">;
  /** The article body with page furniture removed, one string per paragraph, as written. */
  readonly paragraphs: readonly string[];
}
