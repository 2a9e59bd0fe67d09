/**
 * Calendar-day helpers shared by every date reader: is a day real (no 31 February), a day as
 * YYYY-MM-DD and back. Kept apart so the readers and the page-line reader share one notion
 * of a valid day.
 */

/** A date written out in the text (not resolved from a weekday, not Hijri). */
export const EXPLICIT = { resolved: "explicit", hijri: null } as const;

export const DAY_MS = 86_400_000;

/** True for a real calendar day (30 February is not). */
export function validDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 31;
  return d <= days;
}

/** A YYYY-MM-DD day as UTC midnight in ms, or null when it is no real day. */
export function parseIsoDay(iso: string): number | null {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return validDay(y, mo, d) ? Date.UTC(y, mo - 1, d) : null;
}

export function isoDay(y: number, m: number, d: number): string {
  const pad = (v: number) => String(v).padStart(2, "0");
  return `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
}

/**
 * A text that starts with an ISO day («2016-09-20», «2016-09-20T10:30:00Z»): the day as
 * YYYY-MM-DD (null when it is no real day) and what follows it; null when it does not start so.
 */
export function isoDayPrefix(s: string): { iso: string | null; rest: string } | null {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { iso: validDay(y, mo, d) ? isoDay(y, mo, d) : null, rest: s.slice(m[0].length) };
}
