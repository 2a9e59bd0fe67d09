/**
 * Government ministries, generated rather than listed: «وزارة الخارجية الروسية» is
 * ministry × country adjective, so two small tables cover every government. The short form
 * without «وزارة» («الخارجية الروسية», «الدفاع التركية») is what agencies usually write.
 * A ministry word with no country («المتحدث باسم الخارجية») names no entity we can resolve.
 */
import { normalizeArabic } from "../text/normalize.ts";

/** [Arabic ministry word, English ministry name]. */
const MINISTRIES: readonly [string, string][] = [
  ["الخارجية", "Foreign Ministry"],
  ["الدفاع", "Defense Ministry"],
  ["الداخلية", "Interior Ministry"],
  ["الصحة", "Health Ministry"],
  ["الصحة العامة", "Public Health Ministry"],
  ["العدل", "Justice Ministry"],
  ["المالية", "Finance Ministry"],
  ["الاقتصاد", "Economy Ministry"],
  ["الإعلام", "Information Ministry"],
  ["النفط", "Oil Ministry"],
  ["الطاقة", "Energy Ministry"],
  ["التربية", "Education Ministry"],
  ["التعليم", "Education Ministry"],
  ["الزراعة", "Agriculture Ministry"],
  ["النقل", "Transport Ministry"],
  ["الأوقاف", "Religious Endowments Ministry"],
  ["الخزانة", "Treasury"],
];

const MINISTRY_BY_WORD: ReadonlyMap<string, string> = new Map(
  MINISTRIES.map(([word, en]) => [normalizeArabic(word), en]),
);

/**
 * The English ministry a normalised ministry word names («الصحه» → "Health Ministry"), for
 * ministries whose government the text gives another way («وزارة الصحة في قطاع غزة»).
 */
export function ministryNamed(norm: string): string | null {
  return MINISTRY_BY_WORD.get(norm) ?? null;
}

/** Ministry words that are used without «وزارة» in news copy. */
const BARE_OK = new Set(["الخارجية", "الدفاع", "الداخلية", "الصحة", "الخزانة"]);

/** [English adjective, Arabic feminine adjective forms]. */
export const COUNTRY_ADJECTIVES: readonly [string, readonly string[]][] = [
  ["US", ["الأمريكية", "الأميركية"]],
  ["Russian", ["الروسية"]],
  ["Syrian", ["السورية"]],
  ["Egyptian", ["المصرية"]],
  ["Turkish", ["التركية"]],
  ["Iranian", ["الإيرانية"]],
  ["Iraqi", ["العراقية"]],
  ["Lebanese", ["اللبنانية"]],
  ["Jordanian", ["الأردنية"]],
  ["Saudi", ["السعودية"]],
  ["Qatari", ["القطرية"]],
  ["Emirati", ["الإماراتية"]],
  ["Kuwaiti", ["الكويتية"]],
  ["Bahraini", ["البحرينية"]],
  ["Omani", ["العمانية"]],
  ["Yemeni", ["اليمنية"]],
  ["Libyan", ["الليبية"]],
  ["Tunisian", ["التونسية"]],
  ["Algerian", ["الجزائرية"]],
  ["Moroccan", ["المغربية"]],
  ["Sudanese", ["السودانية"]],
  ["Palestinian", ["الفلسطينية"]],
  ["Israeli", ["الإسرائيلية"]],
  ["French", ["الفرنسية"]],
  ["British", ["البريطانية"]],
  ["German", ["الألمانية"]],
  ["Italian", ["الإيطالية"]],
  ["Spanish", ["الإسبانية"]],
  ["Chinese", ["الصينية"]],
  ["Japanese", ["اليابانية"]],
  ["Indian", ["الهندية"]],
  ["Pakistani", ["الباكستانية"]],
  ["Afghan", ["الأفغانية"]],
  ["Ukrainian", ["الأوكرانية"]],
  ["Canadian", ["الكندية"]],
  ["Australian", ["الأسترالية"]],
  ["Dutch", ["الهولندية"]],
  ["Belgian", ["البلجيكية"]],
  ["Swedish", ["السويدية"]],
  ["Norwegian", ["النرويجية"]],
  ["Greek", ["اليونانية"]],
  ["Cypriot", ["القبرصية"]],
  ["Austrian", ["النمساوية"]],
  ["Swiss", ["السويسرية"]],
];

/** Departments the US and UK name differently from "<Adj> X Ministry". */
const SPECIAL: Record<string, string> = {
  "US Foreign Ministry": "US State Department",
  "US Defense Ministry": "US Department of Defense",
  "US Treasury": "US Treasury Department",
  "US Justice Ministry": "US Department of Justice",
  "British Foreign Ministry": "British Foreign Office",
  "British Defense Ministry": "British Ministry of Defence",
};

