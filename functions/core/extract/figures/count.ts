/**
 * The count and the noun it counts. A count is a number (digits in any script, number
 * words, «عشرات»…) or a dual noun standing for two («قتيلان»); it becomes a figure only
 * when a noun of people or families follows it (شخصا، مدنيا، طفلا، عائلة…), which keeps
 * «72 ساعة», «39 فصيلا», resolution numbers and years out.
 */

import { FigureKind, type Qualifier } from "../../facts.ts";
import { isMonthWord } from "../dates/index.ts";
import { list, table, words } from "../lexicon/index.ts";
import { type NumberRead, readNumber } from "../text/numbers.ts";
import type { Token } from "../text/tokenize.ts";
import { kindAt } from "./kind.ts";
import { ANYONE, DUAL, dualAt, type Noun, PEOPLE, peopleNounAt, singularAt } from "./nouns.ts";
import { atLeastAt, qualifierAfterNoun } from "./qualifier.ts";
import { stems } from "./stems.ts";

/** A count read at token i: a number, or a dual noun standing for two. */
export interface CountAt {
  readonly value: number;
  /** Token after the count (for a dual: the dual noun itself is at `end - 1`). */
  readonly end: number;
  readonly vague: boolean;
  /** Set when the count word is itself the counted noun (a dual, or a singular in a breakdown). */
  readonly selfNoun: Noun | null;
}

/** The count at token i, or null. */
export function countAt(text: string, tokens: readonly Token[], i: number): CountAt | null {
  const num: NumberRead | null = readNumber(text, tokens, i);
  if (num) return percentAfter(text, tokens, num.end) ? null : { ...num, selfNoun: null };
  const dual = dualAt(tokens, i);
  if (!dual) return twoAfterNoun(text, tokens, i) ?? oneAfterVerbalNoun(tokens, i);
  // «طفلين اثنين»: the number word after a dual repeats it.
  const next = readNumber(text, tokens, i + 1);
  return {
    value: 2,
    end: next && next.value === 2 ? next.end : i + 1,
    vague: false,
    selfNoun: dual,
  };
}

/** «بالمئة», «في المائة» after a number: a share, not a count. */
const PERCENT = words("figure-words", "percent");

/** Does a share sign or word follow the number ending before token `end` («60%», «60 بالمئة»)? */
function percentAfter(text: string, tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1];
  if (last && /^\s*[%٪]/.test(text.slice(last.end, last.end + 3))) return true;
  const next = tokens[end]?.norm ?? "";
  return PERCENT.has(next) || (next === "في" && PERCENT.has(`في ${tokens[end + 1]?.norm ?? ""}`));
}

/**
 * «إصابة مهاجرين اثنين»: a noun in «ين» (plural or dual: the same letters) with «اثنين» after
 * it is two people.
 */
function twoAfterNoun(text: string, tokens: readonly Token[], i: number): CountAt | null {
  const t = tokens[i];
  if (!t?.norm.endsWith("ين")) return null;
  const noun = peopleNounAt(t);
  const two = noun ? readNumber(text, tokens, i + 1) : null;
  if (!noun || !two || two.value !== 2 || two.vague) return null;
  return { value: 2, end: two.end, vague: false, selfNoun: noun };
}

/**
 * «مقتل جندي تركي», «إصابة طفل»: a singular that counts one person («جندي», «طفل», «امرأة»…)
 * right after a verbal noun of what happened to people is one person.
 */
function oneAfterVerbalNoun(tokens: readonly Token[], i: number): CountAt | null {
  const single = singularAt(tokens[i]);
  if (!single || !stems(tokens[i - 1]).some((st) => COUNTS_PEOPLE.has(st))) return null;
  const noun = PEOPLE.get(single);
  return noun ? { value: 1, end: i + 1, vague: false, selfNoun: noun } : null;
}

/** The counted noun after a count: optional «على الأقل» and «من» before it. */
export interface Counted {
  readonly noun: Noun;
  /** The noun's matching key (clitics and, where allowed, the article removed). */
  readonly stem: string;
  /** Token index of the noun. */
  readonly at: number;
  /** Token after the noun and any trailing qualifier. */
  readonly end: number;
  readonly qualifier: Qualifier | null;
}

