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

import { normalizeArabic } from "../text/normalize.ts";
import { tally } from "../work.ts";
import { ENTITY_TYPES, LABELS } from "./decoder.ts";
import { bareStem, DOC_WINDOW } from "./features.ts";
import type { TagResult } from "./tag-result.ts";

/** Longest run of words that is compared with the names nearby. */
const MAX_COPY = 4;

// Label indices: O is 0, then B- and I- per type in ENTITY_TYPES order (decoder.ts).
const TYPES = ENTITY_TYPES.length;
const MISC = ENTITY_TYPES.indexOf("MISC");
const beginOf = (t: number) => 1 + 2 * t;
const insideOf = (t: number) => 2 + 2 * t;
const typeOf = (y: number) => (y > 0 ? (y - 1) >> 1 : -1);
ENTITY_TYPES.forEach((type, t) => {
  if (LABELS[beginOf(t)] !== `B-${type}` || LABELS[insideOf(t)] !== `I-${type}`) {
    throw new Error("consistency.ts: the tagger's label order changed");
  }
});

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

/** Calls fn for each span of a label path (BIO; an I- after another type opens a span). */
function eachSpan(path: Int32Array, fn: (start: number, end: number, type: number) => void) {
  let type = -1;
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    const y = i < path.length ? (path[i] as number) : 0;
    const t = typeOf(y);
    const begins = y === beginOf(t) || (t >= 0 && t !== type);
    if (type >= 0 && (t < 0 || begins)) fn(start, i, type);
    if (t < 0) type = -1;
    else if (begins) {
      type = t;
      start = i;
    }
  }
}

/**
 * What a name's spans say within some sentences: per type, how many and the best margin
 * (counts in [0, TYPES), margins in [TYPES, 2·TYPES)).
 */
type Tally = Float64Array;

interface Reading {
  readonly s: number;
  readonly tally: Tally;
}

/**
 * The document's labelled names, by key, with their readings in sentence order. Lookups cost
 * the same however often a name recurs (a 1 MB line of one repeated name is one reading).
 */
class Names {
  private readonly byKey = new Map<string, Reading[]>();
  /** Per key, a bit per type it was read as (only names read two ways can be outvoted). */
  private readonly typeBits = new Map<string, number>();
  /** First word's key → the most words a name starting with it has. */
  readonly longest = new Map<string, number>();

  /** Sentences must be added in order. */
  add(s: number, key: string, first: string, len: number, type: number, margin: number): void {
    let readings = this.byKey.get(key);
    if (!readings) {
      readings = [];
      this.byKey.set(key, readings);
    }
    let last = readings[readings.length - 1];
    if (last?.s !== s) {
      last = { s, tally: new Float64Array(2 * TYPES) };
      readings.push(last);
    }
    const tally = last.tally;
    tally[type] = (tally[type] ?? 0) + 1;
    tally[TYPES + type] = Math.max(tally[TYPES + type] ?? 0, margin);
    this.typeBits.set(key, (this.typeBits.get(key) ?? 0) | (1 << type));
    this.longest.set(first, Math.max(this.longest.get(first) ?? 0, len));
  }

  isMixed(key: string): boolean {
    const bits = this.typeBits.get(key) ?? 0;
    return (bits & (bits - 1)) !== 0;
  }

  /** The readings of `key` within `window` sentences of s, summed into `out` (false if none). */
  near(key: string, s: number, window: number, out: Tally): boolean {
    const readings = this.byKey.get(key);
    if (!readings) return false;
    out.fill(0);
    let lo = 0;
    let hi = readings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((readings[mid] as Reading).s < s - window) lo = mid + 1;
      else hi = mid;
    }
    let any = false;
    tally("consistency-readings");
    for (let k = lo; k < readings.length; k++) {
      const r = readings[k] as Reading;
      if (r.s > s + window) break;
      tally("consistency-readings");
      any = true;
      for (let t = 0; t < TYPES; t++) {
        out[t] = (out[t] ?? 0) + (r.tally[t] ?? 0);
        out[TYPES + t] = Math.max(out[TYPES + t] ?? 0, r.tally[TYPES + t] ?? 0);
      }
    }
    return any;
  }
}

/** The most frequent type of a tally (ties: `keep` if it is among the tied, else the first). */
function majority(tally: Tally, keep: number): number {
  let best = keep;
  let top = keep >= 0 ? (tally[keep] ?? 0) : 0;
  for (let t = 0; t < TYPES; t++) {
    if ((tally[t] ?? 0) > top) {
      best = t;
      top = tally[t] ?? 0;
    }
  }
  return best;
}

