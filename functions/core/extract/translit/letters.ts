/**
 * Letter-level normalisation for transliteration. Unlike the matching key
 * (../normalize.ts), this keeps every distinction that changes the English form:
 * hamza seats (أ a/o, إ i/e, آ aa), ة (a) against ه (h), and final ى (a) against ي (i/y).
 * It removes what carries no letter (harakat, shadda, tatweel, invisible marks), folds
 * presentation forms and Persian/Urdu letter variants, and keeps the Persian letters that
 * spell sounds Arabic lacks (پ p, چ ch, ڤ v, گ g) so the fallback table can render them.
 */

/** Code points dropped from a word: vowel marks, Quranic marks, tatweel, invisible controls. */
function isDropped(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x00ad ||
    c === 0xfeff ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069)
  );
}

/** Variant letters to the Arabic letter the model knows. */
const VARIANTS: ReadonlyMap<string, string> = new Map([
  ["\u0671", "ا"], // alef wasla
  ["\u0672", "أ"],
  ["\u0673", "إ"],
  ["\u06cc", "ي"], // Persian yeh
  ["\u06d0", "ي"],
  ["\u06d2", "ي"], // yeh barree
  ["\u06a9", "ك"], // keheh
  ["\u06aa", "ك"],
  ["\u06be", "ه"], // heh doachashmee
  ["\u06c1", "ه"], // heh goal
  ["\u06d5", "ه"], // ae
  ["\u06c0", "ة"],
  ["\u06c3", "ة"],
  ["\u06a8", "ق"], // Maghrebi qaf
  ["\u06a4", "ڤ"],
  ["\u06a5", "ڤ"],
  ["\u06a7", "ق"],
  ["\u06a0", "غ"],
  ["\u06ad", "ڭ"],
]);

/** Every letter the transliterator can render (the model's alphabet plus the fallback-only ones). */
const ARABIC_LETTER = /^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u06a4\u06af\u06ad]$/;

export function isArabicLetter(ch: string): boolean {
  return ARABIC_LETTER.test(ch);
}

/**
 * One word's letters as the model sees them: NFKC folds presentation forms (ﻟ → ل),
 * marks and invisible controls are dropped, variant letters mapped, and anything that is not
 * an Arabic letter (Latin, digits, punctuation) removed.
 */
export function arabicLetters(word: string): string[] {
  const out: string[] = [];
  for (const ch of word.normalize("NFKC")) {
    const c = ch.codePointAt(0) ?? 0;
    if (isDropped(c)) continue;
    const mapped = VARIANTS.get(ch) ?? ch;
    if (isArabicLetter(mapped)) out.push(mapped);
  }
  return out;
}

/**
 * Latin letters folded to plain a–z: accents dropped (é → e, š → s), a few letters spelt out
 * (ß → ss, æ → ae, ø → o, ł → l), and everything else (apostrophes, ʿayn signs, dots, digits)
 * removed. The model is trained on and produces English-style ASCII forms.
 */
const SPELT: ReadonlyMap<string, string> = new Map([
  ["ß", "ss"],
  ["æ", "ae"],
  ["œ", "oe"],
  ["ø", "o"],
  ["ł", "l"],
  ["đ", "d"],
  ["ð", "d"],
  ["þ", "th"],
  ["ı", "i"],
  ["ħ", "h"],
]);

export function foldLatin(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) {
    const spelt = SPELT.get(ch);
    if (spelt !== undefined) {
      out += spelt;
      continue;
    }
    for (const base of ch.normalize("NFD")) {
      if (base >= "a" && base <= "z") out += base;
    }
  }
  return out;
}
