/**
 * Page furniture removal, in the spirit of Readability: every line gets a furniture score
 * from small, named rules, and lines scoring at or above REMOVE are dropped. Each rule says
 * WHY it exists; `reasons` is kept so a surprising removal can be explained.
 *
 * Lines are classified against the BODY: the first and last lines that read like article
 * prose (long, or a full sentence). Furniture lives above the body (mastheads, dates, bylines,
 * a repeated headline) or below it (related headlines, subscribe prompts, source lines).
 *
 * The rules live in furniture/rules.ts, the pass's state in furniture/scoring.ts, line
 * helpers in furniture/lines.ts; whether a line is a dateline is the dateline reader's
 * question (dateline/credited.ts).
 */

import { splitLines, stripTrailingCredit } from "./furniture/lines.ts";
import { scoreLine } from "./furniture/rules.ts";
import {
  above,
  add,
  REMOVE,
  type Scoring,
  SOURCE_CREDIT,
  startScoring,
} from "./furniture/scoring.ts";
import { parseDateLine } from "./page-date.ts";

export { creditedDateline, outletFirst } from "./dateline/credited.ts";
export { splitLines, stripTrailingCredit } from "./furniture/lines.ts";

export interface CleanLine {
  readonly text: string;
  readonly score: number;
  readonly reasons: readonly string[];
}

export interface CleanedText {
  /** Lines kept as article text (title line not yet removed). */
  readonly lines: readonly string[];
  /** A headline-like line found in the furniture (repeated, or above the body), if any. */
  readonly headline: string | null;
  /** YYYY-MM-DD from a date-only line above the body, if any. */
  readonly pageDate: string | null;
  /** A dateline standing on its own line above the body («دمشق - 12 أيار 2016 (أ ف ب)»). */
  readonly dateline: string | null;
  /** Every input line with its score: the explanation of what was removed. */
  readonly audit: readonly CleanLine[];
  /**
   * Credits removed from the text, as written: credit lines («(الأخبار، أ ف ب، رويترز)»,
   * «المصدر: …») and trailing credits cut off a paragraph.
   */
  readonly credits: readonly string[];
  /** Lines removed because they are an outlet's name alone («العربية نت»), in text order. */
  readonly mastheads: readonly string[];
}

export function removeFurniture(text: string): CleanedText {
  const lines = splitLines(text);
  const n = lines.length;
  const s = startScoring(lines);
  for (let i = 0; i < n; i++) scoreLine(s, i);
  const topHeadline = headlineAbove(s);
  // A date beside the masthead (editor-in-chief lines) is the site's "today" stamp, printed on
  // every page whenever it is viewed, not the day this article was published.
  if (s.pageDateLine >= 0 && s.mastheadLines.some((m) => Math.abs(m - s.pageDateLine) <= 3)) {
    s.pageDate = null;
  }
  const kept: string[] = [];
  const credits: string[] = [];
  keepText(s, kept, credits);
  // Never the whole body: when every line read as furniture (a brief with no sentence
  // marks, lines ending in emoji), the text has no headline either: every line but the
  // credits is the body, and the title comes from its lead.
  let chosen = topHeadline ?? s.headline;
  if (kept.every((l) => l.trim() === "") && n > 1) {
    chosen = null;
    kept.length = 0;
    for (let i = 0; i < n; i++) {
      if (!s.reasons[i]?.includes(SOURCE_CREDIT)) kept.push(lines[i] ?? "");
    }
  }
  return {
    lines: kept,
    headline: chosen,
    pageDate: s.pageDate ?? s.dateBelow,
    dateline: s.dateline,
    audit: lines.map((text, i) => ({ text, score: s.scores[i] ?? 0, reasons: s.reasons[i] ?? [] })),
    credits,
    mastheads: s.mastheads,
  };
}

/** The headline above the body: the first short, non-furniture line before the prose. */
function headlineAbove(s: Scoring): string | null {
  let topHeadline: string | null = null;
  for (let i = 0; i < s.lines.length && above(s, i); i++) {
    const line = s.lines[i] ?? "";
    if ((s.scores[i] ?? 0) >= REMOVE) {
      // A repeated headline is dropped as a repeat but still names the article.
      if (
        topHeadline === null &&
        (s.repeats.get(line) ?? 0) > 1 &&
        (s.counts[i] ?? 0) <= 25 &&
        !parseDateLine(line)
      ) {
        topHeadline = line;
      }
      continue;
    }
    if ((s.counts[i] ?? 0) <= 30) {
      // Once the title is found, a short sentence right above the body is its lead, not a
      // second headline («قتل 12 مدنيا في غارات على إدلب.»): headlines end without a period.
      if (topHeadline !== null && leadSentence(s, i)) continue;
      topHeadline ??= line;
      add(s, i, REMOVE, "headline (kept as the title)");
    }
  }
  return topHeadline;
}

/** A short line of four words or more ending a sentence, with only the body after it. */
function leadSentence(s: Scoring, i: number): boolean {
  const line = s.lines[i] ?? "";
  return (s.counts[i] ?? 0) >= 4 && /[.!?؟]$/.test(line) && i + 1 === s.firstBody;
}

/**
 * The lines kept as text, with trailing credits cut off them (into `credits`), and the
 * removed credit lines (into `credits` too, in text order).
 */
function keepText(s: Scoring, kept: string[], credits: string[]): void {
  for (let i = 0; i < s.lines.length; i++) {
    const line = s.lines[i] ?? "";
    if ((s.scores[i] ?? 0) >= REMOVE) {
      if (s.reasons[i]?.includes(SOURCE_CREDIT)) credits.push(line);
      continue;
    }
    const text = stripTrailingCredit(line);
    if (text.length < line.length) credits.push(line.slice(text.length).trim());
    kept.push(text);
  }
}
