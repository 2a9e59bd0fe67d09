/**
 * People no list knows, found by the words around their names: after a role phrase («المتحدث
 * باسم الخارجية X», «السفير السوري في روسيا، رياض حداد») or between a verb of saying and their
 * role («وقال X الأمين العام»). A name is two to four adjacent name-like words.
 */

import { COMMON_WORDS, type GazEntity } from "../gazetteer/index.ts";
import { words } from "../lexicon/index.ts";
import { isCommonPersonalName, isKnownNameWord } from "../ner/index.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import type { Mention } from "./mention.ts";
import {
  ARABIC_WORD,
  familyNameAfter,
  isDefinite,
  NAME_PARTICLES,
  NAME_STOP,
  NISBA,
  nameLike,
  nameShaped,
  ROLE_WORDS,
  roleReadings,
  writtenDefinite,
} from "./name-words.ts";
import { type CueRule, listSeparator, ruleMention } from "./rules.ts";
import { isSpeechWord, sayingReadings } from "./saying.ts";

/** Words a role phrase may contain between the role and the name. */
const ROLE_FILLERS = words("particles", "role-filler");
/** «قضاء», «محافظة»: place nouns that name the place after them (place-rules cuedPlaces). */
const NAMING_PLACE_NOUNS = words("place-nouns", "naming");

/** Unknown people named right after a role phrase. */
export const rolePersons: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const role = toks[i];
    if (!role || roleReadings(role).length === 0) continue;
    const phrase = rolePhraseEnd(text, toks, i, covered);
    if (!phrase) continue;
    const { j, genitive, comma } = phrase;
    // A bare «رئيس X» is too loose (X is what he heads). After a definite role noun an
    // indefinite word is neither its complement nor its adjective, so a common first name
    // there begins a name: «السفير أحمد أبو زيد», «العميد تركي المالكي».
    // After a nisba that closes the role phrase («وزير الإعلام الباكستاني طارق عظيم خان») the
    // same holds.
    const afterNisba = j > i + 1 && NISBA.test(toks[j - 1]?.norm ?? "");
    // «مدير المكتب الإعلامي في مجلس محافظة حلب، حسام المصري،»: a comma after the role phrase
    // sets off the name in apposition.
    const before = toks[j - 1];
    const afterComma =
      j > i + 1 && !!before && !!toks[j] && /[،,]/.test(text.slice(before.end, toks[j]?.start));
    // «رئيس الحكومة إلياس الفخفاخ»: a role in construct with a definite word is definite too,
    // and the same holds after it.
    const afterConstruct = j > i + 1 && !!before && isDefinite(before);
    // «المتحدثة أمة الله …»: a word and «الله» are a first name whatever the word means alone.
    // Not a verb with its object pronoun, as written: «رئيس الدولة "حفظه الله"» (the «ة» of
    // «أمة الله» folds to «ه» once normalised).
    const godWord = toks[j]?.text ?? "";
    const theophoric =
      toks[j + 1]?.norm === "الله" &&
      ARABIC_WORD.test(toks[j]?.norm ?? "") &&
      !/(ه|ها|هم)$/.test(godWord);
    const firstName =
      (isDefinite(role) || afterNisba || afterComma || afterConstruct) &&
      (commonFirstName(toks[j]) || theophoric);
    if (j === i + 1 && !/^(ال)?سيد/.test(role.norm) && !firstName) continue;
    if (genitive && !afterComma && !comma) continue;
    const name =
      ((afterComma || comma) && firstName && betweenCommas(text, toks, j, covered)) ||
      nameAt(text, toks, j, covered, firstName);
    if (name.length < 2) continue;
    out.push(personOf(text, p, toks, j, name));
    i = j + name.length - 1;
  }
  return out;
};

/**
 * Where the role phrase opened at token i ends (the first token after it): over entities,
 * definite words, role words and fillers, a place noun and its place, «ل» and a noun in
 * construct (`genitive`: then only a name set off by a comma follows). Null when the
 * sentence ends first: no name follows then.
 */
