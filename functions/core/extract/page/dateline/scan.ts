/**
 * Characters between a dateline's parts: its dashes and spaces, and how far into a line a
 * dateline can reach. Shared by every step of the dateline reader.
 */

/** Only the head of a line can hold a dateline. */
export const HEAD = 160;

/** Separators between the parts of a dateline. Tatweel alone («بيروت ـ») is a dash. */
export function isDash(c: string): boolean {
  return c === "-" || c === "–" || c === "—" || c === "ـ" || c === "−";
}

/** The offset after the separator at `i` and any dashes right after it («ــ», «--»). */
export function pastDashes(s: string, i: number, limit: number): number {
  let k = i + 1;
  while (k < limit && isDash(s[k] ?? "")) k++;
  return k;
}

/** Skips spaces from `i`; returns the first non-space offset (or `limit`). */
export function skipSpaces(s: string, i: number, limit: number): number {
  let k = i;
  while (k < limit && (s[k] === " " || s[k] === "\u00a0" || s[k] === "\t")) k++;
  return k;
}
