/**
 * Casualty figures: a count (digits in any script, number words, «عشرات»…, or a dual noun such
 * as «قتيلان»), what happened to the people counted (killed / injured / displaced / arrested /
 * missing), how exact the count is (أكثر من، نحو، على الأقل…), where, who gave it (بحسب
 * المرصد…), and its breakdown («بينهم 50 طفلا» is a PART of the total, never a second figure).
 *
 * A number becomes a figure only when it counts PEOPLE (شخصا، مدنيا، طفلا، قتيلا، عناصر…),
 * or families (عائلة، أسر: the figure's unit says so): that is what keeps «72 ساعة»,
 * «39 فصيلا», «35 ضربة جوية», resolution numbers and years out.
 * The kind comes from the count noun itself (قتيلا، جرحى) or from the nearest kind cue in the
 * same sentence (مقتل 154 شخصا واصابة اكثر من 300 آخرين: 154 killed, 300 injured).
 *
 * Conventions:
 *  - «عشرات/مئات/آلاف» count their lower bound (10/100/1000; «عشرات الآلاف» 10000) with the
 *    qualifier "more_than" unless a qualifier word says otherwise (see numbers.ts);
 *  - a dual noun counts 2, exactly («مقتل شخصين», «سقوط قتيلين»);
 *  - ordinals («القتيل الثالث», «للمرة الخامسة») are not counts.
 */

import type {
  BilingualName,
  Figure,
  FigureKind,
  FigurePart,
  FigureUnit,
  Qualifier,
  UncountedFigure,
} from "../../facts.ts";
import { isAddressee, isSayingVerb, type Mention } from "../entities/index.ts";
import { keyMap, keySet, normalizeArabic } from "../text/normalize.ts";
import { MAX_COUNT, type NumberRead, readNumber } from "../text/numbers.ts";
import { type Range, sentenceRanges } from "../text/sentences.ts";
import { firstAtOrAfter, type Token } from "../text/tokenize.ts";
import { perWord, splitsOf, splitsWhere } from "../text/words.ts";
import { tally } from "../work.ts";

/** A counted noun: which group it names (English when known) and the kind when it says one. */
interface Noun {
  readonly en: string | null;
  readonly kind: FigureKind | null;
  readonly unit: FigureUnit;
}

/** A count of people that names no group («وجرح العشرات»). */
const ANYONE: Noun = { en: null, kind: null, unit: "people" };

/**
 * Nouns that count people, by group. The group's English name labels breakdown parts
 * («بينهم 50 طفلا» → children); the kind is set when the noun itself says what happened.
 */
const GROUPS: readonly [string | null, FigureKind | null, readonly string[]][] = [
  [null, null, ["شخص", "شخصا", "أشخاص", "نفر", "فردا", "أفراد", "آخرين", "آخرون", "ضحية", "ضحايا"]],
  ["people", null, ["مواطن", "مواطنا", "مواطنين", "مواطنون", "نسمة", "سكان"]],
  ["civilians", null, ["مدني", "مدنيا", "مدنيين", "مدنيون", "مدنية", "مدنيات"]],
  [
    "children",
    null,
    ["طفل", "طفلا", "أطفال", "طفلة", "طفلات", "قاصر", "قاصرا", "قاصرين", "رضيع", "رضع"],
  ],
  ["women", null, ["امرأة", "نساء", "سيدة", "سيدات", "نسوة", "مواطنة", "مواطنات"]],
  ["men", null, ["رجل", "رجلا", "رجال"]],
  ["elderly", null, ["مسن", "مسنا", "مسنين", "مسنون"]],
  // «اعتقال 12 مشتبها بهم»: the kind comes from the arrest, as for any group. «متهمين» is
  // left out: «محاكمة 7 متهمين بقتل…» counts the accused, not the dead.
  ["suspects", null, ["مشتبه", "مشتبها", "مشتبهين", "مشتبهون"]],
  [
    "fighters",
    null,
    [
      "عنصر",
      "عنصرا",
      "عناصر",
      "مقاتل",
      "مقاتلا",
      "مقاتلين",
      "مقاتلون",
      "مسلح",
      "مسلحا",
      "مسلحين",
      "مسلحون",
      "متشدد",
      "متشددا",
      "متشددين",
      "إرهابي",
      "إرهابيا",
      "إرهابيين",
      "جهادي",
      "جهاديا",
      "جهاديين",
    ],
  ],
  [
    "soldiers",
    null,
    ["جندي", "جنديا", "جنود", "عسكري", "عسكريا", "عسكريين", "عسكريون", "ضابط", "ضابطا", "ضباط"],
  ],
  ["police", null, ["شرطي", "شرطيا", "شرطيين"]],
  [
    "journalists",
    null,
    ["صحفي", "صحفيا", "صحفيين", "صحافي", "صحافيا", "صحافيين", "إعلامي", "إعلاميا", "إعلاميين"],
  ],
  [
    "medics",
    null,
    ["مسعف", "مسعفا", "مسعفين", "طبيب", "طبيبا", "أطباء", "ممرض", "ممرضا", "ممرضين"],
  ],
  ["students", null, ["طالب", "طالبا", "طلاب", "تلميذ", "تلميذا", "تلاميذ"]],
  ["workers", null, ["عامل", "عاملا", "عمال"]],
  ["migrants", null, ["مهاجر", "مهاجرا", "مهاجرين", "مهاجرون"]],
  ["protesters", null, ["متظاهر", "متظاهرا", "متظاهرين", "متظاهرون", "محتج", "محتجا", "محتجين"]],
  ["activists", null, ["ناشط", "ناشطا", "ناشطين", "ناشطون"]],
  ["Palestinians", null, ["فلسطيني", "فلسطينيا", "فلسطينيين", "فلسطينيون"]],
  ["Syrians", null, ["سوري", "سوريا", "سوريين", "سوريون"]],
  ["Iraqis", null, ["عراقي", "عراقيا", "عراقيين", "عراقيون"]],
  ["Israelis", null, ["إسرائيلي", "إسرائيليا", "إسرائيليين", "إسرائيليون"]],
  ["Yemenis", null, ["يمني", "يمنيا", "يمنيين", "يمنيون"]],
  ["Lebanese", null, ["لبناني", "لبنانيا", "لبنانيين", "لبنانيون"]],
  ["Egyptians", null, ["مصري", "مصريا", "مصريين", "مصريون"]],
  ["foreigners", null, ["أجنبي", "أجنبيا", "أجانب"]],
  [null, "killed", ["قتيل", "قتيلا", "قتلى", "شهيد", "شهيدا", "شهداء", "جثة", "جثث"]],
  [null, "injured", ["جريح", "جريحا", "جرحى", "مصاب", "مصابا", "مصابين", "مصابون"]],
  [
    null,
    "displaced",
    [
      "نازح",
      "نازحا",
      "نازحين",
      "نازحون",
      "لاجئ",
      "لاجئا",
      "لاجئين",
      "لاجئون",
      "مشرد",
      "مشردين",
      "مهجر",
      "مهجرين",
    ],
  ],
  [
    null,
    "arrested",
    [
      "معتقل",
      "معتقلا",
      "معتقلين",
      "أسير",
      "أسيرا",
      "أسرى",
      "موقوف",
      "موقوفين",
      "محتجز",
      "محتجزين",
      "مخطوف",
      "مخطوفين",
      "رهينة",
      "رهائن",
    ],
  ],
  [null, "missing", ["مفقود", "مفقودا", "مفقودين", "مفقودون"]],
  // The deceased, as disaster tolls count them («3 آلاف و958 متوفى»).
  [null, "killed", ["متوفى", "متوفيا", "متوفين", "متوفون", "متوفيات"]],
  // Households: displacement is often counted in families («نزحت نحو 300 عائلة»).
  ["families", null, ["عائلة", "عائلات", "عوائل", "أسرة", "أسر"]],
];