function rolePhraseEnd(
  text: string,
  toks: readonly Token[],
  i: number,
  covered: ReadonlyMap<number, GazEntity>,
): { j: number; genitive: boolean; comma: boolean } | null {
  let j = i + 1;
  let genitive = false;
  let comma = false;
  while (j < toks.length && j - i <= 8) {
    const t = toks[j] as Token;
    const gap = text.slice((toks[j - 1] as Token).end, t.start);
    if (/[.!?؟:]/.test(gap)) return null;
    if (/[،,]/.test(gap)) comma = true;
    const e = covered.get(j);
    if (e?.type === "person") break;
    if (e || writtenDefinite(t) || ROLE_FILLERS.has(t.norm) || ROLE_WORDS.has(t.norm)) {
      j++;
      continue;
    }
    const next = toks[j + 1];
    const free = !!next && !covered.has(j + 1);
    // «باسم المنسقية العامة لمعسكرات النازحين», «الخبير … بجامعة الخرطوم»: «ل/ب» and a noun
    // in construct with a definite word or a known name.
    const named =
      !!next && adjacent(text, t, next) && (writtenDefinite(next) || covered.has(j + 1));
    if (/^[لب][^ل]/.test(t.norm) && next && !covered.has(j) && named) {
      genitive = true;
      j += 2;
      continue;
    }
    // «قائممقام قضاء الخالص», «مختار بلدة رامية», «حاكم إقليم دارفور»: a place noun naming
    // the place after it (a known place is walked over next).
    if (NAMING_PLACE_NOUNS.has(t.norm) && next) {
      j += free ? 2 : 1;
      continue;
    }
    // «مندوبة الحكومة في مليلية، سابرينا موح»: after «في/لدى» one word no list knows, set off
    // by the comma before the name, is where the role is held.
    const before = toks[j - 1]?.norm ?? "";
    if (ROLE_FILLERS.has(before) && next && /^\s*[،,]\s*$/.test(text.slice(t.end, next.start))) {
      j++;
      break;
    }
    // «باسم وزارة الخارجية»: after «باسم/في/لدى», an ordinary noun in construct with a
    // definite word (not a first name before a family name: «تركي المالكي»).
    const afterFiller = ROLE_FILLERS.has(toks[j - 1]?.norm ?? "");
    const construct = afterFiller && COMMON_WORDS.has(t.norm) && !isCommonPersonalName(t.norm);
    if (construct && free && isDefinite(next)) {
      j++;
      continue;
    }
    // «المتحدث باسم قوات حفتر أحمد المسماري»: a person in construct with the noun is whose it
    // is, part of the role phrase, not the name it introduces.
    const whose = covered.get(j + 1);
    if (construct && whose?.type === "person" && next && adjacent(text, t, next)) {
      j += 2;
      while (covered.get(j) === whose) j++;
      continue;
    }
    break;
  }
  return { j, genitive, comma };
}

/**
 * The words from token j up to the comma that closes an apposition («، حسام المصري،»): two to
 * four Arabic words, none already an entity, none a particle; else null. The commas bound the
 * name, so a family name that is also a word («المصري») is read as one.
 */
function betweenCommas(
  text: string,
  toks: readonly Token[],
  j: number,
  covered: ReadonlyMap<number, GazEntity>,
): Token[] | null {
  const name: Token[] = [];
  for (let k = j; k < toks.length && name.length < 4; k++) {
    const t = toks[k] as Token;
    if (covered.has(k) || !ARABIC_WORD.test(t.norm) || NAME_STOP.has(t.norm)) return null;
    if (isSpeechWord(t)) return null;
    name.push(t);
    const next = toks[k + 1];
    const gap = next ? text.slice(t.end, next.start) : text.slice(t.end);
    if (/^\s*[،,]/.test(gap)) return name.length >= 2 ? name : null;
    if (!next || !adjacent(text, t, next)) return null;
  }
  return null;
}

/** Pronouns that are also Chinese or Korean names: «المتحدث باسم الخارجية هو توم كايسي». */
const PRONOUNS = words("particles", "pronoun");

