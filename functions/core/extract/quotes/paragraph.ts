/**
 * A paragraph's quotes in order, each with its speaker. The rules propose one: whom the cues
 * name (attribution.ts), else someone named earlier in the sentence, else the speaker carried
 * over from the previous quote or from the last sentence that attributed speech to someone
 * («وتابع»، «من جهته»، «وأضاف»). The speaker model (candidates.ts, ranker.ts) then weighs that
 * choice against the other people and bodies around the quote. The carried speaker, and who
 * earlier paragraphs named, run on across paragraphs.
 */

import type { Quote } from "../../facts.ts";
import type { Mention } from "../entities/index.ts";
import { isDefinite } from "../entities/name-words.ts";
import type { GazEntity } from "../gazetteer/index.ts";
import { type Range, sentenceRanges } from "../text/sentences.ts";
import { firstAtOrAfter } from "../text/tokenize.ts";
import {
  announcedSpeaker,
  cuedSpeaker,
  cuesWithoutSubject,
  isUnnamed,
  type QuoteAt,
  unnamedSubjectOf,
} from "./attribution.ts";
import { candidatesOf, type QuoteScene, type RuleStep } from "./candidates.ts";
import { type Paragraph, paragraphOf, type QuoteContext } from "./context.ts";
import { COMPLEMENTIZERS } from "./cues.ts";
import { candidatesNeeded, choose, heard } from "./ranker.ts";
import { endsInsideQuote, findQuoteSpans, type QuoteSpan } from "./spans.ts";
import { collect, speakerOf, topicOf } from "./speakers.ts";
import { speechIn } from "./terms.ts";

/** How many tokens before a quote its cue may stand. */
const WINDOW = 60;
/** How many people and bodies of earlier paragraphs stay candidates. */
const RECENT = 6;

/** What runs on from paragraph to paragraph (updated in place). */
export interface Carried {
  /** The speaker carried to the next quote. */
  last: GazEntity | null;
  /**
   * The person (or body) the paragraph's last sentence opened with as its subject while
   * nobody had spoken: a subject-less «قال» at the start of the next paragraph is them.
   */
  topic: GazEntity | null;
  /** People and bodies of earlier paragraphs, the latest first. */
  recent: readonly GazEntity[];
  /** How often earlier paragraphs named each entity (by id). */
  readonly seen: Map<string, number>;
  /** The previous paragraph ended inside a straight quote it never closed. */
  openQuote: boolean;
}

export const nothingCarried = (): Carried => ({
  last: null,
  topic: null,
  recent: [],
  seen: new Map(),
  openQuote: false,
});

