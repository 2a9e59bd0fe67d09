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

const STOP = new Set([".", "!", "?", "؟", "…"]);

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** `protect` ranges (quotations) never contain a boundary. Sorted, non-overlapping. */
export function sentenceRanges(text: string, protect: readonly Range[] = []): Range[] {
  const out: Range[] = [];
  let start = 0;
  let q = 0;
  for (let i = 0; i < text.length; i++) {
    while (q < protect.length && (protect[q]?.end ?? 0) <= i) q++;
    const p = protect[q];
    if (p && i >= p.start && i < p.end) {
      i = p.end - 1;
      continue;
    }
    const c = text[i] ?? "";
    if (!STOP.has(c)) continue;
    if (c === "." && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    let end = i + 1;
    while (end < text.length && STOP.has(text[end] ?? "")) end++;
    if (text.slice(start, end).trim() !== "") out.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (text.slice(start).trim() !== "") out.push({ start, end: text.length });
  return out;
}
