/**
 * The figures of one paragraph, read count by count. Each count goes through the stages in
 * turn: the noun it counts (count.ts), how exact it is (qualifier.ts), what happened
 * (kind.ts), then either kept as too large or vague (uncounted.ts), added as parts to a figure already
 * read (breakdown.ts), or made a figure with its breakdown, places (place.ts) and source
 * (source.ts). A count that fails a stage is skipped past. This file holds the order and the
 * scan's state: the sentence it is in and what has been read so far.
 */

import type { Figure, Qualifier, UncountedFigure } from "../../facts.ts";
import { MAX_COUNT } from "../text/numbers.ts";
import { type Range, sentenceRanges } from "../text/sentences.ts";
import type { Token } from "../text/tokenize.ts";
import { type Breakable, breakdownAfter, breakdownOfEarlier } from "./breakdown.ts";
import {
  bareAfterVerbalNoun,
  bareDrivenTo,
  type CountAt,
  type Counted,
  countAt,
  countedAfter,
  countsBeds,
  groupBefore,
  NISBA_ADJECTIVE,
  totalOfGroup,
  vagueAfterCue,
} from "./count.ts";
import { elided, type LastFigure, listedKind } from "./ellipsis.ts";
import { fateUnknown, type KindRead, kindAt, kindNear } from "./kind.ts";
import { placeStartsAt, placesOf, windowOf } from "./place.ts";
import { qualifierBefore, qualifierOf } from "./qualifier.ts";
import { asWritten, type CountSite, type FigureContext } from "./site.ts";
import { sourceOf } from "./source.ts";
import { keepUncounted, type Uncounted } from "./uncounted.ts";
import { risesTo, supersede } from "./update.ts";

/** One paragraph's scan: where it is, and what it has read. */
interface Scan extends Breakable, Uncounted {
  readonly para: FigureContext;
  readonly sentences: readonly Range[];
  /** Index of the sentence holding the current count. */
  s: number;
  /** The sentence each figure of `out` was read in. */
  readonly outSentences: number[];
  /** The figure read last, for a count listed after it without its noun. */
  lastFigure: LastFigure | null;
  /**
   * A count of people no cue gave a kind yet («22 مقاتلا من الفصائل»): the next count joined
   * to it by «و» whose kind comes after it («و17 من أفراد القوات قتلوا») gives it that kind.
   */
  kindless: Kindless | null;
}

/** A count of people waiting for the kind of the count joined after it. */
interface Kindless {
  readonly site: CountSite;
  readonly count: CountAt;
  readonly counted: Counted;
  readonly qualifier: Qualifier;
}

/** The figures of a paragraph read on its own. */
export function findFigures(para: FigureContext): Figure[] {
  return findFiguresAfter(para, []).figures;
}

/**
 * The figures of a paragraph that follows the article's `earlier` figures: a breakdown at the
 * start of this paragraph («وأضافت الوزارة أن من بين الشهداء 14 ألف طفل») belongs to the
 * latest earlier figure of its kind, which comes back with the parts added in `updated`
 * (index in `earlier` → the figure that replaces it; `earlier` itself is not touched).
 */
export function findFiguresAfter(
  para: FigureContext,
  earlier: readonly Figure[],
): {
  figures: Figure[];
  /** The sentence of the paragraph each figure was read in. */
  sentences: number[];
  updated: ReadonlyMap<number, Figure>;
  uncounted: UncountedFigure[];
} {
  const scan: Scan = {
    para,
    sentences: sentenceRanges(para.text),
    out: [],
    earlier,
    updated: new Map<number, Figure>(),
    uncounted: [],
    s: 0,
    outSentences: [],
    lastSentence: -1,
    last: null,
    lastFigure: null,
    kindless: null,
  };
  const { text, tokens } = para;
  for (let i = 0; i < tokens.length; i++) {
    const count = countAt(text, tokens, i);
    if (count) i = readCount(scan, i, count) - 1;
  }
  return {
    figures: scan.out,
    sentences: scan.outSentences,
    updated: scan.updated,
    uncounted: scan.uncounted,
  };
}

/** Reads the count at token i through the stages. Returns the token to go on from. */
function readCount(scan: Scan, i: number, count: CountAt): number {
  const { tokens } = scan.para;
  const tok = tokens[i];
  if (!tok) return i + 1;
  const pre = qualifierBefore(tokens, i);
  const site = siteOf(scan, i, tok, pre?.start ?? i);
  const counted =
    countedAfter(tokens, count, site.inSentence) ??
    vagueAfterCue(tokens, i, site.start, count) ??
    bareAfterVerbalNoun(site.text, tokens, i, site.start, count) ??
    bareDrivenTo(tokens, i, count) ??
    totalOfGroup(site.text, tokens, i, site.start, count);
  if (!counted) {
    // «واثنان في سراقب»: the noun and kind of the figure just read.
    const listed = elided(tokens, i, count, site.s, scan.lastFigure, placeStartsAt(site));
    if (!listed || count.value > MAX_COUNT) return count.end;
    const qualifier = qualifierOf(pre?.q ?? null, null, false);
    return addFigure(scan, site, count, listed.counted, qualifier, listed.read);
  }
  if (countsBeds(tokens, counted, site.start)) return counted.end;
  const qualifier = qualifierOf(pre?.q ?? null, counted.qualifier, count.vague);
  const read =
    fateUnknown(site, counted.end) ??
    kindNear(site, counted.noun.kind, counted.end) ??
    totalRead(site, counted.end) ??
    listedKind(tokens, i, site.start, count, counted, site.s, scan.lastFigure);
  if (!read) {
    scan.kindless = { site, count, counted, qualifier };
    return counted.end;
  }
  // A count too large to believe, or a vague one («عشرات»), is kept as written, never tallied.
  if (count.value > MAX_COUNT) return keepUncounted(scan, site, counted.end, read, "too-large");
  if (count.vague) return keepUncounted(scan, site, counted.end, read, "vague");
  // «من بين القتلى 6 أطفال»: the parts of a figure already read, not a figure of its own.
  const attached = breakdownOfEarlier(scan, site);
  if (attached >= 0) return attached;
  if (subsetOfEarlier(scan, tokens, count, counted, read)) return counted.end;
  sharedKind(scan, site, read);
  return addFigure(scan, site, count, counted, qualifier, read);
}

