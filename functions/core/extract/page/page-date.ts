/**
 * The date line reader used by the furniture pass: a line above the article that holds a
 * date and otherwise only weekdays, era marks, times and «آخر تحديث»-like words is the page's
 * date. Pages also put a date beside a byline, a place or a label, set apart by a bar or a
 * dash («بقلم: محمد علي | 20/09/2016», «حلب - 20 أيلول 2016 - خاص»): such a line counts when
 * one of its parts is a date line and every other part is a few words with no sentence in
 * them. ISO timestamps and English dates («Tuesday, September 20, 2016») are read too.
 */

import { findDates } from "../dates/calendar.ts";
import { isoDay, isoDayPrefix, validDay } from "../dates/day.ts";
import { table, words } from "../lexicon/index.ts";
import { asciiDigits } from "../text/normalize.ts";
import { type Token, tokenize } from "../text/tokenize.ts";

const WEEKDAYS = words("calendar", "weekdays");
/** Words a date-only line may also hold: «الموافق», era marks, am/pm, «آخر تحديث». */
const LINE_WORDS = words("calendar", "date-line-words");
const ENGLISH_MONTHS = table<number>("calendar", "english-months");
const ENGLISH_WEEKDAYS = words("calendar", "english-weekdays");
/** «يوم الاثنين 19 أيلول», «صباح …». */
const DAY_PARTS = words("calendar", "day-parts");
const ZONE = "بتوقيت";
/** «Published on», «Updated:» before an English date. */
const ENGLISH_LABEL = /^(?:first )?(?:published|posted|updated)(?: on)?\s*:?\s*/;

/** A print paper's issue number after its date: «… 2018 مـ رقم العدد [14396]». */
const ISSUE_NUMBER = /\s*(?:رقم\s+)?العدد\s*[[(]?\s*[0-9\u0660-\u0669]+\s*[\])]?\s*$/;

/** Words another part of a dated line may hold: a byline, a place, a label, an outlet. */
const MAX_PART_WORDS = 4;
/**
 * Parts of a line: split at bars, bullets, spaced dashes (not «20-9-2016») and a label's
 * colon («تاريخ الخبر: 19/09/2016»; not a time's «10:30»).
 */
const PARTS = /\s*[|•·]\s*|\s+[-–—]\s+|(?<![0-9])\s*:\s*/;

/**
 * A line that is a date («الخميس 28 مارس 2024», «2024/3/28», «الأحد 5 رمضان 1437 هـ الموافق
 * 10 يونيو 2016 م», «كتب: أحمد محمد | الثلاثاء 20 سبتمبر 2016»): a page date printed above
 * the article. Returns YYYY-MM-DD, or null when the line says anything else.
 */
export function parseDateLine(raw: string): string | null {
  if (raw.length > 200) return null;
  const line = raw.replace(ISSUE_NUMBER, "");
  const whole = dateOnly(line);
  if (whole) return whole;
  const parts = line.split(PARTS).filter((p) => p.trim() !== "");
  if (parts.length < 2) return null;
  let found: string | null = null;
  for (const part of parts) {
    const date = dateOnly(part);
    if (date) found ??= date;
    else if (!shortLabel(part)) return null;
  }
  return found;
}

/** A part of a dated line that is no date: a few words, no sentence punctuation. */
function shortLabel(part: string): boolean {
  return tokenize(part).length <= MAX_PART_WORDS && !/[.!?؟؛]/.test(part);
}

/** The date a text that is only a date gives, in any form this module reads. */
function dateOnly(text: string): string | null {
  const ascii = asciiDigits(text).trim();
  return isoStamp(ascii) ?? englishDate(ascii) ?? arabicDateLine(ascii);
}

/** «2016-09-20», «2016-09-20T10:30:00+03:00». */
function isoStamp(s: string): string | null {
  const day = isoDayPrefix(s);
  const time = /^(?:[T ][0-9:.]+(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$/;
  return day && time.test(day.rest) ? day.iso : null;
}

/** «Tuesday, September 20, 2016», «Sep 20 2016», «20 September 2016», a time after it. */
function englishDate(s: string): string | null {
  const w = s
    .toLowerCase()
    .replace(ENGLISH_LABEL, "")
    .replace(/[,.]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (w.length > 0 && ENGLISH_WEEKDAYS.has(w[0] as string)) w.shift();
  const [a, b, c, ...rest] = w;
  if (a === undefined || b === undefined || c === undefined) return null;
  if (rest.some((x) => !/^[0-9:]+$|^[ap]m$|^gmt$|^at$/.test(x))) return null;
  const monthFirst = ENGLISH_MONTHS.get(a);
  const [month, day] = monthFirst ? [monthFirst, b] : [ENGLISH_MONTHS.get(b), a];
  if (!month || !/^[0-9]{1,2}$/.test(day) || !/^[0-9]{4}$/.test(c)) return null;
  const [y, d] = [Number(c), Number(day)];
  return validDay(y, month, d) ? isoDay(y, month, d) : null;
}

/** An Arabic date line: a full date and nothing but weekdays, times and date-line words. */
function arabicDateLine(ascii: string): string | null {
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
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (covered.has(t.norm) || WEEKDAYS.has(t.norm) || LINE_WORDS.has(t.norm)) continue;
    if (DAY_PARTS.has(t.norm) || /^[0-9]{1,2}$/.test(t.norm)) continue; // «يوم», a time of day
    // «بتوقيت دمشق»: the zone's city.
    if (tokens[k - 1]?.norm === ZONE) continue;
    return null;
  }
  return isoDay(full.year, full.month, full.day);
}
