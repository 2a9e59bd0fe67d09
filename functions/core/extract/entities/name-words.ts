/**
 * What the words of a name look like, and the words that end or introduce one: role nouns,
 * particles, nisba adjectives, the article. The gazetteer scan's checks, the cue rules and the
 * tagger filters ask the same questions of a word, so the lists and tests live here once.
 */

import { COMMON_WORDS } from "../gazetteer/index.ts";
import { countNouns, words } from "../lexicon/index.ts";
import { isCommonPersonalName, isKnownNameWord } from "../ner/index.ts";
import { endsAccusativeCount } from "../text/numbers.ts";
import type { Token } from "../text/tokenize.ts";
import { splitsWhere, type WordRef } from "../text/words.ts";

/** Role words after which an unknown two-to-four-word name is taken to be a person. */
export const ROLE_WORDS = words("role-nouns", "before-name");

/** Words that end a name: particles, prepositions, verbs of saying. */
export const NAME_STOP: ReadonlySet<string> = new Set([
  ...words("particles", "name-stop"),
  ...words("saying-verbs", "name-stop"),
]);
/** A word of two or more Arabic letters and nothing else: what a name's words look like. */
export const ARABIC_WORD = /^[\u0621-\u064A]{2,}$/;
export const NAME_PARTICLES = words("particles", "name-particle");

/** Readings of a word as a role word (behind at most «و»). */
export const roleReadings = splitsWhere((c) => ROLE_WORDS.has(c.stem) && c.clitic.length <= 1);
/** Readings with the article after at most a two-letter clitic («الوزير», «والوزير», «بالوزير»). */
export const definiteReadings = splitsWhere(
  (c) => c.stem.startsWith("ال") && c.stem.length > 3 && c.clitic.length <= 2,
);

/** A definite nisba adjective («الروسي», «الأمريكية», «السوريين»): not a name on its own. */
export const NISBA = /^(ال|وال|بال|لل|فال)[\u0621-\u064A]{2,}(ي|يه|يون|يين|يان)$/;

/**
 * After a counted noun in the accusative («62 جنديا سوريا»), «سوريا», «تركيا», «روسيا» or
 * «ليبيا» is the nisba adjective with its accusative ending ("Syrian"), not the country.
 */
export function countedNisba(tokens: readonly Token[], i: number, stem: string): boolean {
  const noun = tokens[i - 1];
  const count = tokens[i - 2];
  if (!stem.endsWith("يا") || !noun || !count) return false;
  if (!/^[\u0621-\u064A]{3,}ا$/.test(noun.norm) || noun.norm.startsWith("ال")) return false;
  return /^[0-9]+$/.test(count.norm) || endsAccusativeCount(count.norm);
}

export function isDefinite(w: WordRef): boolean {
  return definiteReadings(w).length > 0;
}

/**
 * A token with the article as written: «إلياس» normalises to «الياس», but the article is
 * never written with a hamza.
 */
export function writtenDefinite(t: Token): boolean {
  return isDefinite(t) && !/^[أإآ]ل/.test(t.text);
}

/** Letters only, and neither a particle nor a role word: what any word of a name must be. */
export function nameShaped(w: string): boolean {
  return ARABIC_WORD.test(w) && !NAME_STOP.has(w) && !ROLE_WORDS.has(w);
}

export function nameLike(t: Token, prevNorm: string | null): boolean {
  const w = t.norm;
  if (!nameShaped(w)) return false;
  // Names do not start with the article or a preposition + article («للصحافيين»).
  if (isDefinite(t) && !(prevNorm && NAME_PARTICLES.has(prevNorm))) return false;
  if (COMMON_WORDS.has(w) && !NAME_PARTICLES.has(w)) return false;
  // «وزير الخارجية وشؤون المغتربين»: «و» and an ordinary word, unless the whole is a name
  // people have («وسام», «وفاء»).
  if (w.startsWith("و") && COMMON_WORDS.has(w.slice(1)) && !isKnownNameWord(w)) return false;
  // «مطالبتها», «قواتهم»: a noun with a possessive pronoun after its «ة» is no name.
  if (w.length >= 5 && POSSESSED.test(w) && !isKnownNameWord(w)) return false;
  // «بإدانة»: «ب» and an ordinary word.
  if (w.startsWith("ب") && COMMON_WORDS.has(w.slice(1)) && !isKnownNameWord(w)) return false;
  return true;
}

/**
 * The nouns of people a casualty figure counts («سيدة», «شاب», «نازحون»), by normalised form:
 * a speech verb's subject that is one is someone described, not named, and a name after
 * «تدعى» follows one.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(countNouns("counted").map((f) => f.key));

/** A «ة» written «ت» before a possessive pronoun: «مطالبتها», «قواتهم». */
const POSSESSED = /ت(ها|هم|هما|هن)$/;

/**
 * A word many people are named that is nothing else: not a particle («أن», «في», «بن»,
 * «أبو»), not an ordinary word («رأى», «كان», «بيان»).
 */
export function firstNameWord(w: string): boolean {
  return (
    isCommonPersonalName(w) && !COMMON_WORDS.has(w) && !NAME_STOP.has(w) && !NAME_PARTICLES.has(w)
  );
}

/**
 * A definite word closing a name after a bare first name: «السلمو» in «عمار السلمو», «الحسن»
 * in «عبد الله الحسن». The article on a common word («الفجر») or on a word glued to a
 * preposition («للصحفيين») is not a family name.
 */
export function familyNameAfter(t: Token, prev: Token, beforePrev?: Token): boolean {
  const w = t.norm;
  if (!nameShaped(w) || !w.startsWith("ال") || w.length < 5) return false;
  // After a compound with «عبد» («عبد الله الحسن», «عبد الإله الخطيب») the article does begin
  // a family name.
  const compound = prev.norm === "الله" || beforePrev?.norm === "عبد";
  if ((writtenDefinite(prev) && !compound) || NAME_PARTICLES.has(prev.norm)) return false;
  // «العلي»: the article never stands before a particle, so «علي» there is the name.
  const bare = w.slice(2);
  return !COMMON_WORDS.has(w) && (!COMMON_WORDS.has(bare) || NAME_STOP.has(bare));
}

/**
 * Two spellings of one name word («سيرغي»/«سيرجي», «ستيفان»/«ستافان»): at most two letters
 * apart (edit distance), as outlets transcribe foreign names differently.
 */
export function sameNameWord(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    prev = cur;
  }
  return (prev[b.length] ?? 0) <= 2;
}
