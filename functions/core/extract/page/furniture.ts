/**
 * Page furniture removal, in the spirit of Readability: every line gets a furniture score
 * from small, named rules, and lines scoring at or above REMOVE are dropped. Each rule says
 * WHY it exists; `reasons` is kept so a surprising removal can be explained.
 *
 * Lines are classified against the BODY: the first and last lines that read like article
 * prose (long, or a full sentence). Furniture lives above the body (mastheads, dates, bylines,
 * a repeated headline) or below it (related headlines, subscribe prompts, source lines).
 */

import { parseDateLine } from "../dates/index.ts";
import { keyRegExp, normalizeArabic } from "../text/normalize.ts";
import { isDatelineLine } from "./dateline/credited.ts";
import { mastheadOutlet } from "./outlet.ts";

export { creditedDateline, outletFirst } from "./dateline/credited.ts";

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

const REMOVE = 3;
/** The reason given to credit lines, which are handed back as `credits`. */
const SOURCE_CREDIT = "source credit line";

/** Subscribe/account/follow prompts and "read also" teasers: site chrome, not reporting. */
const PROMPT = keyRegExp(
  "^(لم تشترك بعد|انشي? حسابا?|سجل الدخول|تسجيل الدخول|اشترك|اشتركوا|تابعونا|تابعنا|تابعوا|شارك(وا)? (هذا|المقال|الخبر)|اقرا ايضا|اقرا المزيد|للمزيد|اضغط هنا|حمل تطبيق|نشرتنا البريديه|اخبار ذات صله|مواضيع ذات صله|الاكثر قراءه)( |$|[:.،!])",
);
/** Masthead roles: newspapers print their editors above every article. */
const MASTHEAD = keyRegExp(
  "^(رئيس التحرير|رئيس مجلس الاداره|مدير التحرير|نائب رئيس التحرير|المدير العام|رئيس مجلس الاداره ورئيس التحرير|المدير التنفيذي)( |$)",
);
/** Bylines: the writer's name is metadata, not article text. */
const BYLINE = keyRegExp("^((كتب|كتبت|اعداد|تقرير|حوار|متابعه|ترجمه) ?[-:–—]|بقلم )");
/** «كتب محمد علي» without punctuation is a byline only when that is all the line says. */
const SHORT_BYLINE = keyRegExp("^(كتب|كتبت) ");
/** «المصدر: …» credits at the end of a piece. */
const SOURCE_LABEL = keyRegExp(String.raw`^(المصدر|المصادر|مصدر الخبر|نقلا عن)\s*[:：]`);
/** Sentence-final punctuation: prose ends with it, headlines and chrome usually do not. */
const FINAL_PUNCT = /[.!?؟…»”"):]\s*$/;

function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 0x20;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** What may follow a sentence's last mark: spaces, bidi marks, emoji and their selectors. */
const TRAILING_MARKS =
  /(?:[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]|\ufe0f|\p{Extended_Pictographic}|\p{Emoji_Modifier})+$/u;

/** `n` is words(line), which the caller has counted already. */
function isProse(line: string, n: number): boolean {
  return n >= 20 || (n >= 8 && /[.!?؟]$/.test(line.replace(TRAILING_MARKS, "")));
}

function squeeze(s: string): string {
  return normalizeArabic(s).replace(/[\s\p{P}]/gu, "");
}

const SPACE_RUN = /[ \t\u00a0]+/g;

/** Would SPACE_RUN change the line: a tab or no-break space, or two spaces in a row? */
function hasSpaceToCollapse(line: string): boolean {
  return line.includes("  ") || line.includes("\t") || line.includes("\u00a0");
}

/** An outlet's name alone on a line is a few words at most. */
const MASTHEAD_WORDS = 4;

/** Split text into trimmed, non-empty lines with runs of spaces collapsed. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    // Most lines have single spaces only: replacing each by itself would rebuild the line.
    const line = (hasSpaceToCollapse(raw) ? raw.replace(SPACE_RUN, " ") : raw).trim();
    if (line !== "") out.push(line);
  }
  return out;
}

/** Inline trailing credit («… فى سورية. المصدر: الائتلاف»): cut it off the paragraph. */
export function stripTrailingCredit(line: string): string {
  // Both labels start «المص»: a line without it cannot match, and most lines lack it.
  if (!line.includes("المص")) return line;
  const m = /[.!?؟»”]\s*(المصدر|المصادر)\s*[:：][^.!?؟:]{1,60}$/u.exec(line);
  if (!m || words(m[0]) > 6) return line;
  return line.slice(0, m.index + 1).trim();
}

export function removeFurniture(text: string): CleanedText {
  const lines = splitLines(text);
  const n = lines.length;
  // Patterns only look at how a line starts; repeats are verbatim (after space collapsing).
  const norms = lines.map((l) => normalizeArabic(l.length > 120 ? l.slice(0, 120) : l));
  // Every rule below asks for word counts, some more than once: count each line once.
  const counts = lines.map(words);
  const firstBody = lines.findIndex((l, i) => isProse(l, counts[i] ?? 0));
  let lastBody = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (isProse(lines[i] ?? "", counts[i] ?? 0)) {
      lastBody = i;
      break;
    }
  }
  const above = (i: number) => firstBody < 0 || i < firstBody;
  const below = (i: number) => lastBody >= 0 && i > lastBody;

  // Squeezed text of everything after each line, for the truncated-prefix rule (built lazily
  // only for lines above the body, which are few).
  const scores = lines.map(() => 0);
  const reasons: string[][] = lines.map(() => []);
  const add = (i: number, s: number, why: string) => {
    scores[i] = (scores[i] ?? 0) + s;
    reasons[i]?.push(why);
  };

  const seen = new Map<string, number>();
  let pageDate: string | null = null;
  let pageDateLine = -1;
  let dateline: string | null = null;
  const mastheadLines: number[] = [];
  const mastheads: string[] = [];
  let headline: string | null = null;
  const repeats = new Map<string, number>();
  for (const k of lines) repeats.set(k, (repeats.get(k) ?? 0) + 1);

  for (let i = 0; i < n; i++) {
    const line = lines[i] ?? "";
    const norm = norms[i] ?? "";
    const w = counts[i] ?? 0;

    // A verbatim repeat adds nothing; pages repeat headlines in breadcrumbs and share bars.
    const firstAt = seen.get(line);
    if (firstAt !== undefined) add(i, REMOVE, "repeats an earlier line");
    else seen.set(line, i);

    if (PROMPT.test(norm) && w <= 40) add(i, REMOVE, "subscribe/follow prompt");

    if (above(i)) {
      // Scraped pages often start with a teaser cut mid-word from the first paragraphs.
      if (w >= 5) {
        const me = squeeze(line);
        const rest = squeeze(lines.slice(i + 1, i + 4).join(""));
        if (me.length > 0 && rest.length > me.length && rest.startsWith(me)) {
          add(i, REMOVE, "truncated copy of the following text");
        }
      }
      const date = parseDateLine(line);
      if (date) {
        add(i, REMOVE, "date-only line above the body");
        if (pageDate === null) {
          pageDate = date;
          pageDateLine = i;
        }
      }
      // A dateline on its own line (wire copy often breaks after it): where and when, not text.
      if (!date && w <= 14 && isDatelineLine(line)) {
        add(i, REMOVE, "dateline");
        dateline ??= line;
      }
      if (MASTHEAD.test(norm) && w <= 8) {
        add(i, REMOVE, "masthead role");
        mastheadLines.push(i);
        // The role alone on its line is followed by the person's name on the next line.
        const next = lines[i + 1];
        if (
          MASTHEAD.exec(norm)?.[0].trim() === norm &&
          next &&
          (counts[i + 1] ?? 0) <= 4 &&
          !FINAL_PUNCT.test(next)
        ) {
          add(i + 1, REMOVE, "name under a masthead role");
        }
      }
      if ((BYLINE.test(norm) && w <= 12) || (SHORT_BYLINE.test(norm) && w <= 5)) {
        add(i, REMOVE, "byline");
      }
    }

    // The site's own name above or below the article: the masthead, not a headline.
    if ((above(i) || below(i)) && w <= MASTHEAD_WORDS && mastheadOutlet(line)) {
      add(i, REMOVE, "outlet masthead");
      mastheads.push(line);
    }

    if (below(i) || (above(i) && i > 0)) {
      // «(الأخبار، أ ف ب، رويترز)»: a parenthesised list of outlets credits the copy.
      if (/^\(.*\)$/.test(line) && w <= 10) add(i, REMOVE, SOURCE_CREDIT);
    }
    if (SOURCE_LABEL.test(norm) && w <= 8) add(i, REMOVE, SOURCE_CREDIT);

    if (below(i)) {
      // After the body ends, short lines without final punctuation are related headlines.
      if (w <= 20 && !/[.!?؟]\s*$/.test(line))
        add(i, REMOVE, "short unpunctuated line after the body");
      // The page's own headline is often repeated below the body (breadcrumb, share bar).
      if (headline === null && (repeats.get(line) ?? 0) > 1 && w <= 25) headline = line;
    }
  }

  // The headline above the body: the first short, non-furniture line before the prose.
  let topHeadline: string | null = null;
  for (let i = 0; i < n && above(i); i++) {
    const line = lines[i] ?? "";
    if ((scores[i] ?? 0) >= REMOVE) {
      // A repeated headline is dropped as a repeat but still names the article.
      if (
        topHeadline === null &&
        (repeats.get(line) ?? 0) > 1 &&
        (counts[i] ?? 0) <= 25 &&
        !parseDateLine(line)
      ) {
        topHeadline = line;
      }
      continue;
    }
    if ((counts[i] ?? 0) <= 30) {
      topHeadline ??= line;
      add(i, REMOVE, "headline (kept as the title)");
    }
  }

  // A date beside the masthead (editor-in-chief lines) is the site's "today" stamp, printed on
  // every page whenever it is viewed, not the day this article was published.
  if (pageDateLine >= 0 && mastheadLines.some((m) => Math.abs(m - pageDateLine) <= 3)) {
    pageDate = null;
  }

  const kept: string[] = [];
  const credits: string[] = [];
  for (let i = 0; i < n; i++) {
    const line = lines[i] ?? "";
    if ((scores[i] ?? 0) >= REMOVE) {
      if (reasons[i]?.includes(SOURCE_CREDIT)) credits.push(line);
      continue;
    }
    const text = stripTrailingCredit(line);
    if (text.length < line.length) credits.push(line.slice(text.length).trim());
    kept.push(text);
  }
  // Never the whole body: when every line read as furniture (a brief with no sentence
  // marks, lines ending in emoji), the text has no headline either: every line but the
  // credits is the body, and the title comes from its lead.
  let chosen = topHeadline ?? headline;
  if (kept.every((l) => l.trim() === "") && n > 1) {
    chosen = null;
    kept.length = 0;
    for (let i = 0; i < n; i++) {
      if (!reasons[i]?.includes(SOURCE_CREDIT)) kept.push(lines[i] ?? "");
    }
  }
  return {
    lines: kept,
    headline: chosen,
    pageDate,
    dateline,
    audit: lines.map((text, i) => ({ text, score: scores[i] ?? 0, reasons: reasons[i] ?? [] })),
    credits,
    mastheads,
  };
}
