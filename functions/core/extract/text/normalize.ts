/**
 * Arabic normalisation for MATCHING only. Displayed text always stays as written;
 * these functions produce keys that make spelling variants of one word collide
 * (أ/إ/آ/ا, ى/ي, ة/ه, vowel marks, tatweel, Arabic-Indic digits, invisible marks).
 */

/**
 * What each code unit becomes in a matching key: "" drops it, a string replaces it.
 * Dropped: harakat, shadda, sukun, superscript alef and Quranic marks (they never change which
 * word it is), tatweel (layout only), zero-width and bidi controls (they leak from web pages and
 * split words invisibly). Replaced: every alef with hamza/madda/wasla by bare alef (many outlets
 * write it bare), ى→ي, ة→ه, ؤ→و, ئ→ي, Persian yeh/kaf, and Arabic-Indic/Persian digits → ASCII.
 * One table, one pass: this runs on every token of every article.
 */
const KEY_MAP = new Map<number, string>();
for (let c = 0x0610; c <= 0x061a; c++) KEY_MAP.set(c, "");
for (let c = 0x064b; c <= 0x065f; c++) KEY_MAP.set(c, "");
for (let c = 0x06d6; c <= 0x06ed; c++) KEY_MAP.set(c, "");
for (const c of [0x0670, 0x0640, 0x00ad, 0xfeff]) KEY_MAP.set(c, "");
for (let c = 0x200b; c <= 0x200f; c++) KEY_MAP.set(c, "");
for (let c = 0x202a; c <= 0x202e; c++) KEY_MAP.set(c, "");
for (let c = 0x2060; c <= 0x2069; c++) KEY_MAP.set(c, "");
for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) KEY_MAP.set(c, "\u0627");
KEY_MAP.set(0x0649, "\u064A"); // ى → ي
KEY_MAP.set(0x0629, "\u0647"); // ة → ه
KEY_MAP.set(0x0624, "\u0648"); // ؤ → و
KEY_MAP.set(0x0626, "\u064A"); // ئ → ي
KEY_MAP.set(0x06cc, "\u064A"); // Persian yeh → ي
KEY_MAP.set(0x06a9, "\u0643"); // Persian kaf → ك
for (let d = 0; d <= 9; d++) {
  KEY_MAP.set(0x0660 + d, String(d));
  KEY_MAP.set(0x06f0 + d, String(d));
}
const TATWEEL = /\u0640/g;
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x3000
  );
}

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII: dates and counts are written both ways. */
export function asciiDigits(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else out += text[i];
  }
  return out;
}

/** Remove only what is invisible (zero-width, bidi marks, tatweel): safe for display text. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "").replace(TATWEEL, "");
}

/**
 * Code units normalizeArabic must look at: spaces and every KEY_MAP entry. Everything else
 * is copied as is, so runs of it are copied as slices instead of one unit at a time.
 */
const SPECIAL = new Uint8Array(0x10000);
for (const c of KEY_MAP.keys()) SPECIAL[c] = 1;
for (let c = 0; c < 0x10000; c++) if (isSpace(c)) SPECIAL[c] = 1;

/**
 * The matching key of a word or phrase. Egyptian spelling (فى، final ى for ي), Levantine/Gulf
 * ة vs ه, and hamza seat variants all map to one form, so one gazetteer entry matches every
 * outlet's spelling. Runs of whitespace become one space; the ends are trimmed.
 */
