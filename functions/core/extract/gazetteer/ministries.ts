/**
 * Government ministries, generated rather than listed: «وزارة الخارجية الروسية» is
 * ministry × country adjective, so two small tables cover every government. The short form
 * without «وزارة» («الخارجية الروسية», «الدفاع التركية») is what agencies usually write.
 * A ministry word with no country («المتحدث باسم الخارجية») names no entity we can resolve.
 * The tables are data (ministries.json); this module keeps the generator.
 */
import { normalizeArabic } from "../text/normalize.ts";
import data from "./ministries.json" with { type: "json" };

/** [Arabic ministry word, English ministry name]. */
const MINISTRIES: readonly (readonly [string, string])[] = data.ministries.map(
  ([word, en]) => [word as string, en as string] as const,
);

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
const BARE_OK = new Set(
  data.ministries.filter(([, , bare]) => bare).map(([word]) => word as string),
);

/** [English adjective, Arabic feminine adjective forms]. */
export const COUNTRY_ADJECTIVES: readonly (readonly [string, readonly string[]])[] =
  data.countryAdjectives.map(([en, forms]) => [en as string, forms as string[]] as const);

/** Departments the US and UK name differently from "<Adj> X Ministry". */
const SPECIAL: Readonly<Record<string, string>> = data.special;

/**
 * Governments by the gazetteer's English place name, for «وزارة الخارجية في واشنطن»: news
 * names a government by its capital as often as by its adjective («طهران», «أنقرة»), Israel's
 * by «تل أبيب» as Arab outlets do. (Tunis and Algiers are spelled like their countries.)
 */
const CAPITALS: Readonly<Record<string, string>> = data.capitals;

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
