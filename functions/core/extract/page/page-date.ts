/**
 * The date-only page line reader used by the furniture pass: a line that holds a date and
 * nothing else but weekdays, era marks, times and «آخر تحديث»-like words is the page's date.
 */

import { findDates } from "../dates/calendar.ts";
import { isoDay } from "../dates/day.ts";
import { words } from "../lexicon/index.ts";
import { asciiDigits } from "../text/normalize.ts";
import { tokenize } from "../text/tokenize.ts";

const WEEKDAYS = words("calendar", "weekdays");
/** Words a date-only line may also hold: «الموافق», era marks, am/pm, «آخر تحديث». */
const LINE_WORDS = words("calendar", "date-line-words");

/**
 * A line that is only a date («الخميس 28 مارس 2024», «2024/3/28», «الأحد 5 رمضان 1437 هـ
 * الموافق 10 يونيو 2016 م»): a page date printed above the article. Returns YYYY-MM-DD, or
 * null when the line says anything else.
 */
export function parseDateLine(line: string): string | null {
  if (line.length > 200) return null;
  const ascii = asciiDigits(line);
  const tokens = tokenize(ascii);
  if (tokens.length === 0 || tokens.length > 16) return null;
  const dates = findDates(ascii, tokens);
  // A Gregorian date wins over the Hijri one it is paired with.
  const full =
    dates.find((d) => d.day !== null && d.month !== null && d.year !== null && d.hijri === null) ??
    dates.find((d) => d.day !== null && d.month !== null && d.year !== null);
  if (!full || full.day === null || full.month === null || full.year === null) return null;
  const covered = new Set<string>();
  for (const d of dates) for (const t of tokenize(d.text)) covered.add(t.norm);
  for (const t of tokens) {
    if (covered.has(t.norm) || WEEKDAYS.has(t.norm) || LINE_WORDS.has(t.norm)) continue;
    if (/^[0-9]{1,2}$/.test(t.norm)) continue; // a time of day
    return null;
  }
  return isoDay(full.year, full.month, full.day);
}
