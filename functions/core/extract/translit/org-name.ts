/**
 * English names for organisations no gazetteer knows, translated word by word.
 *
 *   englishOrgName("لجنة الإنقاذ الدولية")   → "International Rescue Committee"
 *   englishOrgName("الجيش الوطني الليبي")    → "Libyan National Army"
 *   englishOrgName("حزب العدالة والتنمية")   → "Justice and Development Party"
 *   englishOrgName("المرصد السوري لحقوق الإنسان") → "Syrian Observatory for Human Rights"
 *   englishOrgName("حزب الليكود")            → "Likud Party" (the name itself transliterated)
 *
 * A person's or a town's name is sounds to transliterate, but an organisation's name is
 * mostly words to translate, and its English form follows from Arabic word order: the head
 * noun comes first and everything after it (adjectives, nouns in the genitive) modifies it,
 * while English puts those modifiers before the head, in mirror order. So «قوات الدعم
 * السريع» (forces · the support · the rapid) is "Rapid Support Forces". Three things break
 * the mirror: a prepositional phrase («لحقوق الإنسان», «للهجرة») follows the head as "for
 * …"; words joined by و stay in their order ("Justice and Development"); and a plural of
 * people in the genitive reads "of …" («مجلس الوزراء», Council of Ministers).
 *
 * Names the gazetteer knows keep their English and count as one word: a country or an
 * organisation right after the head leads the English name («قوات سوريا الديمقراطية» →
 * "Syrian Democratic Forces", «برنامج الأمم المتحدة الإنمائي» → "United Nations Development
 * Programme"), «ل» before an organisation is possession ("United Nations General Society"),
 * and «في» says where the body sits ("United Nations Mission in Libya").
 *
 * The head must be a known organisation noun (حزب، منظمة، مجلس…): without one the name is
 * likely a brand or a club, and the caller transliterates it instead. Words outside the
 * lexicon inside a name («الليكود») are transliterated without their article, a run of them
 * kept in its order as one foreign name. Pure and deterministic.
 */
import { candidatesInSequence } from "../gazetteer/index.ts";
import { COUNTRY_ADJECTIVES } from "../gazetteer/ministries.ts";
import { normalizeArabic } from "../text/normalize.ts";
import type { WordRef } from "../text/words.ts";
import { transliterateToken } from "./index.ts";
import glosses from "./org-glosses.json" with { type: "json" };

export interface Gloss {
  readonly en: string;
  readonly kind: "noun" | "adjective";
  /** A plural of people: in the genitive it reads "of X". */
  readonly of: boolean;
  /** A country's adjective («السوري», «الروسية»). */
  readonly country: boolean;
}

/** Nouns and adjectives by normalised word (the words: org-glosses.json). */
const LEXICON = new Map<string, Gloss>();
const GENITIVE_OF = new Set(glosses["genitive-of"]);
for (const [ar, en] of Object.entries(glosses.nouns)) {
  LEXICON.set(normalizeArabic(ar), { en, kind: "noun", of: GENITIVE_OF.has(ar), country: false });
}
const addAdjective = (ar: string, en: string, country: boolean) => {
  const key = normalizeArabic(ar).replace(/ه$/, "");
  if (!LEXICON.has(key)) LEXICON.set(key, { en, kind: "adjective", of: false, country });
};
for (const [ar, en] of Object.entries(glosses.adjectives)) addAdjective(ar, en, false);
// «الروسية» → روسي: the ministries' country adjectives, masculine stems without the article.
for (const [en, forms] of COUNTRY_ADJECTIVES) {
  for (const f of forms) addAdjective(f.replace(/^ال/, ""), en === "US" ? "American" : en, true);
}

function nounOnly(g: Gloss | undefined): Gloss | undefined {
  return g?.kind === "noun" ? g : undefined;
}

/** One word of the name: its gloss (or transliteration) and how it joins the one before. */
interface Part {
  readonly en: string;
  readonly known: Gloss | null;
  readonly link: "for" | "and" | null;
  /**
   * A name the gazetteer knows (a place or an organisation, one or more words), with the
   * country's adjective when it is one that has an adjective ("Syrian" for سوريا).
   */
  readonly proper: { readonly type: "place" | "org"; readonly adjective: string | null } | null;
}

