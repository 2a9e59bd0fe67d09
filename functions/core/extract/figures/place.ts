/**
 * Where a figure's people were: the places named after the count in its own clause («قتل 20
 * شخصا في حلب وإدلب»), else the nearest one (or list) before it («في حلب، قتل 20 شخصا»),
 * else those the sentence names after the clause. Places earlier in the sentence are
 * usually its subject («تبذل الولايات المتحدة وروسيا جهودا… قتل فيها 154 شخصا»), not where
 * the people died. Every look is bounded to a window around the figure so a pathological
 * one-sentence megabyte stays linear.
 */

import type { BilingualName } from "../../facts.ts";
import { isSayingVerb, type Mention } from "../entities/index.ts";
import { words } from "../lexicon/index.ts";
import { firstAtOrAfter, type Token } from "../text/tokenize.ts";
import { tally } from "../work.ts";
import { countAt } from "./count.ts";
import { listedWithPlace } from "./ellipsis.ts";
import type { CountSite } from "./site.ts";

/** How far (in characters) around a figure its places and source are looked for. */
const FIGURE_WINDOW = 300;

/** The characters around a figure its places and source are looked for in. */
export interface FigureWindow {
  readonly lo: number;
  readonly hi: number;
  /** Where the figure's phrase ends (offset). */
  readonly figureEnd: number;
}

/** The window around the figure at `site` whose phrase ends before token `end`. */
export function windowOf(site: CountSite, end: number): FigureWindow {
  const { tokens, tok, sent } = site;
  const figureEnd = tokens[end - 1]?.end ?? tok.end;
  return {
    lo: Math.max(sent.start, tok.start - FIGURE_WINDOW),
    hi: Math.min(sent.end, figureEnd + FIGURE_WINDOW),
    figureEnd,
  };
}

/**
 * Words that turn a sentence to something else («…، فيما التقى الوزراء…»). Matched on the
 * text as written, not normalised (hence «في حين» and «فى حين»), so they stay here rather than
 * in the lexicon, which serves normalised forms.
 */
const CONTRAST = "فيما|بينما|في حين|فى حين";
/** Where the clause holding a figure ends: a comma or semicolon, or a contrast word. */
const CLAUSE_BREAK = new RegExp(`[،,؛;]|\\s(?:${CONTRAST})\\s`);
/** Where a sentence turns to another event: a semicolon or a contrast word (commas do not). */
const EVENT_BREAK = new RegExp(`[؛;]|\\s(?:${CONTRAST}|في المقابل|فى المقابل)\\s`);

/** Offset of the first `brk` in text[from, limit), or `limit`. */
function endAfter(brk: RegExp, text: string, from: number, limit: number): number {
  if (from >= limit) return limit;
  const hit = brk.exec(text.slice(from, limit));
  return hit ? from + hit.index : limit;
}

/** EVENT_BREAK for every match (matchAll copies it, so one shared instance is safe). */
const EVENT_BREAKS = new RegExp(EVENT_BREAK.source, "g");

/** Where the last event break in text[from, limit) ends, or `from`. */
function startAfterLastBreak(text: string, from: number, limit: number): number {
  let start = from;
  for (const hit of text.slice(from, limit).matchAll(EVENT_BREAKS)) {
    start = from + hit.index + hit[0].length;
  }
  return start;
}

/**
 * The window narrowed to the event the figure belongs to: «قال المرصد إن 20 شخصا قتلوا، فيما
 * ذكرت سانا أن 8 مدنيين قتلوا» holds two, each with its own source.
 */
export function eventOf(site: CountSite, win: FigureWindow): FigureWindow {
  return {
    lo: startAfterLastBreak(site.text, win.lo, site.tok.start),
    hi: endAfter(EVENT_BREAK, site.text, win.figureEnd, win.hi),
    figureEnd: win.figureEnd,
  };
}

/** «المرصد، ومقره بريطانيا»: the place after these is a body's seat, not where people died. */
const SEAT_WORDS = words("figure-words", "seat-words");

/** The most places a list before a count gives it (a bound, for hostile input). */
const MAX_LISTED_PLACES = 8;

/** Two places listed together: «حلب وإدلب», «حلب، إدلب». */
function coordinated(text: string, a: Mention, b: Mention): boolean {
  if (a.entity.type !== "place" || a.end > b.start) return false;
  const between = text.slice(a.end, b.start);
  if (!/^[\s،,]*$/.test(between) || between.length > 3) return false;
  return between.includes("،") || between.includes(",") || text[b.start] === "و";
}

/** «التي قالت واشنطن إنها…»: a place speaking is a government, not where people died. */
function located(tokens: readonly Token[], m: Mention): boolean {
  return m.entity.type === "place" && !isSayingVerb(tokens[m.tokStart - 1]);
}

/** Does a place's name start at token k of the site's paragraph? */
export function placeStartsAt(site: CountSite): (k: number) => boolean {
  return (k) => site.mentions.some((m) => m.tokStart === k && m.entity.type === "place");
}