/** «من» between a count and its noun: «عشرات من المدنيين». */
const PARTITIVE = words("figure-words", "partitive");

/** An indefinite nisba adjective after a counted noun: «سوريا», «سوريين», «مدنيون». */
export const NISBA_ADJECTIVE = /^(?!ال)[\u0621-\u064A]{3,}(يا|يين|يون|ي|يه|يات)$/;

/** The noun a count reads as, with optional «على الأقل» and «من» between them. */
export function countedAfter(
  tokens: readonly Token[],
  count: CountAt,
  inSentence: (k: number) => boolean,
): Counted | null {
  if (count.selfNoun) return selfCounted(tokens, count, count.selfNoun);
  let k = count.end;
  let qualifier: Qualifier | null = null;
  if (atLeastAt(tokens, k)) {
    qualifier = "at_least";
    k += 2;
  }
  // «خمسة على الأقل من عناصر», «عشرات من المدنيين», «عشرات المدنيين».
  let partitive = false;
  if (stems(tokens[k]).some((st) => PARTITIVE.has(st)) && inSentence(k + 1)) {
    k++;
    partitive = true;
  }
  if (!inSentence(k)) return null;
  // «مقتل 6 وإصابة 11»: a word of what happened behind «و» begins the next count's phrase.
  const noun = tokens[k];
  if (noun?.norm.startsWith("و") && kindAt(tokens, k)) return null;
  const hit =
    nounAt(tokens, k, partitive || count.vague) ?? (partitive ? possessedNounAt(tokens, k) : null);
  if (!hit) return null;
  let end = k + 1;
  if (atLeastAt(tokens, end)) {
    qualifier = "at_least";
    end += 2;
  } else if (NISBA_ADJECTIVE.test(tokens[end]?.norm ?? "") && atLeastAt(tokens, end + 1)) {
    // «62 جنديا سوريا على الأقل»: the noun's nationality before the qualifier.
    qualifier = "at_least";
    end += 3;
  } else {
    // «50 شخصا تقريبا».
    const after = qualifierAfterNoun(tokens[end]);
    if (after) {
      qualifier = after;
      end += 1;
    }
  }
  return { noun: hit.noun, stem: hit.stem, at: k, end, qualifier };
}

/** A count that is its own noun (a dual, or a singular in a breakdown). */
function selfCounted(tokens: readonly Token[], count: CountAt, noun: Noun): Counted {
  const at = count.end - 1;
  const dualTok = tokens[at];
  const stem = dualTok
    ? (stems(dualTok).find((st) => DUAL.has(st)) ?? singularAt(dualTok) ?? dualTok.norm)
    : "";
  return { noun, stem, at, end: count.end, qualifier: null };
}

/** The counted noun at token k: its own reading, else (when allowed) without the article. */
function nounAt(
  tokens: readonly Token[],
  k: number,
  allowArticle: boolean,
): { stem: string; noun: Noun } | null {
  for (const st of stems(tokens[k])) {
    const n = PEOPLE.get(st);
    if (n) return { stem: st, noun: n };
    if (allowArticle && st.startsWith("ال") && st.length > 4) {
      const bare = PEOPLE.get(st.slice(2));
      if (bare) return { stem: st.slice(2), noun: bare };
    }
  }
  return null;
}

/** Possessive suffixes a partitive noun may carry («من عناصره», «من جنودها», «من أبنائنا»). */
const POSSESSIVE = list("figure-words", "possessive-suffixes");

/**
 * «ثلاثة من عناصره», «اثنين من مقاتليه»: the counted noun with a possessive suffix. A sound
 * masculine plural loses its ن before the suffix («مقاتلين» → «مقاتليه»), so «…ي» is read
 * with it restored.
 */
