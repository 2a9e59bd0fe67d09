/**
 * Relative dates: weekdays, أمس، اليوم، غدا and periods («العام الماضي»: periods.ts), resolved
 * against a known publication date, and the side words («الماضي», «المقبل») that also give a
 * year-less explicit date its year («19 سبتمبر الماضي»). Nothing is guessed without one.
 */

import type { FactDate } from "../../facts.ts";
import { table, words } from "../lexicon/index.ts";
import type { Token } from "../text/tokenize.ts";
import { DAY_MS, parseIsoDay, validDay } from "./day.ts";
import { periodDates } from "./periods.ts";

/** Weekday names → JavaScript day numbers (Sunday 0). */
const WEEKDAY_NUMBERS = table<number>("calendar", "weekdays");
const PAST = words("calendar", "past");
const NEXT = words("calendar", "next");
/** «19 أيلول الجاري»: the month publication falls in, so its year. */
const CURRENT = words("calendar", "period-current");

/** Which side of publication a word after a date puts it on. */
export type Side = "past" | "next" | "current";

export function sideOf(t: Token | undefined): Side | null {
  if (!t) return null;
  if (PAST.has(t.norm)) return "past";
  if (NEXT.has(t.norm)) return "next";
  return CURRENT.has(t.norm) ? "current" : null;
}

/**
 * The year of day/month strictly before (past) or after (next) the publication day: «19
 * سبتمبر الماضي» in an article of 8 October 2016 is 2016, in one of 5 March 2017 it is 2016.
 */
export function yearAround(published: string, month: number, day: number, side: Side) {
  const ms = parseIsoDay(published);
  if (ms === null) return null;
  const pub = new Date(ms);
  const [py, pm, pd] = [pub.getUTCFullYear(), pub.getUTCMonth() + 1, pub.getUTCDate()];
  if (side === "current") return validDay(py, month, day) ? py : null;
  const before = month < pm || (month === pm && day < pd);
  const after = month > pm || (month === pm && day > pd);
  const year = side === "past" ? (before ? py : py - 1) : after ? py : py + 1;
  return validDay(year, month, day) ? year : null;
}
/**
 * The year that puts day/month nearest the publication day (within half a year either way):
 * «14 تشرين الأول» in an article of 14 October 2019 is 2019, «28 كانون الأول» in one of 3
 * January 2020 is 2019.
 */
export function nearestYear(published: string, month: number, day: number): number | null {
  const ms = parseIsoDay(published);
  if (ms === null) return null;
  const py = new Date(ms).getUTCFullYear();
  let best: { year: number; gap: number } | null = null;
  for (const year of [py - 1, py, py + 1]) {
    if (!validDay(year, month, day)) continue;
    const gap = Math.abs(Date.UTC(year, month - 1, day) - ms);
    if (!best || gap < best.gap) best = { year, gap };
  }
  return best?.year ?? null;
}

/** «بين الاثنين», «كلا الاثنين»: «the two», not Monday. */
const NOT_WEEKDAY_BEFORE = words("calendar", "not-weekday-before");
const YAWM = words("calendar", "day-parts");
const TODAY = words("calendar", "today");
/** «أمس», «بالأمس»; «أمس الأول» is the day before. */
const YESTERDAY = words("calendar", "yesterday");
const BEFORE_YESTERDAY = words("calendar", "before-yesterday");
const BEFORE_YESTERDAY_FIRST = words("calendar", "before-yesterday-first");
const TOMORROW = words("calendar", "tomorrow");
const TOMORROW_AFTER_DAY = words("calendar", "tomorrow-after-day");
/** After «اليوم»: «اليوم التالي», «اليوم نفسه» — another day, not today. */
const NOT_TODAY_AFTER = words("calendar", "not-today-after");
/** «إلى» after «اليوم» starts with «ال» but is no adjective. */
const NOT_ARTICLE = words("calendar", "not-article-after-today");
const NOT_TODAY_BEFORE = words("calendar", "not-today-before");

/** Readings with only a conjunction in front (و، ف), the article kept. */
function bareStems(t: Token | undefined): string[] {
  if (!t) return [];
  const out = [t.norm];
  const c = t.norm.charCodeAt(0);
  if ((c === 0x0648 || c === 0x0641) && t.norm.length > 3) out.push(t.norm.slice(1));
  return out;
}

/** The weekday a token names, behind at most «و/ف» (Sunday 0), or undefined. */
function weekdayOf(t: Token | undefined): number | undefined {
  let wd: number | undefined;
  for (const f of bareStems(t)) wd ??= WEEKDAY_NUMBERS.get(f);
  return wd;
}

function relativeDate(ms: number, text: string): FactDate {
  const g = new Date(ms);
  return {
    day: g.getUTCDate(),
    month: g.getUTCMonth() + 1,
    year: g.getUTCFullYear(),
    text,
    resolved: "relative",
    hijri: null,
  };
}

/** One call's reading state: the text, its tokens, the publication day, the dates found. */
interface Reading {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The publication day as UTC midnight in ms. */
  readonly pub: number;
  /** Its weekday (Sunday 0). */
  readonly pubDay: number;
  readonly out: FactDate[];
}

