/**
 * Arabic normalisation for MATCHING only. Displayed text always stays as written;
 * these functions produce keys that make spelling variants of one word collide
 * (أ/إ/آ/ا, ى/ي, ة/ه, vowel marks, tatweel, Arabic-Indic digits, invisible marks).
 */

/** Harakat, shadda, sukun, superscript alef, Quranic marks: they never change which word it is. */
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
/** Tatweel stretches a word for layout only. */
const TATWEEL = /\u0640/g;
/** Zero-width and bidi controls leak from web pages and split words invisibly. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Every alef with hamza/madda/wasla is written as bare alef by many outlets. */
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g;

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII: dates and counts are written both ways. */
export function asciiDigits(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else out += ch;
  }
  return out;
}

/** Remove only what is invisible (zero-width, bidi marks, tatweel): safe for display text. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "").replace(TATWEEL, "");
}

/**
 * The matching key of a word or phrase. Egyptian spelling (فى، على→علي, final ى for ي),
 * Levantine/Gulf ة vs ه, and hamza seat variants all map to one form, so one gazetteer
 * entry matches every outlet's spelling.
 */
export function normalizeArabic(text: string): string {
  return asciiDigits(
    text
      .replace(INVISIBLE, "")
      .replace(TATWEEL, "")
      .replace(DIACRITICS, "")
      .replace(ALEF_FORMS, "\u0627")
      .replace(/\u0649/g, "\u064A") // ى → ي
      .replace(/\u0629/g, "\u0647") // ة → ه
      .replace(/\u0624/g, "\u0648") // ؤ → و
      .replace(/\u0626/g, "\u064A") // ئ → ي
      .replace(/\u06CC/g, "\u064A") // Persian yeh → ي
      .replace(/\u06A9/g, "\u0643"), // Persian kaf → ك
  )
    .replace(/\s+/g, " ")
    .trim();
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
export function cliticSplits(word: string): CliticSplit[] {
  const out: CliticSplit[] = [{ clitic: "", stem: word }];
  for (const { prefix, restoreAl } of CLITICS) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (rest.length < MIN_STEM) continue;
    if (restoreAl) out.push({ clitic: prefix, stem: `ال${rest}` });
    out.push({ clitic: prefix, stem: rest });
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
