/**
 * Lines as the furniture pass sees them: split and space-collapsed, counted in words, read as
 * prose or not, squeezed for comparison, and cut of a trailing credit.
 */
import { normalizeArabic } from "../../text/normalize.ts";

export function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 0x20;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** What may follow a sentence's last mark: spaces, bidi marks, emoji and their selectors. */
const TRAILING_MARKS =
  /(?:[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]|\ufe0f|\p{Extended_Pictographic}|\p{Emoji_Modifier})+$/u;

/** `n` is words(line), which the caller has counted already. */
export function isProse(line: string, n: number): boolean {
  return n >= 20 || (n >= 8 && /[.!?؟]$/.test(line.replace(TRAILING_MARKS, "")));
}

export function squeeze(s: string): string {
  return normalizeArabic(s).replace(/[\s\p{P}]/gu, "");
}

const SPACE_RUN = /[ \t\u00a0]+/g;

/** Would SPACE_RUN change the line: a tab or no-break space, or two spaces in a row? */
function hasSpaceToCollapse(line: string): boolean {
  return line.includes("  ") || line.includes("\t") || line.includes("\u00a0");
}

/** Split text into trimmed, non-empty lines with runs of spaces collapsed. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    // Most lines have single spaces only: replacing each by itself would rebuild the line.
    const line = (hasSpaceToCollapse(raw) ? raw.replace(SPACE_RUN, " ") : raw).trim();
    if (line !== "") out.push(line);
  }
  return out;
}

/** Inline trailing credit («… فى سورية. المصدر: الائتلاف»): cut it off the paragraph. */
export function stripTrailingCredit(line: string): string {
  // Both labels start «المص»: a line without it cannot match, and most lines lack it.
  if (!line.includes("المص")) return line;
  const m = /[.!?؟»”]\s*(المصدر|المصادر)\s*[:：][^.!?؟:]{1,60}$/u.exec(line);
  if (!m || words(m[0]) > 6) return line;
  return line.slice(0, m.index + 1).trim();
}