/**
 * «4 من المصابين في حالة حرجة», «وفاة أحد جرحى المنطقة»: some of a group a figure already
 * counted, named by its kind noun («المصابين», «جرحى») after «من» or in construct with «أحد»,
 * say something of part of it; they are no new figure of that kind.
 */
function subsetOfEarlier(
  scan: Scan,
  tokens: readonly Token[],
  count: CountAt,
  counted: Counted,
  read: KindRead,
): boolean {
  if (counted.noun.kind !== read.kind) return false;
  const noun = tokens[counted.at]?.norm ?? "";
  const partitive = counted.at > count.end && noun.startsWith("ال");
  const oneOf = count.value === 1 && counted.at === count.end && !noun.startsWith("ال");
  if (!partitive && !oneOf) return false;
  // «174 من المختطفين اعتقلوا في صنعاء»: a verb of the kind after the noun makes it a figure.
  for (let k = counted.end; k < counted.end + 3; k++) if (kindAt(tokens, k)) return false;
  const fits = (f: Figure) => f.kind === read.kind;
  return scan.out.some(fits) || scan.earlier.some(fits);
}

/** How far back a total's group may stand: «عدد النازحين من أرياف إدلب وحماة منذ … تجاوز 180 ألف شخص». */
const TOTAL_REACH = 14;

/**
 * «عدد النازحين من أرياف إدلب وحماة منذ 26 من نيسان الماضي تجاوز 180 ألف شخص»: with no kind
 * cue near, the group whose total the count gives says the kind.
 */
function totalRead(site: CountSite, end: number): KindRead | null {
  const kind = groupBefore(site.text, site.tokens, site.start, TOTAL_REACH);
  return kind ? { kind, end, cueStart: site.start } : null;
}

/** How many words may stand between a kindless count's noun and the count joined to it. */
const JOIN_GAP = 3;

/**
 * «22 مقاتلا من الفصائل و17 من أفراد القوات الحكومية قتلوا»: the kindless count just before,
 * joined by «و» in the same sentence, shares the kind a cue after this count gives.
 */
function sharedKind(scan: Scan, site: CountSite, read: KindRead): void {
  const k = scan.kindless;
  scan.kindless = null;
  if (!k || k.site.s !== site.s || read.cueStart !== site.start) return;
  const gap = site.start - k.counted.end;
  if (gap < 1 || gap > JOIN_GAP || site.tokens[site.start - 1]?.norm !== "و") return;
  // Only what describes the first noun may stand between: «من الفصائل», «سوريين»; not «إلى
  // المدينة» («وصل 22 مقاتلا إلى المدينة و17 جنديا قتلوا»: the 22 arrived).
  const first = site.tokens[k.counted.end]?.norm ?? "";
  if (gap > 1 && first !== "من" && !NISBA_ADJECTIVE.test(first)) return;
  addFigure(scan, k.site, k.count, k.counted, k.qualifier, {
    kind: read.kind,
    end: k.counted.end,
    cueStart: k.site.start,
  });
}

/** Makes the count at `site` a figure, with its breakdown, places and source. */
function addFigure(
  scan: Scan,
  site: CountSite,
  count: CountAt,
  counted: Counted,
  qualifier: Qualifier,
  read: KindRead,
): number {
  // Breakdown: «بينهم 50 طفلا و20 امرأة» right after the figure, in its sentence.
  const parts = breakdownAfter(site, counted.end, read.end, read.kind);
  const win = windowOf(site, read.end);
  const figure: Figure = {
    kind: read.kind,
    count: count.value,
    unit: counted.noun.unit,
    qualifier,
    places: placesOf(site, win),
    source: sourceOf(site, win),
    parts: parts.parts,
    text: asWritten(site, Math.min(read.cueStart, site.start), read.end),
  };
  // «وارتفعت حصيلة القتلى إلى 25»: the new total takes the place of the one it updates.
  if (!(risesTo(site) && supersede(scan, figure))) {
    scan.out.push(figure);
    scan.outSentences.push(site.s);
  }
  scan.lastSentence = site.s;
  scan.last = { kind: read.kind, sentence: site.s };
  scan.lastFigure = { kind: read.kind, noun: counted.noun, sentence: site.s };
  return Math.max(read.end, parts.end);
}

/** The count at token i in its sentence (moving the scan on to that sentence). */
function siteOf(scan: Scan, i: number, tok: Token, start: number): CountSite {
  const { text, tokens, mentions } = scan.para;
  const { sentences } = scan;
  while (scan.s < sentences.length && (sentences[scan.s]?.end ?? 0) <= tok.start) scan.s++;
  const sent = sentences[scan.s] ?? { start: 0, end: text.length };
  const inSentence = (k: number) => {
    const t = tokens[k];
    return !!t && t.start >= sent.start && t.end <= sent.end;
  };
  return { text, tokens, mentions, i, tok, start, s: scan.s, sent, inSentence };
}
