/**
 * When two names from different articles are one entity.
 *
 *  - EXACT: the gazetteer's English name (curated, so every spelling it knows already maps to
 *    it), or the same Arabic after normalisation (دى/دي, سورية/سوريا's ة/ه, hamza forms) of
 *    the name or of an alias that is a full form of it (`fullForm`). Short forms («كيري»,
 *    «المرصد», «PYD») never join articles: a family name or an acronym can belong to several.
 *  - SPELLING: transliterated foreign names vary in their vowel letters and in a few consonants
 *    (ستيفان/ستافان, ميستورا/مستورا, سيرغي/سيرجي). Two names of the same type and word count
 *    are one when every differing word is long (≥ 5 letters) and differs by one such letter.
 *    Short Arabic names are never joined this way: حسن/حسين and سمير/سامر are different people.
 */
import type { Entity, EntityType } from "../facts.ts";
import { keyWords } from "./text.ts";

export interface NameKeys {
  /** Keys that join entities exactly. */
  readonly exact: readonly string[];
  /** The spelling bucket: names in one bucket are compared with `sameSpelling`. */
  readonly bucket: string;
  /** The normalised words of the name. */
  readonly words: readonly string[];
}

/** Letters that transliterations write differently for one sound; vowels drop out entirely. */
const FOLD: Readonly<Record<string, string>> = {
  ا: "",
  و: "",
  ي: "",
  ء: "",
  ئ: "",
  ؤ: "",
  ه: "",
  غ: "ج",
  ق: "ك",
  ط: "ت",
  ث: "س",
  ص: "س",
  ذ: "ز",
  ظ: "ز",
};

function fold(letters: string): string {
  let out = "";
  for (const c of letters) out += FOLD[c] ?? c;
  return out;
}

/** A word's consonant skeleton (a word of vowels only keeps its letters). */
const skeleton = (word: string): string => fold(word) || word;

export function gazetteerKey(type: EntityType, en: string): string {
  return `g:${type}:${en.toLowerCase()}`;
}

export function arabicKey(type: EntityType, ar: string): string {
  return `a:${type}:${keyWords(ar).join(" ")}`;
}

/**
 * An alias that names the whole entity: a longer form («قاعدة حميميم» for «حميميم») or a
 * spelling of the name itself. A short form, a family name or an acronym is not one, even
 * when it has as many words («ج ت و»).
 */
function fullForm(alias: readonly string[], name: readonly string[]): boolean {
  if (alias.length === 0) return false;
  if (alias.length > name.length) return true;
  return (
    alias.length === name.length &&
    (alias.join(" ") === name.join(" ") || sameSpelling(alias, name))
  );
}

export function nameKeys(e: Entity): NameKeys {
  const words = keyWords(e.name.ar);
  const exact = new Set<string>();
  if (e.englishSource === "gazetteer" && e.name.en) exact.add(gazetteerKey(e.type, e.name.en));
  if (words.length > 0) exact.add(`a:${e.type}:${words.join(" ")}`);
  for (const alias of e.aliases) {
    const w = keyWords(alias);
    if (fullForm(w, words)) exact.add(`a:${e.type}:${w.join(" ")}`);
  }
  return { exact: [...exact], bucket: `s:${e.type}:${words.map(skeleton).join(" ")}`, words };
}

/** Levenshtein distance ≤ 1 where the one edit is a vowel letter or a FOLD pair. */
function oneLetterVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let ja = a.length;
  let jb = b.length;
  while (ja > i && jb > i && a[ja - 1] === b[jb - 1]) {
    ja--;
    jb--;
  }
  // What differs is a[i..ja) and b[i..jb): at most one letter each side.
  const da = a.slice(i, ja);
  const db = b.slice(i, jb);
  if (da.length > 1 || db.length > 1) return false;
  return fold(da) === fold(db);
}

/** Same entity by spelling (see the module comment). */
export function sameSpelling(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let differing = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    if (x.length < 5 || y.length < 5 || !oneLetterVariant(x, y)) return false;
    differing++;
  }
  // A one-word name may differ only when it is long enough to be unmistakable.
  return differing > 0 && (a.length > 1 || (a[0] as string).length >= 6);
}
