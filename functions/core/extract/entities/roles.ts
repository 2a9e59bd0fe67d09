/**
 * Role phrases as back-references. News introduces a person with a role phrase once
 * («وزير الخارجية التركي مولود جاويش أوغلو») and later calls them by the role alone
 * («قال الوزير التركي»). The nearest person named in the sentence is then often someone
 * else (his German counterpart, met at the same press conference), so the role words are
 * matched against the phrase that introduced each person.
 */

import type { GazEntity } from "../gazetteer/index.ts";
import { table, words } from "../lexicon/index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";
import type { Mention } from "./mention.ts";

/** How many introductions back a role noun is matched (an article names far fewer people). */
const LOOK_BACK = 200;

/** How far before a name its role phrase may reach, in words. */
const PHRASE_WORDS = 8;
const COMPLEMENTIZERS = words("particles", "complementizer");

/** A person and the words of the role phrase that introduced them. */
export interface RoleIntro {
  /** Null for someone introduced without a name («مسؤول عراقي»). */
  readonly entity: GazEntity | null;
  readonly words: ReadonlySet<string>;
  readonly para: number;
  readonly tok: number;
}

/**
 * A role word's key: without «و», the article and the feminine ending, so «والسفيرة» and
 * «سفير», «الأمريكية» and «أمريكي» meet.
 */
export function roleKey(norm: string): string {
  let w = norm;
  // Only «و» before the article is surely a clitic: «وزير» starts with the letter itself.
  if (w.startsWith("وال") && w.length > 4) w = w.slice(1);
  // «للرئيس الفرنسي»: «ل» with the article's alef dropped.
  if (w.startsWith("لل") && w.length > 4) w = `ا${w.slice(1)}`;
  if (w.startsWith("ال") && w.length > 3) w = w.slice(2);
  if (w.endsWith("ه") && w.length > 3) w = w.slice(0, -1);
  return SYNONYMS.get(w) ?? w;
}

/** Role words outlets use for one another («المبعوث الأميركي» then «الموفد الأميركي»). */
const SYNONYMS: ReadonlyMap<string, string> = new Map(
  [...table<string>("role-nouns", "synonyms")].map(([w, same]) => [w, normalizeArabic(same)]),
);

/** Sentence punctuation between two words ends a role phrase; commas do not. */
function sentenceBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x0a) {
      return true;
    }
  }
  return false;
}

/** «نظيره», «نظيرته», «نظيرها»: the counterpart noun with any pronoun. */
const COUNTERPART = [...words("role-nouns", "counterpart")].map((w) => w.replace(/ه$/, ""));
const isCounterpart = (key: string) =>
  COUNTERPART.some((w) => key.startsWith(w) && key.length <= w.length + 3);
/** A nationality-like adjective's key («فرنسي», «أمريكي»): the office is what a counterpart shares. */
const NISBA_KEY = /^[\u0621-\u064A]{2,}ي$/;

/** How far after a name an apposition may reach («أحمد أبو زيد المتحدث الرسمي»), in words. */
const APPOSITION_WORDS = 4;

/** The role phrase before (and apposition after) each person mention of one paragraph. */
export function roleIntroductions(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): RoleIntro[] {
  const out: RoleIntro[] = [];
  const people = mentions.filter((m) => m.entity.type === "person");
  let floor = 0;
  for (const [n, m] of people.entries()) {
    const words = new Set<string>();
    for (let k = m.tokStart - 1; k >= floor && k >= m.tokStart - PHRASE_WORDS; k--) {
      const t = tokens[k];
      const next = tokens[k + 1];
      // What was said ends the phrase: «واعتبر مسؤول عراقي ان الحوار بين صبري…» does not
      // make صبري the Iraqi official.
      if (!t || !next || sentenceBreak(text, t.end, next.start) || COMPLEMENTIZERS.has(t.norm)) {
        break;
      }
      words.add(roleKey(t.norm));
    }
    // An apposition opens with a definite noun and never with «و», which starts a new clause
    // («جون كيري، وحضر المبعوث…» says nothing of Kerry).
    const ceiling = people[n + 1]?.tokStart ?? tokens.length;
    if (tokens[m.tokEnd]?.norm.startsWith("ال")) {
      for (let k = m.tokEnd; k < ceiling && k < m.tokEnd + APPOSITION_WORDS; k++) {
        const t = tokens[k];
        const before = tokens[k - 1];
        if (!t || !before || t.norm.startsWith("و") || sentenceBreak(text, before.end, t.start)) {
          break;
        }
        words.add(roleKey(t.norm));
      }
    }
    // «على نظيره الروماني تارايان باسيسكو» after «الرئيس الفرنسي جاك شيراك»: the counterpart
    // holds the office of the person before (not their nationality).
    const before = out[out.length - 1];
    if (before?.entity && [...words].some(isCounterpart)) {
      for (const w of before.words) if (!NISBA_KEY.test(w) && !words.has(w)) words.add(w);
    }
    if (words.size > 0) out.push({ entity: m.entity, words, para: m.para, tok: m.tokStart });
    // A person ends the next one's phrase: «مع نظيره الألماني» belongs to the German.
    floor = m.tokEnd;
  }
  return out;
}

