/**
 * The outlet that published an article (`facts.outlet`), from five cues in order of trust; the
 * first that names an outlet wins:
 *
 *  1. metadata — the file's frontmatter (`outlet:`, `source:` …) or HTML head (`og:site_name`,
 *     JSON-LD `"publisher"`), read by metadata.ts (outlet/metadata.ts);
 *  2. dateline — its credit («بيروت (رويترز) -», «بيروت ـ "الحياة"», «القاهرة - بوابة
 *     الأهرام», «بغداد/ المدى»), or its "place" when that is an outlet («الجزيرة نت - خاص»);
 *  3. credit — a credit line the furniture pass removed: «(الأخبار، أ ف ب، رويترز)» (the first
 *     item is the paper, the rest the agencies it drew on), «المصدر: …» (outlet/credit-line.ts);
 *  4. told — the outlet naming itself as the one spoken to: «وقال مصدر لـ"العربي الجديد"», «في
 *     حديث لـ«الشرق الأوسط»», «أفاد مراسل الجزيرة»; the most told name, when one leads
 *     (outlet/told.ts);
 *  5. masthead — a line of page furniture that is an outlet's name alone («اندبندنت عربية»)
 *     (outlet/masthead.ts).
 *
 * Each cue's candidates are judged by outlet/name.ts. A name the gazetteer lists as media gets
 * its canonical Arabic and English, whatever cue word it usually needs («الأخبار», «الحياة»:
 * as a credit they ARE the outlet). A name no list knows is kept as written, when the place it
 * stands in says it is an outlet (a bracketed or quoted credit, a name after a media noun),
 * with an English form from the transliteration model. Everything else — «وكالات», «خاص», a
 * known place, person or non-media body, a clause — names no outlet: null is better than a
 * wrong guess.
 *
 * Work is bounded: names are at most MAX_NAME_WORDS words, the told scan looks a fixed number
 * of tokens back from each «ل» and a fixed number of characters ahead.
 */
import type { BilingualName, Outlet, OutletCue } from "../../facts.ts";
import { creditOutlet } from "./outlet/credit-line.ts";
import { mastheadOutlet } from "./outlet/masthead.ts";
import { metadataOutlet } from "./outlet/metadata.ts";
import { outletName, type Trust } from "./outlet/name.ts";
import { type ArticleText, toldOutlet } from "./outlet/told.ts";

export { creditOutlet } from "./outlet/credit-line.ts";
export { isMediaOrg } from "./outlet/listed.ts";
export { mastheadOutlet } from "./outlet/masthead.ts";
export { outletName, type Trust } from "./outlet/name.ts";
export type { ArticleText } from "./outlet/told.ts";

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