/**
 * Duals: the noun alone counts two. Only forms that cannot be read as a plural are listed:
 * «مدنيين» is dual or plural, «مدنيان» only dual; «قتيلين» (plural قتلى) only dual.
 */
const DUALS: readonly [string | null, FigureKind | null, readonly string[]][] = [
  [null, null, ["شخصان", "شخصين"]],
  ["civilians", null, ["مدنيان"]],
  ["children", null, ["طفلان", "طفلين", "طفلتان", "طفلتين"]],
  ["women", null, ["امرأتان", "امرأتين", "سيدتان", "سيدتين"]],
  ["men", null, ["رجلان", "رجلين"]],
  ["fighters", null, ["عنصران", "عنصرين", "مقاتلان", "مسلحان"]],
  ["soldiers", null, ["جنديان", "جنديين", "عسكريان", "ضابطان", "ضابطين"]],
  ["police", null, ["شرطيان"]],
  ["journalists", null, ["صحفيان", "صحافيان"]],
  ["medics", null, ["مسعفان"]],
  ["people", null, ["مواطنان", "شقيقان", "شقيقين"]],
  ["protesters", null, ["متظاهران", "محتجان"]],
  ["families", null, ["عائلتان", "عائلتين", "أسرتان", "أسرتين"]],
  [null, "killed", ["قتيلان", "قتيلين", "شهيدان", "شهيدين"]],
  [null, "injured", ["جريحان", "جريحين", "مصابان"]],
  [null, "arrested", ["معتقلان", "أسيران", "أسيرين", "موقوفان"]],
  [null, "missing", ["مفقودان"]],
];

/** The one group that counts households rather than people. */
const unitOf = (group: string | null): FigureUnit => (group === "families" ? "families" : "people");

function nounTable(
  groups: readonly [string | null, FigureKind | null, readonly string[]][],
): Map<string, Noun> {
  const out = new Map<string, Noun>();
  for (const [en, kind, forms] of groups) {
    for (const f of forms) {
      const key = normalizeArabic(f);
      const had = out.get(key);
      // A form listed twice («ضحية»: people, and killed) keeps the more specific reading.
      if (!had || (had.kind === null && kind !== null))
        out.set(key, { en: en ?? had?.en ?? null, kind, unit: unitOf(en) });
    }
  }
  return out;
}
const PEOPLE = nounTable(GROUPS);
const DUAL = nounTable(DUALS);

