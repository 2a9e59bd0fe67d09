/**
 * How exact a count is: «أكثر من»، «نحو»، «ما لا يقل عن»… before it, «على الأقل» or
 * «تقريبا» after it, and "more_than" for a vague count that has none. The multi-word
 * qualifiers are indexed by their last word (read backwards from a count) and by their
 * first word (read forwards in a breakdown), so only the few that can match are tried.
 */

import { Qualifier } from "../../facts.ts";
import { phrases, table } from "../lexicon/index.ts";
import type { Token } from "../text/tokenize.ts";
import { stems } from "./stems.ts";

/**
 * Qualifiers written before the count, longest first (lexicon/qualifiers.json; normalised
 * token sequences).
 */
const PRE_QUALIFIERS: readonly (readonly [readonly string[], Qualifier])[] = phrases<string>(
  "qualifiers",
  "before-count",
).map(([words, q]) => [words, Qualifier.parse(q)] as const);

/** Qualifiers by their LAST word: only those whose last word precedes the count are tried. */
const QUALIFIERS_BY_LAST = new Map<string, (readonly [readonly string[], Qualifier])[]>();
for (const entry of PRE_QUALIFIERS) {
  const last = entry[0][entry[0].length - 1] ?? "";
  const list = QUALIFIERS_BY_LAST.get(last) ?? [];
  list.push(entry);
  QUALIFIERS_BY_LAST.set(last, list);
}
/** Qualifiers by their FIRST word, for qualifiers read forwards (in breakdowns). */
const QUALIFIERS_BY_FIRST = new Map<string, (readonly [readonly string[], Qualifier])[]>();
for (const entry of PRE_QUALIFIERS) {
  const first = entry[0][0] ?? "";
  const list = QUALIFIERS_BY_FIRST.get(first) ?? [];
  list.push(entry);
  QUALIFIERS_BY_FIRST.set(first, list);
}

function matchesAt(tokens: readonly Token[], start: number, words: readonly string[]): boolean {
  if (start < 0) return false;
  for (let k = 0; k < words.length; k++) {
    if (!stems(tokens[start + k]).includes(words[k] ?? "")) return false;
  }
  return true;
}

/** A qualifier ending right before token i, and the token it starts at. */
export function qualifierBefore(
  tokens: readonly Token[],
  i: number,
): { q: Qualifier; start: number } | null {
  for (const st of stems(tokens[i - 1])) {
    // Longest first: PRE_QUALIFIERS is ordered so, and each list keeps that order.
    for (const [words, q] of QUALIFIERS_BY_LAST.get(st) ?? []) {
      const start = i - words.length;
      if (matchesAt(tokens, start, words)) return { q, start };
    }
  }
  return null;
}

/** A qualifier at token k («نحو 50 طفلا»): its length in tokens (0 for none). */
export function qualifierAfterCue(
  tokens: readonly Token[],
  k: number,
): { q: Qualifier | null; len: number } {
  for (const st of stems(tokens[k])) {
    for (const [words, q] of QUALIFIERS_BY_FIRST.get(st) ?? []) {
      if (matchesAt(tokens, k, words)) return { q, len: words.length };
    }
  }
  return { q: null, len: 0 };
}

/** «على الأقل» and Iraqi «في الأقل», as [first word, second word]. */
const AT_LEAST: readonly (readonly [string, string])[] = phrases("qualifiers", "at-least").map(
  ([words]) => {
    const [first, second] = words;
    if (words.length !== 2 || !first || !second)
      throw new Error(`qualifiers/at-least: «${words.join(" ")}» is not two words`);
    return [first, second] as const;
  },
);

/** «على الأقل» (or Iraqi «في الأقل») at token k: the first word after a short clitic. */
export function atLeastAt(tokens: readonly Token[], k: number): boolean {
  const s = stems(tokens[k]);
  return AT_LEAST.some(([first, second]) => s.includes(first) && tokens[k + 1]?.norm === second);
}

/** Qualifiers right after the counted noun («50 شخصا تقريبا»). */
const AFTER_NOUN: ReadonlyMap<string, Qualifier> = new Map(
  [...table("qualifiers", "after-noun")].map(([w, q]) => [w, Qualifier.parse(q)] as const),
);

/** The qualifier token t is when it follows a counted noun, or null. */
export function qualifierAfterNoun(t: Token | undefined): Qualifier | null {
  for (const st of stems(t)) {
    const q = AFTER_NOUN.get(st);
    if (q) return q;
  }
  return null;
}

/** The qualifier of a count: a word before it, else after it, else vague → more_than. */
export function qualifierOf(
  pre: Qualifier | null,
  post: Qualifier | null,
  vague: boolean,
): Qualifier {
  return pre ?? post ?? (vague ? "more_than" : "exact");
}
