/**
 * Day ranges: «بين 3 و5 أيار», «من 1 إلى 10 كانون الثاني 2016», «3-5 أيار». The month reader
 * finds the last day with its month; the first day is the number before a joining word
 * («و», «إلى», «حتى») or a dash, and takes the same month and year.
 */
import type { FactDate } from "../../facts.ts";
import { words } from "../lexicon/index.ts";
import type { Token } from "../text/tokenize.ts";
import { validDay } from "./day.ts";

/** Words between the two days of a range. */
const RANGE_JOINERS = words("calendar", "range-joiners");

function dayNumber(t: Token | undefined): number | null {
  if (!t || !/^[0-9]{1,2}$/.test(t.norm)) return null;
  const d = Number(t.norm);
  return d >= 1 && d <= 31 ? d : null;
}

/**
 * The first day of a range whose last day starts the date at token `start`: its token and its
 * date (text from the first day to the date's end), or null.
 */
export function dayRangeStart(
  text: string,
  tokens: readonly Token[],
  start: number,
  date: FactDate,
  used: ReadonlySet<number>,
): { at: number; date: FactDate } | null {
  const last = tokens[start];
  if (date.day === null || date.month === null || dayNumber(last) === null || !last) return null;
  const between = tokens[start - 1];
  let at = -1;
  if (
    between &&
    RANGE_JOINERS.has(between.norm) &&
    between.start - (tokens[start - 2]?.end ?? 0) <= 2
  ) {
    at = start - 2;
  } else if (between && /^\s*[-–]\s*$/.test(text.slice(between.end, last.start))) {
    at = start - 1;
  }
  const first = tokens[at];
  const day = dayNumber(first);
  if (!first || day === null || used.has(at) || day >= date.day) return null;
  if (!validDay(date.year ?? 2000, date.month, day)) return null;
  const end = first.start + text.slice(first.start).indexOf(date.text) + date.text.length;
  const written = text.slice(first.start, Math.max(end, last.end));
  return { at, date: { ...date, day, text: written } };
}