/** Kind cues: verbs and verbal nouns of what happened (normalised, clitics stripped). */
const KIND_CUES = new Map<string, FigureKind>();
function cues(kind: FigureKind, words: readonly string[]): void {
  for (const w of words) KIND_CUES.set(normalizeArabic(w), kind);
}
cues("killed", [
  "قتل",
  "مقتل",
  "قتلوا",
  "قتلت",
  "قتلى",
  "القتلى",
  "قتيل",
  "مصرع",
  "لقوا",
  "لقي",
  "لقيت",
  "حتفهم",
  "حتفه",
  "استشهاد",
  "استشهد",
  "استشهدوا",
  "وفاة",
  "وفيات",
  "توفي",
  "توفوا",
  "إعدام",
  "أعدم",
  "قضوا",
  "قضى",
  "حصيلة",
  "سقوط",
  "ارتقاء",
  "قتلهم",
  "اغتيال",
  "غرق",
  "مات",
  "ماتوا",
  "موت",
  "ذبح",
  "الضحايا",
]);
cues("injured", [
  "إصابة",
  "أصيب",
  "أصيبوا",
  "إصابات",
  "جرح",
  "جرحى",
  "الجرحى",
  "إصابتهم",
  "أصيبت",
  "جروح",
  "بجروح",
]);
cues("displaced", [
  "نزوح",
  "نزح",
  "نزحوا",
  "نزحت",
  "فرت",
  "هجرت",
  "تهجير",
  "تشريد",
  "فرار",
  "فروا",
  "لجوء",
  "هجر",
  "تهجر",
  "تشرد",
]);
cues("arrested", [
  "اعتقال",
  "اعتقل",
  "اعتقلت",
  "اعتقلوا",
  "توقيف",
  "أوقف",
  "أوقفت",
  "احتجاز",
  "احتجز",
  "احتجزت",
  "خطف",
  "اختطاف",
  "أسر",
  "اعتقالات",
  "القبض",
  "ضبط",
]);
cues("missing", ["فقدان", "فقد", "فقدوا", "اختفاء", "مفقودين", "المفقودين"]);
// Plural nouns of a status name the kind of a count elsewhere in the sentence («عدد النازحين
// … بحوالى 90 ألف شخص»). The article is part of the stem, so both forms are listed.
const withArticle = (words: readonly string[]) => words.flatMap((w) => [w, `ال${w}`]);
cues("displaced", withArticle(["نازحين", "لاجئين", "مهجرين", "مشردين"]));
cues("arrested", withArticle(["معتقلين", "أسرى", "محتجزين", "مخطوفين"]));
cues("injured", withArticle(["مصابين"]));
cues("killed", withArticle(["شهداء"]));
// Adjectives agreeing with a count of families («300 عائلة نازحة»).
cues("displaced", withArticle(["نازحة", "مهجرة", "مشردة"]));

/** Qualifiers written before the count, longest first (normalised token sequences). */
const PRE_QUALIFIERS: readonly (readonly [readonly string[], Qualifier])[] = (
  [
    [["ما", "لا", "يقل", "عن"], "at_least"],
    [["ما", "يزيد", "عن"], "more_than"],
    [["ما", "يزيد", "على"], "more_than"],
    [["ما", "يربو", "على"], "more_than"],
    [["ما", "يربو", "عن"], "more_than"],
    [["ما", "يفوق"], "more_than"],
    [["ما", "يصل", "إلى"], "up_to"],
    [["ما", "يقارب"], "about"],
    [["ما", "يقرب", "من"], "about"],
    [["ما", "يناهز"], "about"],
    [["لا", "يقل", "عن"], "at_least"],
    [["أكثر", "من"], "more_than"],
    [["أزيد", "من"], "more_than"],
    [["أقل", "من"], "up_to"],
    [["يزيد", "عن"], "more_than"],
    [["يزيد", "على"], "more_than"],
    [["يربو", "على"], "more_than"],
    [["يفوق"], "more_than"],
    [["يصل", "إلى"], "up_to"],
    [["حتى"], "up_to"],
    [["نحو"], "about"],
    [["حوالى"], "about"],
    [["حوالي"], "about"],
    [["قرابة"], "about"],
    [["زهاء"], "about"],
    [["يقارب"], "about"],
    [["يناهز"], "about"],
    [["تقريبا"], "about"],
  ] as [string[], Qualifier][]
).map(([words, q]) => [words.map(normalizeArabic), q] as const);

/** A word's readings with no clitic or a short one (و، ف، ب، ل، ك and pairs). */
const shortStems = perWord((norm, word): readonly string[] => {
  const out: string[] = [];
  for (const c of splitsOf({ norm, word })) if (c.clitic.length <= 2) out.push(c.stem);
  return out;
});
const NO_STEMS: readonly string[] = [];
function stems(t: Token | undefined): readonly string[] {
  return t ? shortStems(t) : NO_STEMS;
}

/** Qualifiers by their LAST word: only those whose last word precedes the count are tried. */
const QUALIFIERS_BY_LAST = new Map<string, (readonly [readonly string[], Qualifier])[]>();
for (const entry of PRE_QUALIFIERS) {
  const last = entry[0][entry[0].length - 1] ?? "";
  const list = QUALIFIERS_BY_LAST.get(last) ?? [];
  list.push(entry);
  QUALIFIERS_BY_LAST.set(last, list);
}
/** Qualifiers by their FIRST word, for qualifiers read forwards (in breakdowns). */
const QUALIFIERS_BY_FIRST = new Map<string, (readonly [readonly string[], Qualifier])[]>();
for (const entry of PRE_QUALIFIERS) {
  const first = entry[0][0] ?? "";
  const list = QUALIFIERS_BY_FIRST.get(first) ?? [];
  list.push(entry);
  QUALIFIERS_BY_FIRST.set(first, list);
}

