/**
 * Context features: functions of several words (bigrams of words and stems, the cue before a
 * word with its shape, stem or name lists, the cue classes of the two words before it, the
 * gazetteer tags around it), hashed per token or, for a word pair, cached by the tagger.
 */
import { gazAfter, gazBefore, gazHash, gazStemFeatures } from "./gazetteer-features.ts";
import { mix, seed } from "./hash.ts";
import type { WordInfo } from "./word-info.ts";

/** Template seeds of the context features. */
const S = {
  bg1: seed("bg-1"),
  bg2: seed("bg+1"),
  sbg: seed("sbg-1"),
  sbg2: seed("sbg+1"),
  cueShape: seed("cue-1|shape0"),
  cueList: seed("cue-1|list0"),
  cue2: seed("cue-2|cue-1"),
  cueBare: seed("cue-1|b0"),
};

/**
 * Features of two neighbouring words (a, b) that do not depend on where they stand: those that
 * score b given the word before it (`toSecond`: bigrams, the cue before a word) and those that
 * score a given the word after it (`toFirst`). The tagger caches their sums per word pair.
 */
export function pairFeatures(
  a: WordInfo,
  b: WordInfo,
  toFirst: number[] | null,
  toSecond: number[] | null,
): void {
  const known = !a.unknown && !b.unknown;
  if (toSecond) {
    if (known) toSecond.push(mix(S.bg1, a.hNorm, b.hNorm), mix(S.sbg, a.hBare, b.hBare));
    toSecond.push(mix(S.cueShape, a.hCue, b.hShape));
    if (a.cue !== "" && !b.unknown) toSecond.push(mix(S.cueBare, a.hCue, b.hBare));
    for (const l of b.hLists) toSecond.push(mix(S.cueList, a.hCue, l));
  }
  if (toFirst && known) toFirst.push(mix(S.bg2, a.hNorm, b.hNorm), mix(S.sbg2, a.hBare, b.hBare));
}

/**
 * Context features of position i beyond its two word pairs that come from a small closed set:
 * the cue classes of the two words before it and the gazetteer tags around it (so the tagger
 * can cache their sums by cueId and tag).
 */
export function positionFeatures(
  infos: readonly WordInfo[],
  gaz: readonly string[],
  i: number,
  bos: WordInfo,
  out: number[],
): void {
  const prev = i > 0 ? (infos[i - 1] ?? bos) : bos;
  const prev2 = i > 1 ? (infos[i - 2] ?? bos) : bos;
  out.push(mix(S.cue2, prev2.hCue, prev.hCue));
  out.push(gazHash(gazBefore(gaz, i), 0), gazHash(gaz[i] ?? "", 1), gazHash(gazAfter(gaz, i), 2));
}

/** Push the context features of position i (words are the analysed sequence, no padding). */
export function contextFeatures(
  infos: readonly WordInfo[],
  gaz: readonly string[],
  i: number,
  bos: WordInfo,
  eos: WordInfo,
  out: number[],
): void {
  const cur = infos[i] ?? eos;
  const prev = i > 0 ? (infos[i - 1] ?? bos) : bos;
  const next = infos[i + 1] ?? eos;
  pairFeatures(prev, cur, null, out);
  pairFeatures(cur, next, out, null);
  positionFeatures(infos, gaz, i, bos, out);
  gazStemFeatures(infos, gaz, i, out);
}