/** Do the len words from i form exactly one labelled span (nothing to copy)? */
function isOneSpan(path: Int32Array, i: number, len: number): boolean {
  const t = typeOf(path[i] as number);
  if (t < 0 || path[i] !== beginOf(t)) return false;
  for (let k = i + 1; k < i + len; k++) if (path[k] !== insideOf(t)) return false;
  return true;
}

/** Does position i continue a span begun before it? */
function continues(path: Int32Array, i: number): boolean {
  const y = i < path.length ? (path[i] as number) : 0;
  return y > 0 && y === insideOf(typeOf(y));
}

/**
 * The two repairs over one document's tagging, results in sentence order. The input is not
 * changed; a sentence nothing changes in comes back as the same object.
 */
export function harmonise(
  doc: KeyedDocument,
  results: readonly TagResult[],
  window = DOC_WINDOW,
): TagResult[] {
  const paths = results.map((r) => r.path);
  const margins = results.map((r) => r.margins);
  const keyAt = (s: number, i: number) => doc.keys[doc.ids[s]?.[i] ?? -1] ?? "";
  const keyOf = (s: number, start: number, end: number) => {
    let key = keyAt(s, start);
    for (let i = start + 1; i < end; i++) key += ` ${keyAt(s, i)}`;
    return key;
  };
  const namesOf = () => {
    const names = new Names();
    paths.forEach((path, s) => {
      const m = margins[s] as Float64Array;
      eachSpan(path, (start, end, type) => {
        let margin = Number.POSITIVE_INFINITY;
        for (let i = start; i < end; i++) margin = Math.min(margin, m[i] ?? 0);
        names.add(s, keyOf(s, start, end), keyAt(s, start), end - start, type, margin);
      });
    });
    return names;
  };
  const changed = new Set<number>();
  const edit = (s: number) => {
    if (!changed.has(s)) {
      changed.add(s);
      paths[s] = Int32Array.from(paths[s] as Int32Array);
      margins[s] = Float64Array.from(margins[s] as Float64Array);
    }
    return { path: paths[s] as Int32Array, margin: margins[s] as Float64Array };
  };
  const label = (s: number, start: number, end: number, type: number) => {
    const { path } = edit(s);
    for (let i = start; i < end; i++) path[i] = i === start ? beginOf(type) : insideOf(type);
  };
  const tally: Tally = new Float64Array(2 * TYPES);

  // 1. propagate (MISC readings are left out of the tally: never copied)
  const known = namesOf();
  /** Drops MISC from a tally; is anything left to copy? */
  const withoutMisc = (t: Tally) => {
    t[MISC] = 0;
    return t.some((n, k) => k < TYPES && n > 0);
  };
  if (known.longest.size > 0) {
    paths.forEach((_, s) => {
      const n = doc.ids[s]?.length ?? 0;
      for (let i = 0; i < n; i++) {
        const longest = known.longest.get(keyAt(s, i));
        if (longest === undefined) continue;
        const path = paths[s] as Int32Array;
        if (continues(path, i)) continue;
        for (let len = Math.min(longest, MAX_COPY, n - i); len >= 1; len--) {
          if (continues(path, i + len) || isOneSpan(path, i, len)) continue;
          if (!known.near(keyOf(s, i, i + len), s, window, tally) || !withoutMisc(tally)) continue;
          const type = majority(tally, -1);
          label(s, i, i + len, type);
          edit(s).margin.fill(tally[TYPES + type] ?? 0, i, i + len);
          i += len - 1;
          break;
        }
      }
    });
  }

  // 2. vote (over the names as propagation left them)
  const all = changed.size > 0 ? namesOf() : known;
  paths.forEach((path, s) => {
    eachSpan(path, (start, end, type) => {
      const key = keyOf(s, start, end);
      if (!all.isMixed(key) || !all.near(key, s, window, tally)) return;
      const best = majority(tally, type);
      if (best !== type) label(s, start, end, best);
    });
  });

  return results.map((r, s) => {
    if (!changed.has(s)) return r;
    const path = paths[s] as Int32Array;
    return {
      tags: Array.from(path, (y) => LABELS[y] ?? "O"),
      path,
      margins: margins[s] as Float64Array,
    };
  });
}
