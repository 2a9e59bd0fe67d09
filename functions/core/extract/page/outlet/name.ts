/**
 * Whether a credit names an outlet, and which: a listed agency or outlet gets its canonical
 * Arabic and English; a name no list knows is kept as written when the place it stands in
 * (its `Trust`) says it is an outlet, with an English form from the transliteration model.
 * Everything else — «وكالات», «خاص», a known place, person or non-media body, a clause —
 * names no outlet. Every other cue (metadata, credit lines, told, masthead) ends here.
 */

import type { BilingualName } from "../../../facts.ts";
import { englishFor } from "../../entities/index.ts";
import { COMMON_WORDS, entityById } from "../../gazetteer/index.ts";
import { table, words } from "../../lexicon/index.ts";
import { isCommonPersonalName } from "../../ner/index.ts";
import { normalizeArabic } from "../../text/normalize.ts";
import { type Token, tokenize } from "../../text/tokenize.ts";
import { AGENCIES } from "../dateline/credit.ts";
import { fromEntity, isMediaOrg, listedAt } from "./listed.ts";

/**
 * How much the place a name stands in already says it is an outlet:
 *  - "noun": right after a media noun («موقع X»): any name-like words;
 *  - "named": a bracketed or quoted credit, a credit list, metadata: any name-like words;
 *  - "bare": an unbracketed word after a dateline's dash («أربيل - رووداو»): also not an
 *    ordinary word or a common first name («دمشق - اليوم», «بيروت - محمد»);
 *  - "shaped": only a listed outlet or a name shaped like one («… نت», «… نيوز»).
 */
export type Trust = "noun" | "named" | "bare" | "shaped";

/** Outlet names are short: longer credits are sentences. */
const MAX_NAME_WORDS = 5;
export const MAX_NAME_CHARS = 60;

export const MEDIA_NOUN_KEYS = words("media", "nouns");
const SUFFIXES = table<string>("media", "suffixes");
const ADJECTIVES = table<string>("media", "adjectives");
const NOT_OUTLET = words("media", "not-outlets");
/** After a media noun these begin a descriptive name, kept whole: «وكالة الأنباء الموريتانية». */
const DESCRIPTIVE_AFTER_NOUN = words("media", "descriptive-after-noun");
/** Words that make a credit a clause, not a name. */
export const CLAUSE_WORDS = words("particles", "clause-words");

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Brackets, quotes and separators around a credit («(رويترز)», «"الحياة"»، «الأهرام -»). */
function cleanName(raw: string): string {
  return raw
    .replace(/\s+/g, " ")
    .replace(/^[\s("«“”'[©]+/u, "")
    .replace(/[\s)"»“”'\].:،,;؛!\-–—]+$/u, "")
    .trim();
}

/** A name written in Latin letters (metadata: "Al Jazeera", "Hespress"). */
function latinName(name: string, trust: Trust): BilingualName | null {
  if (!/^[\p{L}\p{M}\p{N} .'&-]+$/u.test(name) || /\.[A-Za-z]/.test(name)) return null;
  if (!/\p{L}.*\p{L}/u.test(name)) return null;
  if (name.split(" ").length > MAX_NAME_WORDS) return null;
  const e = entityById(`org:${name}`);
  if (e) return isMediaOrg(e) ? fromEntity(e, name) : null;
  return trust === "named" ? { ar: name, en: name } : null;
}

/** English for a name no list knows: translated when it is a body's name, else transliterated. */
function unlisted(ar: string): BilingualName {
  // The models read Arabic letters only: «BBC عربي» would lose its Latin half.
  if (/[A-Za-z]/.test(ar)) return { ar, en: null };
  const en = englishFor("org", ar).en;
  return { ar, en: en ? capitalized(en) : null };
}

/**
 * The outlet a credit names, or null when it names none. `raw` is one name (the caller splits
 * lists); brackets and quotes around it are dropped.
 */
export function outletName(raw: string, trust: Trust): BilingualName | null {
  const name = cleanName(raw);
  if (name === "" || name.length > MAX_NAME_CHARS) return null;
  if (!/[\u0621-\u064A]/.test(name)) return latinName(name, trust);
  // Letters, marks, spaces, dots between initials («أ.ف.ب») and a number ending a brand.
  if (!/^[\p{L}\p{M}\p{N} .'-]+$/u.test(name)) return null;
  const text = name.replace(/\./g, " ").replace(/ +/g, " ").trim();
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > MAX_NAME_WORDS) return null;
  const agency = AGENCIES.get(normalizeArabic(text));
  if (agency === null) return null;
  if (agency !== undefined) {
    const e = entityById(`org:${agency}`);
    return e ? fromEntity(e, text) : { ar: text, en: agency };
  }
  // A number only ends a brand («فرانس 24»); anywhere else the credit is a date or a count.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (/^[0-9]/.test(t.norm) && (k === 0 || k < tokens.length - 1 || t.norm.length > 3)) {
      return null;
    }
  }
  if (tokens.some((t) => CLAUSE_WORDS.has(t.norm))) return null;
  const listed = listedAt(text, tokens, 0);
  // A listed name that is all of the credit: an outlet, or a place, person or body that is not.
  if (listed && listed.end === tokens.length) {
    return isMediaOrg(listed.entity) ? fromEntity(listed.entity, text) : null;
  }
  const first = (tokens[0] as Token).norm;
  if (NOT_OUTLET.has(first)) return null;
  const second = tokens[1];
  if (MEDIA_NOUN_KEYS.has(first)) {
    if (!second) return null;
    if (DESCRIPTIVE_AFTER_NOUN.has(second.norm)) return unlisted(text);
    return outletName(text.slice(second.start), "noun");
  }
  // «إندبندنت عربية», «الجزيرة مباشر»: a listed outlet and a brand word after it.
  if (listed && isMediaOrg(listed.entity) && listed.entity.en) {
    const tail = tokens
      .slice(listed.end)
      .map((t) => SUFFIXES.get(t.norm) ?? ADJECTIVES.get(t.norm));
    if (tail.every((w) => w !== undefined)) {
      return { ar: text, en: `${listed.entity.en.replace(/^The /, "")} ${tail.join(" ")}` };
    }
  }
  const last = tokens[tokens.length - 1] as Token;
  const shaped = tokens.length >= 2 && SUFFIXES.has(last.norm);
  if (trust === "shaped" && !shaped) return null;
  // «"الوضع كارثي"»: a definite noun and an indefinite word after it make a sentence.
  if (trust !== "noun" && sentenceShaped(tokens)) return null;
  if (
    trust === "bare" &&
    !shaped &&
    tokens.length === 1 &&
    (COMMON_WORDS.has(first) || isCommonPersonalName(first))
  ) {
    return null;
  }
  return unlisted(text);
}

/**
 * A definite word followed by an indefinite Arabic word that is no brand word: a subject and
 * its predicate («الوضع كارثي», «الهدنة صامدة»), not a name («العربي الجديد», «عنب بلدي»,
 * «الأخبار إنفو»).
 */
function sentenceShaped(tokens: readonly Token[]): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = (tokens[k] as Token).norm;
    const b = (tokens[k + 1] as Token).norm;
    if (!a.startsWith("ال") || b.startsWith("ال") || /^[0-9]/.test(b)) continue;
    if (/^[\u0621-\u064A]+$/.test(b) && !SUFFIXES.has(b) && !ADJECTIVES.has(b)) return true;
  }
  return false;
}
