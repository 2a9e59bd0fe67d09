/**
 * Quoted text that is no speech: one- or two-word quoted terms («الهدنة»), a quoted name the
 * gazetteer knows («الهيئة العليا للتفاوض»), and short quotes introduced as a term or title
 * (اتفاق «…», شعار «…», بـ«…»). Only what passes here gets a speaker.
 */

import type { Mention } from "../entities/index.ts";
import { words } from "../lexicon/index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import { wordCount } from "../text/sentences.ts";
import type { Token } from "../text/tokenize.ts";
import { splitsWhere } from "../text/words.ts";
import type { QuoteContext } from "./context.ts";
import type { QuoteSpan } from "./spans.ts";

/**
 * The quoted text of `span`, trimmed, when it is speech; null for a term or name. Only text
 * of 3+ words is speech.
 */
export function speechIn(para: QuoteContext, span: QuoteSpan): string | null {
  const { text, tokens, mentions } = para;
  const content = text.slice(span.contentStart, span.contentEnd).trim();
  const length = wordCount(content);
  if (length < 3) return null;
  // A quoted name («الهيئة العليا للتفاوض») is a name, not speech.
  if (isQuotedName(mentions, span, content)) return null;
  // A quoted term or title («اتفاق «وقف الأعمال العدائية»», «بـ«الهيئة العليا»») neither.
  if (length <= MAX_TERM_WORDS && isTermUse(text, tokens, span, content)) return null;
  return content;
}

/** Quoted terms are short: longer quoted text is taken to be speech whatever precedes it. */
const MAX_TERM_WORDS = 6;

/**
 * Nouns that introduce a quoted NAME or TERM rather than speech (اتفاق «…», شعار «…»): the
 * term-head use of three classes, organisations («تنظيم»), places («منطقة») and the nouns and
 * verbs of named things and of naming («مبادرة», «المعروف»).
 */
const TERM_HEADS: ReadonlySet<string> = new Set([
  ...words("org-nouns", "term-head"),
  ...words("place-nouns", "term-head"),
  ...words("term-nouns", "term-head"),
]);
/** A clitic written onto the opening mark («بـ«الهيئة…»», «لـ"داعش"»): a noun phrase follows. */
const ATTACHED_CLITICS = words("particles", "attached-clitic");

const termHeadReadings = splitsWhere((c) => c.clitic.length <= 2 && TERM_HEADS.has(c.stem));

/**
 * Bodies named by a quoted name: «فريق "منسقو استجابة سوريا"», «كتلة «الوفاء للمقاومة»». Only
 * the indefinite noun in construct: «وقالت اللجنة "…"» is the committee speaking.
 */
const GROUP_HEADS = words("org-nouns", "group-head");
const groupHeadReadings = splitsWhere(
  (c) => c.clitic.length <= 1 && !c.clitic.includes("ال") && GROUP_HEADS.has(c.stem),
);

/** True when the quotation reads as a term or title: a term head or a clitic right before it. */
function isTermUse(
  text: string,
  tokens: readonly Token[],
  span: QuoteSpan,
  content: string,
): boolean {
  // Speech ends like a sentence; terms do not.
  if (/[.!?؟…]$/.test(content)) return false;
  const k = tokenBefore(tokens, span.start);
  const prev = tokens[k];
  if (!prev) return false;
  const gap = text.slice(prev.end, span.start);
  if (gap === "" && ATTACHED_CLITICS.has(prev.norm)) return true;
  if (gap.trim() !== "") return false;
  return termHeadReadings(prev).length > 0 || groupHeadReadings(prev).length > 0;
}

/** Index of the last token ending at or before `pos`, or -1. */
function tokenBefore(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** True when the quotation holds exactly one name the gazetteer knows. */
function isQuotedName(mentions: readonly Mention[], span: QuoteSpan, content: string): boolean {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < span.contentStart) lo = mid + 1;
    else hi = mid;
  }
  const key = normalizeArabic(content);
  for (let k = lo; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.start >= span.contentEnd) break;
    if (m.end <= span.contentEnd && normalizeArabic(m.surface) === key) return true;
  }
  return false;
}
