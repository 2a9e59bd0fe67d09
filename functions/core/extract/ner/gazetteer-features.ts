/**
 * Gazetteer-view features: the tags a greedy longest-match reading of the gazetteer snapshot
 * gives the words of a sentence («B-person», «I-place», «B-org~»…), seen at the word, around it
 * and together with its stem. The tags come from a closed set, so their hashes are memoised.
 */

import { gazetteerView } from "./gazetteer-view.ts";
import { fnv, mix, seed } from "./hash.ts";
import type { NameLists } from "./name-lists.ts";
import { makeAnalyzer, type WordInfo } from "./word-info.ts";

/** Template seeds: the tag before, at and after the word; the tag with the word's stem. */
const S = {
  gaz: [seed("g-1"), seed("g0"), seed("g+1")],
  gazb: seed("gb"),
};

/**
 * Gazetteer reading of a word sequence, from the snapshot stored in the model's lists: per
 * word "B-person", "I-place", "B-org~" (~: the entry needs a cue word) or "". Greedy longest
 * match from the left, like the extractor's scan.
 */
export function gazetteerTags(
  lists: NameLists,
  words: readonly string[],
  infos: readonly WordInfo[] = words.map(makeAnalyzer(lists)),
): string[] {
  // The words follow one another (punctuation is a word of its own), so no text is needed.
  return gazetteerView(lists).tags(infos);
}

/** Gazetteer tags come from a closed set: memoised hashes per template slot. */
const gazMemo = [
  new Map<string, number>(),
  new Map<string, number>(),
  new Map<string, number>(),
  new Map<string, number>(),
];
/** Hashes of the empty tag (most words), per slot: no map lookup for them. */
const GAZ_NONE = [0, 1, 2, 3].map((slot) => (slot === 3 ? fnv("") : fnv("", S.gaz[slot])));
/** Hash of a gazetteer tag in template slot 0–2 (before, at, after the word), or 3: a bare value hash. */
export function gazHash(tag: string, slot: number): number {
  if (tag === "") return GAZ_NONE[slot] as number;
  const memo = gazMemo[slot] as Map<string, number>;
  let h = memo.get(tag);
  if (h === undefined) {
    h = slot === 3 ? fnv(tag) : fnv(tag, S.gaz[slot]);
    memo.set(tag, h);
  }
  return h;
}

/** The gazetteer tag before position i («<s>» at the start). */
export function gazBefore(gaz: readonly string[], i: number): string {
  return i > 0 ? (gaz[i - 1] ?? "") : "<s>";
}

/** The gazetteer tag after position i («</s>» at the end). */
export function gazAfter(gaz: readonly string[], i: number): string {
  return gaz[i + 1] ?? "</s>";
}

/** The gazetteer tag of position i with the word's stem (none outside gazetteer names). */
export function gazStemFeatures(
  infos: readonly WordInfo[],
  gaz: readonly string[],
  i: number,
  out: number[],
): void {
  const g0 = gaz[i] ?? "";
  if (g0 !== "") out.push(mix(S.gazb, gazHash(g0, 3), (infos[i] as WordInfo).hBare));
}
