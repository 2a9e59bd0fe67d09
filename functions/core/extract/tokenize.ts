/**
 * Word tokens with their offsets in the text as written. Matching works on `norm`;
 * anything shown to a reader is sliced from the original text by offsets, so the
 * article's own spelling survives.
 */
import { normalizeArabic } from "./normalize.ts";
import { type Word, wordOf } from "./words.ts";

export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Matching key (see normalizeArabic). */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** The word's shared record of memoised answers (see words.ts); set by tokenize. */
  readonly word?: Word;
}

/**
 * A word is a run of digits (either script) or a run of Arabic letters and marks or Latin
 * letters. Digits split from letters so «و8» reads as و + 8 and «الـ24» as الـ + 24.
 * Zero-width marks and tatweel inside a word do not split it. One pass, no backtracking.
 *
 * The classes, as a regular expression (what the scanner below implements, code unit by code
 * unit: every listed character is in the BMP, so a surrogate is never part of a word):
 *   digits  [0-9\u0660-\u0669\u06F0-\u06F9]+
 *   letters [\u0621-\u065F\u0670-\u06D3\u06D5-\u06EF\u06FA-\u06FF\u0640A-Za-z\u200C-\u200F]+
 */
const OTHER = 0;
const DIGIT = 1;
const LETTER = 2;

function classOf(c: number): number {
  if (c < 0x80) {
    if (c >= 0x30 && c <= 0x39) return DIGIT;
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LETTER : OTHER;
  }
  if (c >= 0x0621 && c <= 0x06ff) {
    if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return DIGIT;
    // 0x0621–0x065F, 0x0670–0x06D3, 0x06D5–0x06EF, 0x06FA–0x06FF (0x0640 is inside the first).
    return c <= 0x065f || (c >= 0x0670 && c !== 0x06d4) ? LETTER : OTHER;
  }
  return c >= 0x200c && c <= 0x200f ? LETTER : OTHER;
}

/** A word as written, its normalised record, and the next entry with the same hash. */
interface Written {
  readonly text: string;
  readonly word: Word;
  readonly next: Written | null;
}

/**
 * Words as written, by a hash of their code units (bounded; words repeat heavily). The scan
 * hashes a word while it finds its end and compares candidates in place, so a word seen
 * before costs neither a substring nor a string-keyed lookup, and its tokens share one text.
 */
const writtenByHash = new Map<number, Written>();
let writtenCount = 0;
const WRITTEN_LIMIT = 50_000;

function writtenAt(text: string, start: number, end: number, hash: number): Written {
  const first = writtenByHash.get(hash);
  for (let e: Written | null | undefined = first; e; e = e.next) {
    if (e.text.length === end - start && text.startsWith(e.text, start)) return e;
  }
  if (writtenCount >= WRITTEN_LIMIT) {
    writtenByHash.clear();
    writtenCount = 0;
  }
  const written = text.slice(start, end);
  const entry: Written = {
    text: written,
    word: wordOf(normalizeArabic(written)),
    next: writtenByHash.get(hash) ?? null,
  };
  writtenByHash.set(hash, entry);
  writtenCount++;
  return entry;
}

/** One pass over the code units: a word is a maximal run of one class (digits or letters). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    const cls = classOf(c);
    if (cls === OTHER) {
      i++;
      continue;
    }
    const start = i;
    // FNV-1a over the code units, kept a small integer so the table's keys stay cheap.
    let hash = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    i++;
    while (i < n) {
      c = text.charCodeAt(i);
      if (classOf(c) !== cls) break;
      hash = Math.imul(hash ^ c, 0x01000193);
      i++;
    }
    const { text: written, word } = writtenAt(text, start, i, hash & 0x3fffffff);
    if (word.norm === "") continue;
    out.push({ text: written, norm: word.norm, start, end: i, word });
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
