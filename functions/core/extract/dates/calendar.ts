/**
 * The calendar reader: explicit dates in a text, in the order month-name dates (either
 * Gregorian tradition, paired «أيار/مايو» read as one), Hijri dates, bare years with a cue,
 * numeric dates. A month alone («منتصف أيار») is not a date; a bare year needs a cue («سنة
 * 2011»، «منذ 2011») so that resolution numbers and conference names («جنيف ــ 2012») are not
 * dates. Impossible days («31 شباط») are dropped. Tokens a date took are not read again.
 */
import type { FactDate } from "../../facts.ts";
import { words } from "../lexicon/index.ts";
import { type Token, tokenize } from "../text/tokenize.ts";
import { splitsWhere } from "../text/words.ts";
import { EXPLICIT, validDay } from "./day.ts";
import { hijriDates } from "./hijri.ts";
import { GREGORIAN, monthAt } from "./months.ts";
import { numericDates } from "./numeric.ts";
import { dayBefore, joined, year, yearAfter } from "./parts.ts";
import { sideOf, yearAround } from "./relative.ts";

/** Words that make a bare four-digit number a year («سنة 2011», «منذ 2011»). */
const YEAR_CUES = words("calendar", "year-cues");

const yearCueReadings = splitsWhere((c) => YEAR_CUES.has(c.stem));

export function findDates(
  text: string,
  tokens: readonly Token[] = tokenize(text),
  published: string | null = null,
): FactDate[] {
  const out: FactDate[] = [];
  const used = new Set<number>();
  monthNameDates(text, tokens, published, used, out);
  out.push(...hijriDates(text, tokens, used));
  cuedYears(text, tokens, used, out);
  out.push(...numericDates(text));
  return out;
}

/**
 * Gregorian dates around a month name («22 أيار 2011», «فبراير (شباط) 2012», «19 سبتمبر
 * الماضي»): a day or a year must come with the month. Appends to `out`, marks `used`.
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
    const m = monthAt(GREGORIAN, tokens, i);
    if (!m) continue;
    const before = dayBefore(text, tokens, i, used);
    const day = before?.day ?? null;
    const start = before?.start ?? i;
    let end = i + m.len;
    // A paired month in the other tradition: «أيار/مايو», «فبراير (شباط)».
    const alt = monthAt(GREGORIAN, tokens, end);
    if (alt && alt.month === m.month && joined(text, tokens[end - 1], tokens[end])) end += alt.len;
    const y = yearAfter(text, tokens, end);
    end = y.end;
    if (day === null && y.year === null) continue;
    // «31 شباط» is no day: without a year, 29 February is allowed.
    if (day !== null && !validDay(y.year ?? 2000, m.month, day)) continue;
    for (let k = start; k < end; k++) used.add(k);
    const first = tokens[start];
    const last = tokens[end - 1];
    if (!first || !last) continue;
    // Keep the bracket of «فبراير (شباط)» when the date ends inside it.
    let stop = last.end;
    if (text[stop] === ")" && text.slice(first.start, stop).includes("(")) stop++;
    // «19 سبتمبر (أيلول) الماضي»: the year follows from the publication date.
    const side = day !== null && y.year === null ? sideOf(tokens[end]) : null;
    const inferred = side && published ? yearAround(published, m.month, day ?? 1, side) : null;
    out.push({
      resolved: inferred === null ? "explicit" : "relative",
      hijri: null,
      day,
      month: m.month,
      year: inferred ?? y.year,
      // The inferred year's side word is part of the date's text: «19 سبتمبر الماضي».
      text: text.slice(first.start, inferred === null ? stop : (tokens[end]?.end ?? stop)),
    });
  }
}

/** Bare years with a cue word («سنة 2011», «منذ 2011») not taken by a date. Appends to `out`. */
function cuedYears(
  text: string,
  tokens: readonly Token[],
  used: ReadonlySet<number>,
  out: FactDate[],
): void {
  for (let i = 1; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const y = year(tokens[i]);
    if (y === null) continue;
    const cue = tokens[i - 1];
    if (!cue || yearCueReadings(cue).length === 0) continue;
    if (!joined(text, cue, tokens[i])) continue;
    out.push({
      ...EXPLICIT,
      day: null,
      month: null,
      year: y,
      text: text.slice(cue.start, tokens[i]?.end),
    });
  }
}
