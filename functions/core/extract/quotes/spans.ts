/**
 * Quotation spans of a paragraph: where quoted text starts and ends, marks and all.
 *
 * Spans: “ ” « » and straight "…" marks, with nesting («… الـ «PYD» …») and unbalanced
 * marks: a stray closer is ignored, an opener never closed runs to the end of the paragraph,
 * and a paragraph that goes on with a straight quote the previous one left open closes it.
 * Whether a span is speech at all is decided later (terms.ts).
 */

import type { Range } from "../text/sentences.ts";
import { tally } from "../work.ts";

export interface QuoteSpan extends Range {
  /** Content offsets (marks excluded). */
  readonly contentStart: number;
  readonly contentEnd: number;
}

const LDQ = 0x201c; // “
const RDQ = 0x201d; // ”
const LAQ = 0x00ab; // «
const RAQ = 0x00bb; // »
const LOW = 0x201e; // „
const STRAIGHT = 0x22; // "
const APOS = 0x27; // ' (a doubled '' is a quotation mark)

/** The openers each closer pops to (one array each, not one per mark). */
const BY_STRAIGHT: readonly number[] = [STRAIGHT];
const BY_APOS: readonly number[] = [APOS];
const BY_RAQ: readonly number[] = [RAQ];
const BY_LOW_OR_RDQ: readonly number[] = [LOW, RDQ];
const BY_LDQ_OR_LOW: readonly number[] = [LDQ, LOW];
const BY_LAQ: readonly number[] = [LAQ];

interface Open {
  /** The mark that opened: a closer's code when it opened in reversed style (”…“, »…«). */
  readonly mark: number;
  readonly at: number;
  /** Length of the opening mark (2 for ''). */
  readonly len: number;
}

/** One paragraph's scan: the spans found so far and the marks still open. */
interface Scan {
  readonly text: string;
  readonly out: QuoteSpan[];
  readonly stack: Open[];
  /** Last “ and « of the paragraph: a reversed-style opener needs its counterpart later. */
  readonly lastLDQ: number;
  readonly lastLAQ: number;
  /** The paragraph goes on with a straight quote the previous one left open. */
  readonly continues: boolean;
  /** The paragraph has an odd number of straight marks. */
  readonly oddStraight: boolean;
  /** A straight mark has been read. */
  seenStraight: boolean;
}

/** How deep a closer looks for its own opener before closing whatever is on top. */
const MATCH_DEPTH = 8;

/** Every character findQuoteSpans acts on: " ' « » and “ ” „. */
const QUOTE_MARK = /["'\u00AB\u00BB\u201C-\u201E]/g;

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || Number.isNaN(c);
}

/**
 * Quotation spans of a paragraph, outermost only, in order. Marks:
 *  - “…” «…» „…“ „…” and straight "…" or doubled ''…'' (toggles);
 *  - reversed pairs as some sites print them, ”…“ and »…«: a closer with nothing open that
 *    hugs the next word and has its counterpart later in the paragraph opens a quote;
 *  - nesting of any of them («… "…" …», “… «…» …»): a closer pops to its own opener when one
 *    is within MATCH_DEPTH, else closes whatever is open;
 *  - unbalanced marks: a stray closer is ignored; an opener never closed runs to the end of
 *    the paragraph;
 *  - a straight mark with nothing open that is followed by a full stop or comma closes: the
 *    quote run on from the previous paragraph (`continues`: it ended inside a straight quote,
 *    see endsInsideQuote), else nothing (a stray closer). With an odd number of straight marks
 *    in a paragraph that goes on with a quote, its first one closes that quote whatever
 *    follows it. Where marks are spaced on both sides (« " كلام " ») nothing else tells an
 *    opener from a closer, and one quote broken over two paragraphs would pair every later
 *    mark the wrong way.
 * One pass; the reversed-style look-ahead uses precomputed last positions, so the scan stays
 * linear on any input.
 */
export function findQuoteSpans(text: string, continues = false): QuoteSpan[] {
  const scan: Scan = {
    text,
    out: [],
    stack: [],
    lastLDQ: text.lastIndexOf("\u201c"),
    lastLAQ: text.lastIndexOf("\u00ab"),
    continues,
    oddStraight: continues && oddStraightMarks(text),
    seenStraight: false,
  };
  // Most characters are no quotation mark: a native search jumps from mark to mark.
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m !== null; m = QUOTE_MARK.exec(text)) {
    tally("quote-marks");
    onMark(scan, m.index);
  }
  const outer = scan.stack[0];
  if (outer)
    scan.out.push({
      start: outer.at,
      end: text.length,
      contentStart: Math.min(text.length, outer.at + outer.len),
      contentEnd: text.length,
    });
  return scan.out;
}