export function normalizeArabic(text: string): string {
  let out = "";
  let pendingSpace = false;
  /** Start of the current run of units copied unchanged, or -1. */
  let run = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SPECIAL[c] === 0) {
      if (run < 0) {
        if (pendingSpace) {
          out += " ";
          pendingSpace = false;
        }
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += text.slice(run, i);
      run = -1;
    }
    if (isSpace(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    const mapped = KEY_MAP.get(c) as string;
    if (mapped === "") continue;
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    out += mapped;
  }
  if (run >= 0) out += text.slice(run);
  return out;
}

/**
 * Leading clitics a word can carry: conjunction (و، ف), preposition (ب، ل، ك) and article.
 * Listed longest first; `restoreAl` marks forms where the article was swallowed (لل = ل + ال).
 */
const CLITICS: readonly { prefix: string; restoreAl: boolean }[] = [
  { prefix: "وبال", restoreAl: true },
  { prefix: "فبال", restoreAl: true },
  { prefix: "وكال", restoreAl: true },
  { prefix: "ولل", restoreAl: true },
  { prefix: "فلل", restoreAl: true },
  { prefix: "وال", restoreAl: true },
  { prefix: "فال", restoreAl: true },
  { prefix: "بال", restoreAl: true },
  { prefix: "كال", restoreAl: true },
  { prefix: "لل", restoreAl: true },
  { prefix: "وب", restoreAl: false },
  { prefix: "ول", restoreAl: false },
  { prefix: "وك", restoreAl: false },
  { prefix: "فب", restoreAl: false },
  { prefix: "فل", restoreAl: false },
  { prefix: "و", restoreAl: false },
  { prefix: "ف", restoreAl: false },
  { prefix: "ب", restoreAl: false },
  { prefix: "ل", restoreAl: false },
  { prefix: "ك", restoreAl: false },
];

/** Words repeat across and within articles: splits are memoised (bounded, cleared when full). */
const CACHE_LIMIT = 50_000;
const splitCache = new Map<string, readonly CliticSplit[]>();

/** A stem shorter than this after stripping is more likely a different word than a clitic + name. */
const MIN_STEM = 2;

export interface CliticSplit {
  /** The clitic letters as they appear in the normalised word ("" for none). */
  readonly clitic: string;
  /** The normalised remainder, with ال restored when the clitic swallowed it (لل، بال…). */
  readonly stem: string;
}

/**
 * Every way to read a normalised word as clitic + stem, the unstripped reading first.
 * The caller keeps a reading only when the stem is a gazetteer hit, so over-generation
 * here costs nothing in precision. "بالعراق" yields "العراق" (بال + restore) and "عراق".
 */
export function cliticSplits(word: string): readonly CliticSplit[] {
  const cached = splitCache.get(word);
  if (cached) return cached;
  const out: CliticSplit[] = [{ clitic: "", stem: word }];
  for (const { prefix, restoreAl } of CLITICS) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (rest.length < MIN_STEM) continue;
    if (restoreAl) out.push({ clitic: prefix, stem: `ال${rest}` });
    out.push({ clitic: prefix, stem: rest });
  }
  if (splitCache.size >= CACHE_LIMIT) splitCache.clear();
  splitCache.set(word, out);
  return out;
}

/**
 * Every word that cliticSplits reads as `stem` (behind any clitic, or bare): its inverse.
 * A scan that asks «does this word read as one of a few stems?» of every token can then ask
 * one set of words instead of trying each token's readings.
 */
export function cliticForms(stem: string): string[] {
  const out = [stem];
  for (const { prefix, restoreAl } of CLITICS) {
    if (stem.length >= MIN_STEM) out.push(prefix + stem);
    // «للمرصد» reads as «المرصد»: the clitic swallowed the article's alef and lam.
    if (restoreAl && stem.startsWith("ال") && stem.length - 2 >= MIN_STEM) {
      out.push(prefix + stem.slice(2));
    }
  }
  return out;
}

/**
 * Canonical form for comparing names that may carry a clitic or article: the first word
 * loses conjunction, preposition and article. Used by the gold scorer and alias merging.
 */
export function stripLeadingClitics(phrase: string): string {
  const norm = normalizeArabic(phrase);
  const space = norm.indexOf(" ");
  const first = space < 0 ? norm : norm.slice(0, space);
  const rest = space < 0 ? "" : norm.slice(space);
  let w = first;
  if (/^[وف]/.test(w) && w.length > 3) w = w.slice(1);
  if (w.startsWith("لل") && w.length > 3) w = w.slice(2);
  else if (/^[بكل]ال/.test(w) && w.length > 4) w = w.slice(3);
  else if (w.startsWith("ال") && w.length > 3) w = w.slice(2);
  return w + rest;
}

/** A set of matching keys written by hand: entries are normalised so any spelling works. */
export function keySet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(normalizeArabic));
}

/** A map keyed by normalised hand-written words. */
export function keyMap<V>(entries: readonly (readonly [string, V])[]): Map<string, V> {
  return new Map(entries.map(([k, v]) => [normalizeArabic(k), v] as [string, V]));
}

/** A regular expression written in ordinary Arabic, compiled against normalised text. */
export function keyRegExp(source: string, flags = ""): RegExp {
  return new RegExp(normalizeArabic(source), flags);
}
