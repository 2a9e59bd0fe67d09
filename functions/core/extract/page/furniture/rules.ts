/**
 * The furniture rules, one named classifier each: every rule looks at one line (and its
 * place relative to the body), and adds to its score with the reason it exists. `scoreLine`
 * runs them in a fixed order, so the reasons in the audit keep that order.
 */

import { words } from "../../lexicon/index.ts";
import { keyRegExp } from "../../text/normalize.ts";
import { isDatelineLine } from "../dateline/credited.ts";
import { mastheadOutlet } from "../outlet/masthead.ts";
import { parseDateLine } from "../page-date.ts";
import { squeeze } from "./lines.ts";
import { above, add, below, REMOVE, type Scoring, SOURCE_CREDIT } from "./scoring.ts";

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
const SOURCE_LABEL = keyRegExp(
  String.raw`^(${[...words("media", "credit-labels")].join("|")})\s*[:：]`,
);
/** Sentence-final punctuation: prose ends with it, headlines and chrome usually do not. */
const FINAL_PUNCT = /[.!?؟…»”"):]\s*$/;

/** An outlet's name alone on a line is a few words at most. */
const MASTHEAD_WORDS = 4;

/** Every rule, in order, for line i. */
export function scoreLine(s: Scoring, i: number): void {
  markRepeat(s, i);
  markPrompt(s, i);
  if (above(s, i)) {
    markTruncatedCopy(s, i);
    // A dateline («صنعاء - الثلاثاء 14 آذار 2023») also gives a place: read it as one first.
    const dateline = (s.counts[i] ?? 0) <= 14 && isDatelineLine(s.lines[i] ?? "");
    if (dateline) markDateline(s, i);
    else markDateOnly(s, i);
    markMastheadRole(s, i);
    markByline(s, i);
  }
  markOutletMasthead(s, i);
  markCreditLine(s, i);
  if (below(s, i)) markAfterBody(s, i);
}

/** A verbatim repeat adds nothing; pages repeat headlines in breadcrumbs and share bars. */
function markRepeat(s: Scoring, i: number): void {
  const line = s.lines[i] ?? "";
  const firstAt = s.seen.get(line);
  if (firstAt !== undefined) add(s, i, REMOVE, "repeats an earlier line");
  else s.seen.set(line, i);
}

/** Subscribe, follow and "read also" prompts: site chrome, not reporting. */
function markPrompt(s: Scoring, i: number): void {
  if (PROMPT.test(s.norms[i] ?? "") && (s.counts[i] ?? 0) <= 40) {
    add(s, i, REMOVE, "subscribe/follow prompt");
  }
}

/** Scraped pages often start with a teaser cut mid-word from the first paragraphs. */
function markTruncatedCopy(s: Scoring, i: number): void {
  if ((s.counts[i] ?? 0) < 5) return;
  const me = squeeze(s.lines[i] ?? "");
  const rest = squeeze(s.lines.slice(i + 1, i + 4).join(""));
  if (me.length > 0 && rest.length > me.length && rest.startsWith(me)) {
    add(s, i, REMOVE, "truncated copy of the following text");
  }
}

/** A date-only line above the body; the first is the page's date. Returns its date. */
function markDateOnly(s: Scoring, i: number): string | null {
  const date = parseDateLine(s.lines[i] ?? "");
  if (date) {
    add(s, i, REMOVE, "date-only line above the body");
    if (s.pageDate === null) {
      s.pageDate = date;
      s.pageDateLine = i;
    }
  }
  return date;
}

/** A dateline on its own line (wire copy often breaks after it): where and when, not text. */
function markDateline(s: Scoring, i: number): void {
  const line = s.lines[i] ?? "";
  if (isDatelineLine(line)) {
    add(s, i, REMOVE, "dateline");
    s.dateline ??= line;
  }
}

/** An editor's role above the article, and the name under it when the role stands alone. */
function markMastheadRole(s: Scoring, i: number): void {
  const norm = s.norms[i] ?? "";
  if (!MASTHEAD.test(norm) || (s.counts[i] ?? 0) > 8) return;
  add(s, i, REMOVE, "masthead role");
  s.mastheadLines.push(i);
  // The role alone on its line is followed by the person's name on the next line.
  const next = s.lines[i + 1];
  if (
    MASTHEAD.exec(norm)?.[0].trim() === norm &&
    next &&
    (s.counts[i + 1] ?? 0) <= 4 &&
    !FINAL_PUNCT.test(next)
  ) {
    add(s, i + 1, REMOVE, "name under a masthead role");
  }
}

/** «كتب: …», «بقلم …»: who wrote it, not what it says. */
function markByline(s: Scoring, i: number): void {
  const norm = s.norms[i] ?? "";
  const w = s.counts[i] ?? 0;
  if ((BYLINE.test(norm) && w <= 12) || (SHORT_BYLINE.test(norm) && w <= 5)) {
    add(s, i, REMOVE, "byline");
  }
}

/** The site's own name above or below the article: the masthead, not a headline. */
function markOutletMasthead(s: Scoring, i: number): void {
  const line = s.lines[i] ?? "";
  if (
    (above(s, i) || below(s, i)) &&
    (s.counts[i] ?? 0) <= MASTHEAD_WORDS &&
    mastheadOutlet(line)
  ) {
    add(s, i, REMOVE, "outlet masthead");
    s.mastheads.push(line);
  }
}

/** Credit lines, handed back as credits: a bracketed list of outlets, «المصدر: …». */
function markCreditLine(s: Scoring, i: number): void {
  const line = s.lines[i] ?? "";
  const w = s.counts[i] ?? 0;
  if (below(s, i) || (above(s, i) && i > 0)) {
    // «(الأخبار، أ ف ب، رويترز)»: a parenthesised list of outlets credits the copy.
    if (/^\(.*\)$/.test(line) && w <= 10) add(s, i, REMOVE, SOURCE_CREDIT);
  }
  if (SOURCE_LABEL.test(s.norms[i] ?? "") && w <= 8) add(s, i, REMOVE, SOURCE_CREDIT);
}

/** Below the body: related headlines, and the page's headline repeated. */
function markAfterBody(s: Scoring, i: number): void {
  const line = s.lines[i] ?? "";
  const w = s.counts[i] ?? 0;
  markDateBelow(s, i);
  // After the body ends, short lines without final punctuation are related headlines.
  if (w <= 20 && !/[.!?؟]\s*$/.test(line))
    add(s, i, REMOVE, "short unpunctuated line after the body");
  // The page's own headline is often repeated below the body (breadcrumb, share bar).
  if (s.headline === null && (s.repeats.get(line) ?? 0) > 1 && w <= 25) s.headline = line;
}

/** «نشر في», «تاريخ النشر», «Published»: a date line that says it is the publication's. */
const PUBLISHED_LABEL = keyRegExp(
  "^(نشر|تم النشر|تاريخ النشر|تاريخ الخبر|published|posted|first published)( |:|$)",
);

/**
 * Some pages print the date under the article. The first line after the body, or a line
 * labelled as the publication date, is the page's date when none stood above it; a date line
 * further down is a related article's.
 */
function markDateBelow(s: Scoring, i: number): void {
  const line = s.lines[i] ?? "";
  // Only short sentences of the article's own may stand between (related headlines have no
  // final punctuation). Lines come in order, so one flag keeps that.
  const first = s.belowClean;
  s.belowClean &&= /^\s*$|[.!?؟]\s*$/.test(line);
  if (s.dateBelow !== null) return;
  if (!first && !PUBLISHED_LABEL.test(s.norms[i]?.toLowerCase() ?? "")) return;
  s.dateBelow = parseDateLine(line);
}
