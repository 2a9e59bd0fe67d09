/**
 * The state of one furniture pass: the page's lines with what is known about each (its
 * normalised head, its word count, whether it lies above or below the body), the score and
 * reasons each rule has given it, and what the rules have found on the way (a page date, a
 * dateline line, mastheads, a repeated headline).
 */
import { normalizeArabic } from "../../text/normalize.ts";
import { isProse, words } from "./lines.ts";

/** Lines scoring at or above this are dropped. */
export const REMOVE = 3;
/** The reason given to credit lines, which are handed back as `credits`. */
export const SOURCE_CREDIT = "source credit line";

export interface Scoring {
  readonly lines: readonly string[];
  /** Each line normalised, its first 120 characters: patterns only look at how it starts. */
  readonly norms: readonly string[];
  /** Each line's word count. */
  readonly counts: readonly number[];
  /** The first and last lines that read like article prose; -1 when there is none. */
  readonly firstBody: number;
  readonly lastBody: number;
  readonly scores: number[];
  readonly reasons: string[][];
  /** How many times each line occurs. */
  readonly repeats: ReadonlyMap<string, number>;
  /** The first index of each line seen so far. */
  readonly seen: Map<string, number>;
  /** YYYY-MM-DD from the first date-only line above the body, and that line's index. */
  pageDate: string | null;
  pageDateLine: number;
  /** YYYY-MM-DD from a date line just below the body or labelled as the publication's. */
  dateBelow: string | null;
  /** Whether only blank lines and short sentences have stood below the body so far. */
  belowClean: boolean;
  /** The first dateline standing on its own line above the body. */
  dateline: string | null;
  /** Indexes of masthead role lines, and the outlet mastheads removed, in text order. */
  readonly mastheadLines: number[];
  readonly mastheads: string[];
  /** A headline repeated below the body. */
  headline: string | null;
}

/** A fresh pass over `lines`. */
export function startScoring(lines: readonly string[]): Scoring {
  const n = lines.length;
  // Patterns only look at how a line starts; repeats are verbatim (after space collapsing).
  const norms = lines.map((l) => normalizeArabic(l.length > 120 ? l.slice(0, 120) : l));
  // Every rule asks for word counts, some more than once: count each line once.
  const counts = lines.map(words);
  const firstBody = lines.findIndex((l, i) => isProse(l, counts[i] ?? 0));
  let lastBody = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (isProse(lines[i] ?? "", counts[i] ?? 0)) {
      lastBody = i;
      break;
    }
  }
  const repeats = new Map<string, number>();
  for (const k of lines) repeats.set(k, (repeats.get(k) ?? 0) + 1);
  return {
    lines,
    norms,
    counts,
    firstBody,
    lastBody,
    scores: lines.map(() => 0),
    reasons: lines.map(() => []),
    repeats,
    seen: new Map(),
    pageDate: null,
    pageDateLine: -1,
    dateBelow: null,
    belowClean: true,
    dateline: null,
    mastheadLines: [],
    mastheads: [],
    headline: null,
  };
}

export function above(s: Scoring, i: number): boolean {
  return s.firstBody < 0 || i < s.firstBody;
}

export function below(s: Scoring, i: number): boolean {
  return s.lastBody >= 0 && i > s.lastBody;
}

/** Adds `score` to line i, with the reason. */
export function add(s: Scoring, i: number, score: number, why: string): void {
  s.scores[i] = (s.scores[i] ?? 0) + score;
  s.reasons[i]?.push(why);
}