/**
 * The lexicon reading of a normalised stem without clitics or article: as written, then as a
 * feminine or plural form.
 */
export function orgWordGloss(stem: string): Gloss | null {
  return (
    LEXICON.get(stem) ??
    (stem.endsWith("ه") ? LEXICON.get(stem.slice(0, -1)) : undefined) ??
    // A masculine plural in -ين is read for nouns only («المحامين»): «الباكستانيين» is people.
    (stem.endsWith("ين") ? nounOnly(LEXICON.get(stem.slice(0, -2))) : undefined) ??
    null
  );
}

/** Clitic readings of a normalised word, most specific first: [link, stem without article]. */
function readings(word: string): [Part["link"], string][] {
  const out: [Part["link"], string][] = [];
  const bare = (w: string) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w);
  out.push([null, bare(word)]);
  if (word.startsWith("لل") && word.length > 3) {
    // «للهجرة» is ل + الهجرة; «للاجئين» is ل + اللاجئين with the article's alef gone.
    out.push(["for", word.slice(2)], ["for", `ل${word.slice(2)}`]);
  } else if (word.startsWith("ل") && word.length > 3) out.push(["for", bare(word.slice(1))]);
  if (word.startsWith("و") && word.length > 3) out.push(["and", bare(word.slice(1))]);
  return out;
}

/**
 * The noun a word read as «ل» + noun glosses («لحقوق» → Rights, «للتنمية» → Development), or
 * null: how a «ل» phrase opens inside an organisation's name.
 */
export function forNounGloss(word: string): Gloss | null {
  for (const [link, stem] of readings(word)) {
    const gloss = link === "for" ? orgWordGloss(stem) : null;
    if (gloss?.kind === "noun") return gloss;
  }
  return null;
}

/**
 * A country's adjective from its Arabic name, when the lexicon has it: «سوريا» → سوري,
 * «مصر» → مصري, «السعودية» → سعودي, «إيران» → إيراني.
 */
function countryAdjective(norm: string): string | null {
  const bare = norm.startsWith("ال") ? norm.slice(2) : norm;
  for (const stem of [bare.replace(/[اه]$/, ""), `${bare}ي`]) {
    const g = LEXICON.get(stem);
    if (g?.country) return g.en;
  }
  return null;
}

/**
 * The gazetteer name (place or organisation) starting at word i, if any: its English, how it
 * joins the words before (a clitic «ل» or «و» on its first word) and where it ends. Places
 * of one word only count when the lexicon has no gloss for the word (`single`).
 */
function knownNameAt(
  words: readonly WordRef[],
  i: number,
  single: boolean,
): { part: Part; end: number } | null {
  for (const c of candidatesInSequence(words, i)) {
    if (c.end - i < (single ? 1 : 2)) continue;
    const hit = c.hits.find((h) => h.kind === "full" && h.cue === null);
    const entity = hit?.entity;
    if (!entity?.en || (entity.type !== "place" && entity.type !== "org")) continue;
    if (c.end - i === 1 && entity.type !== "place") continue;
    // «الصليب الأحمر» is listed as a short form of the International Committee of the Red
    // Cross: inside a longer name, an English name much longer than the words it stands for is
    // another body's full name, not this part's.
    if (entity.type === "org" && entity.en.split(" ").length > c.end - i + 1) continue;
    const link = c.clitic.startsWith("و") ? "and" : c.clitic.includes("ل") ? "for" : null;
    const adjective = c.end - i === 1 ? countryAdjective(c.stem) : null;
    const proper = { type: entity.type, adjective };
    return { part: { en: entity.en, known: null, link, proper }, end: c.end };
  }
  return null;
}

/** The part at word i; `head`: word i is the name's head noun, read only as a gloss. */
function partOf(words: readonly WordRef[], i: number, head: boolean): { part: Part; end: number } {
  // A name of two words or more the gazetteer knows («الأمم المتحدة») is one part.
  const name = head ? null : knownNameAt(words, i, false);
  if (name) return name;
  const word = words[i]?.norm ?? "";
  for (const [link, stem] of readings(word)) {
    if (head && link !== null) continue;
    const known = orgWordGloss(stem);
    if (known) return { part: { en: known.en, known, link, proper: null }, end: i + 1 };
  }
  // A place the gazetteer knows keeps its English name («سوريا» → Syria).
  const place = head ? null : knownNameAt(words, i, true);
  if (place) return place;
  // Not in the lexicon: a name inside the organisation's name, sounded out without «al-».
  const latin = transliterateToken(word).replace(/^[Aa]l-/, "");
  const en = latin.charAt(0).toUpperCase() + latin.slice(1);
  return { part: { en, known: null, link: null, proper: null }, end: i + 1 };
}