function matchesAt(tokens: readonly Token[], start: number, words: readonly string[]): boolean {
  if (start < 0) return false;
  for (let k = 0; k < words.length; k++) {
    if (!stems(tokens[start + k]).includes(words[k] ?? "")) return false;
  }
  return true;
}

function qualifierBefore(
  tokens: readonly Token[],
  i: number,
): { q: Qualifier; start: number } | null {
  for (const st of stems(tokens[i - 1])) {
    // Longest first: PRE_QUALIFIERS is ordered so, and each list keeps that order.
    for (const [words, q] of QUALIFIERS_BY_LAST.get(st) ?? []) {
      const start = i - words.length;
      if (matchesAt(tokens, start, words)) return { q, start };
    }
  }
  return null;
}

const ALA = normalizeArabic("على");
const FI = normalizeArabic("في");
const AQAL = normalizeArabic("الأقل");
const MIN = normalizeArabic("من");
const TAQRIBAN = normalizeArabic("تقريبا");

/** «على الأقل» (or Iraqi «في الأقل») at token k. */
function atLeastAt(tokens: readonly Token[], k: number): boolean {
  const s = stems(tokens[k]);
  return (s.includes(ALA) || s.includes(FI)) && tokens[k + 1]?.norm === AQAL;
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
const POSSESSIVE = ["هما", "هم", "هن", "ها", "ه", "نا", "كم"].map(normalizeArabic);

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

/**
 * A lookup of what the first of a token's clitic-stripped stems (see `stems`) maps to in
 * `table`. Asked of nearly every token; which reading hits is memoised per word.
 */
function stemLookup<T>(table: ReadonlyMap<string, T>): (token: Token | undefined) => T | null {
  const readings = splitsWhere((c) => c.clitic.length <= 2 && !!table.get(c.stem));
  return (token) => {
    const hit = token ? readings(token)[0] : undefined;
    return hit ? (table.get(hit.stem) ?? null) : null;
  };
}

const dualOf = stemLookup(DUAL);
const kindOf = stemLookup(KIND_CUES);

/** A dual noun at token k, without the article («قتيلين», «وطفلان»). */
function dualAt(tokens: readonly Token[], k: number): Noun | null {
  return dualOf(tokens[k]);
}

export interface FigureContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

const SOURCE_CUES = keySet([
  "بحسب",
  "حسب",
  "وفق",
  "وفقا",
  "نقلا",
  "حصيلة",
  "ذكر",
  "ذكرت",
  "أفاد",
  "أفادت",
  "أعلن",
  "أعلنت",
  "قال",
  "قالت",
  "أكد",
  "أكدت",
  "أحصى",
  "وثق",
  "وثقت",
  "يقول",
  "تقول",
  "أشار",
  "أشارت",
  "أوضح",
  "أوضحت",
  "قدر",
  "قدرت",
  "يقدر",
  "تقدر",
]);

function isSourceCue(t: Token | undefined): boolean {
  return stems(t).some((st) => SOURCE_CUES.has(st));
}

/** Verbs of telling a name behind «ل» was told by: «أفاد ناشطون للجزيرة نت». */
const TELLING = keySet(["افاد", "افادت", "تحدث", "تحدثت", "كشف", "كشفت"]);

/**
 * «وفق ما أفاد به ناشطون للجزيرة نت»: the outlet behind «ل» after a verb of telling was told;
 * it is not the source. After a noun it owns the figure: «بحسب إحصائية لنورث برس».
 */
function toldBy(text: string, tokens: readonly Token[], m: Mention): boolean {
  if (!isAddressee(text, m)) return false;
  for (let k = m.tokStart - 1; k >= Math.max(0, m.tokStart - 3); k--) {
    const t = tokens[k];
    if (isSayingVerb(t) || stems(t).some((st) => TELLING.has(st))) return true;
  }
  return false;
}

/** An indefinite nisba adjective after a counted noun: «سوريا», «سوريين», «مدنيون». */
const NISBA_ADJECTIVE = /^(?!ال)[\u0621-\u064A]{3,}(يا|يين|يون|ي|يه|يات)$/;

/** «المرصد، ومقره بريطانيا»: the place after these is a body's seat, not where people died. */
const SEAT_WORDS = keySet(["مقره", "مقرها", "ومقره", "ومقرها", "مقرهم", "ومقرهم"]);

/** Capacity words before a count of beds, which are spelled like families. */
const CAPACITY = keySet(["سعة", "بسعة", "طاقة", "بطاقة", "طاقتها"]);

/** Words that open a breakdown of the figure just read: «بينهم 50 طفلا», «منهم ثلاث نساء». */
const PART_CUES = keySet(["بينهم", "بينهن", "منهم", "منهن", "ضمنهم", "بينها", "أغلبهم", "معظمهم"]);

/** A count read at token i: a number, or a dual noun standing for two. */
interface CountAt {
  readonly value: number;
  /** Token after the count (for a dual: the dual noun itself is at `end - 1`). */
  readonly end: number;
  readonly vague: boolean;
  /** Set when the count word is itself the counted noun (a dual, or a singular in a breakdown). */
  readonly selfNoun: Noun | null;
}

function countAt(text: string, tokens: readonly Token[], i: number): CountAt | null {
  const num: NumberRead | null = readNumber(text, tokens, i);
  if (num) return { ...num, selfNoun: null };
  const dual = dualAt(tokens, i);
  if (!dual) return null;
  // «طفلين اثنين»: the number word after a dual repeats it.
  const next = readNumber(text, tokens, i + 1);
  return {
    value: 2,
    end: next && next.value === 2 ? next.end : i + 1,
    vague: false,
    selfNoun: dual,
  };
}

/** The counted noun after a count: optional «على الأقل» and «من» before it. */
interface Counted {
  readonly noun: Noun;
  /** The noun's matching key (clitics and, where allowed, the article removed). */
  readonly stem: string;
  /** Token index of the noun. */
  readonly at: number;
  /** Token after the noun and any trailing qualifier. */
  readonly end: number;
  readonly qualifier: Qualifier | null;
}

function countedAfter(
  tokens: readonly Token[],
  count: CountAt,
  inSentence: (k: number) => boolean,
): Counted | null {
  if (count.selfNoun) {
    const at = count.end - 1;
    const dualTok = tokens[at];
    const stem = dualTok
      ? (stems(dualTok).find((st) => DUAL.has(st)) ?? singularAt(dualTok) ?? dualTok.norm)
      : "";
    return { noun: count.selfNoun, stem, at, end: count.end, qualifier: null };
  }
  let k = count.end;
  let qualifier: Qualifier | null = null;
  if (atLeastAt(tokens, k)) {
    qualifier = "at_least";
    k += 2;
  }
  // «خمسة على الأقل من عناصر», «عشرات من المدنيين», «عشرات المدنيين».
  let partitive = false;
  if (stems(tokens[k]).includes(MIN) && inSentence(k + 1)) {
    k++;
    partitive = true;
  }
  if (!inSentence(k)) return null;
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
  } else if (stems(tokens[end]).includes(TAQRIBAN)) {
    qualifier = "about";
    end += 1;
  }
  return { noun: hit.noun, stem: hit.stem, at: k, end, qualifier };
}

