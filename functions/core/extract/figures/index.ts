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
 *
 * One stage per file: find.ts runs them over a paragraph (count.ts and nouns.ts, qualifier.ts,
 * kind.ts, uncounted.ts, breakdown.ts, place.ts, source.ts); merge.ts merges an article's
 * figures.
 */

export { findFigures, findFiguresAfter } from "./find.ts";
export { mergeFigures } from "./merge.ts";
export type { FigureContext } from "./site.ts";
