/**
 * Breakdowns: «بينهم 50 طفلا و20 امرأة» is a PART of the figure before it, never a second
 * figure. A part cue (بينهم، منهم…) right after a figure opens its breakdown; «(من) بين
 * القتلى» before a count makes that count a part of the latest figure of that kind, in this
 * paragraph or, at the paragraph's start, an earlier one.
 */

import { type Figure, FigureKind, type FigurePart } from "../../facts.ts";
import { table, words } from "../lexicon/index.ts";
import { MAX_COUNT } from "../text/numbers.ts";
import type { Token } from "../text/tokenize.ts";
import { countAt, countedAfter } from "./count.ts";
import { kindAt } from "./kind.ts";
import { nounKindAt, PEOPLE, singularAt } from "./nouns.ts";
import { qualifierAfterCue, qualifierOf } from "./qualifier.ts";
import type { CountSite } from "./site.ts";
import { stems } from "./stems.ts";

/** Words that open a breakdown of the figure just read: «بينهم 50 طفلا», «منهم ثلاث نساء». */
const PART_CUES = words("figure-words", "part-cues");

/** A part cue at token t. */
export function isPartCue(t: Token | undefined): boolean {
  return stems(t).some((st) => PART_CUES.has(st));
}

/**
 * «(من) بين القتلى/الضحايا/الجرحى…» right before a count: that count is a breakdown of a
 * figure of this kind («هؤلاء», "these", of any).
 */
const BREAKDOWN_OF: ReadonlyMap<string, FigureKind | "any"> = new Map(
  [...table<string>("event-cues", "breakdown-of")].map(
    ([w, kind]) => [w, kind === "any" ? "any" : FigureKind.parse(kind)] as const,
  ),
);
/** «بين» before those nouns. */
const BETWEEN = words("figure-words", "breakdown-between");

/**
 * The kind of figure that «بين …» right before token i breaks down («من بين القتلى 6
 * أطفال»), or that a part cue after such a noun does («الضحايا، وبينهم 20 امرأة»); or null.
 */
function breakdownOfBefore(tokens: readonly Token[], i: number): FigureKind | "any" | null {
  const noun = stems(tokens[i - 2]).some((st) => BETWEEN.has(st))
    ? tokens[i - 1]
    : isPartCue(tokens[i - 1])
      ? tokens[i - 2]
      : undefined;
  if (!noun) return null;
  for (const st of stems(noun)) {
    const kind = BREAKDOWN_OF.get(st);
    if (kind) return kind;
  }
  return null;
}

/** How many earlier figures a breakdown opening a paragraph looks back over for its kind. */
const BREAKDOWN_LOOK_BACK = 50;

/** The figures a breakdown may belong to: this paragraph's so far, and the article's earlier. */
export interface Breakable {
  readonly out: Figure[];
  readonly earlier: readonly Figure[];
  /** Earlier figures with parts added (index in `earlier` → the figure that replaces it). */
  readonly updated: Map<number, Figure>;
  /** Sentence index of the last figure pushed (breakdowns attach to it). */
  lastSentence: number;
}

/**
 * «… قتل 28 مدنيا، بحسب المرصد الذي أكد أن من بين القتلى 6 أطفال و8 نساء»: a breakdown
 * of the figure just read (this sentence or the one before), not a figure of its own.
 * The figure it breaks down is the latest of its kind («بين القتلى» a toll of the killed,
 * not the injured count read after it): this paragraph's, or an earlier paragraph's when
 * this is the paragraph's first sentence and it has none yet. Returns the token after the
 * parts when they were added to a figure, else -1.
 */
export function breakdownOfEarlier(figures: Breakable, site: CountSite): number {
  const { text, tokens, s, start, inSentence } = site;
  const of = breakdownOfBefore(tokens, start);
  if (!of) return -1;
  const { out, earlier, updated } = figures;
  const fits = (f: Figure) => of === "any" || f.kind === of;
  const here = figures.lastSentence >= s - 1 ? out.findLastIndex(fits) : -1;
  const there = out.length === 0 && s === 0 ? latestEarlier(earlier, fits) : -1;
  const target = here >= 0 ? out[here] : (updated.get(there) ?? earlier[there]);
  const list = target ? partList(text, tokens, start, inSentence, of) : null;
  if (!target || !list || list.parts.length === 0) return -1;
  const broken = { ...target, parts: [...target.parts, ...list.parts] };
  if (here >= 0) out[here] = broken;
  else updated.set(there, broken);
  return list.end;
}

/** The latest of the last BREAKDOWN_LOOK_BACK earlier figures that `fits`, or -1. */
function latestEarlier(earlier: readonly Figure[], fits: (f: Figure) => boolean): number {
  const stop = Math.max(0, earlier.length - BREAKDOWN_LOOK_BACK);
  for (let k = earlier.length - 1; k >= stop; k--) {
    if (fits(earlier[k] as Figure)) return k;
  }
  return -1;
}

/**
 * The breakdown of a figure whose noun ends at `nounEnd` and whose phrase ends at `end`:
 * after the phrase, else before its kind cue («23 مدنيا على الأقل، بينهم 6 أطفال، قتلوا»:
 * the breakdown may stand before the verb).
 */
export function breakdownAfter(
  site: CountSite,
  nounEnd: number,
  end: number,
  kind: FigureKind,
): { parts: FigurePart[]; end: number } {
  const { text, tokens, inSentence } = site;
  const parts = partsAfter(text, tokens, end, inSentence, kind);
  if (parts.parts.length === 0 && end > nounEnd) {
    return partsAfter(text, tokens, nounEnd, inSentence, kind);
  }
  return parts;
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
  kind: FigureKind,
): { parts: FigurePart[]; end: number } {
  let cue = -1;
  for (let k = from; k < from + PART_LOOKAHEAD && inSentence(k); k++) {
    if (isPartCue(tokens[k])) {
      cue = k;
      break;
    }
    // Another count or kind cue first: whatever follows belongs to that.
    if (countAt(text, tokens, k) || kindAt(tokens, k)) break;
  }
  if (cue < 0) return { parts: [], end: from };
  const list = partList(text, tokens, cue + 1, inSentence, kind);
  return list.parts.length > 0 ? list : { parts: [], end: from };
}

/**
 * «[qualifier] count [من] group», repeated with «و» or commas, from token `from`: the body of a
 * breakdown. Returns the parts and the token after the last one. A count of another kind
 * than the figure's (`kind`) ends it: in «سبعة قتلى، بينهم ثلاثة أطفال، و14 جريحا» the
 * wounded are a figure of their own.
 */
function partList(
  text: string,
  tokens: readonly Token[],
  from: number,
  inSentence: (k: number) => boolean,
  kind: FigureKind | "any",
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
    const own = nounKindAt(tokens, counted.at);
    if (own && kind !== "any" && own !== kind) break;
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

/** «وطفلان» → «طفلان»: the group as written, without a conjunction read off it. */
function groupName(tok: Token, stem: string): string {
  const c = tok.text[0];
  if ((c === "و" || c === "ف") && !tok.norm.startsWith(stem) && tok.text.length > 1) {
    return tok.text.slice(1);
  }
  return tok.text;
}
