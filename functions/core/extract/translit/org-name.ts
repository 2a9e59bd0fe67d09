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
 * The head must be a known organisation noun (حزب، منظمة، مجلس…): without one the name is
 * likely a brand or a club, and the caller transliterates it instead. Words outside the
 * lexicon inside a name («الليكود») are transliterated without their article, a run of them
 * kept in its order as one foreign name. Pure and deterministic.
 */
import { candidatesInSequence } from "../gazetteer/index.ts";
import { COUNTRY_ADJECTIVES } from "../gazetteer/ministries.ts";
import { normalizeArabic } from "../normalize.ts";
import { transliterateToken } from "./index.ts";

/** Head and genitive nouns: [Arabic, English]. `*` after the English: a genitive reads "of X". */
const NOUNS = `
منظمة Organization|مجلس Council|حزب Party|حركة Movement|جبهة Front|اتحاد Union|هيئة Commission
لجنة Committee|وكالة Agency|جمعية Society|رابطة League|مؤسسة Foundation|شركة Company|بنك Bank
مصرف Bank|صندوق Fund|جامعة University|مركز Center|مكتب Office|قوات Forces|جيش Army
كتائب Brigades|لواء Brigade|فيلق Corps|تحالف Alliance|ائتلاف Coalition|تجمع Assembly
تيار Movement|شبكة Network|مرصد Observatory|برنامج Programme|محكمة Court|برلمان Parliament|حكومة Government
وزارة Ministry|مديرية Directorate|إدارة Administration|مفوضية Commission|منتدى Forum|نادي Club
نقابة Union|صحيفة Newspaper|قناة Channel|إذاعة Radio|تلفزيون Television|معهد Institute
أكاديمية Academy|مستشفى Hospital|شرطة Police|أمن Security|دفاع Defense|إنقاذ Rescue
إغاثة Relief|تنمية Development|عدالة Justice|حرية Freedom|تحرير Liberation|وحدة Unity
مقاومة Resistance|ثورة Revolution|سلام Peace|حقوق Rights|إنسان Human|لاجئين Refugees
هجرة Migration|صحة Health|تعليم Education|أنباء News|إعلام Media|طاقة Energy|نفط Oil
بترول Petroleum|تجارة Trade|اقتصاد Economy|زراعة Agriculture|أغذية Food|غذاء Food
طفولة Childhood|أطفال Children|مرأة Women|نساء Women|شباب Youth|عمال Workers|شعب People
أمة Nation|دولة State|دول States|خليج Gulf|إسلام Islam|دعم Support|تعاون Cooperation|مصالحة Reconciliation
تفاوض Negotiation|انتخابات Elections|دستور Constitution|طوارئ Emergency|استخبارات Intelligence
مخابرات Intelligence|حماية Protection|إسعاف Ambulance|هلال Crescent|صليب Cross|سلطة Authority
جماعة Group|تنظيم Organization|ميليشيا Militia|مليشيا Militia|فصائل Factions|فصيل Faction
مجموعة Group|حرس Guard|بحرية Navy|مطار Airport|ميناء Port|إقليم Region|سجن Prison|جهاز Service
استثمار Investment|تنسيق Coordination|شؤون Affairs|مساعدات Aid|رقابة Oversight|حظر Prohibition|أسلحة Weapons|نزاهة Integrity
مكافحة Counter|إرهاب Terrorism|فساد Corruption|إصلاح Reform|بناء Building|تغيير Change
كرامة Dignity|نهضة Renaissance|مستقبل Future|وفاق Accord|عودة Return
أسرى Prisoners|شهداء Martyrs|مفقودين Missing|بيئة Environment|مياه Water|كهرباء Electricity
اتصالات Communications|طيران Aviation|نقل Transport|سياحة Tourism|ثقافة Culture|رياضة Sports
نواب Representatives*|وزراء Ministers*|أمناء Trustees*|حكماء Elders*|علماء Scholars*
قضاة Judges*|محامين Lawyers*|أطباء Doctors*|صحفيين Journalists*|شيوخ Senate
`;