/**
 * English of a noun phrase without prepositions: head last, modifiers mirrored before it;
 * but a known name right after the head, with adjectives after it, leads ("Syrian Democratic
 * Forces" for «قوات سوريا الديمقراطية», "United Nations Development Programme").
 */
function phrase(parts: readonly Part[]): string {
  const [head, ...rest] = parts;
  if (!head) return "";
  const lead = rest[0];
  // «للحقوق والحريات»: the head itself coordinated, "Rights and Freedoms".
  if (lead?.link === "and") {
    return `${head.en} and ${phrase([{ ...lead, link: null }, ...rest.slice(1)])}`;
  }
  if (lead?.proper && rest.length > 1 && rest[1]?.link === null && !rest[1].proper) {
    return `${lead.proper.adjective ?? lead.en} ${phrase([head, ...rest.slice(1)])}`;
  }
  // Coordinated words («العدالة والتنمية») are one modifier, in their own order; so are
  // consecutive words outside the lexicon: one foreign name («فولكس فاجن»).
  const groups: string[][] = [];
  rest.forEach((p, i) => {
    const last = groups[groups.length - 1];
    const before = rest[i - 1];
    if (p.link === "and" && last) last.push("and", p.en);
    else if (!p.known && before && !before.known && last) last.push(p.en);
    else groups.push([p.en]);
  });
  const first = rest[0];
  if (first?.known?.of) return `${head.en} of ${groups.reverse().flat().join(" ")}`;
  return [...groups.reverse().flat(), head.en].join(" ");
}

/**
 * English name of an organisation from its Arabic name, or null when its head noun is not a
 * known organisation word (or it has fewer than two words: a bare name is not translatable).
 */
export function englishOrgName(arabic: string): string | null {
  const words = normalizeArabic(arabic)
    .split(" ")
    .filter((w) => w !== "");
  if (words.length < 2 || words.length > 8) return null;
  // «مكتب الأمم المتحدة في جنيف»: where the body sits follows its name as "in …".
  const at = words.indexOf("في", 1);
  const parts = partsOf(at > 0 ? words.slice(0, at) : words, true);
  const head = parts[0];
  if (head?.known?.kind !== "noun") return null;
  const name = translated(parts);
  const where = at > 0 ? partsOf(words.slice(at + 1), false) : [];
  return where.length > 0 ? `${name} in ${phrase(where)}` : name;
}

/** The parts of a word sequence; `named`: its first word is the head noun of a name. */
function partsOf(words: readonly string[], named: boolean): Part[] {
  const refs: WordRef[] = words.map((norm) => ({ norm }));
  const parts: Part[] = [];
  for (let i = 0; i < refs.length; ) {
    const { part, end } = partOf(refs, i, named && i === 0);
    parts.push(part);
    i = end;
  }
  return parts;
}

/** A name's parts in English: the main phrase, then its «ل» phrases. */
function translated(parts: readonly Part[]): string {
  // Split at each «for» phrase: "Observatory" + "for Human Rights".
  const chunks: Part[][] = [[]];
  for (const p of parts) {
    if (p.link === "for") chunks.push([{ ...p, link: null }]);
    else chunks[chunks.length - 1]?.push(p);
  }
  const [main = [], ...fors] = chunks;
  // «الجمعية العامة للأمم المتحدة»: «ل» before an organisation's name is possession, not
  // purpose: "United Nations General Assembly", not "… for United Nations".
  const owner = fors.length === 1 && fors[0]?.length === 1 ? fors[0][0] : undefined;
  if (owner?.proper?.type === "org") {
    return `${owner.en} ${phrase(main)}`;
  }
  return [phrase(main), ...fors.map((c) => `for ${phrase(c)}`)].join(" ");
}
