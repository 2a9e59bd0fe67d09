/**
 * The fixed letter-by-letter table: the baseline the graphone model must beat, and how the
 * decoder renders a letter the model never saw.
 */

/**
 * Fixed letter table: the baseline the model must beat, and the rendering of letters the
 * model never saw. Context-free except that و/ي are consonants (w/y) word-initially and
 * vowels (o/i) elsewhere, which is what a careful rule writer would do first.
 */
export const LETTER_TABLE: Readonly<Record<string, string>> = {
  ء: "",
  آ: "a",
  أ: "a",
  ؤ: "",
  إ: "i",
  ئ: "",
  ا: "a",
  ب: "b",
  ة: "a",
  ت: "t",
  ث: "th",
  ج: "j",
  ح: "h",
  خ: "kh",
  د: "d",
  ذ: "dh",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "sh",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  ع: "",
  غ: "gh",
  ف: "f",
  ق: "q",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  و: "o",
  ى: "a",
  ي: "i",
  پ: "p",
  چ: "ch",
  ڤ: "v",
  گ: "g",
  ڭ: "g",
};

/** The baseline: the fixed letter table applied letter by letter. */
export function tableTransliterate(letters: readonly string[]): string {
  let out = "";
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i] ?? "";
    if (i === 0 && ch === "و") out += "w";
    else if (i === 0 && ch === "ي") out += "y";
    else out += LETTER_TABLE[ch] ?? "";
  }
  return out;
}