const DEFINITE_VAGUE = keySet(["العشرات", "المئات", "الآلاف", "الألوف"]);

/**
 * «وجرح العشرات», «اعتقال المئات»: a definite vague plural standing alone right after a kind
 * cue counts people without naming them.
 */
function vagueAfterCue(
  tokens: readonly Token[],
  i: number,
  start: number,
  count: CountAt,
): Counted | null {
  const t = tokens[i];
  if (!count.vague || !t || !DEFINITE_VAGUE.has(t.norm) || !kindAt(tokens, start - 1)) return null;
  return { noun: ANYONE, stem: t.norm, at: i, end: count.end, qualifier: null };
}

/** The qualifier of a count: a word before it, else after it, else vague → more_than. */
function qualifierOf(pre: Qualifier | null, post: Qualifier | null, vague: boolean): Qualifier {
  return pre ?? post ?? (vague ? "more_than" : "exact");
}

export function findFigures(para: FigureContext): Figure[] {
  return findFiguresAfter(para, []).figures;
}

/** How many earlier figures a breakdown opening a paragraph looks back over for its kind. */
const BREAKDOWN_LOOK_BACK = 50;

/**
 * The figures of a paragraph that follows the article's `earlier` figures: a breakdown at the
 * start of this paragraph («وأضافت الوزارة أن من بين الشهداء 14 ألف طفل») belongs to the
 * latest earlier figure of its kind, which comes back with the parts added in `updated`
 * (index in `earlier` → the figure that replaces it; `earlier` itself is not touched).
 */
