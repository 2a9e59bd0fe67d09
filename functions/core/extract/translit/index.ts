/**
 * English forms for Arabic names the gazetteer does not know.
 *
 *   transliterateName("محمد عبد الرحمن")   → "Mohammed Abdel Rahman"
 *   transliterateName("أبو محمد الجولاني") → "Abu Mohammed al-Julani" (model decides "Julani")
 *   transliterateToken("الأسد")            → "al-Assad"
 *
 * Word by word: curated conventional forms and particles first (conventional.ts), then the
 * commonest spelling of a frequent name part (frequent.json: «جون» John, not Jun), then the
 * trained graphone model (model.ts, artefact model.json); both written by
 * scripts/train-translit.ts.
 * Pass the text as displayed (hamza seats, ة and ى carry information the model uses);
 * normalised matching keys work too, a little less well. Pure, deterministic, never throws.
 */
import { conventionalForm, foldKey, particleForm } from "./conventional.ts";
import frequent from "./frequent.json" with { type: "json" };
import { arabicLetters } from "./letters.ts";
import artefact from "./model.json" with { type: "json" };
import { GraphoneModel, type TranslitArtefact } from "./model.ts";

const model = new GraphoneModel(artefact as TranslitArtefact);
const FREQUENT: ReadonlyMap<string, string> = new Map(Object.entries(frequent.forms));

/** Longest run of letters decoded in one search (longer words are decoded in pieces). */
const MAX_DECODE = 64;
/** Decoded words are memoised (bounded; cleared when full): names recur within and across articles. */
const CACHE_LIMIT = 20_000;
const cache = new Map<string, string>();

/** The model's lowercase Latin for a word's letters (no conventions, no article handling). */
export function modelTransliterate(letters: readonly string[]): string {
  if (letters.length === 0) return "";
  const key = letters.join("");
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let out = "";
  for (let i = 0; i < letters.length; i += MAX_DECODE) {
    out += model.decode(letters.slice(i, i + MAX_DECODE));
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}

function capitalise(word: string): string {
  return word.length === 0 ? word : word[0]?.toUpperCase() + word.slice(1);
}

/** Model output as a name part: capitalised, and never empty when the word had letters. */
function modelPart(letters: readonly string[]): string {
  return capitalise(modelTransliterate(letters));
}

const ALIF = "ا";
const KAFR = "كفر";
const LAM = "ل";

/** Letters after a leading article ال, or undefined when the word has none (or is too short). */
function afterArticle(letters: readonly string[]): readonly string[] | undefined {
  if (letters.length < 4 || letters[0] !== ALIF || letters[1] !== LAM) return undefined;
  return letters.slice(2);
}

/** A name part without article: conventional form, commonest spelling, or model. */
function stemForm(letters: readonly string[]): string {
  const key = foldKey(letters);
  return conventionalForm(key) ?? FREQUENT.get(key) ?? modelPart(letters);
}

/** One word (no context): conventional form, "al-" + stem for an article, else the model. */
function wordForm(letters: readonly string[], first: boolean): string {
  // آل with madda is "family of" («آل سعود» → "Al Saud"), not the article.
  if (letters.length === 2 && letters[0] === "آ" && letters[1] === LAM) return "Al";
  const key = foldKey(letters);
  const particle = particleForm(key, first);
  if (particle !== undefined) return particle;
  const conventional = conventionalForm(key) ?? FREQUENT.get(key);
  if (conventional !== undefined) return conventional;
  // Glued عبدال… («عبدالرحمن»): the same as the spaced form.
  if (key.startsWith("عبدال") && letters.length > 6) {
    return `Abdel ${stemForm(letters.slice(5))}`;
  }
  // Villages glued to «كفر» («كفرسجنة», «كفربطنا»): the spaced form's Kafr, not a foreign
  // name's letters («Cversgena»).
  if (key.startsWith(KAFR) && letters.length >= 6) return `Kafr ${stemForm(letters.slice(3))}`;
  const stem = afterArticle(letters);
  if (stem !== undefined) return `al-${stemForm(stem)}`;
  return modelPart(letters);
}

/**
 * The English form of one Arabic word: "" when it has no Arabic letters. Conventional forms
 * and the article are applied as in `transliterateName` for a one-word name.
 */
export function transliterateToken(arabicWord: string): string {
  try {
    const letters = arabicLetters(arabicWord);
    if (letters.length === 0) return "";
    return wordForm(letters, true);
  } catch {
    return "";
  }
}

/** Words of a name: runs of Arabic letters (marks and tatweel inside a word are dropped). */
function nameWords(text: string): string[][] {
  const words: string[][] = [];
  for (const raw of text.split(/[\s\u00a0\u200b-\u200f\-–—_/,.،؛:()«»"'[\]]+/u)) {
    const letters = arabicLetters(raw);
    if (letters.length > 0) words.push(letters);
  }
  return words;
}

/**
 * The English form of a (multi-word) Arabic name. Word by word with a little context:
 * «عبد» + article word → "Abdel X" (and «عبد الله» → "Abdullah"), «X الله» → "Xallah",
 * «X الدين» → "X al-Din", «آل» (family) → "Al". Each part capitalised except the article
 * ("al-") and mid-name "bin"/"ibn"/"bint". Returns "" only for input without Arabic letters;
 * never throws.
 */
export function transliterateName(arabic: string): string {
  try {
    const words = nameWords(typeof arabic === "string" ? arabic : "");
    const parts: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const letters = words[i] as string[];
      const key = foldKey(letters);
      const next = words[i + 1];
      const nextKey = next ? foldKey(next) : "";
      if (key === "عبد" && next && nextKey === "الله") {
        parts.push("Abdullah");
        i++;
        continue;
      }
      if (key === "عبد" && next) {
        const stem = afterArticle(next);
        if (stem !== undefined) {
          parts.push(`Abdel ${stemForm(stem)}`);
          i++;
          continue;
        }
      }
      if (key === "عبد") {
        parts.push("Abd");
        continue;
      }
      if (key === "الله" && parts.length > 0) {
        const prev = parts.pop() as string;
        parts.push(prev.endsWith("a") ? `${prev}llah` : `${prev}allah`);
        continue;
      }
      parts.push(wordForm(letters, parts.length === 0));
    }
    return parts.join(" ");
  } catch {
    return "";
  }
}
