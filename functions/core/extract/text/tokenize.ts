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
  /**
   * Set by tokenize: a small number for this written form, shared by its tokens until the
   * tokenizer's table is emptied (then reused). A hint for tables keyed by the written word
   * (the tagger's lexicon), which must confirm the word before trusting it.
   */
  readonly form?: number;
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

/**
 * Words as written, by a hash of their code units (bounded; words repeat heavily). The scan
 * hashes a word while it finds its end and compares candidates in place, so a word seen
 * before costs neither a substring nor a string-keyed lookup, and its tokens share one text.
 *
 * Open addressing over one typed array: slot s holds (hash + 1, entry) at 2s, 2s + 1, so a
 * probe reads one cache line and a mismatch is rejected on the hash before any string is
 * touched. The table grows with its contents (at most half full): hashing scatters entries
 * over every line, so a table sized for its limit would make each probe a likely cache miss.
 */
const WRITTEN_LIMIT = 50_000;
const MIN_SLOTS = 1 << 12;
let slotTable = new Int32Array(2 * MIN_SLOTS);
let slotMask = MIN_SLOTS - 1;
const writtenTexts: string[] = [];
const writtenWords: Word[] = [];
/** Each entry's hash, to re-place it when the table grows. */
const writtenHashes: number[] = [];

/** The entry of the word text[start, end) with this (30-bit) hash, added when new. */
function writtenAt(text: string, start: number, end: number, hash: number): number {
  const tag = hash + 1;
  let s = hash & slotMask;
  for (;;) {
    const h = slotTable[2 * s] as number;
    if (h === 0) break;
    if (h === tag) {
      const e = slotTable[2 * s + 1] as number;
      const t = writtenTexts[e] as string;
      if (t.length === end - start && text.startsWith(t, start)) return e;
    }
    s = (s + 1) & slotMask;
  }
  if (writtenTexts.length >= WRITTEN_LIMIT) {
    // Full: start again empty (tokens already made keep their texts and records).
    forgetWrittenWords();
  } else if (2 * (writtenTexts.length + 1) > slotMask + 1) {
    resize(2 * (slotMask + 1));
  }
  const written = text.slice(start, end);
  const e = writtenTexts.length;
  writtenTexts.push(written);
  writtenWords.push(wordOf(normalizeArabic(written)));
  writtenHashes.push(hash);
  place(hash, e);
  return e;
}

/**
 * Empties the table of written words. Tokens already made keep their texts and records; a
 * form is only a hint (its readers confirm it against the word), so forms of tokens made
 * before may now name other words.
 */
export function forgetWrittenWords(): void {
  writtenTexts.length = 0;
  writtenWords.length = 0;
  writtenHashes.length = 0;
  resize(MIN_SLOTS);
}

function place(hash: number, e: number): void {
  let s = hash & slotMask;
  while (slotTable[2 * s] !== 0) s = (s + 1) & slotMask;
  slotTable[2 * s] = hash + 1;
  slotTable[2 * s + 1] = e;
}

/** A table of `size` slots holding the current entries. */
function resize(size: number): void {
  slotTable = new Int32Array(2 * size);
  slotMask = size - 1;
  for (let e = 0; e < writtenHashes.length; e++) place(writtenHashes[e] as number, e);
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
    const e = writtenAt(text, start, i, hash & 0x3fffffff);
    const word = writtenWords[e] as Word;
    if (word.norm === "") continue;
    out.push({ text: writtenTexts[e] as string, norm: word.norm, start, end: i, word, form: e });
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
