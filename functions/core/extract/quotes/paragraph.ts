/**
 * A paragraph's quotes in order, each with its speaker: whom the cues name (attribution.ts),
 * else someone named earlier in the sentence, else the speaker carried over from the previous
 * quote or from the last sentence that attributed speech to someone («وتابع»، «من جهته»،
 * «وأضاف»). The carried speaker runs on across paragraphs.
 */

import type { Quote } from "../../facts.ts";
import type { GazEntity } from "../gazetteer/index.ts";
import { type Range, sentenceRanges } from "../text/sentences.ts";
import { firstAtOrAfter } from "../text/tokenize.ts";
import { cuedSpeaker, UNNAMED } from "./attribution.ts";
import { type Paragraph, paragraphOf, type QuoteContext } from "./context.ts";
import { findQuoteSpans, type QuoteSpan } from "./spans.ts";
import { collect, speakerAnnouncedIn, speakerOf } from "./speakers.ts";
import { speechIn } from "./terms.ts";

/** How many tokens before a quote its cue may stand. */
const WINDOW = 60;

/** The walk over a paragraph's sentences and quotes, and the speakers it carries. */
interface Walk {
  /** Who spoke last: the speaker carried to the next quote and paragraph. */
  last: GazEntity | null;
  /** Who spoke in the current sentence. */
  sentenceSpeaker: GazEntity | null;
  /** The sentence the walk has reached (index into the sentences). */
  s: number;
  /** The sentence of the previous quote, -1 before the first. */
  prevSentence: number;
  /**
   * First token after the previous quote of this sentence, -1 when none: a cue before it
   * was that quote's.
   */
  prevQuoteEnd: number;
}

/**
 * Quotes of consecutive paragraphs; `carry` is the speaker carried across paragraphs.
 * Returns the quotes and the carried speaker for the next paragraph.
 */
export function findQuotes(
  para: QuoteContext,
  carry: GazEntity | null,
): { quotes: Quote[]; carry: GazEntity | null } {
  const spans = findQuoteSpans(para.text);
  const sentences = sentenceRanges(para.text, spans);
  const p = paragraphOf(para, spans);
  const walk: Walk = {
    last: carry,
    sentenceSpeaker: null,
    s: 0,
    prevSentence: -1,
    prevQuoteEnd: -1,
  };
  const quotes: Quote[] = [];
  for (const span of spans) {
    const sent = enterSentence(p, sentences, walk, span);
    const content = speechIn(p, span);
    if (content === null) continue;
    const speaker = attribute(p, walk, span, sent);
    quotes.push({ text: content, speaker: speaker ? { ar: speaker.ar, en: speaker.en } : null });
  }
  announceRest(p, sentences, walk);
  return { quotes, carry: walk.last };
}

/** Walk on to the span's sentence and return it; a new sentence has no speaker yet. */
function enterSentence(
  p: Paragraph,
  sentences: readonly Range[],
  walk: Walk,
  span: QuoteSpan,
): Range {
  while (walk.s < sentences.length && (sentences[walk.s]?.end ?? 0) <= span.start) {
    // A sentence without quotes can still name who is speaking next («ولفت بشار إلى…»).
    const sent = sentences[walk.s];
    if (sent && walk.s !== walk.prevSentence) {
      walk.last = speakerAnnouncedIn(p, sent) ?? walk.last;
    }
    walk.s++;
  }
  const sent = sentences[walk.s] ?? { start: 0, end: p.text.length };
  if (walk.s !== walk.prevSentence) {
    walk.sentenceSpeaker = null;
    walk.prevSentence = walk.s;
    walk.prevQuoteEnd = -1;
  }
  return sent;
}

/** The speaker of the quote at `span` in sentence `sent`, carried on to what follows. */
function attribute(p: Paragraph, walk: Walk, span: QuoteSpan, sent: Range): GazEntity | null {
  const openTok = firstAtOrAfter(p.tokens, span.start);
  const closeTok = firstAtOrAfter(p.tokens, span.end);
  const from = Math.max(firstAtOrAfter(p.tokens, sent.start), walk.prevQuoteEnd, openTok - WINDOW);
  const cued = cuedSpeaker(p, { sent, from, openTok, closeTok });
  let speaker: GazEntity | null = null;
  if (cued === UNNAMED) {
    // Someone the gazetteer and tagger cannot name spoke: «وأضاف» after this is them too.
    walk.last = null;
    walk.sentenceSpeaker = null;
  } else {
    speaker = cued;
    // 2b. no cue, but someone is named earlier in the sentence (outside quotes).
    if (!speaker && !walk.sentenceSpeaker) speaker = speakerOf(collect(p, from, openTok, false));
    // 3. carried over.
    speaker ??= walk.sentenceSpeaker ?? walk.last;
  }
  if (speaker) {
    walk.last = speaker;
    walk.sentenceSpeaker = speaker;
  }
  walk.prevQuoteEnd = closeTok;
  return speaker;
}

/** Sentences after the last quote may still set who speaks next paragraph. */
function announceRest(p: Paragraph, sentences: readonly Range[], walk: Walk): void {
  for (; walk.s < sentences.length; walk.s++) {
    const sent = sentences[walk.s];
    if (!sent || walk.s === walk.prevSentence) continue;
    walk.last = speakerAnnouncedIn(p, sent) ?? walk.last;
  }
}