function possessedNounAt(tokens: readonly Token[], k: number): { stem: string; noun: Noun } | null {
  for (const st of stems(tokens[k])) {
    for (const suffix of POSSESSIVE) {
      if (!st.endsWith(suffix) || st.length - suffix.length < 3) continue;
      const base = st.slice(0, -suffix.length);
      for (const form of base.endsWith("ي") ? [base, `${base}ن`] : [base]) {
        const noun = PEOPLE.get(form);
        if (noun) return { stem: form, noun };
      }
    }
  }
  return null;
}

/** «العشرات», «المئات»…: the definite vague plurals. */
const DEFINITE_VAGUE = words("figure-words", "definite-vague");

/**
 * «وجرح العشرات», «اعتقال المئات»: a definite vague plural standing alone right after a kind
 * cue counts people without naming them.
 */
export function vagueAfterCue(
  tokens: readonly Token[],
  i: number,
  start: number,
  count: CountAt,
): Counted | null {
  const t = tokens[i];
  if (!count.vague || !t || !DEFINITE_VAGUE.has(t.norm) || !kindAt(tokens, start - 1)) return null;
  return { noun: ANYONE, stem: t.norm, at: i, end: count.end, qualifier: null };
}

/**
 * May the count at token i stand for people with no noun after it? Not a vague count, not
 * one with a noun of its own, not a year («مقتل 2014» is no count of 2,014) or a day before
 * its month («منذ 26 من نيسان»). (A share, «40%», is no count at all: countAt.)
 */
function bareCount(tokens: readonly Token[], count: CountAt): boolean {
  if (count.vague || count.selfNoun || (count.value >= 1900 && count.value <= 2100)) return false;
  // «منذ 26 من نيسان»: the day of a date.
  const next = tokens[count.end];
  const month = next?.norm === "من" ? tokens[count.end + 1] : next;
  return !(month && isMonthWord(month));
}

/** The people a bare count at token i counts. */
function anyoneCounted(tokens: readonly Token[], i: number, count: CountAt): Counted {
  return { noun: ANYONE, stem: tokens[i]?.norm ?? "", at: i, end: count.end, qualifier: null };
}

/** Verbal nouns after which a bare count is of people: «مقتل 6 وإصابة 11». */
const COUNTS_PEOPLE = words("event-cues", "counts-people");
/** Passive verbs after which a bare count is of people: «قُتل اثنان وأصيب خمسة». */
const COUNTS_PEOPLE_VERBS = words("event-cues", "counts-people-verbs");

/**
 * «مقتل 6 وإصابة 11 في قصف…»: a count right after a verbal noun of what happened to people
 * (behind a short clitic too), with no noun after it, counts people (see bareCount), unless
 * its next word is a noun of anything.
 */
export function bareAfterVerbalNoun(
  text: string,
  tokens: readonly Token[],
  i: number,
  start: number,
  count: CountAt,
): Counted | null {
  const cue = stems(tokens[start - 1]);
  if (!cue.some((st) => COUNTS_PEOPLE.has(st) || COUNTS_PEOPLE_VERBS.has(st))) return null;
  if (!bareCount(tokens, count) || nounAfter(text, tokens, count)) return null;
  return anyoneCounted(tokens, i, count);
}

/**
 * «أجبرت الحرب نحو 8.5 ملايين على النزوح», «دفع القتال 300 ألف إلى الفرار»: a bare count
 * that something drove to what happens to people («على/إلى» and a kind cue right after it)
 * counts people.
 */
export function bareDrivenTo(tokens: readonly Token[], i: number, count: CountAt): Counted | null {
  if (!DRIVEN_TO.has(tokens[count.end]?.norm ?? "") || !kindAt(tokens, count.end + 1)) return null;
  return bareCount(tokens, count) ? anyoneCounted(tokens, i, count) : null;
}
/** «على», «إلى»: what a count was driven to follows. */
const DRIVEN_TO = words("particles", "driven-to");

/**
 * Does a noun of anything follow the count («منذ أربعة أيام»)? «وإصابة 20 بجروح», «مقتل 6 في…»:
 * a word of what happened or a clause word is none.
 */
