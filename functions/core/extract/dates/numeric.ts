/**
 * Numeric dates in any digits (28/03/2024, ٢٠٢٤/٣/٢٨, 28.03.2024, 2024-03-28): read with two
 * regexes over an ASCII-digit copy of the text, kept only when the day is real. Day first,
 * unless the second number cannot be a month («4/22/1948», copied from English sources).
 */
import type { FactDate } from "../../facts.ts";
import { asciiDigits } from "../text/normalize.ts";
import { EXPLICIT, validDay } from "./day.ts";

/** Numeric dates in any digits: 28/03/2024, ٢٨/٣/٢٠٢٤, 28.03.2024, 2024-03-28, 2024/3/28. */
const DMY = /(?<![0-9])([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})(?![0-9])/g;
const YMD = /(?<![0-9])([0-9]{4})[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})(?![0-9])/g;

export function numericDates(text: string): FactDate[] {
  // Only texts with a separator between digits can hold one: skip the regex otherwise.
  if (!/[0-9٠-٩۰-۹][/.-][0-9٠-٩۰-۹]/.test(text)) return [];
  // Same length as `text` (one code unit per digit), so match offsets slice the original.
  const ascii = asciiDigits(text);
  const out: FactDate[] = [];
  const push = (d: number, mo: number, y: number, index: number, length: number) => {
    if (validDay(y, mo, d) && y >= 1900 && y <= 2100) {
      out.push({
        ...EXPLICIT,
        day: d,
        month: mo,
        year: y,
        text: text.slice(index, index + length),
      });
    }
  };
  for (const m of ascii.matchAll(DMY)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // «4/22/1948»: no month 22, so it is month first, as in English copy.
    const monthFirst = b > 12 && a <= 12;
    push(monthFirst ? b : a, monthFirst ? a : b, Number(m[3]), m.index, m[0].length);
  }
  for (const m of ascii.matchAll(YMD)) {
    push(Number(m[3]), Number(m[2]), Number(m[1]), m.index, m[0].length);
  }
  for (const m of ascii.matchAll(DAY_MONTH)) {
    const [d, mo] = [Number(m[2]), Number(m[3])];
    // The year is unknown: any leap year lets 29/2 stand.
    if (!validDay(2000, mo, d)) continue;
    const at = m.index + (m[1]?.length ?? 0);
    out.push({
      ...EXPLICIT,
      day: d,
      month: mo,
      year: null,
      text: text.slice(at, m.index + m[0].length),
    });
  }
  return out;
}

/**
 * A day and month alone («يوم 19/9», «ليلة الأحد 18/9»): only after a word for a day, since
 * «1/3» is as often a fraction or a score.
 */
const DAY_MONTH =
  /((?:يوم|بتاريخ|ليلة|ليل|صباح|مساء|فجر)\s+(?:(?:ال)?(?:أحد|اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت)\s+)?)([0-9]{1,2})\/([0-9]{1,2})(?![0-9]|[/.-][0-9])/g;
