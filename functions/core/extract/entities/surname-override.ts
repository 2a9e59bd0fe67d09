/**
 * A full name the tagger is sure of overrides a gazetteer surname inside it: in «كريم
 * الزعبي» the gazetteer reads «الزعبي» as «أسعد الزعبي», but the tagger saw a longer name.
 * The gazetteer's surname mention there is dropped, and the second scan leaves those tokens be.
 */

import type { TaggedSpan } from "../ner/index.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import { tally } from "../work.ts";
import type { Mention } from "./mention.ts";
import { nameLike } from "./name-words.ts";

/** Tagger confidence at which a full name may override a gazetteer surname inside it. */
const OVERRIDE_CONFIDENCE = 50;

/**
 * Gazetteer person mentions that are only the surname of a longer name the tagger found with
 * high confidence («كريم الزعبي» is not «أسعد الزعبي»): the words before the surname must be
 * name-like, not roles or titles. Returns the token keys the gazetteer must leave to the tagger.
 */
export function overriddenSurnames(
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
  spans: readonly TaggedSpan[],
  mentions: readonly Mention[],
): Set<string> {
  const blocked = new Set<string>();
  const index = indexMentions(mentions);
  for (const s of spans) {
    if (s.type !== "PERS" || s.confidence < OVERRIDE_CONFIDENCE || s.tokEnd - s.tokStart < 2) {
      continue;
    }
    const inner = overlapping(index, s);
    const m = inner[0];
    if (inner.length !== 1 || !m || m.entity.type !== "person") continue;
    if (m.tokStart <= s.tokStart || m.tokEnd !== s.tokEnd) continue;
    const toks = tokens[s.para] ?? [];
    const text = paras[s.para] ?? "";
    if (!nameLikeWords(text, toks, s.tokStart, m.tokStart)) continue;
    for (let k = s.tokStart; k < s.tokEnd; k++) blocked.add(`${s.para}:${k}`);
  }
  return blocked;
}

/** Mentions by paragraph in token order, and the most tokens any one of them spans. */
interface MentionIndex {
  readonly byPara: ReadonlyMap<number, readonly Mention[]>;
  readonly longest: number;
}

/**
 * Mentions by paragraph in token order, so each span looks only at the few mentions that
 * can overlap it (a span against every mention was quadratic on a line of repeated names).
 */
function indexMentions(mentions: readonly Mention[]): MentionIndex {
  const byPara = new Map<number, Mention[]>();
  let longest = 0;
  for (const m of mentions) {
    longest = Math.max(longest, m.tokEnd - m.tokStart);
    const list = byPara.get(m.para);
    if (list) list.push(m);
    else byPara.set(m.para, [m]);
  }
  for (const list of byPara.values()) list.sort((a, b) => a.tokStart - b.tokStart);
  return { byPara, longest };
}

/** The mentions of span s's paragraph that overlap it. */
function overlapping(index: MentionIndex, s: TaggedSpan): Mention[] {
  const list = index.byPara.get(s.para) ?? [];
  // The first mention that could still reach into the span starts at most `longest`
  // tokens before it.
  let lo = 0;
  let hi = list.length;
  const from = s.tokStart - index.longest;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Mention).tokStart < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  let i = lo;
  for (; i < list.length && (list[i] as Mention).tokStart < s.tokEnd; i++) {
    const m = list[i] as Mention;
    if (m.tokEnd > s.tokStart) out.push(m);
  }
  tally("surname-overlaps", i - lo + 1);
  return out;
}

/** Are tokens [from, to) name-like words (not roles or titles) with no punctuation after any? */
function nameLikeWords(text: string, toks: readonly Token[], from: number, to: number): boolean {
  let nameLikeBefore = true;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    const prev = toks[k - 1];
    if (!t || !nameLike(t, k > from ? (prev?.norm ?? null) : null)) nameLikeBefore = false;
    const next = toks[k + 1];
    if (t && next && !adjacent(text, t, next)) nameLikeBefore = false;
  }
  return nameLikeBefore;
}
