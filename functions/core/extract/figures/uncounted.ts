/**
 * Counts not believed as numbers, kept as written and never tallied: too large to believe
 * («200000000 قتيل»), so a typo or a spoof cannot swell a toll; and vague («عشرات الجرحى»,
 * «نزوح عشرات الآلاف»), which say an order of size, not a count a tally or a range could
 * take. After a part cue («بينهم 200000000 طفل») such a count breaks down the figure just
 * read, and takes its kind.
 */

import type { FigureKind, UncountedFigure } from "../../facts.ts";
import { isPartCue } from "./breakdown.ts";
import type { KindRead } from "./kind.ts";
import { asWritten, type CountSite } from "./site.ts";

/** Kind and sentence of the last figure read, believed or not (an over-cap part joins it). */
export interface LastRead {
  readonly kind: FigureKind;
  readonly sentence: number;
}

/** Where counts not believed are kept. */
export interface Uncounted {
  readonly uncounted: UncountedFigure[];
  last: LastRead | null;
}

/**
 * Keeps the count at `site` (its noun ending at `nounEnd`, its kind `read`) as written, with
 * why it is not counted. Returns the token after it.
 */
export function keepUncounted(
  into: Uncounted,
  site: CountSite,
  nounEnd: number,
  read: KindRead,
  why: UncountedFigure["why"],
): number {
  const { tokens, start, s } = site;
  const last = into.last;
  const part = last?.sentence === s && isPartCue(tokens[start - 1]) ? last : null;
  const upTo = part ? nounEnd : read.end;
  const u: UncountedFigure = {
    kind: part ? part.kind : read.kind,
    text: asWritten(site, part ? start : Math.min(read.cueStart, start), upTo),
    why,
  };
  into.uncounted.push(u);
  into.last = { kind: u.kind, sentence: s };
  return upTo;
}
