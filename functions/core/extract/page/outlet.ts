/**
 * The outlet that published an article (`facts.outlet`), from five cues in order of trust; the
 * first that names an outlet wins:
 *
 *  1. metadata — the file's frontmatter (`outlet:`, `source:` …) or HTML head (`og:site_name`,
 *     JSON-LD `"publisher"`), read by dateline.ts;
 *  2. dateline — its credit («بيروت (رويترز) -», «بيروت ـ "الحياة"», «القاهرة - بوابة
 *     الأهرام», «بغداد/ المدى»), or its "place" when that is an outlet («الجزيرة نت - خاص»);
 *  3. credit — a credit line the furniture pass removed: «(الأخبار، أ ف ب، رويترز)» (the first
 *     item is the paper, the rest the agencies it drew on), «المصدر: …»;
 *  4. told — the outlet naming itself as the one spoken to: «وقال مصدر لـ"العربي الجديد"», «في
 *     حديث لـ«الشرق الأوسط»», «أفاد مراسل الجزيرة»; the most told name, when one leads;
 *  5. masthead — a line of page furniture that is an outlet's name alone («اندبندنت عربية»).
 *
 * A name the gazetteer lists as media gets its canonical Arabic and English, whatever cue word
 * it usually needs («الأخبار», «الحياة»: as a credit they ARE the outlet). A name no list knows
 * is kept as written, when the place it stands in says it is an outlet (a bracketed or quoted
 * credit, a name after a media noun), with an English form from the transliteration model.
 * Everything else — «وكالات», «خاص», a known place, person or non-media body, a clause — names
 * no outlet: null is better than a wrong guess.
 *
 * Work is bounded: names are at most MAX_NAME_WORDS words, the told scan looks a fixed number
 * of tokens back from each «ل» and a fixed number of characters ahead.
 */
import type { BilingualName, Outlet, OutletCue } from "../../facts.ts";
import { englishFor, isAddressee, isSayingVerb, type Mention } from "../entities/index.ts";
import { DEFINITE_NISBA } from "../entities/roles.ts";
import { COMMON_WORDS, candidatesAt, entityById, type GazEntity } from "../gazetteer/index.ts";
import { type Cue, parseLines } from "../gazetteer/lines.ts";
import { ORGS } from "../gazetteer/orgs.ts";
import { isCommonPersonalName } from "../ner/index.ts";
import { keyMap, keySet, normalizeArabic } from "../text/normalize.ts";
import { type Token, tokenize } from "../text/tokenize.ts";
import { splitsWhere, type WordRef } from "../text/words.ts";
import { AGENCIES } from "./dateline/credit.ts";
import {
  MEDIA_ADJECTIVES,
  MEDIA_NOUNS,
  MEDIA_SUFFIXES,
  NOT_OUTLETS,
  WIRE_SERVICES,
} from "./media-words.ts";