/**
 * Does the paragraph end inside a straight quote (its last span opened with « " » and never
 * closed)? The next paragraph may go on with it.
 */
export function endsInsideQuote(text: string, spans: readonly QuoteSpan[]): boolean {
  const last = spans.at(-1);
  return (
    !!last &&
    last.contentEnd === last.end &&
    last.end === text.length &&
    text.charCodeAt(last.start) === STRAIGHT
  );
}

/**
 * Is the mark at i followed (spaces aside) by punctuation that ends a clause («"كلام".»,
 * «" كلام " ،»)? No quotation opens on a full stop or a comma.
 */
function closerShaped(text: string, i: number): boolean {
  let k = i + 1;
  while (text.charCodeAt(k) === 0x20) k++;
  return CLAUSE_END.has(text.charCodeAt(k));
}

/** . , ، ؛ ; ! ? ؟ ) */
const CLAUSE_END = new Set([0x2e, 0x2c, 0x60c, 0x61b, 0x3b, 0x21, 0x3f, 0x61f, 0x29]);

/** Is the number of straight double marks odd? */
function oddStraightMarks(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n % 2 === 1;
}

/** Open or close at the quotation mark at i (a lone ' is skipped, a '' is read whole). */
function onMark(scan: Scan, i: number): void {
  const { text, stack } = scan;
  const c = text.charCodeAt(i);
  const top = stack[stack.length - 1]?.mark;
  if (c === STRAIGHT) {
    const first = !scan.seenStraight;
    scan.seenStraight = true;
    if (stack.length === 0 && (closerShaped(text, i) || (first && scan.oddStraight))) {
      // A closer with nothing open: the end of the quote run on from the previous
      // paragraph, else a stray mark.
      if (first && scan.continues) {
        scan.out.push({ start: 0, end: i + 1, contentStart: 0, contentEnd: i });
      }
    } else if (top === STRAIGHT) close(scan, i, 1, BY_STRAIGHT);
    else stack.push({ mark: c, at: i, len: 1 });
  } else if (c === APOS) {
    if (text.charCodeAt(i + 1) !== APOS) return;
    if (top === APOS) close(scan, i, 2, BY_APOS);
    else stack.push({ mark: APOS, at: i, len: 2 });
    QUOTE_MARK.lastIndex = i + 2;
  } else if (c === LAQ) {
    if (top === RAQ) close(scan, i, 1, BY_RAQ);
    else stack.push({ mark: c, at: i, len: 1 });
  } else if (c === LOW) {
    stack.push({ mark: c, at: i, len: 1 });
  } else if (c === LDQ) {
    if (top === LOW || top === RDQ) close(scan, i, 1, BY_LOW_OR_RDQ);
    else stack.push({ mark: c, at: i, len: 1 });
  } else if (c === RDQ || c === RAQ) {
    const hugsNext = !isSpaceCode(text.charCodeAt(i + 1));
    const counterpart = c === RDQ ? scan.lastLDQ : scan.lastLAQ;
    if (stack.length === 0 || top === c) {
      // Reversed style: ”كلام“ / »كلام«.
      if (hugsNext && counterpart > i + 1) stack.push({ mark: c, at: i, len: 1 });
    } else close(scan, i, 1, c === RDQ ? BY_LDQ_OR_LOW : BY_LAQ);
  }
}

/** Close with a closer whose openers are `openers`: pop to the nearest one, else the top. */
function close(scan: Scan, i: number, len: number, openers: readonly number[]): void {
  const { stack } = scan;
  let j = stack.length - 1;
  const floor = Math.max(0, stack.length - MATCH_DEPTH);
  while (j >= floor && !openers.includes(stack[j]?.mark ?? -1)) j--;
  tally("quote-marks", stack.length - j);
  const target = j >= floor ? j : stack.length - 1;
  const open = stack[target];
  stack.length = target;
  // Only an outermost quote is a span of its own.
  if (open && stack.length === 0) {
    scan.out.push({
      start: open.at,
      end: i + len,
      contentStart: open.at + open.len,
      contentEnd: i,
    });
  }
}