/** The text from token a's start to token b's end. */
function span(r: Reading, a: number, b: number): string {
  return r.text.slice(r.tokens[a]?.start ?? 0, r.tokens[b]?.end ?? 0);
}

/**
 * The weekday `wd` named at token i: pushes its date unless it is «the two» or part of an
 * explicit date. Returns the last token read (i itself when skipped).
 */
function weekdayAt(r: Reading, i: number, t: Token, wd: number): number {
  const prev = r.tokens[i - 1];
  const next = r.tokens[i + 1];
  if (prev && NOT_WEEKDAY_BEFORE.has(prev.norm)) return i;
  // Part of an explicit date: «الخميس 28 مارس 2024», «الأحد، 5 نيسان».
  if (next && /^[0-9]/.test(next.norm) && next.start - t.end <= 3) return i;
  let start = i;
  if (prev && bareStems(prev).some((f) => YAWM.has(f)) && t.start - prev.end <= 2) start = i - 1;
  let end = i;
  let delta = (r.pubDay - wd + 7) % 7;
  if (next && PAST.has(next.norm)) {
    if (delta === 0) delta = 7;
    end = i + 1;
  } else if (next && NEXT.has(next.norm)) {
    delta = -((wd - r.pubDay + 7) % 7 || 7);
    end = i + 1;
  }
  r.out.push(relativeDate(r.pub - delta * DAY_MS, span(r, start, end)));
  return end;
}

/**
 * Weekdays («الثلاثاء», «يوم الاثنين», «الثلاثاء الماضي», «الخميس المقبل»), «أمس» («أمس
 * الأول»: the day before), «اليوم» and «غدا», resolved against `published` (YYYY-MM-DD) as
 * dates with resolved "relative". A bare weekday is the most recent such day on or before
 * publication; «الماضي» makes it strictly before; «المقبل/القادم» the next one after. A
 * weekday written next to a date («الخميس 28 مارس») is part of that explicit date and
 * skipped. Returns [] when `published` is not a valid day: nothing is guessed.
 */
export function findRelativeDates(
  text: string,
  tokens: readonly Token[],
  published: string | null,
): FactDate[] {
  if (published === null) return [];
  const pub = parseIsoDay(published);
  if (pub === null) return [];
  const r: Reading = { text, tokens, pub, pubDay: new Date(pub).getUTCDay(), out: [] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const forms = bareStems(t);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const wd = weekdayOf(t);
    if (wd !== undefined) {
      i = weekdayAt(r, i, t, wd);
      continue;
    }
    // «أمس الأحد», «اليوم الاثنين», «غدا الثلاثاء»: the weekday names the same day.
    const named = weekdayOf(next) !== undefined ? i + 1 : i;
    if (forms.some((f) => YESTERDAY.has(f))) {
      // «أمس الأول», «أول أمس»: the day before yesterday.
      const first = prev !== undefined && BEFORE_YESTERDAY_FIRST.has(prev.norm);
      const beforeYesterday = first || (next !== undefined && BEFORE_YESTERDAY.has(next.norm));
      const last = beforeYesterday && !first ? i + 1 : named;
      const from = first ? i - 1 : i;
      r.out.push(relativeDate(pub - (beforeYesterday ? 2 : 1) * DAY_MS, span(r, from, last)));
      i = last;
      continue;
    }
    if (forms.some((f) => TODAY.has(f)) && t.norm.length <= 6) {
      // «اليوم التالي», «اليوم الأول», «اليوم الذي»: an adjective or relative makes it another day.
      const adjective = named === i && next?.norm.startsWith("ال") && !NOT_ARTICLE.has(next.norm);
      if (next && (NOT_TODAY_AFTER.has(next.norm) || adjective)) continue;
      if (prev && NOT_TODAY_BEFORE.has(prev.norm)) continue;
      r.out.push(relativeDate(pub, span(r, i, named)));
      i = named;
      continue;
    }
    const dayTomorrow = prev?.norm === "يوم" && forms.some((f) => TOMORROW_AFTER_DAY.has(f));
    if (dayTomorrow || forms.some((f) => TOMORROW.has(f))) {
      r.out.push(relativeDate(pub + DAY_MS, span(r, i, named)));
      i = named;
    }
  }
  return [...r.out, ...periodDates(text, tokens, pub)];
}

/** The publication year moved `by` years («من العام الماضي»: −1). */
export function yearFrom(published: string, by: number): number | null {
  const ms = parseIsoDay(published);
  return ms === null ? null : new Date(ms).getUTCFullYear() + by;
}

/**
 * The year of a month named with a side word and no day: «آذار الماضي» is the last March
 * before the publication month, «أيار المقبل» the next May after it.
 */
export function monthYearAround(published: string, month: number, side: Side) {
  const ms = parseIsoDay(published);
  if (ms === null) return null;
  const pub = new Date(ms);
  const [py, pm] = [pub.getUTCFullYear(), pub.getUTCMonth() + 1];
  if (side === "current") return py;
  if (side === "past") return month < pm ? py : py - 1;
  return month > pm ? py : py + 1;
}