/** The walk over a paragraph's sentences and quotes, and the speakers it carries. */
interface Walk {
  readonly sentences: readonly Range[];
  /** Who spoke last: the speaker carried to the next quote and paragraph. */
  last: GazEntity | null;
  /** Who spoke in the current sentence. */
  sentenceSpeaker: GazEntity | null;
  /**
   * The person the sentence just passed opened with as its subject, while nobody has spoken:
   * whom a «وقال» with no subject in the next sentence means (speakers.ts topicOf).
   */
  topic: GazEntity | null;
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
 * Quotes of consecutive paragraphs; `carry` is what runs on across paragraphs, updated for
 * the next one.
 */
export function findQuotes(para: QuoteContext, carry: Carried): Quote[] {
  const spans = findQuoteSpans(para.text, carry.openQuote);
  carry.openQuote = endsInsideQuote(para.text, spans);
  const sentences = sentenceRanges(para.text, spans);
  // Only speech hides the names inside it: a quoted name («صحيفة "الوطن"») may speak.
  const contents = spans.map((span) => speechIn(para, span));
  const p = paragraphOf(
    para,
    spans.filter((_, k) => contents[k] !== null),
  );
  const walk: Walk = {
    sentences,
    last: carry.last,
    sentenceSpeaker: null,
    topic: carry.topic,
    s: 0,
    prevSentence: -1,
    prevQuoteEnd: -1,
  };
  const quotes: Quote[] = [];
  for (const [k, span] of spans.entries()) {
    const content = contents[k];
    if (content === null || content === undefined) continue;
    const sent = enterSentence(p, sentences, walk, span);
    const speaker = attribute(p, walk, span, sent, carry, content);
    quotes.push({ text: content, speaker: speaker ? { ar: speaker.ar, en: speaker.en } : null });
  }
  announceRest(p, sentences, walk);
  carry.last = walk.last;
  carry.topic = walk.topic;
  // Who earlier paragraphs named matters only to the candidates.
  if (candidatesNeeded()) remember(carry, p);
  return quotes;
}

/** The paragraph's people and bodies join the recent ones and the counts. */
function remember(carry: Carried, p: Paragraph): void {
  const latest: GazEntity[] = [];
  const ids = new Set<string>();
  for (let i = p.mentions.length - 1; i >= 0; i--) {
    const e = (p.mentions[i] as Paragraph["mentions"][number]).entity;
    if (e.type === "place") continue;
    carry.seen.set(e.id, (carry.seen.get(e.id) ?? 0) + 1);
    if (latest.length < RECENT && !ids.has(e.id)) {
      ids.add(e.id);
      latest.push(e);
    }
  }
  for (const e of carry.recent) {
    if (latest.length >= RECENT) break;
    if (!ids.has(e.id)) latest.push(e);
    ids.add(e.id);
  }
  carry.recent = latest;
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
    const fresh = sent !== undefined && walk.s !== walk.prevSentence;
    const unnamedSpoke = fresh && announce(p, sent, walk);
    // The topic holds for the one sentence after its own.
    walk.topic = fresh && !walk.last && !unnamedSpoke ? topicOf(p, sent) : null;
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
function attribute(
  p: Paragraph,
  walk: Walk,
  span: QuoteSpan,
  sent: Range,
  carry: Carried,
  content: string,
): GazEntity | null {
  const openTok = firstAtOrAfter(p.tokens, span.start);
  const closeTok = firstAtOrAfter(p.tokens, span.end);
  const from = Math.max(firstAtOrAfter(p.tokens, sent.start), walk.prevQuoteEnd, openTok - WINDOW);
  const q: QuoteAt = {
    sent,
    from,
    openTok,
    closeTok,
    next: walk.sentences[walk.s + 1] ?? null,
    inPlay: walk.sentenceSpeaker ?? walk.last,
  };
  const { rule, step } = ruleChoice(p, walk, q);
  const speaker = candidatesNeeded()
    ? ranked(content, {
        p,
        q,
        prevSent: walk.sentences[walk.s - 1] ?? null,
        rule,
        step,
        last: walk.last,
        recent: carry.recent,
        seen: carry.seen,
      })
    : rule;
  // Nobody named: someone the gazetteer and tagger cannot name spoke, and «وأضاف» after
  // this is them too.
  walk.last = speaker;
  walk.sentenceSpeaker = speaker;
  walk.prevQuoteEnd = closeTok;
  return speaker;
}

/** The speaker model's choice among the quote's candidates (handed to training too). */
function ranked(content: string, scene: QuoteScene): GazEntity | null {
  const candidates = candidatesOf(scene);
  heard(content, candidates);
  return choose(candidates).entity;
}

/** The rules' speaker and the step that chose it. */
function ruleChoice(
  p: Paragraph,
  walk: Walk,
  q: QuoteAt,
): { rule: GazEntity | null; step: RuleStep } {
  const cued = cuedSpeaker(p, q);
  if (isUnnamed(cued)) return { rule: null, step: `unnamed-${cued.unnamed}` };
  if (cued) return { rule: cued, step: "cued" };
  // 2b. no cue, but someone is named earlier in the sentence (outside quotes), unless an
  // unnamed source is its subject. After a cue with no subject only the subject of the clause
  // it reports counts («وأضافت أن شيراك جدد "…"»); a name elsewhere in that clause («وأضاف
  // أنه بمناسبة قدوم … رايس … فإن الحكومة ترفض "…"») is what was said, and the words stay
  // the speaker in play's.
  const subjectless = cuesWithoutSubject(p, q);
  if (!walk.sentenceSpeaker) {
    if (unnamedSubjectOf(p, q)) return { rule: null, step: "unnamed-source" };
    const around = collect(p, q.from, q.openTok, false);
    const named = speakerOf(subjectless ? around.filter((m) => opensClause(p, m)) : around);
    if (named) return { rule: named, step: "sentence" };
  }
  // 3. carried over, or the subject of the sentence before when nobody has spoken yet and
  // the cue has no subject of its own.
  const topic = subjectless ? walk.topic : null;
  const carried = walk.sentenceSpeaker ?? walk.last ?? topic;
  return carried ? { rule: carried, step: "carried" } : { rule: null, step: "none" };
}

/**
 * Does the mention open the clause of a bare «أن/إن», as its subject: right after it («أن
 * شيراك جدد») or after a role phrase of definite words («أن الرئيس الفرنسي جاك شيراك»)?
 */
function opensClause(p: Paragraph, m: Mention): boolean {
  for (let k = m.tokStart - 1; k >= Math.max(0, m.tokStart - 1 - ROLE_PHRASE); k--) {
    const t = p.tokens[k];
    if (!t) return false;
    if (COMPLEMENTIZERS.has(t.norm)) return !PRONOUN_END.test(t.norm);
    if (!isDefinite(t) || p.named[k] === 1) return false;
  }
  return false;
}

/** How many definite words a role phrase between «أن» and its subject's name may take. */
const ROLE_PHRASE = 4;

/** «أنه», «بأنها»: the complementizer with a pronoun, whose clause's subject is that pronoun. */
const PRONOUN_END = /(ه|ها|هم)$/;

/**
 * A sentence without quotes that says who speaks hands them on; true when that is someone
 * unnamed («وأعلن مسؤول…»), who is then in play (as null) and no topic.
 */
function announce(p: Paragraph, sent: Range, walk: Walk): boolean {
  const said = announcedSpeaker(p, sent);
  if (!said) return false;
  walk.last = isUnnamed(said) ? null : said;
  return walk.last === null;
}

/**
 * Sentences after the last quote may still set who speaks next paragraph, or whose topic a
 * subject-less «قال» there continues.
 */
function announceRest(p: Paragraph, sentences: readonly Range[], walk: Walk): void {
  let lastFresh = false;
  let unnamedSpoke = false;
  for (; walk.s < sentences.length; walk.s++) {
    const sent = sentences[walk.s];
    lastFresh = !!sent && walk.s !== walk.prevSentence;
    unnamedSpoke = lastFresh && !!sent && announce(p, sent, walk);
  }
  // Only the paragraph's last sentence can hand its topic on.
  const last = sentences[sentences.length - 1];
  walk.topic = lastFresh && last && !walk.last && !unnamedSpoke ? topicOf(p, last) : null;
}
