/**
 * Hijri dates with a Hijri year («5 رمضان 1437 هـ»): the Hijri month table read like the
 * Gregorian one, the same day-before parts, but the year is required and converted to the
 * Gregorian day (the Hijri original kept in `hijri`).
 */
import type { FactDate } from "../../facts.ts";
import { words } from "../lexicon/index.ts";
import type { Token } from "../text/tokenize.ts";
import { HIJRI, monthAt } from "./months.ts";
import { dayBefore, fourDigits, joined } from "./parts.ts";
import { hijriToGregorian } from "./umm-al-qura.ts";

/** «هـ», «هجري», «للهجرة» after a Hijri year. */
const HIJRI_MARKS = words("calendar", "hijri-marks");

/** Hijri years we can convert: the Umm al-Qura tables cover 1300–1600 AH. */
function hijriYear(t: Token | undefined): number | null {
  if (!t || !fourDigits(t.norm)) return null;
  const y = Number(t.norm);
  return y >= 1300 && y <= 1600 ? y : null;
}

/**
 * Hijri dates need a Hijri year («5 رمضان 1437 هـ», «الأول من شوال 1440», «رجب 1445 هـ»):
 * month names alone («رمضان») are too often the season or a person's name. They are stored
 * with their Gregorian day/month/year (Umm al-Qura calendar, via Intl) and the Hijri original;
 * a Hijri month without a day gets the Gregorian month and year of the month's first day.
 */
export function hijriDates(text: string, tokens: readonly Token[], used: Set<number>): FactDate[] {
  const out: FactDate[] = [];
  // No Hijri year, no Hijri date: one cheap pass spares the month lookups on most paragraphs.
  if (!tokens.some((t) => hijriYear(t) !== null)) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const m = monthAt(HIJRI, tokens, i);
    if (!m) continue;
    let end = i + m.len;
    const y = hijriYear(tokens[end]);
    if (y === null || !joined(text, tokens[end - 1], tokens[end])) continue;
    end++;
    const mark = tokens[end];
    if (mark && HIJRI_MARKS.has(mark.norm) && mark.start - (tokens[end - 1]?.end ?? 0) <= 2) end++;
    const before = dayBefore(text, tokens, i, used);
    if (before && before.day > 30) continue;
    const hijriDay = before?.day ?? null;
    const g = hijriToGregorian(y, m.month, hijriDay ?? 1);
    if (!g) continue;
    const start = before?.start ?? i;
    for (let k = start; k < end; k++) used.add(k);
    const first = tokens[start];
    const last = tokens[end - 1];
    if (!first || !last) continue;
    out.push({
      day: hijriDay === null ? null : g.day,
      month: g.month,
      year: g.year,
      text: text.slice(first.start, last.end),
      resolved: "explicit",
      hijri: { day: hijriDay, month: m.month, year: y },
    });
  }
  return out;
}
