/**
 * The date reader scored on the Wojood sample's DATE spans: a check on text nobody tuned the
 * reader on. Wojood is tokenised («( 20 / 9 / 1947 )»); sentences are put back together with
 * the spaces news text would have, then read by findDates. A gold span is *calendar* when it
 * holds a year, a day and month, or a month name with a year or day (what the reader is for:
 * «في تشرين الثاني 2013», «22 أيار 1931», «1948»); spans like «الشتاء» or «اليوم» are left out
 * (they need a publication date the corpus does not give). Recall: calendar spans a found date
 * overlaps. Precision: found dates that overlap any DATE span.
 */

import { findDates } from "../../functions/core/extract/dates/index.ts";
import { isMonthWord } from "../../functions/core/extract/dates/months.ts";
import { tokenize } from "../../functions/core/extract/text/tokenize.ts";
import type { FactDate } from "../../functions/core/facts.ts";

export interface DateSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
export interface DateSentence {
  readonly text: string;
  readonly spans: readonly DateSpan[];
}

const NO_SPACE_BEFORE = /^[)\]}.,،؛:!?؟/]$/;
const NO_SPACE_AFTER = /^[([{/]$/;

/** Wojood (`token TAG [TAG…]`, blank line between sentences) → sentences with DATE spans. */
export function readWojoodDates(corpus: string): DateSentence[] {
  const out: DateSentence[] = [];
  for (const block of corpus.split(/\n\s*\n/)) {
    let text = "";
    let prev = "";
    let open: { start: number } | null = null;
    const spans: DateSpan[] = [];
    const close = () => {
      if (open) spans.push({ start: open.start, end: text.length, text: text.slice(open.start) });
      open = null;
    };
    for (const line of block.split("\n")) {
      const [word, ...tags] = line.trim().split(/\s+/);
      if (!word || word === "$#$") continue;
      const date = tags.find((t) => t.endsWith("-DATE"));
      if (!date?.startsWith("I-")) close();
      if (text && !NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(prev)) text += " ";
      if (date?.startsWith("B-") || (date && !open)) open = { start: text.length };
      text += word;
      prev = word;
    }
    close();
    if (text) out.push({ text, spans });
  }
  return out;
}

/** A span the calendar reader should find: a year, or a month name with a day or a year. */
export function isCalendarSpan(span: DateSpan): boolean {
  const tokens = tokenize(span.text);
  const words = tokens.map((t) => t.norm);
  const hasYear = words.some((w) => /^[0-9]{4}$/.test(w) && +w >= 1900 && +w <= 2100);
  const hasNumeric = /[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{2,4}/.test(span.text);
  const hasMonth = tokens.some((t) => isMonthWord(t));
  const hasDay = words.some((w) => /^[0-9]{1,2}$/.test(w));
  return hasYear || hasNumeric || (hasMonth && hasDay);
}

export interface DateScore {
  readonly gold: number;
  readonly found: number;
  readonly foundRight: number;
  readonly goldFound: number;
  readonly missed: readonly string[];
  readonly spurious: readonly string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Where each found date sits in the sentence (its text, searched from the left). */
function located(text: string, dates: readonly FactDate[]) {
  const out: { start: number; end: number; text: string }[] = [];
  for (const d of dates) {
    const start = text.indexOf(d.text);
    if (start >= 0) out.push({ start, end: start + d.text.length, text: d.text });
  }
  return out;
}

export function scoreDates(sentences: readonly DateSentence[]): DateScore {
  let gold = 0;
  let found = 0;
  let foundRight = 0;
  let goldFound = 0;
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const s of sentences) {
    const dates = located(s.text, findDates(s.text));
    found += dates.length;
    for (const d of dates) {
      if (s.spans.some((g) => overlaps(g, d))) foundRight++;
      else spurious.push(d.text);
    }
    for (const g of s.spans.filter(isCalendarSpan)) {
      gold++;
      if (dates.some((d) => overlaps(g, d))) goldFound++;
      else missed.push(g.text);
    }
  }
  return { gold, found, foundRight, goldFound, missed, spurious };
}
