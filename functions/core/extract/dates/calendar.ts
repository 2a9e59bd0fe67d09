/**
 * The calendar reader: explicit dates in a text, in the order month-name dates (either
 * Gregorian tradition, paired «أيار/مايو» read as one), Hijri dates, bare years (years.ts says
 * when a number is one), numeric dates. A month alone («منتصف أيار») is not a date unless a
 * year, a day or a side of the publication date comes with it («آذار الماضي»); a day range
 * («بين 3 و5 أيار», «1-10 كانون الثاني») gives both its days. Impossible days («31 شباط») are
 * dropped. Tokens a date took are not read again.
 */
import type { FactDate } from "../../facts.ts";
import { words } from "../lexicon/index.ts";
import { type Token, tokenize } from "../text/tokenize.ts";
import { validDay } from "./day.ts";
import { hijriDates } from "./hijri.ts";
import { GREGORIAN, monthAt } from "./months.ts";
import { numericDates } from "./numeric.ts";
import { dayBefore, joined, stem, yearAfter } from "./parts.ts";
import { periodAt, sameYearAt } from "./periods.ts";
import { dayRangeStart } from "./ranges.ts";
import { monthYearAround, nearestYear, sideOf, yearAround, yearFrom } from "./relative.ts";
import { bareYears } from "./years.ts";

export function findDates(
  text: string,
  tokens: readonly Token[] = tokenize(text),
  published: string | null = null,
): FactDate[] {
  const out: FactDate[] = [];
  const used = new Set<number>();
  monthNameDates(text, tokens, published, used, out);
  out.push(...hijriDates(text, tokens, used));
  bareYears(text, tokens, used, out);
  out.push(...numericDates(text));
  return out;
}

/** One month-name date read at a month token: the tokens it takes [start, end), and the date. */
interface MonthRead {
  readonly start: number;
  readonly end: number;
  readonly date: FactDate;
}

/**
 * Gregorian dates around a month name («22 أيار 2011», «فبراير (شباط) 2012», «19 سبتمبر
 * الماضي», «آذار الماضي»). Appends to `out`, marks `used`.
 */
function monthNameDates(
  text: string,
  tokens: readonly Token[],
  published: string | null,
  used: Set<number>,
  out: FactDate[],
): void {
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const read = monthDateAt(text, tokens, i, published, used);
    if (!read) continue;
    for (let k = read.start; k < read.end; k++) used.add(k);
    const first = dayRangeStart(text, tokens, read.start, read.date, used);
    if (first) {
      used.add(first.at);
      out.push(first.date);
    }
    out.push(read.date);
  }
}

/** The month-name date whose month is at token i, or null. */
function monthDateAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  published: string | null,
  used: ReadonlySet<number>,
): MonthRead | null {
  const m = monthAt(GREGORIAN, tokens, i);
  if (!m) return null;
  const before = dayBefore(text, tokens, i, used);
  const day = before?.day ?? null;
  const start = before?.start ?? i;
  let end = i + m.len;
  // A paired month in the other tradition: «أيار/مايو», «فبراير (شباط)».
  const alt = monthAt(GREGORIAN, tokens, end);
  if (alt && alt.month === m.month && joined(text, tokens[end - 1], tokens[end])) end += alt.len;
  const y = yearAfter(text, tokens, end);
  end = y.end;
  // «31 شباط» is no day: without a year, 29 February is allowed.
  if (day !== null && !validDay(y.year ?? 2000, m.month, day)) return null;
  // «19 سبتمبر (أيلول) الماضي», «آذار المقبل», «آب من العام الماضي»: the year follows from
  // the publication date; without one a day and month stand, the year unknown.
  // «17 تشرين الأول من العام ذاته»: the year of an earlier date (periods.ts samePeriodDates).
  if (y.year === null && sameYearAt(tokens, end)) return null;
  const side = y.year === null ? sideOf(tokens[end]) : null;
  const period = y.year === null && !side ? periodYearAfter(tokens, end) : null;
  let inferred: number | null = null;
  if (side && published) {
    inferred =
      day === null
        ? monthYearAround(published, m.month, side)
        : yearAround(published, m.month, day, side);
  } else if (period && published) inferred = yearFrom(published, period.by);
  // «في 14 تشرين الأول», «منذ العاشر من مايو»: a day and month with no year nor side word
  // are the ones nearest the publication day, as news dates its events by the days around it.
  else if (day !== null && y.year === null && published) {
    inferred = nearestYear(published, m.month, day);
  }
  // «مطلع يونيو», «أواخر نيسان»: a part of a month names one, the one nearest publication.
  else if (day === null && y.year === null && published && monthPartBefore(tokens, start)) {
    inferred = nearestYear(published, m.month, MID_MONTH);
  }
  // A month alone is no calendar date, even with its side when nothing resolves it.
  if (day === null && y.year === null && inferred === null) return null;
  const yearEnd = period ? period.last : end;
  if (period) end = period.last + 1;
  const first = tokens[start];
  const last = tokens[end - 1];
  if (!first || !last) return null;
  // Keep the bracket of «فبراير (شباط)» when the date ends inside it.
  let stop = last.end;
  if (text[stop] === ")" && text.slice(first.start, stop).includes("(")) stop++;
  const date: FactDate = {
    resolved: inferred === null ? "explicit" : "relative",
    hijri: null,
    day,
    month: m.month,
    year: inferred ?? y.year,
    // The words that gave the year are part of the date's text: «19 سبتمبر الماضي».
    text: text.slice(
      first.start,
      inferred === null || (!side && !period) ? stop : (tokens[yearEnd]?.end ?? stop),
    ),
  };
  return { start, end, date };
}

/** «مطلع», «أواخر»: a part of the month named after it. */
const MONTH_PARTS = words("calendar", "month-parts");
/** The day a month named without one is placed at, to find its nearest year. */
const MID_MONTH = 15;

/** Is the word before token i a part of a month, behind at most «و/ف/ب/ل»? */
function monthPartBefore(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i - 1]?.norm ?? "";
  return MONTH_PARTS.has(w) || (/^[وفبل]/.test(w) && MONTH_PARTS.has(w.slice(1)));
}

/**
 * «من العام الماضي» after a month («آب من العام الماضي»): how many years from publication's
 * it names, and the last token it takes.
 */
function periodYearAfter(
  tokens: readonly Token[],
  end: number,
): { last: number; by: number } | null {
  if (stem(tokens[end]) !== "من") return null;
  const at = periodAt(tokens, end + 1);
  return at?.period === "year" ? { last: end + 2, by: at.by } : null;
}
