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
 *
 * The pieces: engine.ts decodes prepared sentences; lexicon.ts interns words with their cached
 * word rows; context-scores.ts prepares a sentence (pair-scores.ts caches word pairs);
 * weights.ts and feature-sums.ts look features up and sum them; score-rows.ts holds the
 * unrolled summing loops. This module builds the two taggers on them and hands a document's
 * labels to the consistency pass (consistency.ts).
 */
import { harmonise } from "./consistency.ts";
import { type DocFeats, docFeatureIdsOfKeys } from "./doc-feature-ids.ts";
import { DOC_WINDOW } from "./doc-keys.ts";
import { Engine, type Prepared } from "./engine.ts";
import type { NerModel } from "./model.ts";
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

/** Distinct words kept (about 25 MB of float32 per model at the limit). */
const CACHE_LIMIT = 100_000;

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