export function findFiguresAfter(
  para: FigureContext,
  earlier: readonly Figure[],
): { figures: Figure[]; updated: ReadonlyMap<number, Figure>; uncounted: UncountedFigure[] } {
  const { text, tokens, mentions } = para;
  const out: Figure[] = [];
  const uncounted: UncountedFigure[] = [];
  const updated = new Map<number, Figure>();
  const sentences: Range[] = sentenceRanges(text);
  let s = 0;
  /** Sentence index of the last figure pushed (breakdowns attach to it). */
  let lastSentence = -1;
  /** Kind and sentence of the last figure read, believed or not (an over-cap part joins it). */
  let last: { kind: FigureKind; sentence: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const count = countAt(text, tokens, i);
    if (!count) continue;
    const tok = tokens[i];
    if (!tok) continue;
    /** The phrase from token `a` up to (not including) token `b`, as written. */
    const asWritten = (a: number, b: number) => {
      const from = tokens[a];
      const to = tokens[b - 1];
      return from && to ? text.slice(from.start, to.end) : tok.text;
    };
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= tok.start) s++;
    const sent = sentences[s] ?? { start: 0, end: text.length };
    const inSentence = (k: number) => {
      const t = tokens[k];
      return !!t && t.start >= sent.start && t.end <= sent.end;
    };

    const pre = qualifierBefore(tokens, i);
    const counted =
      countedAfter(tokens, count, inSentence) ?? vagueAfterCue(tokens, i, pre?.start ?? i, count);
    if (!counted) {
      i = count.end - 1;
      continue;
    }
    // «مستشفى بسعة 200 أسرة»: beds (أَسِرّة), written like families (أُسَر).
    if (
      counted.noun.unit === "families" &&
      CAPACITY.has(tokens[(pre?.start ?? i) - 1]?.norm ?? "")
    ) {
      i = counted.end - 1;
      continue;
    }
    const qualifier = qualifierOf(pre?.q ?? null, counted.qualifier, count.vague);
    let end = counted.end;

    // Kind: the noun itself when it names what happened (قتيلا، جرحى), else the nearest kind
    // cue in the sentence (before wins ties). A noun that names a status (لاجئين، معتقلين)
    // only says who was counted: «قتل 5 لاجئين» counts refugees killed, not displaced.
    let kind: FigureKind | null = EVENT_KINDS.has(counted.noun.kind) ? counted.noun.kind : null;
    let cueStart = i;
    if (!kind) {
      let best = Number.POSITIVE_INFINITY;
      for (let b = (pre?.start ?? i) - 1, d = 1; b >= 0 && d <= 8 && inSentence(b); b--, d++) {
        const hit = kindAt(tokens, b);
        if (hit) {
          kind = hit;
          best = d;
          cueStart = b;
          break;
        }
      }
      for (let a = end, d = 1; a < tokens.length && d <= 6 && inSentence(a); a++, d++) {
        if (d >= best) break;
        const hit = kindAt(tokens, a);
        if (hit) {
          kind = hit;
          end = a + 1;
          cueStart = pre?.start ?? i;
          break;
        }
      }
    }
    kind ??= counted.noun.kind;
    if (!kind) {
      i = end - 1;
      continue;
    }
    // A count too large to believe is kept as written, never tallied. After a part cue
    // («بينهم 200000000 طفل») it breaks down the figure just read, and takes its kind.
    if (count.value > MAX_COUNT) {
      const cue = tokens[(pre?.start ?? i) - 1];
      const part = last?.sentence === s && stems(cue).some((st) => PART_CUES.has(st)) ? last : null;
      const upTo = part ? counted.end : end;
      const u: UncountedFigure = {
        kind: part ? part.kind : kind,
        text: asWritten(part ? (pre?.start ?? i) : Math.min(cueStart, pre?.start ?? i), upTo),
        why: "too-large",
      };
      uncounted.push(u);
      last = { kind: u.kind, sentence: s };
      i = upTo - 1;
      continue;
    }

    // Breakdown: «بينهم 50 طفلا و20 امرأة» right after the figure, in its sentence.
    // «… قتل 28 مدنيا، بحسب المرصد الذي أكد أن من بين القتلى 6 أطفال و8 نساء»: a breakdown
    // of the figure just read (this sentence or the one before), not a figure of its own.
    // The figure it breaks down is the latest of its kind («بين القتلى» a toll of the killed,
    // not the injured count read after it): this paragraph's, or an earlier paragraph's when
    // this is the paragraph's first sentence and it has none yet.
    const of = breakdownOfBefore(tokens, pre?.start ?? i);
    if (of) {
      const fits = (f: Figure) => of === "any" || f.kind === of;
      const here = lastSentence >= s - 1 ? out.findLastIndex(fits) : -1;
      let there = -1;
      if (out.length === 0 && s === 0) {
        const stop = Math.max(0, earlier.length - BREAKDOWN_LOOK_BACK);
        for (let k = earlier.length - 1; k >= stop && there < 0; k--) {
          if (fits(earlier[k] as Figure)) there = k;
        }
      }
      const target = here >= 0 ? out[here] : (updated.get(there) ?? earlier[there]);
      const list = target ? partList(text, tokens, pre?.start ?? i, inSentence) : null;
      if (target && list && list.parts.length > 0) {
        const broken = { ...target, parts: [...target.parts, ...list.parts] };
        if (here >= 0) out[here] = broken;
        else updated.set(there, broken);
        i = list.end - 1;
        continue;
      }
    }
    // «23 مدنيا على الأقل، بينهم 6 أطفال، قتلوا»: the breakdown may stand before the verb.
    let parts = partsAfter(text, tokens, end, inSentence);
    if (parts.parts.length === 0 && end > counted.end) {
      parts = partsAfter(text, tokens, counted.end, inSentence);
    }

    // Places: those named after the count in its own clause («قتل 20 شخصا في حلب وإدلب»), else
    // the nearest one before it («في حلب، قتل 20 شخصا»). Places earlier in the sentence are
    // usually its subject («تبذل الولايات المتحدة وروسيا جهودا… قتل فيها 154 شخصا»), not where
    // the people died. Every look is bounded to a window around the figure so a pathological
    // one-sentence megabyte stays linear.
    const lo = Math.max(sent.start, tok.start - FIGURE_WINDOW);
    const hi = Math.min(sent.end, (tokens[end - 1]?.end ?? tok.end) + FIGURE_WINDOW);
    const clauseEnd = endAfter(CLAUSE_BREAK, text, tokens[end - 1]?.end ?? tok.end, hi);
    const first = firstAtOrAfter(mentions, tok.start);
    const chosen: Mention[] = [];
    // «التي قالت واشنطن إنها…»: a place speaking is a government, not where people died.
    const located = (m: Mention) =>
      m.entity.type === "place" && !isSayingVerb(tokens[m.tokStart - 1]);
    for (let k = first; k < mentions.length; k++) {
      const m = mentions[k] as Mention;
      if (m.end > clauseEnd) break;
      tally("figure-places");
      if (located(m)) chosen.push(m);
    }
    for (let k = first - 1; chosen.length === 0 && k >= 0; k--) {
      const m = mentions[k] as Mention;
      tally("figure-places");
      if (m.start < lo) break;
      if (!located(m) || m.end > tok.start) continue;
      if (SEAT_WORDS.has(tokens[m.tokStart - 1]?.norm ?? "")) continue;
      // «على بلدات عيتا الشعب وكفركلا والخيام أدت إلى استشهاد 4»: the whole list.
      let head = k;
      while (
        head > 0 &&
        k - head < MAX_LISTED_PLACES &&
        coordinated(text, mentions[head - 1] as Mention, mentions[head] as Mention)
      ) {
        head--;
      }
      for (let h = head; h <= k; h++) chosen.push(mentions[h] as Mention);
    }
    // «قتل 12 مدنيا، بينهم خمسة أطفال، وأصيب 20 آخرون في غارة على مأرب»: figures listed
    // together share the place the sentence names after them, up to a contrast word.
    if (chosen.length === 0) {
      const until = endAfter(EVENT_BREAK, text, clauseEnd, hi);
      for (let k = firstAtOrAfter(mentions, clauseEnd); k < mentions.length; k++) {
        const m = mentions[k] as Mention;
        tally("figure-places");
        if (m.end > until) break;
        if (located(m)) chosen.push(m);
      }
    }
    const places: BilingualName[] = [];
    for (const m of chosen) {
      if (!places.some((p) => p.en === m.entity.en && p.ar === m.entity.ar)) {
        places.push({ ar: m.entity.ar, en: m.entity.en });
      }
    }
    // The source («بحسب المرصد…») may stand anywhere in the window's part of the sentence.
    let source: BilingualName | null = null;
    for (let k = firstAtOrAfter(mentions, lo); k < mentions.length && !source; k++) {
      const m = mentions[k] as Mention;
      tally("figure-places");
      if (m.start > hi) break;
      if (m.entity.type === "place" || toldBy(text, tokens, m)) continue;
      const before3 = [tokens[m.tokStart - 1], tokens[m.tokStart - 2], tokens[m.tokStart - 3]];
      // Or the body as the subject of the verb, before the count: «وكانت وزارة الدفاع قد
      // أعلنت أن 62 جنديا قتلوا».
      const next = tokens[m.tokEnd]?.norm === "قد" ? tokens[m.tokEnd + 1] : tokens[m.tokEnd];
      if (before3.some(isSourceCue) || (m.end <= tok.start && isSourceCue(next))) {
        source = { ar: m.entity.ar, en: m.entity.en };
      }
    }
    out.push({
      kind,
      count: count.value,
      unit: counted.noun.unit,
      qualifier,
      places,
      source,
      parts: parts.parts,
      text: asWritten(Math.min(cueStart, pre?.start ?? i), end),
    });
    lastSentence = s;
    last = { kind, sentence: s };
    i = Math.max(end, parts.end) - 1;
  }
  return { figures: out, updated, uncounted };
}

