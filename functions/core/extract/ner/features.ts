/**
 * Feature extraction for the NER tagger. Every feature is a 32-bit hash: FNV-1a of a value
 * seeded by its template, or an integer mix of a template seed and two value hashes for
 * conjunctions (hash.ts); feature strings are never built (docFeatures, the readable form of
 * the second-pass features, is the reference docFeatureIds is tested against). Three kinds:
 *
 *  - word features (word-features.ts): a function of ONE word and its offset from the tagged
 *    position (the word, its normalised form, clitic-stripped stem, affixes, shape, cue class,
 *    name-list membership, word clusters), read from its analysis (word-info.ts). At run time
 *    their weights are summed once per distinct word and offset and cached, so tagging a token
 *    costs a handful of array additions.
 *  - context features (context-features.ts, gazetteer-features.ts): functions of several words
 *    (bigrams, gazetteer spans over the sequence, cue/shape conjunctions), hashed per token.
 *  - document features (second pass only; doc-keys.ts, doc-feature-ids.ts): the first-pass
 *    labels of the word, its neighbours and the other occurrences of its stem within
 *    DOC_WINDOW sentences.
 *
 * Training (train.ts) and tagging (tagger.ts) call the same functions, so the two agree by
 * construction. This module is their common entry: it puts the kinds together per token.
 */
import { contextFeatures } from "./context-features.ts";
import { OFFSETS, wordFeatures } from "./word-features.ts";
import type { WordInfo } from "./word-info.ts";

export { bareStem } from "./clitics.ts";
export { contextFeatures, pairFeatures, positionFeatures } from "./context-features.ts";
export {
  DOC_HASHES,
  type DocCodes,
  type DocFeats,
  docFeatureIds,
  docFeatureIdsOfKeys,
  mapDocCodes,
} from "./doc-feature-ids.ts";
export { docFeatureHashes, docFeatures } from "./doc-feature-strings.ts";
export { DOC_WINDOW, docKey, docKeyOf } from "./doc-keys.ts";
export { gazAfter, gazBefore, gazetteerTags, gazStemFeatures } from "./gazetteer-features.ts";
export { fnv, mix } from "./hash.ts";
export { OFFSETS, wordFeatures } from "./word-features.ts";
export { BOS, EOS, makeAnalyzer, type WordInfo } from "./word-info.ts";

/**
 * All features of position i: word features of the words at every offset (sentence padding
 * is BOS/EOS) and the context features. Used by training; tagging sums the same features
 * through its per-word cache.
 */
export function tokenFeatures(
  infos: readonly WordInfo[],
  gaz: readonly string[],
  i: number,
  bos: WordInfo,
  eos: WordInfo,
  out: number[],
): void {
  const n = infos.length;
  for (const k of OFFSETS) {
    const j = i + k;
    const w = j < 0 ? bos : j >= n ? eos : (infos[j] ?? eos);
    wordFeatures(w, k, out);
  }
  contextFeatures(infos, gaz, i, bos, eos, out);
}
