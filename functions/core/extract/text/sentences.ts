/**
 * Sentence boundaries inside a paragraph: full stops, question and exclamation marks
 * (Arabic and Latin) outside quotations. Scraped copy often drops the space after a stop
 * («البلاد.وفي»), so a stop followed directly by a letter still ends a sentence; a stop between
 * digits (3.5) does not.
 */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Whitespace-separated chunks holding a letter or digit. Each match starts at a chunk's first
 * letter or digit and runs to the chunk's end, so there is one match per such chunk.
 */
const COUNTED_WORD = /[\p{L}\p{N}]\S*/gu;

/** Words in `s`: chunks between spaces with a letter or digit (punctuation alone is none). */
export function wordCount(s: string): number {
  let n = 0;
  COUNTED_WORD.lastIndex = 0;
  while (COUNTED_WORD.test(s)) n++;
  return n;
}

/** . ! ? ؟ … */
function isStop(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x20) return false;
  return true;
}

/** The stop characters of isStop, for the regular-expression engine's fast search. */
const STOP = /[.!?\u061F\u2026]/g;

/**
 * `protect` ranges (quotations) never contain a boundary. Sorted, non-overlapping. Only stop
 * characters can end a sentence, so the scan jumps from one to the next (a native search)
 * instead of visiting every character.
 */
export function sentenceRanges(text: string, protect: readonly Range[] = []): Range[] {
  const out: Range[] = [];
  let start = 0;
  let q = 0;
  STOP.lastIndex = 0;
  for (let m = STOP.exec(text); m !== null; m = STOP.exec(text)) {
    const i = m.index;
    while (q < protect.length && (protect[q]?.end ?? 0) <= i) q++;
    const p = protect[q];
    if (p && i >= p.start && i < p.end) {
      STOP.lastIndex = p.end;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 0x2e && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    let end = i + 1;
    while (end < text.length && isStop(text.charCodeAt(end))) end++;
    if (!blank(text, start, end)) out.push({ start, end });
    start = end;
    STOP.lastIndex = end;
  }
  if (!blank(text, start, text.length)) out.push({ start, end: text.length });
  return out;
}
