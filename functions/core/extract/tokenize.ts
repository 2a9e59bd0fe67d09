/**
 * Word tokens with their offsets in the text as written. Matching works on `norm`;
 * anything shown to a reader is sliced from the original text by offsets, so the
 * article's own spelling survives.
 */
import { normalizeArabic } from "./normalize.ts";

export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Matching key (see normalizeArabic). */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A word is a run of digits (either script) or a run of Arabic letters and marks or Latin
 * letters. Digits split from letters so «و8» reads as و + 8 and «الـ24» as الـ + 24.
 * Zero-width marks and tatweel inside a word do not split it. One pass, no backtracking.
 */
const WORD =
  /[0-9\u0660-\u0669\u06F0-\u06F9]+|[\u0621-\u065F\u0670-\u06D3\u06D5-\u06EF\u06FA-\u06FF\u0640A-Za-z\u200C-\u200F]+/gu;

/** Normalised forms of words already seen (bounded; words repeat heavily). */
const normCache = new Map<string, string>();

function keyOf(word: string): string {
  let norm = normCache.get(word);
  if (norm === undefined) {
    norm = normalizeArabic(word);
    if (normCache.size >= 50_000) normCache.clear();
    normCache.set(word, norm);
  }
  return norm;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = keyOf(m[0]);
    if (norm === "") continue;
    out.push({ text: m[0], norm, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** True for a token that is only digits (after normalisation). */
export function isNumberToken(t: Token): boolean {
  return /^[0-9]+$/.test(t.norm);
}

/** True when only spaces (no punctuation) separate two tokens: a name cannot span a comma. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x09 && c !== 0x200f && c !== 0x200e) return false;
  }
  return true;
}

/**
 * Index of the first item (token, mention…) starting at or after `offset`, by binary search:
 * items are in text order, and callers jump around long texts, so a scan would be quadratic.
 */
export function firstAtOrAfter(
  items: readonly { readonly start: number }[],
  offset: number,
): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