/**
 * Where the next count listed with «و» and a place of its own starts («قتلى في الهبيط و3 في
 * كفرسجنة»: the 3 have their own place), else `limit`.
 */
function listedCountAt(site: CountSite, from: number, limit: number): number {
  const { text, tokens } = site;
  for (let k = firstAtOrAfter(tokens, from); k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.start >= limit) break;
    const count = countAt(text, tokens, k);
    if (count && listedWithPlace(tokens, k, count, placeStartsAt(site))) {
      return tokens[k - 1]?.norm === "و" ? (tokens[k - 1] as Token).start : t.start;
    }
  }
  return limit;
}

/** The places of the figure at `site`, each once. */
export function placesOf(site: CountSite, win: FigureWindow): BilingualName[] {
  const { text, mentions, tok } = site;
  const clauseEnd = listedCountAt(
    site,
    win.figureEnd,
    endAfter(CLAUSE_BREAK, text, win.figureEnd, win.hi),
  );
  const first = firstAtOrAfter(mentions, tok.start);
  const chosen: Mention[] = [];
  placesInClause(site, first, clauseEnd, chosen);
  if (chosen.length === 0) placesBefore(site, first, win.lo, chosen);
  // «قتل 12 مدنيا، بينهم خمسة أطفال، وأصيب 20 آخرون في غارة على مأرب»: figures listed
  // together share the place the sentence names after them, up to a contrast word.
  if (chosen.length === 0) placesAfterClause(site, clauseEnd, win.hi, chosen);
  const places: BilingualName[] = [];
  for (const m of chosen) {
    if (!places.some((p) => p.en === m.entity.en && p.ar === m.entity.ar)) {
      places.push({ ar: m.entity.ar, en: m.entity.en });
    }
  }
  return places;
}

/** The places named from the count (mention index `first`) to the clause's end. */
function placesInClause(
  site: CountSite,
  first: number,
  clauseEnd: number,
  chosen: Mention[],
): void {
  const { tokens, mentions } = site;
  for (let k = first; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.end > clauseEnd) break;
    tally("figure-places");
    if (located(tokens, m)) chosen.push(m);
  }
}

/** The places named after the clause, up to where the sentence turns to another event. */
function placesAfterClause(
  site: CountSite,
  clauseEnd: number,
  hi: number,
  chosen: Mention[],
): void {
  const { text, tokens, mentions } = site;
  const until = endAfter(EVENT_BREAK, text, clauseEnd, hi);
  for (let k = firstAtOrAfter(mentions, clauseEnd); k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    tally("figure-places");
    if (m.end > until) break;
    if (located(tokens, m)) chosen.push(m);
  }
}

/**
 * The nearest place before the count (mentions before index `first`, back to offset `lo`),
 * with the places listed before it.
 */
function placesBefore(site: CountSite, first: number, lo: number, chosen: Mention[]): void {
  const { text, tokens, mentions, tok } = site;
  for (let k = first - 1; chosen.length === 0 && k >= 0; k--) {
    const m = mentions[k] as Mention;
    tally("figure-places");
    if (m.start < lo) break;
    if (!located(tokens, m) || m.end > tok.start) continue;
    if (SEAT_WORDS.has(tokens[m.tokStart - 1]?.norm ?? "")) continue;
    // «على بلدات عيتا الشعب وكفركلا والخيام أدت إلى استشهاد 4»: the whole list.
    let head = listHead(text, mentions, k, k);
    // «قرى الغدفة وحيش والتمانعة في ريف إدلب، ما أدى إلى مقتل 7»: the list the place holds.
    if (head === k && k > 0 && within(site, mentions[k - 1] as Mention, m)) {
      head = listHead(text, mentions, k - 1, k);
    }
    for (let h = head; h <= k; h++) chosen.push(mentions[h] as Mention);
  }
}

/** The first of the places listed together up to mention `from` (at most MAX_LISTED_PLACES before `k`). */
function listHead(text: string, mentions: readonly Mention[], from: number, k: number): number {
  let head = from;
  while (
    head > 0 &&
    k - head < MAX_LISTED_PLACES &&
    coordinated(text, mentions[head - 1] as Mention, mentions[head] as Mention)
  ) {
    head--;
  }
  return head;
}

/** Words between places and the larger place they lie in («في ريف», «جنوب»). */
const WITHIN = words("place-nouns", "within");
/** The most words «في ريف محافظة» takes. */
const MAX_WITHIN_WORDS = 3;

/** Does place `b` hold place `a` before it: «التمانعة في ريف إدلب», «سراقب جنوب إدلب»? */
function within(site: CountSite, a: Mention, b: Mention): boolean {
  if (a.entity.type !== "place" || a.tokEnd > b.tokStart) return false;
  const between = site.tokens.slice(a.tokEnd, b.tokStart);
  return (
    between.length > 0 &&
    between.length <= MAX_WITHIN_WORDS &&
    between.every((t) => WITHIN.has(t.norm)) &&
    /^[\s]*$/.test(site.text.slice(a.end, (between[0] as Token).start))
  );
}
