/**
 * Direct quotations and their speakers.
 *
 * Spans: “ ” « » and straight "…" marks, with nesting («… الـ «PYD» …») and unbalanced
 * marks: a stray closer is ignored, an opener never closed runs to the end of the paragraph.
 * Only text of 3+ words is speech; one- or two-word quoted terms («الهدنة») are names/terms.
 *
 * Speaker, in order (why: this is how Arabic news copy attributes speech):
 *  1. an attribution right after the closing mark: «…»، وفق ما ذكرت وزارة الخارجية;
 *  2. the nearest attribution cue before the quote in the same sentence (قال، أكد، أضاف،
 *     بحسب، قائلا، على لسان…): the first person named between the cue and the quote (before
 *     any «أن/إن», which starts the reported content), else the first organisation; failing
 *     that, the first person (else organisation) earlier in the sentence — the subject of
 *     «وأدلى دي ميستورا بتصريحاته … قائلا»;
 *  3. otherwise the speaker carried over from the previous quote or the last sentence that
 *     attributed speech to someone («وتابع»، «من جهته»، «وأضاف»).
 * Places are never speakers; names inside quotation marks are never speakers.
 */
import type { Quote } from "../facts.ts";
import type { Mention } from "./entities.ts";
import type { GazEntity } from "./gazetteer/index.ts";
import { cliticSplits, keySet, normalizeArabic } from "./normalize.ts";
import { type Range, sentenceRanges } from "./sentences.ts";
import type { Token } from "./tokenize.ts";

export interface QuoteSpan extends Range {
  /** Content offsets (marks excluded). */
  readonly contentStart: number;
  readonly contentEnd: number;
}

/** “ « „ open; ” » close; " toggles. */
const OPENERS = new Set([0x201c, 0x00ab, 0x201e]);
const CLOSERS = new Set([0x201d, 0x00bb]);
const STRAIGHT = 0x22;

export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: { mark: number; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x22 || (c > 0x22 && c < 0xab)) continue; // fast path: no quote mark below «
    let closes = false;
    if (c === STRAIGHT) {
      if (stack.length > 0 && stack[stack.length - 1]?.mark === STRAIGHT) closes = true;
      else stack.push({ mark: c, at: i });
    } else if (OPENERS.has(c)) stack.push({ mark: c, at: i });
    else if (CLOSERS.has(c) && stack.length > 0) closes = true;
    if (!closes) continue;
    const open = stack.pop();
    if (open && stack.length === 0) {
      out.push({ start: open.at, end: i + 1, contentStart: open.at + 1, contentEnd: i });
    }
  }
  const outer = stack[0];
  if (outer)
    out.push({
      start: outer.at,
      end: text.length,
      contentStart: outer.at + 1,
      contentEnd: text.length,
    });
  return out;
}

