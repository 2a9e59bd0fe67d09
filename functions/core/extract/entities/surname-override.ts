/**
 * A full name the tagger is sure of overrides a gazetteer surname inside it: in «كريم
 * الزعبي» the gazetteer reads «الزعبي» as «أسعد الزعبي», but the tagger saw a longer name.
 * The gazetteer's surname mention there is dropped, and the second scan leaves those tokens be.
 */

import { isCommonPersonalName, type TaggedSpan } from "../ner/index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import { tally } from "../work.ts";
import { type Mention, surfaceOf } from "./mention.ts";
import { nameLike, sameNameWord } from "./name-words.ts";
import { MIN_PERSON_CONFIDENCE, personClitic } from "./tagger.ts";

/**
 * Tagger confidence at which a full name may override a gazetteer surname inside it: the floor
 * at which the tagger's people are kept at all, as the surname alone is weaker evidence than
 * the longer name around it («أنوش أنصاري» at 36 is not «حسين جابري أنصاري»).
 */
const OVERRIDE_CONFIDENCE = MIN_PERSON_CONFIDENCE;

/** What a sure full name around a gazetteer surname does to it. */
export interface SurnameSpans {
  /** Token keys the gazetteer must leave to the tagger: the longer name is someone else. */
  readonly blocked: Set<string>;
  /**
   * Gazetteer surname mentions (by "para:tokStart") that the longer name widens: its other
   * words are the listed person's own («باراك حسين أوباما», «خوسي لويس ثاباتيرو»).
   */
  readonly widened: Map<string, Mention>;
}

/**
 * Gazetteer person mentions that are only the surname of a longer name the tagger found with
 * confidence («كريم الزعبي» is not «أسعد الزعبي»): the words before the surname must be
 * name-like, not roles or titles. When those words spell the listed person's own names the
 * mention is widened to the whole name instead.
 */
export function surnameSpans(
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
  spans: readonly TaggedSpan[],
  mentions: readonly Mention[],
): SurnameSpans {
  const blocked = new Set<string>();
  const widened = new Map<string, Mention>();
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
    if (ownNameWords(toks, s.tokStart, m.tokStart, m.entity.ar)) {
      const { clitic, stem } = personClitic(toks[s.tokStart]?.norm ?? "");
      const surface = surfaceOf(text, toks, s.tokStart, m.tokEnd, clitic, stem);
      const start = toks[s.tokStart]?.start ?? m.start;
      widened.set(`${m.para}:${m.tokStart}`, { ...m, start, tokStart: s.tokStart, surface });
      continue;
    }
    for (let k = s.tokStart; k < s.tokEnd; k++) blocked.add(`${s.para}:${k}`);
  }
  return { blocked, widened };
}

/** The mentions with each widened surname replaced by its whole name. */
export function widen(
  mentions: readonly Mention[],
  widened: ReadonlyMap<string, Mention>,
): Mention[] {
  if (widened.size === 0) return mentions as Mention[];
  return mentions.map((m) => {
    const w = widened.get(`${m.para}:${m.tokStart}`);
    return w && w.entity.id === m.entity.id && w.tokEnd === m.tokEnd
      ? { ...w, entity: m.entity }
      : m;
  });
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

/**
 * Does a token in [from, to) spell a word of the listed name: as written, or a variant
 * spelling («خوسي» of «خوسيه», «اوغو» of «هوغو») that is not itself another common first name
 * («محمود» is not «محمد», though one letter apart)?
 */
function ownNameWords(toks: readonly Token[], from: number, to: number, name: string): boolean {
  const own = normalizeArabic(name).split(" ");
  for (let k = from; k < to; k++) {
    const w = toks[k]?.norm ?? "";
    const same = (o: string) => o === w || (sameNameWord(o, w) && !isCommonPersonalName(w));
    if (own.some(same)) return true;
  }
  return false;
}
