/**
 * Per-word memos. An article asks the same questions of every token («can a name start here?»,
 * «is this a month?», «a role word?»), and its few hundred distinct words recur across
 * articles. Each answer depends only on the word's normalised form, so it is worked out once
 * per word and kept on a record that every token of that word shares (`Token.word`): asking
 * it again is a field read instead of a hash lookup per question.
 */
import { type CliticSplit, cliticSplits } from "./normalize.ts";

/** One normalised word and the answers worked out for it so far. */
export interface Word {
  readonly norm: string;
  /** One slot per `perWord` function; undefined until that function is first asked. */
  readonly memo: unknown[];
}

/** Anything that names a word: a token (with its shared record) or a bare normalised form. */
export interface WordRef {
  readonly norm: string;
  readonly word?: Word;
}

/** Bounded: cleared when full (tokens keep their records; answers are then recomputed). */
const WORD_LIMIT = 100_000;
const words = new Map<string, Word>();

/** The shared record of a normalised word. */
export function wordOf(norm: string): Word {
  let w = words.get(norm);
  if (w === undefined) {
    w = { norm, memo: [] };
    if (words.size >= WORD_LIMIT) words.clear();
    words.set(norm, w);
  }
  return w;
}

let slots = 0;

/**
 * `compute` memoised per word. Its result must never be undefined (that marks an empty slot):
 * use null or an empty list for «nothing». Asked through a token, it costs no lookup.
 */
export function perWord<T>(compute: (norm: string, word: Word) => T): (ref: WordRef) => T {
  const slot = slots++;
  return (ref) => {
    const w = ref.word ?? wordOf(ref.norm);
    let value = w.memo[slot] as T | undefined;
    if (value === undefined) {
      value = compute(w.norm, w);
      w.memo[slot] = value;
    }
    return value;
  };
}

/** Every clitic reading of a word (cliticSplits), memoised on the word. */
export const splitsOf: (ref: WordRef) => readonly CliticSplit[] = perWord(cliticSplits);

const NO_SPLITS: readonly CliticSplit[] = [];

/**
 * The clitic readings of a word that `keep` accepts, memoised per word: scans ask about one
 * closed word list («is this a month, a role word, a cue?»), and almost every word has no
 * such reading. Readings stay in cliticSplits order, so «the first reading that…» means the
 * same as when every split is tried in turn.
 */
export function splitsWhere(
  keep: (split: CliticSplit) => boolean,
): (ref: WordRef) => readonly CliticSplit[] {
  // Filtered from the word's memoised readings: a new word is split once, not once per list.
  return perWord((norm, word) => {
    const kept = splitsOf({ norm, word }).filter(keep);
    return kept.length > 0 ? kept : NO_SPLITS;
  });
}
