/**
 * Mention keys for the consistency pass: the form two mentions of a word share (normalised,
 * conjunction and preposition off, article kept), and a document as per-sentence word ids
 * with a key per id, which is how the tagger hands its lexicon over.
 */
import { normalizeArabic } from "../text/normalize.ts";
import { bareStem } from "./clitics.ts";

/**
 * A document as the tagger holds it: per sentence the ids of its words, and per id the word's
 * key (mentionKey).
 */
export interface KeyedDocument {
  readonly ids: readonly ArrayLike<number>[];
  readonly keys: readonly string[];
}

/** The key of a word from its clitic analysis: the article is kept, other clitics dropped. */
export function keyFromStem(stem: { readonly clitic: string; readonly bare: string }): string {
  return stem.clitic.endsWith("ال") || stem.clitic.endsWith("لل") ? `ال${stem.bare}` : stem.bare;
}

/**
 * The form two mentions of a word share: normalised, conjunction and preposition off, the
 * article kept («بالمشهد» is «المشهد», the scene, never «مشهد», Mashhad).
 */
export function mentionKey(word: string): string {
  return keyFromStem(bareStem(normalizeArabic(word) || word));
}

/** A KeyedDocument for callers that hold words rather than the tagger's lexicon. */
export function keyedDocument(sentences: readonly (readonly string[])[]): KeyedDocument {
  const keys: string[] = [];
  const idOf = new Map<string, number>();
  const ids = sentences.map((ws) =>
    Int32Array.from(ws, (w) => {
      const key = mentionKey(w);
      let id = idOf.get(key);
      if (id === undefined) {
        id = keys.push(key) - 1;
        idOf.set(key, id);
      }
      return id;
    }),
  );
  return { ids, keys };
}
