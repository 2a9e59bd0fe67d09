/**
 * Hijri → Gregorian conversion in the Umm al-Qura calendar (the one Gulf outlets date by),
 * through Intl's islamic-umalqura calendar: the tabular calendar gives a first guess, Intl
 * finds the exact day around it. Memoised, since one article names the same day many times.
 */
import { DAY_MS } from "./day.ts";

/** Formats a UTC instant in the Umm al-Qura calendar; null when this runtime lacks it. */
const UMM_AL_QURA: Intl.DateTimeFormat | null = (() => {
  try {
    const f = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", {
      timeZone: "UTC",
      day: "numeric",
      month: "numeric",
      year: "numeric",
    });
    return f.resolvedOptions().calendar === "islamic-umalqura" ? f : null;
  } catch {
    return null;
  }
})();

function hijriAt(ms: number): { y: number; m: number; d: number } | null {
  if (!UMM_AL_QURA) return null;
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of UMM_AL_QURA.formatToParts(ms)) {
    if (p.type === "year") y = Number.parseInt(p.value, 10);
    else if (p.type === "month") m = Number.parseInt(p.value, 10);
    else if (p.type === "day") d = Number.parseInt(p.value, 10);
  }
  return y > 0 && m > 0 && d > 0 ? { y, m, d } : null;
}

/**
 * The Gregorian day of a Hijri (Umm al-Qura) date, or null when it does not exist (30th of a
 * 29-day month) or the runtime has no Islamic calendar. The arithmetic (tabular) calendar
 * gives a first guess within two days; Intl then finds the exact day a few steps around it.
 */
export function hijriToGregorian(
  y: number,
  m: number,
  d: number,
): { year: number; month: number; day: number } | null {
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > 30) return null;
  const key = y * 10_000 + m * 100 + d;
  const cached = hijriCache.get(key);
  if (cached !== undefined) return cached;
  const g = convertHijri(y, m, d);
  if (hijriCache.size >= 10_000) hijriCache.clear();
  hijriCache.set(key, g);
  return g;
}

/** Conversions repeat (one article names the same day many times): memoised, bounded. */
const hijriCache = new Map<number, { year: number; month: number; day: number } | null>();

function convertHijri(
  y: number,
  m: number,
  d: number,
): { year: number; month: number; day: number } | null {
  const jd =
    d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439.5 - 1;
  const guess = Math.round((jd - 2440587.5) * DAY_MS);
  for (const delta of [0, 1, -1, 2, -2, 3, -3, 4, -4]) {
    const ms = guess + delta * DAY_MS;
    const h = hijriAt(ms);
    if (h && h.y === y && h.m === m && h.d === d) {
      const g = new Date(ms);
      return { year: g.getUTCFullYear(), month: g.getUTCMonth() + 1, day: g.getUTCDate() };
    }
  }
  return null;
}
