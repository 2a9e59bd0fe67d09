/**
 * Explicit calendar dates in both Arabic month traditions: Gregorian transliterations
 * (يناير… incl. Egyptian يونيه/يوليه and Maghrebi جوان/جويلية/أوت) and the Syriac-derived
 * Levantine names (كانون الثاني… أيلول، تشرين). Outlets often pair them («أيار/مايو»,
 * «فبراير (شباط)»), which must read as one date. A month alone («منتصف أيار») is not a date
 * unless a year, a day or a side of the publication date comes with it («آذار الماضي»); a
 * bare year needs a cue, brackets or a year span (years.ts) so that resolution numbers and
 * conference names («جنيف ــ 2012») are not dates; a day range gives both its days
 * (ranges.ts). Impossible days («31 شباط») are dropped.
 *
 * Also here: numeric dates in any digits (28/03/2024, ٢٠٢٤/٣/٢٨), Hijri dates with a Hijri
 * year (converted to Gregorian with Intl's Umm al-Qura calendar, the original kept in
 * `hijri`) and relative dates (weekdays, أمس، اليوم، غدا; periods such as «العام الماضي» in
 * periods.ts) resolved against a known publication date. (The date-only page line reader is page/page-date.ts.)
 *
 * Layout: months.ts (the month tables), parts.ts (day/year parts around a month),
 * calendar.ts (the reader, `findDates`), hijri.ts + umm-al-qura.ts (Hijri dates and their
 * conversion), numeric.ts, years.ts, ranges.ts, relative.ts, periods.ts, day.ts (valid/ISO
 * days).
 */

export { findDates } from "./calendar.ts";
export { isoDay, validDay } from "./day.ts";
export { isMonthWord } from "./months.ts";
export { samePeriodDates } from "./periods.ts";
export { findRelativeDates } from "./relative.ts";
export { hijriToGregorian } from "./umm-al-qura.ts";
