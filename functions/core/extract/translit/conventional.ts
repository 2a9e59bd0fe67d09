/**
 * Conventional English forms of frequent Arabic name parts. These win over the model: a
 * reader expects "Mohammed", "Hussein" and "Abdel Rahman", not whatever spelling the
 * Wikidata sample favours. Conventions (one per name part, used consistently):
 *
 * - عبد + divine name → "Abdel X" («عبد الرحمن» → "Abdel Rahman"), except «عبد الله» →
 *   "Abdullah"; bare «عبد» (not followed by an article word, «عبد ربه») → "Abd".
 * - the article ال → "al-" before a name part («الأسد» → "al-Assad"), no sun-letter
 *   assimilation; «الدين» after a name → "al-Din" («صلاح الدين» → "Salah al-Din").
 * - «X الله» after a name other than عبد → one word ("Nasrallah", "Atallah").
 * - particles: «أبو» "Abu", «أم» "Umm", «بن» "bin", «بنت» "bint", «ابن» "ibn" ("Bin",
 *   "Ibn" when first), «ولد» "Ould", «آل» (family) "Al".
 * - the words that begin place names: «جبل» "Jabal", «دير» "Deir", «عين» "Ain", «كفر»
 *   "Kafr", «بيت» "Beit", «وادي» "Wadi", «رأس» "Ras", «بئر» "Bir" («جبل الزاوية» → "Jabal
 *   al-Zawiya" rather than "Jable al-…"); «تل» stays the model's "Tel" (Tel al-Sultan).
 *
 * Keys are written naturally; lookups fold hamza seats, ى/ي and ة/ه so every outlet's
 * spelling hits the same entry. The words are data: conventional.json.
 */
import data from "./conventional.json" with { type: "json" };

/** The same folding the lookups use: hamza seats to bare alef, ى → ي, ة → ه. */
export function foldKey(letters: readonly string[]): string {
  let out = "";
  for (const ch of letters) {
    if (ch === "أ" || ch === "إ" || ch === "آ") out += "ا";
    else if (ch === "ى") out += "ي";
    else if (ch === "ة") out += "ه";
    else if (ch === "ؤ") out += "و";
    else if (ch === "ئ") out += "ي";
    else out += ch;
  }
  return out;
}

/** Folded key → the English form's words. */
function table(entries: Readonly<Record<string, string | readonly string[]>>) {
  const map = new Map<string, readonly string[]>();
  for (const [arabic, english] of Object.entries(entries)) {
    map.set(foldKey([...arabic]), typeof english === "string" ? english.split(" ") : english);
  }
  return map;
}

/** Forms: one English form per name part (maybe several words). */
const FORM_TABLE = table(data.forms);
/** Particles: [form when first, form elsewhere]. */
const PARTICLE_TABLE = table(data.particles);

/** The conventional English form of one name part (folded key), if it has one. */
export function conventionalForm(key: string): string | undefined {
  return FORM_TABLE.get(key)?.join(" ");
}

/** A particle's form by position (first part of the name or not), if the key is a particle. */
export function particleForm(key: string, first: boolean): string | undefined {
  const forms = PARTICLE_TABLE.get(key);
  if (!forms) return undefined;
  return first ? forms[0] : forms[1];
}

/** Number of curated entries (for the report and tests). */
export const CONVENTIONAL_SIZE = FORM_TABLE.size + PARTICLE_TABLE.size;