function nounAfter(text: string, tokens: readonly Token[], count: CountAt): boolean {
  const at = tokens[count.end];
  const gap = text.slice(tokens[count.end - 1]?.end ?? 0, at?.start ?? text.length);
  // «إلى 15، بحسب…»: punctuation ends the phrase the count is in.
  if (!at || /[^\s]/.test(gap)) return false;
  const next = at.norm;
  const noNoun = NOT_A_NOUN.has(next) || next.startsWith("و") || kindAt(tokens, count.end);
  return ARABIC_LETTER.test(next) && !noNoun;
}
const ARABIC_LETTER = /^[\u0621-\u064A]/;
/** Words after a bare count that are no noun it could count: «مقتل 6 في…», «بجروح». */
const NOT_A_NOUN = words("particles", "clause-words");

/** «عدد القتلى», «عدد النازحين»: the group a total counts, named before it. */
const GROUP_KINDS: ReadonlyMap<string, FigureKind | null> = new Map(
  [...table<string>("event-cues", "breakdown-of")].map(
    ([w, kind]) => [w, kind === "any" ? null : FigureKind.parse(kind)] as const,
  ),
);
const NUMBER_OF = words("figure-words", "number-of");
const TO = words("particles", "to");

/**
 * «وبلغ عدد النازحين 50 ألفا», «ارتفع عدد الشهداء إلى 30», «حصيلة القتلى المدنيين ارتفعت إلى
 * 15»: a bare count (see bareCount) a few words after «عدد» or «حصيلة» and the group it counts,
 * in the same sentence, is of that group; so is one after «و» + a group + «إلى» that goes on
 * from such a total («عدد الشهداء إلى 12 والمصابين إلى 31»).
 */
export function totalOfGroup(
  text: string,
  tokens: readonly Token[],
  i: number,
  start: number,
  count: CountAt,
): Counted | null {
  if (!bareCount(tokens, count) || nounAfter(text, tokens, count)) return null;
  const also = alsoGroup(tokens, start);
  const kind = also !== undefined ? also : groupBefore(text, tokens, start, 7);
  if (kind === undefined) return null;
  // The group says what happened to them: «عدد الشهداء إلى 12 والمصابين إلى 31» is 12 killed.
  return {
    ...anyoneCounted(tokens, i, count),
    noun: kind === null ? ANYONE : { ...ANYONE, kind },
  };
}

/** The kind of a group word («القتلى», or «قتلى» in construct), undefined when it is none. */
const groupKind = (w: string) => GROUP_KINDS.get(w) ?? GROUP_KINDS.get(`ال${w}`);

/**
 * The group whose total the count before `start` gives: «عدد» or «حصيلة» and the group, at
 * most `reach` words back in the sentence. Its kind (null: any), undefined when none.
 */
export function groupBefore(
  text: string,
  tokens: readonly Token[],
  start: number,
  reach: number,
): FigureKind | null | undefined {
  for (let b = start - 2; b >= Math.max(0, start - reach); b--) {
    if (/[.!?؟؛\n]/.test(text.slice(tokens[b]?.end ?? 0, tokens[b + 1]?.start ?? 0)))
      return undefined;
    if (NUMBER_OF.has(tokens[b]?.norm ?? "")) return groupKind(tokens[b + 1]?.norm ?? "");
  }
  return undefined;
}

/** «… والمصابين إلى 31»: a group after «و» right before «إلى» and the count at `start`. */
function alsoGroup(tokens: readonly Token[], start: number): FigureKind | null | undefined {
  const w = tokens[start - 2]?.norm ?? "";
  if (!TO.has(tokens[start - 1]?.norm ?? "") || !w.startsWith("و")) return undefined;
  return groupKind(w.slice(1));
}

/** Capacity words before a count of beds, which are spelled like families. */
const CAPACITY = words("figure-words", "capacity");

/** «مستشفى بسعة 200 أسرة»: beds (أَسِرّة), written like families (أُسَر). */
export function countsBeds(tokens: readonly Token[], counted: Counted, start: number): boolean {
  return counted.noun.unit === "families" && CAPACITY.has(tokens[start - 1]?.norm ?? "");
}