/** Ids of the organisations in the gazetteer's media sections (orgs.ts). */
const MEDIA_IDS: ReadonlySet<string> = (() => {
  const ids = new Set<string>();
  for (const section of ORGS.split(/^(?=#)/m)) {
    const header = section.slice(0, section.indexOf("\n"));
    if (!/\bnews\b|\bmedia\b/i.test(header)) continue;
    for (const e of parseLines(section, "org")) ids.add(`org:${e.en}`);
  }
  return ids;
})();

/** Is this gazetteer entity a news outlet? */
export function isMediaOrg(e: GazEntity): boolean {
  return MEDIA_IDS.has(e.id);
}

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
const MAX_NAME_CHARS = 60;

const MEDIA_NOUN_KEYS = keySet(MEDIA_NOUNS);
const SUFFIXES = keyMap(MEDIA_SUFFIXES);
const ADJECTIVES = keyMap(MEDIA_ADJECTIVES);
const NOT_OUTLET = keySet(NOT_OUTLETS);
/** After a media noun these begin a descriptive name, kept whole: «وكالة الأنباء الموريتانية». */
const DESCRIPTIVE_AFTER_NOUN = keySet(["الأنباء", "أنباء", "الصحافة", "الإعلام", "التلفزيون"]);
/** Words that make a credit a clause, not a name. */
const CLAUSE_WORDS = keySet([
  ...["في", "فى", "على", "من", "عن", "إلى", "الى", "أن", "إن", "الذي", "التي", "قد", "لا"],
  ...["لم", "لن", "ما", "مع", "بعد", "قبل", "هذا", "هذه", "كما", "حيث", "كان", "كانت", "هو"],
  ...["هي", "قال", "قالت", "أكد", "أعلن", "أعلنت"],
]);

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

interface Listed {
  readonly entity: GazEntity;
  readonly end: number;
  readonly cue: Cue | null;
}

/** The longest gazetteer name at token i (no clitic), preferring an outlet's reading. */
function listedAt(text: string, tokens: readonly Token[], i: number): Listed | null {
  for (const c of candidatesAt(text, tokens, i)) {
    if (c.clitic !== "") continue;
    const hits = c.hits.filter((h) => h.kind !== "local");
    const hit = hits.find((h) => isMediaOrg(h.entity)) ?? hits[0];
    if (hit) return { entity: hit.entity, end: c.end, cue: hit.cue };
  }
  return null;
}

function fromEntity(e: GazEntity, fallbackAr: string): BilingualName {
  return { ar: e.ar || fallbackAr, en: e.en };
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

// ---------------------------------------------------------------------------------------------
// Metadata.

/** Separators between a site's names or its name and a slogan («القدس العربي | Al-Quds Al-Arabi»). */
const SITE_NAME_PARTS = /\s+[|–—-]\s+|\s*[|:]\s*/;

/** The outlet a metadata value names: its Arabic part first, then any other. */
function metadataOutlet(value: string): BilingualName | null {
  if (/:\/\/|^www\.|@/i.test(value)) return null;
  const parts = value.split(SITE_NAME_PARTS).filter((p) => p.trim() !== "");
  const arabicFirst = [
    ...parts.filter((p) => /[\u0621-\u064A]/.test(p)),
    ...parts.filter((p) => !/[\u0621-\u064A]/.test(p)),
  ];
  for (const p of arabicFirst) {
    const name = outletName(p, "named");
    if (name) return name;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Credit lines.

/** «المصدر: …», «نقلا عن: …»: what follows the label is the credit. */
const SOURCE_LABELS = keySet(["المصدر", "المصادر", "مصدر الخبر", "نقلا عن"]);
/** Separators between the items of a credit list. */
const CREDIT_ITEMS = /\s*[،,؛;/+|]\s*|\s+[-–—]\s+/;

/**
 * The outlet a removed credit line names: its first item, which is the publishing paper when
 * agencies follow it («(الأخبار، أ ف ب، رويترز)»). A lone item no list knows must be shaped
 * like an outlet or follow a media noun: «(صورة أرشيفية)», «المصدر: الائتلاف» name none.
 */
export function creditOutlet(line: string): BilingualName | null {
  let body = line.trim();
  const colon = body.search(/[:：]/);
  if (colon > 0 && SOURCE_LABELS.has(normalizeArabic(body.slice(0, colon).trim()))) {
    body = body.slice(colon + 1);
  }
  body = body.trim().replace(/^\((.*)\)$/s, "$1");
  const items = body.split(CREDIT_ITEMS).filter((x) => x.trim() !== "");
  const [first, ...others] = items;
  if (first === undefined || items.length > 8) return null;
  const agencies = others.some((x) => AGENCIES.has(normalizeArabic(x.replace(/\./g, " ").trim())));
  return outletName(first, agencies ? "named" : "shaped");
}

// ---------------------------------------------------------------------------------------------
// Mastheads.

const MAX_MASTHEAD_WORDS = 4;

/**
 * The outlet a line of page furniture names when it is nothing but an outlet's name: listed
 * («العربية نت»), a listed name with a brand word («إندبندنت عربية»), a media noun and a name
 * («بوابة الوسط»), or shaped like one («الوطن نيوز»). A bare name the gazetteer lists only
 * behind a media word («الشرق الأوسط», «الأخبار») is as likely a section label: not one.
 */
export function mastheadOutlet(line: string): BilingualName | null {
  if (line.length > MAX_NAME_CHARS) return null;
  const tokens = tokenize(line);
  if (tokens.length === 0 || tokens.length > MAX_MASTHEAD_WORDS) return null;
  const listed = listedAt(line, tokens, 0);
  if (listed && listed.end === tokens.length && listed.cue !== null) return null;
  return outletName(line, "shaped");
}

// ---------------------------------------------------------------------------------------------
// Told: «قال لـ"العربي الجديد"».

/** Tokens looked back from a «ل» for the verb or noun of speaking it belongs to. */
const TOLD_WINDOW = 12;
/** Characters looked ahead for a quoted name. */
const QUOTED_MAX = 60;
/** Words after a media noun read as an unquoted name no list knows. */
const MAX_UNQUOTED_WORDS = 3;

/** Speaking besides the verbs of saying (entities.ts): «في حديث لـ…», «بيان ورد لـ…». */
const TOLD_WORDS = keySet([
  ...["حديث", "تصريح", "تصريحات", "مقابلة", "حوار", "اتصال", "ورد", "وصل", "أرسل", "أرسلت"],
  ...["بعث", "بعثت", "أدلى", "أدلت", "أفاد", "أفادت", "كشف", "كشفت", "تحدث", "تحدثت", "أبلغ"],
  ...["أبلغت", "روى", "روت", "يقول", "تقول", "يضيف", "تضيف", "يوضح", "توضح", "يؤكد", "تؤكد"],
]);
const toldReadings = splitsWhere((c) => TOLD_WORDS.has(c.stem) && c.clitic.length <= 1);
/** Verbs of saying whose «ل» is "for", not "to": «دعا لـ…», «حذر لـ…». */
const CALLING = keySet(["دعا", "دعت", "حذر", "حذرت", "شدد", "شددت"]);
/** Nouns of an interview before «مع»: «في اتصال هاتفي مع "النهار"». */
const INTERVIEW = keySet(["اتصال", "مقابلة", "حديث", "حوار", "تصريح", "تصريحات", "هاتفي", "خاص"]);
const interviewReadings = splitsWhere((c) => INTERVIEW.has(c.stem) && c.clitic.length <= 1);
/** The reported content starts here: a «ل» after it is not who was told. */
const COMPLEMENTIZERS = keySet(["أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "لأن", "فإن"]);
/**
 * Words before «ل» that make it "according to", "affiliated to" or the object of support:
 * «وفقا لوكالة رويترز», «فصيل تابع لـ"الجيش الوطني"», «أكد دعمه لـ"…"».
 */
const NOT_TOLD_BEFORE = keySet([
  ...["وفقا", "طبقا", "تبعا", "استنادا", "نسبة", "نقلا", "خلافا", "إضافة", "بالإضافة", "تابع"],
  ...["تابعة", "التابع", "التابعة", "التابعين", "موال", "موالية", "الموالي", "الموالية", "المقرب"],
  ...["المقربة", "مقرب", "مقربة", "مملوكة", "المملوكة", "المنسوب", "انضم", "انضمت", "ينتمي"],
  ...["تنتمي", "المنتمي", "دعم", "دعمه", "دعمها", "تأييد", "تأييده", "تأييدها", "رفضه", "رفضها"],
  ...["انضمامه", "انضمامها", "ولاء", "ولائه", "مبايعة", "مبايعته", "بيعة", "رسالة", "رسالته"],
]);
/** A correspondent of an outlet: «أفاد مراسل الجزيرة», «لمراسلة "عنب بلدي"». */
const CORRESPONDENTS = keySet(["مراسل", "مراسلة", "مراسلو", "مراسلي"]);
const correspondentReadings = splitsWhere(
  (c) => CORRESPONDENTS.has(c.stem) && c.clitic.length <= 2,
);
/** «لوكالة», «ولموقع»: «ل» and a media noun. */
const TO_CLITICS = new Set(["ل", "لل", "ول", "ولل"]);
const toMediaNounReadings = splitsWhere(
  (c) => (c.clitic === "ل" || c.clitic === "ول") && MEDIA_NOUN_KEYS.has(c.stem),
);

/** Told something, these are a source every outlet cites (see WIRE_SERVICES). */
const WIRES: ReadonlySet<string> = new Set(WIRE_SERVICES);

const OPENERS: Readonly<Record<string, string>> = { '"': '"', "«": "»", "“": "”", "”": "“" };

/** A quoted name starting at or just after `pos`: its text, or null. */
function quotedAt(text: string, pos: number): string | null {
  let i = pos;
  if (text[i] === " ") i++;
  const close = OPENERS[text[i] ?? ""];
  if (close === undefined) return null;
  const end = text.indexOf(close, i + 1);
  if (end < 0 || end - i > QUOTED_MAX) return null;
  return text.slice(i + 1, end);
}

/** Only spaces between two tokens (no comma, stop or quote). */
function spaced(text: string, a: Token, b: Token): boolean {
  return text.slice(a.end, b.start).trim() === "";
}

/**
 * Is the «ل» at token k (or the token itself, «لهسبريس») who a statement was made to? A verb of
 * saying or a noun of speaking must come before it in the same sentence, within TOLD_WINDOW
 * tokens and before any «أن/إن» (after which the words are the statement's content), and the
 * word right before it must not make the «ل» "according to" or "affiliated to".
 */
function toldContext(text: string, tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || hasWord(NOT_TOLD_BEFORE, before.norm)) return false;
  for (let j = k - 1; j >= 0 && j >= k - TOLD_WINDOW; j--) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (/[.!?؟]/.test(text.slice(t.end, next.start))) return false;
    if (COMPLEMENTIZERS.has(t.norm)) return false;
    if (hasWord(CALLING, t.norm)) return false;
    if (isSayingVerb(t) || toldReadings(t).length > 0) return true;
  }
  return false;
}

/** Is the word in the list, as written or behind «و»/«ف» («ووفقا», «فدعا»)? */
function hasWord(list: ReadonlySet<string>, norm: string): boolean {
  if (list.has(norm)) return true;
  return (norm.startsWith("و") || norm.startsWith("ف")) && list.has(norm.slice(1));
}

/** The «مع» at k follows an interview noun («في اتصال هاتفي مع», «في مقابلة خاصة مع»). */
function interviewWith(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (interviewReadings(tokens[j] as WordRef).length > 0) return true;
  }
  return false;
}

/**
 * The name after a told head ending at token `k` (exclusive): quoted, a listed outlet, or —
 * when `noun` is the media noun the head carried («لموقع المونيتور») — up to MAX_UNQUOTED_WORDS
 * words no list knows.
 */
function nameAfter(
  text: string,
  tokens: readonly Token[],
  k: number,
  from: number,
  noun: string | null,
): BilingualName | null {
  const quoted = quotedAt(text, from);
  if (quoted !== null) return outletName(quoted, noun === null ? "named" : "noun");
  const t = tokens[k];
  if (!t || t.start - from > 1) return null;
  const listed = listedAt(text, tokens, k);
  if (listed && isMediaOrg(listed.entity)) return fromEntity(listed.entity, t.text);
  if (noun === null) {
    // «مراسل قناة الجزيرة»: the media noun after the head.
    return MEDIA_NOUN_KEYS.has(t.norm) ? nameAfter(text, tokens, k + 1, t.end, t.text) : null;
  }
  let end = k;
  while (end < tokens.length && end - k < MAX_UNQUOTED_WORDS) {
    const w = tokens[end] as Token;
    if (end > k && (!spaced(text, tokens[end - 1] as Token, w) || DEFINITE_NISBA.test(w.norm))) {
      break;
    }
    if (CLAUSE_WORDS.has(w.norm) || isSayingVerb(w)) break;
    end++;
  }
  if (end === k) return null;
  return outletName(`${noun} ${text.slice(t.start, (tokens[end - 1] as Token).end)}`, "named");
}

/** A listed outlet written behind «ل» at token k whose every form needs a media word before it. */
function cueGatedOutlet(text: string, tokens: readonly Token[], k: number): BilingualName | null {
  for (const c of candidatesAt(text, tokens, k)) {
    if (!TO_CLITICS.has(c.clitic)) continue;
    const hit = c.hits.find((h) => h.cue === "media" && isMediaOrg(h.entity));
    if (hit) return fromEntity(hit.entity, text.slice((tokens[k] as Token).start));
  }
  return null;
}

/** What the told scan reads: the article's paragraphs, their tokens and gazetteer mentions. */
export interface ArticleText {
  readonly paragraphs: readonly string[];
  readonly tokens: readonly (readonly Token[])[];
  /** Mentions in text order (paragraph, then offset). */
  readonly mentions: readonly Mention[];
}

interface Tally {
  readonly name: BilingualName;
  told: number;
  mentions: number;
}

/** Outlets told something in the article, keyed by name, with how often. */
function toldOutlets(article: ArticleText): Map<string, Tally> {
  const tally = new Map<string, Tally>();
  /** Head tokens already counted ("para:token"): a mention and the token scan may both see one. */
  const heads = new Set<string>();
  /** `own`: named through its correspondent, which only the outlet itself writes. */
  const count = (name: BilingualName | null, p: number, k: number, own = false) => {
    const head = `${p}:${k}`;
    if (name === null || heads.has(head)) return;
    heads.add(head);
    if (!own && name.en !== null && WIRES.has(name.en)) return;
    const key = name.en ?? normalizeArabic(name.ar);
    const t = tally.get(key) ?? { name, told: 0, mentions: 0 };
    t.told++;
    tally.set(key, t);
  };
  // Listed outlets behind «ل» («لهسبريس», «للأناضول», «لوكالة شفق نيوز»): the addressee rule
  // the quote attribution uses.
  for (const m of article.mentions) {
    if (!isMediaOrg(m.entity)) continue;
    const text = article.paragraphs[m.para] ?? "";
    if (isAddressee(text, m) && toldContext(text, article.tokens[m.para] ?? [], m.tokStart)) {
      count(fromEntity(m.entity, m.surface), m.para, m.tokStart);
    }
  }
  article.paragraphs.forEach((text, p) => {
    const tokens = article.tokens[p] ?? [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.norm === "ل" && toldContext(text, tokens, k)) {
        // «لـ"العربي الجديد"»: only a quoted name.
        const quoted = quotedAt(text, t.end);
        if (quoted !== null) count(outletName(quoted, "named"), p, k);
      } else if (toMediaNounReadings(t).length > 0 && toldContext(text, tokens, k)) {
        const clitic = (toMediaNounReadings(t)[0] as { clitic: string }).clitic;
        count(nameAfter(text, tokens, k + 1, t.end, t.text.slice(clitic.length)), p, k);
      } else if (correspondentReadings(t).length > 0) {
        count(nameAfter(text, tokens, k + 1, t.end, null), p, k, true);
      } else if (t.norm === "مع" && interviewWith(tokens, k)) {
        count(nameAfter(text, tokens, k + 1, t.end, null), p, k);
      } else if (t.norm.startsWith("ل") && toldContext(text, tokens, k)) {
        // «قال للشرق الأوسط»: a listed outlet that needs a media word before it is no mention
        // (entities.ts), so the addressee rule above never sees it.
        count(cueGatedOutlet(text, tokens, k), p, k);
      }
    }
  });
  // How often each told outlet is named at all decides between two told equally often.
  for (const m of article.mentions) {
    const t = m.entity.en === null ? undefined : tally.get(m.entity.en);
    if (t) t.mentions++;
  }
  return tally;
}

/** The outlet told most often (then named most often); null on a tie. */
function toldOutlet(article: ArticleText): BilingualName | null {
  const ranked = [...toldOutlets(article).values()].sort(
    (a, b) => b.told - a.told || b.mentions - a.mentions,
  );
  const [top, next] = ranked;
  if (!top) return null;
  if (next && next.told === top.told && next.mentions === top.mentions) return null;
  return top.name;
}

// ---------------------------------------------------------------------------------------------
// All cues.

/** What each cue found, as written; the dateline's own candidates come with their trust. */
export interface OutletEvidence {
  readonly metadata: readonly string[];
  readonly dateline: readonly (readonly [string, Trust])[];
  readonly credits: readonly string[];
  readonly article: ArticleText;
  readonly mastheads: readonly string[];
}

/** The publisher of an article, by the first cue that names one. */
export function findOutlet(evidence: OutletEvidence): Outlet | null {
  const cues: readonly [OutletCue, () => BilingualName | null][] = [
    ["metadata", () => firstOf(evidence.metadata, metadataOutlet)],
    ["dateline", () => firstOf(evidence.dateline, ([name, trust]) => outletName(name, trust))],
    ["credit", () => firstOf(evidence.credits, creditOutlet)],
    ["told", () => toldOutlet(evidence.article)],
    ["masthead", () => firstOf(evidence.mastheads, mastheadOutlet)],
  ];
  for (const [via, read] of cues) {
    const name = read();
    if (name) return { ...name, via };
  }
  return null;
}

function firstOf<T>(
  items: readonly T[],
  read: (item: T) => BilingualName | null,
): BilingualName | null {
  for (const item of items) {
    const name = read(item);
    if (name) return name;
  }
  return null;
}
