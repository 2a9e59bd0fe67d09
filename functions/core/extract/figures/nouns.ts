/**
 * The nouns that make a number a casualty figure: the groups of people a count may name
 * (and the kind when the noun itself says what happened), duals that count two on their own,
 * and singulars that count one in a breakdown. Kept together because each table is read
 * the same way: a token's clitic-stripped stem looked up in it.
 */

import type { FigureKind, FigureUnit } from "../../facts.ts";
import { keySet, normalizeArabic } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";
import { stemLookup } from "./stems.ts";

/** A counted noun: which group it names (English when known) and the kind when it says one. */
export interface Noun {
  readonly en: string | null;
  readonly kind: FigureKind | null;
  readonly unit: FigureUnit;
}

/** A count of people that names no group («وجرح العشرات»). */
export const ANYONE: Noun = { en: null, kind: null, unit: "people" };

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
/** Counted nouns and duals by normalised form. */
export const PEOPLE = nounTable(GROUPS);
export const DUAL = nounTable(DUALS);
const dualOf = stemLookup(DUAL);

/** A dual noun at token k, without the article («قتيلين», «وطفلان»). */
export function dualAt(tokens: readonly Token[], k: number): Noun | null {
  return dualOf(tokens[k]);
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
export function singularAt(t: Token | undefined): string | null {
  if (!t) return null;
  if (SINGULAR.has(t.norm)) return t.norm;
  const bare = t.norm.startsWith("و") ? t.norm.slice(1) : "";
  return SINGULAR.has(bare) ? bare : null;
}