/** The most places a list before a count gives it (a bound, for hostile input). */
const MAX_LISTED_PLACES = 8;

/** Two places listed together: «حلب وإدلب», «حلب، إدلب». */
function coordinated(text: string, a: Mention, b: Mention): boolean {
  if (a.entity.type !== "place" || a.end > b.start) return false;
  const between = text.slice(a.end, b.start);
  if (!/^[\s،,]*$/.test(between) || between.length > 3) return false;
  return between.includes("،") || between.includes(",") || text[b.start] === "و";
}

/** Kinds a counted noun states outright («قتيلا»); the others name a status (نازح، معتقل). */
const EVENT_KINDS: ReadonlySet<FigureKind | null> = new Set<FigureKind>(["killed", "injured"]);

function kindAt(tokens: readonly Token[], k: number): FigureKind | null {
  return kindOf(tokens[k]);
}

/** Singular nouns that count one person in a breakdown («بينهم امرأة»). */
const SINGULAR = keySet([
  "امرأة",
  "طفل",
  "طفلة",
  "رجل",
  "سيدة",
  "جندي",
  "صحفي",
  "صحافي",
  "مسعف",
  "ضابط",
]);

/** The singular noun a token is, behind at most «و» («وطفل»), or null. */
function singularAt(t: Token | undefined): string | null {
  if (!t) return null;
  if (SINGULAR.has(t.norm)) return t.norm;
  const bare = t.norm.startsWith("و") ? t.norm.slice(1) : "";
  return SINGULAR.has(bare) ? bare : null;
}

/**
 * «(من) بين القتلى/الضحايا/الجرحى…» right before a count: that count is a breakdown of a
 * figure of this kind («هؤلاء», "these", of any).
 */
const BREAKDOWN_OF: ReadonlyMap<string, FigureKind | "any"> = keyMap<FigureKind | "any">([
  ["القتلى", "killed"],
  ["الشهداء", "killed"],
  ["الضحايا", "killed"],
  ["الجرحى", "injured"],
  ["المصابين", "injured"],
  ["المعتقلين", "arrested"],
  ["النازحين", "displaced"],
  ["المفقودين", "missing"],
  ["هؤلاء", "any"],
]);
const BAYN = normalizeArabic("بين");

function breakdownOfBefore(tokens: readonly Token[], i: number): FigureKind | "any" | null {
  if (!stems(tokens[i - 2]).includes(BAYN)) return null;
  for (const st of stems(tokens[i - 1])) {
    const kind = BREAKDOWN_OF.get(st);
    if (kind) return kind;
  }
  return null;
}

