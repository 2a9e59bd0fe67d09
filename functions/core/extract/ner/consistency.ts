/**
 * One name, one reading per document. The tagger labels each sentence on its own evidence
 * (pass 2 sees the first pass's labels of nearby words, but not its own), so a name it
 * recognised in one sentence can stand unlabelled, cut short or under another type a few
 * sentences on: «أنوش أنصاري» is a person in one sentence and only «أنصاري» in the next;
 * «مارادونا» is a person once and an organisation twice. Within DOC_WINDOW sentences either
 * side, the same words are taken to name the same thing, so two repairs run after tagging:
 *
 *  1. propagate — words that spell a name labelled nearby (the same words, a conjunction or
 *     preposition aside: «وستودهام» after «ستودهام») get its label when they stand
 *     unlabelled, or when only part of them is labelled (the cut-short «أنصاري» becomes
 *     «أنوش أنصاري» again). Two labelled names side by side are joined only when they were
 *     labelled as one name nearby: the evidence is the document's, not a rule about adjacency
 *     («استفزازات ماتيراتزي لزيدان» names two men);
 *  2. vote — a name labelled with different types nearby takes the type it has most often
 *     (ties keep the label it has).
 *
 * Margins: a propagated word takes the margin of the most confident span it copies, so a
 * reader that keeps only confident spans keeps the copy exactly when it keeps the source.
 * MISC spans are voted on but never copied (their class is too loose to spread).
 *
 * Cost: the tagger hands over its word ids and each word's key from its lexicon, so a word
 * costs one map lookup, and a name's readings are a few numbers; a sentence nothing changes in
 * is returned as it came.
 */

import { beginOf, continues, eachSpan, insideOf, isOneSpan, MISC, TYPES } from "./bio-spans.ts";
import { DOC_WINDOW } from "./doc-keys.ts";
import { majority, Names, type Tally } from "./document-names.ts";
import { LABELS } from "./labels.ts";
import type { KeyedDocument } from "./mention-keys.ts";
import type { TagResult } from "./tag-result.ts";

export { type KeyedDocument, keyedDocument, keyFromStem, mentionKey } from "./mention-keys.ts";

/** Longest run of words that is compared with the names nearby. */
const MAX_COPY = 4;

/**
 * The two repairs over one document's tagging, results in sentence order. The input is not
 * changed; a sentence nothing changes in comes back as the same object.
 */
export function harmonise(
  doc: KeyedDocument,
  results: readonly TagResult[],
  window = DOC_WINDOW,
): TagResult[] {
  const labelling = new Labelling(doc, results);
  const tally: Tally = new Float64Array(2 * TYPES);

  // 1. propagate (MISC readings are left out of the tally: never copied)
  const known = labelling.names();
  if (known.longest.size > 0) {
    labelling.paths.forEach((_, s) => {
      propagate(labelling, known, s, window, tally);
    });
  }

  // 2. vote (over the names as propagation left them)
  const all = labelling.changed.size > 0 ? labelling.names() : known;
  labelling.paths.forEach((path, s) => {
    eachSpan(path, (start, end, type) => {
      const key = labelling.keyOf(s, start, end);
      if (!all.isMixed(key) || !all.near(key, s, window, tally)) return;
      const best = majority(tally, type);
      if (best !== type) labelling.label(s, start, end, best);
    });
  });

  return labelling.results(results);
}

/**
 * Propagation within sentence s: each run of words that spells a name labelled nearby (and is
 * not that one span already, nor cut out of a longer one) takes the name's majority type and
 * its best margin. The longest run wins.
 */
function propagate(doc: Labelling, known: Names, s: number, window: number, tally: Tally): void {
  const n = doc.length(s);
  for (let i = 0; i < n; i++) {
    const longest = known.longest.get(doc.keyAt(s, i));
    if (longest === undefined) continue;
    const path = doc.paths[s] as Int32Array;
    if (continues(path, i)) continue;
    for (let len = Math.min(longest, MAX_COPY, n - i); len >= 1; len--) {
      if (continues(path, i + len) || isOneSpan(path, i, len)) continue;
      if (!known.near(doc.keyOf(s, i, i + len), s, window, tally) || !withoutMisc(tally)) continue;
      const type = majority(tally, -1);
      doc.label(s, i, i + len, type);
      doc.edit(s).margin.fill(tally[TYPES + type] ?? 0, i, i + len);
      i += len - 1;
      break;
    }
  }
}

/** Drops MISC from a tally; is anything left to copy? */
function withoutMisc(t: Tally): boolean {
  t[MISC] = 0;
  return t.some((n, k) => k < TYPES && n > 0);
}

/**
 * A document's label paths and margins as the repairs leave them: a sentence's arrays are
 * copied when it is first changed, so the input stays as it was.
 */
class Labelling {
  readonly paths: Int32Array[];
  readonly margins: Float64Array[];
  /** Sentences changed so far. */
  readonly changed = new Set<number>();
  private readonly doc: KeyedDocument;

  constructor(doc: KeyedDocument, results: readonly TagResult[]) {
    this.doc = doc;
    this.paths = results.map((r) => r.path);
    this.margins = results.map((r) => r.margins);
  }

  /** Words in sentence s. */
  length(s: number): number {
    return this.doc.ids[s]?.length ?? 0;
  }

  /** The key of word i of sentence s. */
  keyAt(s: number, i: number): string {
    return this.doc.keys[this.doc.ids[s]?.[i] ?? -1] ?? "";
  }

  /** The key of the words start … end of sentence s: their keys joined by spaces. */
  keyOf(s: number, start: number, end: number): string {
    let key = this.keyAt(s, start);
    for (let i = start + 1; i < end; i++) key += ` ${this.keyAt(s, i)}`;
    return key;
  }

  /** The labelled names of the paths as they stand, each with its least confident word's margin. */
  names(): Names {
    const names = new Names();
    this.paths.forEach((path, s) => {
      const m = this.margins[s] as Float64Array;
      eachSpan(path, (start, end, type) => {
        let margin = Number.POSITIVE_INFINITY;
        for (let i = start; i < end; i++) margin = Math.min(margin, m[i] ?? 0);
        names.add(s, this.keyOf(s, start, end), this.keyAt(s, start), end - start, type, margin);
      });
    });
    return names;
  }

  /** Sentence s's path and margins, copied first if it has not been changed yet. */
  edit(s: number): { path: Int32Array; margin: Float64Array } {
    if (!this.changed.has(s)) {
      this.changed.add(s);
      this.paths[s] = Int32Array.from(this.paths[s] as Int32Array);
      this.margins[s] = Float64Array.from(this.margins[s] as Float64Array);
    }
    return { path: this.paths[s] as Int32Array, margin: this.margins[s] as Float64Array };
  }

  /** Label the words start … end of sentence s as one name of the given type. */
  label(s: number, start: number, end: number, type: number): void {
    const { path } = this.edit(s);
    for (let i = start; i < end; i++) path[i] = i === start ? beginOf(type) : insideOf(type);
  }

  /** The results with the changed sentences' labels (the others as they came). */
  results(results: readonly TagResult[]): TagResult[] {
    return results.map((r, s) => {
      if (!this.changed.has(s)) return r;
      const path = this.paths[s] as Int32Array;
      return {
        tags: Array.from(path, (y) => LABELS[y] ?? "O"),
        path,
        margins: this.margins[s] as Float64Array,
      };
    });
  }
}