/** Adjectives, masculine form: [Arabic, English]. Feminine (ة) forms are read through them. */
const ADJECTIVES = `
وطني National|دولي International|عربي Arab|إسلامي Islamic|ديمقراطي Democratic
جمهوري Republican|اشتراكي Socialist|شعبي Popular|مستقل Independent|عالمي World
أوروبي European|أفريقي African|إفريقي African|مدني Civil|عسكري Military|أعلى Supreme
أعلي Supreme|عليا High|سريع Rapid|انتقالي Transitional|جنوبي Southern|شمالي Northern
شرقي Eastern|غربي Western|مركزي Central|موحد Unified|حر Free|جديد New|ثوري Revolutionary
تقدمي Progressive|قومي National|كردي Kurdish|كردستاني Kurdistan|أحمر Red|حمراء Red
أخضر Green|خضراء Green|أبيض White|بيضاء White|أسود Black|سوداء Black|دستوري Constitutional
اتحادي Federal|إنساني Humanitarian|خاص Special|عام General|أمني Security|حكومي Government
تشريعي Legislative|تنفيذي Executive|قضائي Judicial|إقليمي Regional|محلي Local|نووي Nuclear|كيميائي Chemical|كيماوي Chemical
ذري Atomic|جوي Air|بحري Naval|بري Ground|مسلح Armed|سلفي Salafi|شيوعي Communist|ليبرالي Liberal|علوي Alawite|سني Sunni
شيعي Shia|مسيحي Christian|يهودي Jewish|خليجي Gulf
`;

export interface Gloss {
  readonly en: string;
  readonly kind: "noun" | "adjective";
  /** A plural of people: in the genitive it reads "of X". */
  readonly of: boolean;
  /** A country's adjective («السوري», «الروسية»). */
  readonly country: boolean;
}

const LEXICON = new Map<string, Gloss>();
for (const entry of NOUNS.split(/[|\n]/)) {
  const [ar, en] = entry.trim().split(" ");
  if (!ar || !en) continue;
  const of = en.endsWith("*");
  LEXICON.set(normalizeArabic(ar), {
    en: of ? en.slice(0, -1) : en,
    kind: "noun",
    of,
    country: false,
  });
}
const addAdjective = (ar: string, en: string, country: boolean) => {
  const key = normalizeArabic(ar).replace(/ه$/, "");
  if (!LEXICON.has(key)) LEXICON.set(key, { en, kind: "adjective", of: false, country });
};
for (const entry of ADJECTIVES.split(/[|\n]/)) {
  const [ar, en] = entry.trim().split(" ");
  if (ar && en) addAdjective(ar, en, false);
}
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

/** The English name of a one-word place the gazetteer knows, with or without its article. */
function placeName(norm: string): string | null {
  for (const c of candidatesInSequence([{ norm }], 0)) {
    const hit = c.hits.find((h) => h.kind === "full" && h.cue === null);
    if (c.end === 1 && hit?.entity.type === "place" && hit.entity.en) return hit.entity.en;
  }
  return null;
}

function partOf(word: string, first: boolean): Part {
  const all = readings(word);
  for (const [link, stem] of all) {
    if (first && link !== null) continue;
    const known = orgWordGloss(stem);
    if (known) return { en: known.en, known, link };
  }
  // A place the gazetteer knows keeps its English name («سوريا» → Syria).
  const place = placeName(word);
  if (place) return { en: place, known: null, link: null };
  // Not in the lexicon: a name inside the organisation's name, sounded out without «al-».
  const latin = transliterateToken(word).replace(/^[Aa]l-/, "");
  return { en: latin.charAt(0).toUpperCase() + latin.slice(1), known: null, link: null };
}

/** English of a noun phrase without prepositions: head last, modifiers mirrored before it. */
function phrase(parts: readonly Part[]): string {
  const [head, ...rest] = parts;
  if (!head) return "";
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
  const parts = words.map((w, i) => partOf(w, i === 0));
  const head = parts[0];
  if (head?.known?.kind !== "noun") return null;
  // Split at each «for» phrase: "Observatory" + "for Human Rights".
  const chunks: Part[][] = [[]];
  for (const p of parts) {
    if (p.link === "for") chunks.push([{ ...p, link: null }]);
    else chunks[chunks.length - 1]?.push(p);
  }
  const [main = [], ...fors] = chunks;
  return [phrase(main), ...fors.map((c) => `for ${phrase(c)}`)].join(" ");
}
