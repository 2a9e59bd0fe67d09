/**
 * The parts of a written date around its month name, shared by the Gregorian and Hijri
 * readers: a day before the month (digits or ordinal words: «22 أيار», «الرابع من أيار»), a
 * year after it, and the punctuation that may join them into one date.
 */
import { table, words } from "../lexicon/index.ts";
import type { Token } from "../text/tokenize.ts";

/** Ordinal days 1–10 and «الحادي» (11, 21, 31), normalised as tokens are. */
const ORDINAL_ONE = table<number>("numbers", "ordinal-units");
/** «عشر» after an ordinal unit: «الحادي عشر». */
const ORDINAL_TEEN = words("numbers", "ordinal-teen");
/** «العشرين», «الثلاثين»: alone, or after a unit and «و» («الخامس والعشرين»). */
const ORDINAL_TENS = table<number>("numbers", "ordinal-tens");
const AND_TENS = new Map([...ORDINAL_TENS].map(([w, v]) => [`و${w}`, v]));

export function stem(t: Token | undefined): string {
  return t ? t.norm : "";
}

/** A day written as an ordinal: «الرابع», «الحادي عشر», «الخامس والعشرين», «الثلاثين». */
function ordinalDay(tokens: readonly Token[], i: number): { day: number; len: number } | null {
  const w = stem(tokens[i]);
  const tens = ORDINAL_TENS.get(w);
  if (tens !== undefined) return { day: tens, len: 1 };
  const unit = ORDINAL_ONE.get(w);
  if (unit === undefined) return null;
  const next = stem(tokens[i + 1]);
  if (ORDINAL_TEEN.has(next)) return { day: 10 + unit, len: 2 };
  // Up to the 31st: «الحادي والثلاثين» is the last.
  const andTens = AND_TENS.get(next);
  if (andTens !== undefined && andTens + unit <= 31) return { day: andTens + unit, len: 2 };
  return { day: unit, len: 1 };
}

export function fourDigits(s: string): boolean {
  if (s.length !== 4) return false;
  for (let k = 0; k < 4; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

export function year(t: Token | undefined): number | null {
  if (!t || !fourDigits(t.norm)) return null;
  const y = Number(t.norm);
  return y >= 1900 && y <= 2100 ? y : null;
}

/** Only spaces, slashes, dashes, commas or brackets may sit between the parts of one date. */
export function joined(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return false;
  const gap = text.slice(a.end, b.start);
  return gap.length <= 4 && /^[\s/()\-–،,]*$/.test(gap);
}

/** «عام»/«سنة» between a month and its year: «أيار عام 2011», «أيار من العام 2011». */
const YEAR_WORDS = words("calendar", "year-words");

/** A Gregorian year as a date part (1900–2100; anything else is more likely a count). */
export function yearAfter(
  text: string,
  tokens: readonly Token[],
  end: number,
): { year: number | null; end: number } {
  const y = year(tokens[end]);
  if (y !== null && joined(text, tokens[end - 1], tokens[end])) return { year: y, end: end + 1 };
  if (YEAR_WORDS.has(stem(tokens[end])) && year(tokens[end + 1])) {
    return { year: year(tokens[end + 1]), end: end + 2 };
  }
  // «أيلول من العام 2016», «أيار من عام 2011».
  const word = stem(tokens[end + 1]);
  const yearWord = YEAR_WORDS.has(word) || (word.startsWith("ال") && YEAR_WORDS.has(word.slice(2)));
  if (stem(tokens[end]) === "من" && yearWord && year(tokens[end + 2])) {
    return { year: year(tokens[end + 2]), end: end + 3 };
  }
  return { year: null, end };
}

/** «شهر» between a day and its month: «الخامس من شهر أيلول». */
const MONTH_WORDS = words("calendar", "month-words");

/**
 * The day before a month at token i: «22 أيار», «الرابع من أيار», «14 من أيلول», and the
 * same with «شهر» before the month («الخامس من شهر أيلول»).
 */
export function dayBefore(
  text: string,
  tokens: readonly Token[],
  at: number,
  used: ReadonlySet<number>,
): { day: number; start: number } | null {
  const i = MONTH_WORDS.has(stem(tokens[at - 1])) && stem(tokens[at - 2]) === "من" ? at - 1 : at;
  const prev = tokens[i - 1];
  const digits = digitDay(text, tokens, i - 1, used);
  if (digits !== undefined) return digits;
  if (stem(prev) === "من") {
    for (const back of [2, 3]) {
      const o = ordinalDay(tokens, i - back);
      if (o && o.len === back - 1) return { day: o.day, start: i - back };
    }
    // Syrian outlets write the digits with «من» too: «الثلاثاء 14 من أيلول 2021».
    return digitDay(text, tokens, i - 2, used) ?? null;
  }
  return null;
}

/**
 * A day in digits at token k, joined to the word after it: the day, null for digits that are
 * no day (0, 32…), undefined when token k is not such digits.
 */
function digitDay(
  text: string,
  tokens: readonly Token[],
  k: number,
  used: ReadonlySet<number>,
): { day: number; start: number } | null | undefined {
  const t = tokens[k];
  if (!t || !/^[0-9]{1,2}$/.test(t.norm) || used.has(k) || !joined(text, t, tokens[k + 1])) {
    return undefined;
  }
  const d = Number(t.norm);
  return d >= 1 && d <= 31 ? { day: d, start: k } : null;
}
