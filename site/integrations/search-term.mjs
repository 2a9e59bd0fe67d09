// @ts-check
/**
 * The search normalisation of Arabic words, shared by the index (search.mjs, at build time)
 * and the search page (in the reader's browser, so plain JavaScript without imports):
 * diacritics and tatweel dropped, hamza and alef forms → ا, ى → ي, ة → ه, then each word
 * loses a leading conjunction or preposition (و ف ب ل ك) and the article (ال, لل).
 */

/** @param {string} word */
export function normalizeSearchWord(word) {
  let w = word
    .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/[ؤ]/g, "و")
    .replace(/[ئ]/g, "ي")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه");
  if (!/[\u0600-\u06ff]/.test(w)) return word;
  const bare = w.replace(/^(?:[وف]?(?:ب|ل|ك)?)(?:ال|لل)(?=.{2,})/, "");
  if (bare !== w) return bare;
  // A lone clitic before a word of four letters or more: «وحلب», «بدمشق».
  if (/^[وفبلك].{3,}$/.test(w)) w = w.slice(1);
  return w;
}

/** @param {string} text */
export function normalizeSearchText(text) {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "")
    .map(normalizeSearchWord)
    .join(" ");
}