/** How many tokens after a figure its breakdown cue may stand («… في حلب، بينهم …»). */
const PART_LOOKAHEAD = 8;

/**
 * The breakdown after a figure ending at token `from`: a part cue, then one or more
 * «[qualifier] count [من] group» joined by «و» or commas. Returns the parts and the token
 * after the last one (`from` when there are none).
 */
function partsAfter(
  text: string,
  tokens: readonly Token[],
  from: number,
  inSentence: (k: number) => boolean,
): { parts: FigurePart[]; end: number } {
  let cue = -1;
  for (let k = from; k < from + PART_LOOKAHEAD && inSentence(k); k++) {
    if (stems(tokens[k]).some((st) => PART_CUES.has(st))) {
      cue = k;
      break;
    }
    // Another count or kind cue first: whatever follows belongs to that.
    if (countAt(text, tokens, k) || kindAt(tokens, k)) break;
  }
  if (cue < 0) return { parts: [], end: from };
  const list = partList(text, tokens, cue + 1, inSentence);
  return list.parts.length > 0 ? list : { parts: [], end: from };
}

/**
 * «[qualifier] count [من] group», repeated with «و» or commas, from token `from`: the body of a
 * breakdown. Returns the parts and the token after the last one.
 */
function partList(
  text: string,
  tokens: readonly Token[],
  from: number,
  inSentence: (k: number) => boolean,
): { parts: FigurePart[]; end: number } {
  const parts: FigurePart[] = [];
  let k = from;
  let end = from;
  for (let n = 0; n < 6 && inSentence(k); n++) {
    // «و» as its own token between parts («و 20 امرأة»).
    if (tokens[k]?.norm === "و") k++;
    const pre = qualifierAfterCue(tokens, k);
    const at = k + pre.len;
    // «بينهم امرأة»: a singular noun alone counts one.
    const single = pre.len === 0 ? singularAt(tokens[at]) : null;
    const count =
      countAt(text, tokens, at) ??
      (single !== null
        ? { value: 1, end: at + 1, vague: false, selfNoun: PEOPLE.get(single) ?? null }
        : null);
    if (!count || count.value > MAX_COUNT || !inSentence(at)) break;
    const counted = countedAfter(tokens, count, inSentence);
    if (!counted) break;
    const nounTok = tokens[counted.at];
    const first = tokens[k];
    const last = tokens[counted.end - 1];
    if (!nounTok || !first || !last) break;
    parts.push({
      count: count.value,
      qualifier: qualifierOf(pre.q, counted.qualifier, count.vague),
      group: { ar: groupName(nounTok, counted.stem), en: counted.noun.en },
      text: text.slice(first.start, last.end),
    });
    k = counted.end;
    end = k;
  }
  return { parts, end };
}

/** A qualifier at token k («نحو 50 طفلا»): its length in tokens (0 for none). */
function qualifierAfterCue(
  tokens: readonly Token[],
  k: number,
): { q: Qualifier | null; len: number } {
  for (const st of stems(tokens[k])) {
    for (const [words, q] of QUALIFIERS_BY_FIRST.get(st) ?? []) {
      if (matchesAt(tokens, k, words)) return { q, len: words.length };
    }
  }
  return { q: null, len: 0 };
}

/** «وطفلان» → «طفلان»: the group as written, without a conjunction read off it. */
function groupName(tok: Token, stem: string): string {
  const c = tok.text[0];
  if ((c === "و" || c === "ف") && !tok.norm.startsWith(stem) && tok.text.length > 1) {
    return tok.text.slice(1);
  }
  return tok.text;
}

/** How far (in characters) around a figure its places and source are looked for. */
const FIGURE_WINDOW = 300;

/** Words that turn a sentence to something else («…، فيما التقى الوزراء…»). */
const CONTRAST = "فيما|بينما|في حين|فى حين";
/** Where the clause holding a figure ends: a comma or semicolon, or a contrast word. */
const CLAUSE_BREAK = new RegExp(`[،,؛;]|\\s(?:${CONTRAST})\\s`);
/** Where a sentence turns to another event: a semicolon or a contrast word (commas do not). */
const EVENT_BREAK = new RegExp(`[؛;]|\\s(?:${CONTRAST}|في المقابل|فى المقابل)\\s`);

/** Offset of the first `brk` in text[from, limit), or `limit`. */
function endAfter(brk: RegExp, text: string, from: number, limit: number): number {
  if (from >= limit) return limit;
  const hit = brk.exec(text.slice(from, limit));
  return hit ? from + hit.index : limit;
}

/** One figure per kind, count, unit and qualifier; places, sources and parts of repeats are merged. */
export function mergeFigures(figures: readonly Figure[]): Figure[] {
  const out = new Map<string, Figure>();
  for (const f of figures) {
    const key = `${f.kind}:${f.count}:${f.unit}:${f.qualifier}`;
    const had = out.get(key);
    if (!had) {
      out.set(key, f);
      continue;
    }
    const places = [...had.places];
    for (const p of f.places) if (!places.some((q) => q.ar === p.ar)) places.push(p);
    const parts = had.parts.length > 0 ? had.parts : f.parts;
    out.set(key, { ...had, places, source: had.source ?? f.source, parts });
  }
  return [...out.values()];
}