/** The introductions of a whole article: its paragraphs, their tokens, and all mentions. */
export function articleIntroductions(
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
  mentions: readonly Mention[],
): RoleIntro[] {
  // Grouped in one pass: filtering per paragraph would be quadratic on a many-paragraph file.
  const byPara: Mention[][] = paras.map(() => []);
  for (const m of mentions) byPara[m.para]?.push(m);
  return paras.flatMap((text, p) => {
    const toks = tokens[p] ?? [];
    const named = roleIntroductions(text, toks, byPara[p] ?? []);
    const unnamed = unnamedIntroductions(toks, byPara[p] ?? [], p);
    return unnamed.length === 0 ? named : [...named, ...unnamed].sort((a, b) => a.tok - b.tok);
  });
}

/** Role nouns, by key («وزير», «مسؤول»), as an unnamed person's role may be written. */
const ROLE_KEYS = new Set(
  [...words("role-nouns", "back-reference"), ...words("role-nouns", "unnamed-source")].map(roleKey),
);
/** A nationality-like adjective without the article: «عراقي», «أمريكية». */
const INDEFINITE_NISBA = /^[\u0621-\u064A]{2,}يه?$/;

/**
 * People introduced without a name: «واعتبر مسؤول عراقي…». A later «قال المسؤول العراقي» is
 * that person, still unnamed, not a named Iraqi introduced before.
 */
function unnamedIntroductions(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  para: number,
): RoleIntro[] {
  const out: RoleIntro[] = [];
  const named = new Set(mentions.filter((m) => m.entity.type === "person").map((m) => m.tokStart));
  for (let k = 0; k + 1 < tokens.length; k++) {
    const role = tokens[k] as Token;
    const adj = tokens[k + 1] as Token;
    if (role.norm.startsWith("ال") || !ROLE_KEYS.has(roleKey(role.norm))) continue;
    if (adj.norm.startsWith("ال") || !INDEFINITE_NISBA.test(adj.norm)) continue;
    if (named.has(k + 2) || named.has(k + 3)) continue;
    out.push({
      entity: null,
      words: new Set([roleKey(role.norm), roleKey(adj.norm)]),
      para,
      tok: k,
    });
  }
  return out;
}

/** A nationality-like adjective with the article: «التركي», «الأمريكية». */
export const DEFINITE_NISBA = /^ال[\u0621-\u064A]{2,}يه?$/;

/**
 * Who «الوزير» (at `k`, paragraph `para`) points back to: the latest person introduced
 * before it by a phrase holding the role word, and the definite adjective right after it when
 * there is one («الوزير التركي», «المبعوث الخاص»). An adjective no introduction carries gives
 * nobody rather than a guess.
 */
export function pointBack(
  intros: readonly RoleIntro[],
  tokens: readonly Token[],
  k: number,
  para: number,
): GazEntity | null {
  const role = tokens[k];
  if (!role) return null;
  const roleWord = roleKey(role.norm);
  const adj = tokens[k + 1];
  const adjWord = adj?.norm.startsWith("ال") ? roleKey(adj.norm) : null;
  // Introductions are in document order: find the last one before (para, k), then look back
  // a bounded way, so a hostile file of thousands of names and role nouns stays linear.
  let lo = 0;
  let hi = intros.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = intros[mid] as RoleIntro;
    if (m.para < para || (m.para === para && m.tok < k)) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - LOOK_BACK; i--) {
    const intro = intros[i] as RoleIntro;
    if (!intro.words.has(roleWord)) continue;
    if (adjWord && !intro.words.has(adjWord)) continue;
    return intro.entity;
  }
  return null;
}