/**
 * Governments by the gazetteer's English place name, for «وزارة الخارجية في واشنطن»: news
 * names a government by its capital as often as by its adjective («طهران», «أنقرة»), Israel's
 * by «تل أبيب» as Arab outlets do. (Tunis and Algiers are spelled like their countries.)
 */
const CAPITALS: Record<string, string> = {
  ...{ Washington: "US", Moscow: "Russian", Damascus: "Syrian", Cairo: "Egyptian" },
  ...{ Ankara: "Turkish", Tehran: "Iranian", Baghdad: "Iraqi", Beirut: "Lebanese" },
  ...{ Amman: "Jordanian", Riyadh: "Saudi", Doha: "Qatari", "Abu Dhabi": "Emirati" },
  ...{ Manama: "Bahraini", Muscat: "Omani", Sanaa: "Yemeni", Rabat: "Moroccan" },
  ...{ Khartoum: "Sudanese", "Tel Aviv": "Israeli", Paris: "French", London: "British" },
  ...{ Berlin: "German", Rome: "Italian", Madrid: "Spanish", Beijing: "Chinese" },
  ...{ Tokyo: "Japanese", "New Delhi": "Indian", Islamabad: "Pakistani", Kabul: "Afghan" },
  ...{ Ottawa: "Canadian", Canberra: "Australian", Stockholm: "Swedish", Oslo: "Norwegian" },
  ...{ Athens: "Greek", Nicosia: "Cypriot", Vienna: "Austrian" },
  // The countries themselves: «وزارة الصحة في سوريا» is the Syrian Health Ministry.
  ...{ "United States": "US", Russia: "Russian", Syria: "Syrian", Egypt: "Egyptian" },
  ...{ Turkey: "Turkish", Iran: "Iranian", Iraq: "Iraqi", Lebanon: "Lebanese" },
  ...{ Jordan: "Jordanian", "Saudi Arabia": "Saudi", Qatar: "Qatari", Kuwait: "Kuwaiti" },
  ...{ "United Arab Emirates": "Emirati", Bahrain: "Bahraini", Oman: "Omani", Yemen: "Yemeni" },
  ...{ Libya: "Libyan", Tunisia: "Tunisian", Algeria: "Algerian", Morocco: "Moroccan" },
  ...{ Sudan: "Sudanese", Israel: "Israeli", France: "French", "United Kingdom": "British" },
  ...{ Germany: "German", Italy: "Italian", Spain: "Spanish", China: "Chinese" },
  ...{ Japan: "Japanese", India: "Indian", Pakistan: "Pakistani", Afghanistan: "Afghan" },
  ...{ Ukraine: "Ukrainian", Canada: "Canadian", Australia: "Australian" },
  ...{ Netherlands: "Dutch", Belgium: "Belgian", Sweden: "Swedish", Norway: "Norwegian" },
  ...{ Greece: "Greek", Cyprus: "Cypriot", Austria: "Austrian", Switzerland: "Swiss" },
};

/** Places CAPITALS names, for a test that each is a place the gazetteer knows. */
export const CAPITAL_PLACES: readonly string[] = Object.keys(CAPITALS);

/**
 * The English name of a ministry whose government is named by its capital («الخارجية» in
 * «وزارة الخارجية في واشنطن» → "US State Department"), or null when the place is no capital
 * the tables know.
 */
export function ministryOfCapital(norm: string, placeEn: string): string | null {
  const ministry = MINISTRY_BY_WORD.get(norm);
  const adj = CAPITALS[placeEn];
  if (!ministry || !adj) return null;
  const generic = `${adj} ${ministry}`;
  return SPECIAL[generic] ?? generic;
}

export interface MinistryEntry {
  readonly en: string;
  /** Canonical Arabic («وزارة الخارجية الروسية»). */
  readonly ar: string;
  readonly forms: readonly string[];
}

export function ministryEntries(): MinistryEntry[] {
  const byEn = new Map<string, { ar: string; forms: string[] }>();
  for (const [word, ministry] of MINISTRIES) {
    for (const [adj, adjForms] of COUNTRY_ADJECTIVES) {
      const generic = adj === "US" ? `US ${ministry}` : `${adj} ${ministry}`;
      const en = SPECIAL[generic] ?? generic;
      const slot = byEn.get(en) ?? { ar: `وزارة ${word} ${adjForms[0]}`, forms: [] };
      for (const a of adjForms) {
        slot.forms.push(`وزارة ${word} ${a}`);
        if (BARE_OK.has(word)) slot.forms.push(`${word} ${a}`);
      }
      byEn.set(en, slot);
    }
  }
  return [...byEn].map(([en, { ar, forms }]) => ({ en, ar, forms }));
}