/**
 * A word many people are named, even if it is also an ordinary word («تركي», «أمين»): not a
 * particle or pronoun («من», «هو» are Chinese and Korean names too), not a role, not definite.
 */
export function commonFirstName(t: Token | undefined): boolean {
  if (!t || !nameShaped(t.norm) || PRONOUNS.has(t.norm)) return false;
  return !writtenDefinite(t) && isCommonPersonalName(t.norm);
}

/**
 * 2–4 adjacent name-like words from token j, none already an entity (fewer: no name).
 * `firstName`: token j is known to be a first name even if it is also an ordinary word.
 */
export function nameAt(
  text: string,
  toks: readonly Token[],
  j: number,
  covered: ReadonlyMap<number, GazEntity>,
  firstName = false,
): Token[] {
  const name: Token[] = [];
  for (let k = j; k < toks.length && name.length < 4; k++) {
    const t = toks[k];
    if (!t || covered.has(k)) break;
    const prev = name[name.length - 1];
    if (prev && !adjacent(text, prev, t)) break;
    // «حسن فضل الله», «محمد جاب الله»: a word and «الله» make one family name, whatever the
    // word means alone («فضل» credit, «نصر» victory).
    const god = toks[k + 1];
    if (god?.norm === "الله" && !covered.has(k + 1) && adjacent(text, t, god)) {
      // As the first name («عطاء الله مهاجراني») the word must be one names are made of, not
      // «حفظه الله» (may God keep him); the name then goes on to the family name.
      const word =
        ARABIC_WORD.test(t.norm) &&
        !NAME_STOP.has(t.norm) &&
        !isDefinite(t) &&
        (prev !== undefined || isKnownNameWord(t.norm) || (k === j && firstName));
      if (word) name.push(t, god);
      if (!word || prev) break;
      k++;
      continue;
    }
    // «كيم هاولز فوصف»: a verb of saying behind «ف/و» ends the name.
    if (prev && isSpeechWord(t)) break;
    if (nameLike(t, prev?.norm ?? null) || (k === j && firstName)) {
      name.push(t);
      continue;
    }
    // «عمار السلمو», «عادل الجبير»: a family name with the article ends the name.
    if (prev && familyNameAfter(t, prev, name[name.length - 2])) name.push(t);
    break;
  }
  while (name.length > 0 && NAME_PARTICLES.has(name[name.length - 1]?.norm ?? "")) name.pop();
  return name;
}

export function personOf(
  text: string,
  p: number,
  toks: readonly Token[],
  j: number,
  name: readonly Token[],
): Mention {
  const first = name[0] as Token;
  const last = name[name.length - 1] as Token;
  return ruleMention("person", text.slice(first.start, last.end), p, toks, j, j + name.length);
}

/** «صديق», «شقيقة», «محامي»: ties that describe a speaker by someone else. */
export const RELATIONS = words("role-nouns", "relation");

/**
 * Unknown people named between a verb of saying and their role: «وقال محمد عتيق الفلاحي
 * الأمين العام للهيئة». The role right after the name is what makes it one.
 */
export const speakersBeforeRole: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i + 3 < toks.length; i++) {
    if (sayingReadings(toks[i] as Token).length === 0) continue;
    let name = nameAt(text, toks, i + 1, covered);
    // «وقال أشرف القدرة، المتحدث…»: the commas bound the name, so a family name that is
    // also a word («القدرة», ability) is read as one.
    const first = toks[i + 1];
    if (first && (commonFirstName(first) || nameLike(first, null))) {
      const bounded = betweenCommas(text, toks, i + 1, covered);
      if (bounded && bounded.length > name.length) name = bounded;
    }
    if (name.length < 2) continue;
    const role = toks[i + 1 + name.length];
    const last = name[name.length - 1] as Token;
    if (!role || !listSeparator(text, last, role)) continue;
    // A relation in construct with someone («صديق مايكل») describes the speaker like a role.
    const related = RELATIONS.has(role.norm) && !!toks[i + 2 + name.length];
    if (roleReadings(role).length === 0 && !related) continue;
    out.push(personOf(text, p, toks, i + 1, name));
    i += name.length;
  }
  return out;
};