/** Attribution cues (normalised, after clitic stripping). */
const CUES = keySet([
  "قال",
  "قالت",
  "يقول",
  "تقول",
  "اضاف",
  "اضافت",
  "تابع",
  "تابعت",
  "اكد",
  "اكدت",
  "اعلن",
  "اعلنت",
  "دعا",
  "دعت",
  "حذر",
  "حذرت",
  "اشار",
  "اشارت",
  "اوضح",
  "اوضحت",
  "راي",
  "رات",
  "يري",
  "تري",
  "نقل",
  "نقلت",
  "بحسب",
  "حسب",
  "وفق",
  "وفقا",
  "قائلا",
  "قايلا",
  "قائله",
  "مضيفا",
  "مضيفه",
  "مؤكدا",
  "موكدا",
  "مشيرا",
  "موضحا",
  "لافتا",
  "معتبرا",
  "اعتبر",
  "اعتبرت",
  "ذكر",
  "ذكرت",
  "افاد",
  "افادت",
  "صرح",
  "صرحت",
  "طلب",
  "طلبت",
  "طالب",
  "طالبت",
  "ناشد",
  "حث",
  "حض",
  "اردف",
  "ختم",
  "شدد",
  "شددت",
  "مشددا",
  "وصف",
  "وصفها",
  "وصفه",
  "اعرب",
  "اعربت",
  "القول",
  "لسان",
  "يعتقد",
  "لفت",
  "لفتت",
  "نفي",
  "نفت",
  "كتب",
  "كتبت",
  "غرد",
  "اعتبرا",
  "بالقول",
  "متسائلا",
  "تساءل",
  "ردد",
  "هتف",
  "اضافا",
  "قالا",
  "اكدا",
  "حذرا",
]);
/** Words that start the reported content: entities after them are what was said, not who. */
const COMPLEMENTIZERS = keySet(["ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "انّ"]);
/** Words after a closing mark that attribute the quote that precedes them. */
const POST_CUES = keySet([
  "قال",
  "قالت",
  "اضاف",
  "اضافت",
  "وفق",
  "وفقا",
  "بحسب",
  "حسب",
  "ذكر",
  "ذكرت",
  "اكد",
  "اكدت",
  "تقول",
  "يقول",
]);

const WINDOW = 60;

/** Verbs take only a conjunction (و، ف); «كيري» is not ك + يري "sees". */
const VERB_CLITICS = new Set(["", "و", "ف"]);

function isCue(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return !!t && cliticSplits(t.norm).some((c) => set.has(c.stem) && VERB_CLITICS.has(c.clitic));
}

function speakerOf(candidates: readonly Mention[]): GazEntity | null {
  const person = candidates.find((m) => m.entity.type === "person");
  if (person) return person.entity;
  return candidates.find((m) => m.entity.type === "org")?.entity ?? null;
}

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

export interface QuoteContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** This paragraph's mentions, in order. */
  readonly mentions: readonly Mention[];
}

/**
 * Quotes of consecutive paragraphs; `carry` is the speaker carried across paragraphs.
 * Returns the quotes and the carried speaker for the next paragraph.
 */
export function findQuotes(
  para: QuoteContext,
  carry: GazEntity | null,
): { quotes: Quote[]; carry: GazEntity | null } {
  const { text, tokens, mentions } = para;
  const spans = findQuoteSpans(text);
  const sentences = sentenceRanges(text, spans);
  // Which tokens sit inside quotation marks (one sweep; spans are sorted and disjoint).
  const quoted = new Uint8Array(tokens.length);
  for (let k = 0, q = 0; k < tokens.length; k++) {
    const start = tokens[k]?.start ?? 0;
    while (q < spans.length && (spans[q]?.end ?? 0) <= start) q++;
    const span = spans[q];
    if (span && start >= span.start) quoted[k] = 1;
  }
  // Token index → mention starting there, for mentions outside quotes only.
  const byToken = new Map<number, Mention>();
  const named = new Uint8Array(tokens.length);
  for (const m of mentions) {
    if (quoted[m.tokStart] !== 1) byToken.set(m.tokStart, m);
    for (let k = m.tokStart; k < m.tokEnd; k++) named[k] = 1;
  }
  /** A cue word outside names and quotations. */
  const cueAt = (k: number, set: ReadonlySet<string>) =>
    named[k] !== 1 && quoted[k] !== 1 && isCue(tokens[k], set);
  const tokenAt = (pos: number) => {
    // First token starting at or after pos (binary search).
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.start ?? 0) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const collect = (from: number, to: number, stopAtComplementizer: boolean): Mention[] => {
    const out: Mention[] = [];
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (!t || quoted[k] === 1) continue;
      const m = byToken.get(k);
      // «بان كي مون» starts like «بأن»: a name beats a complementizer.
      if (!m && stopAtComplementizer && COMPLEMENTIZERS.has(t.norm)) break;
      if (m && m.entity.type !== "place") out.push(m);
    }
    return out;
  };

  /** The speaker a sentence without quotes announces («ولفت بشار إلى…»): the first cue's subject. */
  const speakerAnnouncedIn = (sent: { start: number; end: number }): GazEntity | null => {
    const from = tokenAt(sent.start);
    const to = tokenAt(sent.end);
    for (let k = from; k < to; k++) {
      if (cueAt(k, CUES)) return speakerOf(collect(k + 1, Math.min(to, k + 12), true));
    }
    return null;
  };

  const quotes: Quote[] = [];
  let last = carry;
  let s = 0;
  let prevQuoteEnd = -1;
  let prevSentence = -1;
  let sentenceSpeaker: GazEntity | null = null;
  for (const span of spans) {
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= span.start) {
      // A sentence without quotes can still name who is speaking next («ولفت بشار إلى…»).
      const sent = sentences[s];
      if (sent && s !== prevSentence) {
        last = speakerAnnouncedIn(sent) ?? last;
      }
      s++;
    }
    const sent = sentences[s] ?? { start: 0, end: text.length };
    if (s !== prevSentence) {
      sentenceSpeaker = null;
      prevSentence = s;
      prevQuoteEnd = -1;
    }
    const content = text.slice(span.contentStart, span.contentEnd).trim();
    if (wordCount(content) < 3) continue;
    // A quoted name («الهيئة العليا للتفاوض») is a name, not speech.
    if (
      mentions.some(
        (m) =>
          m.start >= span.contentStart &&
          m.end <= span.contentEnd &&
          normalizeArabic(m.surface) === normalizeArabic(content),
      )
    )
      continue;

    const openTok = tokenAt(span.start);
    const closeTok = tokenAt(span.end);
    const sentStartTok = Math.max(tokenAt(sent.start), prevQuoteEnd, openTok - WINDOW);
    let speaker: GazEntity | null = null;

    // 1. «…»، قال X / وفق ما ذكرت X
    for (let k = closeTok; k < Math.min(closeTok + 3, tokens.length); k++) {
      const t = tokens[k];
      if (!t || t.start >= sent.end || quoted[k] === 1) break;
      if (cueAt(k, POST_CUES)) {
        const after = collect(k + 1, Math.min(k + 8, tokens.length), true).filter(
          (m) => m.start < sent.end,
        );
        speaker = speakerOf(after);
        break;
      }
    }
    // 2. nearest cue before the quote in this sentence.
    if (!speaker) {
      for (let k = openTok - 1; k >= sentStartTok; k--) {
        if (!cueAt(k, CUES)) continue;
        speaker =
          speakerOf(collect(k + 1, openTok, true)) ?? speakerOf(collect(sentStartTok, k, false));
        break;
      }
    }
    // 2b. no cue, but someone is named earlier in the sentence (outside quotes).
    if (!speaker && !sentenceSpeaker) speaker = speakerOf(collect(sentStartTok, openTok, false));
    // 3. carried over.
    speaker ??= sentenceSpeaker ?? last;

    quotes.push({ text: content, speaker: speaker ? { ar: speaker.ar, en: speaker.en } : null });
    if (speaker) {
      last = speaker;
      sentenceSpeaker = speaker;
    }
    prevQuoteEnd = closeTok;
  }
  // Sentences after the last quote may still set who speaks next paragraph.
  for (; s < sentences.length; s++) {
    const sent = sentences[s];
    if (!sent || s === prevSentence) continue;
    last = speakerAnnouncedIn(sent) ?? last;
  }
  return { quotes, carry: last };
}
