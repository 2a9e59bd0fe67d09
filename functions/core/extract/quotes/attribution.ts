/**
 * A quote's speaker from the cues around it, in the order Arabic news copy attributes speech:
 *  1. an attribution right after the closing mark: «…»، وفق ما ذكرت وزارة الخارجية;
 *  2. the nearest attribution cue before the quote in the same sentence: whoever it names,
 *     or an unnamed source when its subject names no entity.
 * What no cue settles is carried over from earlier quotes (paragraph.ts).
 */

import { isAddressee } from "../entities/index.ts";
import { isDefinite } from "../entities/name-words.ts";
import type { GazEntity } from "../gazetteer/index.ts";
import { words } from "../lexicon/index.ts";
import type { Range } from "../text/sentences.ts";
import { firstAtOrAfter, type Token } from "../text/tokenize.ts";
import { tally } from "../work.ts";
import { cueAt, type Paragraph } from "./context.ts";
import {
  ANN,
  COMPLEMENTIZERS,
  CONTENT_START,
  indexOfWord,
  isContinuingCue,
  isParticipleCue,
  isPostCue,
  isRelayCue,
  isSourceCue,
  isSpeechCue,
} from "./cues.ts";
import { backReference, describedRole, namePartReference } from "./role-subjects.ts";
import { sourceSubject, type Unnamed, unnamed, unnamedAt } from "./sources.ts";
import {
  CLAUSE_OPENERS,
  collect,
  cueHasSubject,
  firstCueIn,
  speakerAnnouncedAt,
  speakerOf,
  subjectBefore,
} from "./speakers.ts";
import { hasUnnamedSubject } from "./unnamed.ts";

export { isUnnamed, type Unnamed, type UnnamedWhy } from "./sources.ts";

/** A conjunction alone before a quote that opens its sentence («و"…"»). */
const CONJUNCTIONS = new Set(["و", "ف"]);

/** How many tokens after a post-quote cue («»، قال …») the speaker's name may start. */
const POST_WINDOW = 12;

/** Where a quote stands, in tokens. */
export interface QuoteAt {
  /** Its sentence. */
  readonly sent: Range;
  /** The first token a cue before the quote may be: the sentence's, or after the last quote. */
  readonly from: number;
  /** First token at or after the opening mark and the closing mark. */
  readonly openTok: number;
  readonly closeTok: number;
  /** The sentence after the quote's in this paragraph, if any. */
  readonly next?: Range | null;
  /** The speaker carried to this quote, if any. */
  readonly inPlay?: GazEntity | null;
}

/** Whom the cues around the quote name (steps 1 and 2), someone unnamed, or null when none says. */
export function cuedSpeaker(p: Paragraph, q: QuoteAt): GazEntity | Unnamed | null {
  return speakerAfter(p, q) ?? speakerBefore(p, q) ?? speakerOfOpening(p, q);
}

/**
 * 3. A quote that opens its sentence, with no cue before it, is attributed later in the same
 * sentence by whatever verb («"…"، بهذه الكلمات ختم رئيس الائتلاف أنس العبدة كلمته»): the
 * first person (else organisation) named after it, before any «أن». A quote that is its
 * whole sentence may be attributed by the next one, when that opens by pointing back at it
 * («"…". هكذا وصف مدير الدفاع المدني رائد الصالح الوضع») or going on with the same speaker's
 * words («"…". وأضاف الرئيس الإيراني حسن روحاني أن…»).
 */
function speakerOfOpening(p: Paragraph, q: QuoteAt): GazEntity | null {
  const { tokens } = p;
  const sentStart = firstAtOrAfter(tokens, q.sent.start);
  const before = q.openTok - sentStart;
  if (before > 1 || (before === 1 && !CONJUNCTIONS.has(tokens[sentStart]?.norm ?? ""))) {
    return null;
  }
  const sentEnd = firstAtOrAfter(tokens, q.sent.end);
  const after = collect(p, q.closeTok, Math.min(sentEnd, q.closeTok + POST_WINDOW), true);
  const named = speakerOf(after);
  if (named || q.closeTok < sentEnd || !q.next) return named;
  const from = firstAtOrAfter(tokens, q.next.start);
  const goesOn = isContinuingCue(tokens[from]);
  if (!goesOn && !pointsBack(tokens, from)) return null;
  const to = Math.min(firstAtOrAfter(tokens, q.next.end), from + POST_WINDOW);
  const next = speakerOf(collect(p, from, to, true));
  // «وأضاف X» after someone else spoke may go on with X's own earlier words: the quote stays
  // with the speaker in play.
  return goesOn && q.inPlay && next && q.inPlay.id !== next.id ? null : next;
}

/** Words that open a sentence pointing back at the quote before it: «هكذا», «بهذه الكلمات». */
const POINT_BACK = words("particles", "quote-back-reference");

/** «هذا», «ذلك»: pointing back only before «ما» («هذا ما قاله…», not «هذا وقد أعلن…»). */
const POINT_BACK_BEFORE_MA = words("particles", "quote-back-reference-before-ma");

/** Does the sentence at token k open by pointing back («هكذا», «بهذه», «هذا ما»)? */
function pointsBack(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.norm ?? "";
  const bare = CONJUNCTIONS.has(w[0] ?? "") ? w.slice(1) : w;
  for (const form of [w, bare]) {
    if (POINT_BACK.has(form)) return true;
    if (POINT_BACK_BEFORE_MA.has(form) && tokens[k + 1]?.norm === "ما") return true;
  }
  return false;
}

/** 1. «…»، قال X / وفق ما ذكرت X */
function speakerAfter(p: Paragraph, q: QuoteAt): GazEntity | null {
  const { tokens, quoted } = p;
  const { closeTok, sent } = q;
  for (let k = closeTok; k < Math.min(closeTok + 3, tokens.length); k++) {
    const t = tokens[k];
    if (!t || t.start >= sent.end || quoted[k] === 1) break;
    if (cueAt(p, k, isPostCue)) {
      // Far enough for a role phrase before the name: «»، قال مدير الأمن العام في محافظة
      // اللاذقية المقدم مصطفى كنيفاتي».
      const after = collect(p, k + 1, Math.min(k + 1 + POST_WINDOW, tokens.length), true).filter(
        (m) => m.start < sent.end,
      );
      return speakerOf(after) ?? backReference(p, k + 1) ?? namePartReference(p, k + 1);
    }
  }
  return null;
}

/** 2. The nearest cue before the quote in this sentence: whom it names, or someone unnamed. */
function speakerBefore(p: Paragraph, q: QuoteAt): GazEntity | Unnamed | null {
  const { tokens, byToken } = p;
  const found = cueBefore(p, q);
  if (found < 0) return null;
  // «وقال مصدر عسكري، بحسب وكالة سانا، إن "…"»: a source set off by commas inside another
  // cue's clause only says where the words were read; the verb before it has the speaker.
  const outer = asideOf(p, q, found);
  const k = outer ?? found;
  const openTok = outer === null ? q.openTok : found;
  const source = sourceSubject(p, k + 1, openTok);
  if (source !== undefined) return source;
  const relayed = relayedClause(p, k, openTok);
  if (relayed !== undefined) return relayed;
  // «نقلت الوكالة عن المتحدث …», «بحسب سانا نقلا عن مصدر»: who said it follows «عن», the
  // reporter precedes it.
  const relays = cueAt(p, k, isRelayCue) || cueAt(p, k, isSourceCue);
  const an = relays ? indexOfWord(tokens, ANN, k + 1, openTok) : -1;
  // «قالت واشنطن إنها…»: a place as the verb's subject is its government, not someone
  // named earlier in the sentence.
  // «موضحا للميادين أن…» is whom it was said to.
  const next = byToken.get(k + 1);
  const placeSpeaks = next?.entity.type === "place" && !isAddressee(p.text, next);
  // Between the cue and «عن» stands the reporter, never the speaker.
  const speaker =
    an >= 0
      ? speakerOf(collect(p, an + 1, openTok, true))
      : (subjectNamed(p, k, openTok) ??
        backReference(p, k + 1) ??
        namePartReference(p, k + 1) ??
        (placeSpeaks ? null : subjectEarlier(p, q, k)));
  if (speaker) return speaker;
  // «نقلت الوكالة عن مصدر دبلوماسي»: a source named by no entity is unnamed too.
  if (an >= 0) return unnamed("relay");
  if (placeSpeaks) return unnamed("place");
  if (hasUnnamedSubject(tokens, k, openTok)) return unnamed("subject");
  return describedRole(tokens, k + 1) ? unnamed("role") : null;
}

/**
 * Who a sentence without quotes says is speaking: whom its first speech cue names
 * (speakers.ts speakerAnnouncedAt), someone unnamed when that cue's subject is an unnamed
 * source («وأعلن مسؤول كبير في الإدارة أن…», «وذكر الجيش الإسرائيلي أن…»), or null when it
 * has no speech cue (the speaker in play stays). Then a bare «وقال المسؤول» or «وأضاف» that
 * follows is that unnamed source, not whoever was named before it.
 */
export function announcedSpeaker(p: Paragraph, sent: Range): GazEntity | Unnamed | null {
  const cue = firstCueIn(p, sent);
  if (!cue) return null;
  const { k, to } = cue;
  const source = sourceSubject(p, k + 1, to);
  if (source !== undefined) return source;
  const named = speakerAnnouncedAt(p, sent, k, to);
  if (named) return named;
  return hasUnnamedSubject(p.tokens, k, to) ? unnamed("subject") : null;
}

/**
 * Does the quote's sentence give its words to an unnamed source before the cue at k: as the
 * subject of the last earlier cue that has one («قال مسؤول بالأمم المتحدة إن … ووصف
 * استخدامها بأنه "…"»), or, failing any, as the subject it opens with («مسؤول بارز بوزارة
 * الدفاع أبلغ صحيفة… أن "…"»)? Then the bodies named on the way are not the speaker. A named
 * subject of a later cue («بحسب مصادر في المعارضة … بحسب المرصد الذي أكد "…"») is.
 */
function unnamedEarlier(p: Paragraph, q: QuoteAt, k: number): boolean {
  const start = Math.max(firstAtOrAfter(p.tokens, q.sent.start), q.from);
  for (let c = k - 1; c >= start; c--) {
    if (!cueAt(p, c, isSpeechCue)) continue;
    if (p.named[c + 1] === 1) return false;
    if (unnamedAt(p, c + 1, k)) return true;
  }
  return unnamedAt(p, start, k);
}

/**
 * Does the quote's sentence have an unnamed source as its subject, fronted («مسؤول بارز
 * بوزارة الدفاع أبلغ…») or after its opening verb («ولخصت المصادر وجهة نظر بري…»)? For a
 * quote no cue attributes: then the people and bodies the sentence names are not the speaker.
 */
export function unnamedSubjectOf(p: Paragraph, q: QuoteAt): boolean {
  const start = Math.max(firstAtOrAfter(p.tokens, q.sent.start), q.from);
  for (const j of [start, start + 1]) {
    if (j >= q.openTok) break;
    if (unnamedAt(p, j, q.openTok)) return true;
  }
  return false;
}

/**
 * Whom the words between the cue at k and the quote name as the cue's subject. A role that
 * points back right after the cue («واكد الرئيس الروماني في تصريحات نقلتها "تي في 5" الى
 * وكالة فرانس برس "…"») is the subject, and names beyond its phrase are not; a name in
 * apposition to it («وقال الوزير الروسي سيرغي لافروف») still is.
 */
function subjectNamed(p: Paragraph, k: number, openTok: number): GazEntity | null {
  const named = collect(p, k + 1, openTok, true);
  const first = named.find((m) => m.entity.type === "person") ?? named[0];
  if (!first || p.named[k + 1] === 1) return speakerOf(named);
  for (let j = k + 1; j < first.tokStart; j++) {
    if (!isDefinite(p.tokens[j] as Token)) return backReference(p, k + 1) ?? speakerOf(named);
  }
  return speakerOf(named);
}

/**
 * The subject earlier in the sentence of a cue at k that has none after it: someone unnamed
 * (unnamedEarlier), else a name before the cue, else a role right before it.
 */
function subjectEarlier(p: Paragraph, q: QuoteAt, k: number): GazEntity | Unnamed | null {
  if (unnamedEarlier(p, q, k)) return unnamed("source");
  const main = cueAt(p, k, isParticipleCue) ? mainSubject(p, q, k) : null;
  return main ?? subjectBefore(p, q.from, k) ?? roleBefore(p, q.from, k);
}

/**
 * The subject of the finite speech verb a participle cue at k hangs on: «وقال مسؤول المكتب
 * الإعلامي، محمد الحمادي، إن فرق الدفاع المدني انتشلت…، مضيفا أن "…"» goes on with al-Hamadi,
 * not with the reported clause's subject. The verb is the clause's first speech cue (a cue
 * after its «أن» is reported, «أن الجريح نقل…»); a clause opens at the sentence or at
 * «فيما/بينما». Its subject stands before the verb's «أن».
 */
function mainSubject(p: Paragraph, q: QuoteAt, k: number): GazEntity | null {
  let start = Math.max(firstAtOrAfter(p.tokens, q.sent.start), q.from);
  for (let c = k - 1; c > start; c--) {
    if (CLAUSE_OPENERS.has(p.tokens[c]?.norm ?? "")) {
      start = c + 1;
      break;
    }
  }
  for (let c = start; c < k; c++) {
    if (COMPLEMENTIZERS.has(p.tokens[c]?.norm ?? "")) return null;
    if (!cueAt(p, c, isSpeechCue) || cueAt(p, c, isParticipleCue)) continue;
    return (
      speakerOf(collect(p, c + 1, k, true)) ??
      backReference(p, c + 1) ??
      namePartReference(p, c + 1)
    );
  }
  return null;
}

/**
 * A role standing as the subject right before the cue at k («وكان الرئيس الأميركي قال…»,
 * «والوزير التركي قد أكد…»): the person it points back to.
 */
function roleBefore(p: Paragraph, from: number, k: number): GazEntity | null {
  let j = k - 1;
  if (p.tokens[j]?.norm === "قد") j--;
  // The role and its adjective: «الرئيس الأميركي».
  return j - 1 >= from ? backReference(p, j - 1) : null;
}

/**
 * «بحسب وكالة رويترز، فإن الجيش "…"»: a source cue that relays a clause gives the words to the
 * clause's subject (named, or unnamed), not to the source. Undefined when the cue is no source
 * or the quote follows the complementizer at once (then the words are the source's own).
 */
function relayedClause(p: Paragraph, k: number, openTok: number): GazEntity | Unnamed | undefined {
  if (!cueAt(p, k, isSourceCue)) return undefined;
  const c = indexOfWord(p.tokens, CONTENT_START, k + 1, openTok);
  if (c < 0 || c + 1 >= openTok) return undefined;
  const subject = speakerOf(collect(p, c + 1, openTok, true));
  if (subject) return subject;
  return hasUnnamedSubject(p.tokens, c, openTok) ? unnamed("relayed") : undefined;
}

/**
 * The speech cue before a source cue at k that stands between commas («قال X، بحسب Y، إن»),
 * or null when the source is no such aside.
 */
function asideOf(p: Paragraph, q: QuoteAt, k: number): number | null {
  if (!cueAt(p, k, isSourceCue)) return null;
  const { tokens, text } = p;
  const prev = tokens[k - 1];
  const at = tokens[k];
  if (!prev || !at || k - 1 < q.from || !/[،,]/.test(text.slice(prev.end, at.start))) return null;
  const outer = cueBefore(p, { ...q, openTok: k });
  return outer >= 0 && !cueAt(p, outer, isSourceCue) ? outer : null;
}

/**
 * Do the quote's cues stand without a subject of their own («وقال: "…"», «قال فيها "…"»)?
 * Only then may they mean the person the sentence before was about; «وأضاف بشار في تصريح
 * صحفي» has one, even if the nearest cue, «تصريح», has none.
 */
export function cuesWithoutSubject(p: Paragraph, q: QuoteAt): boolean {
  let found = false;
  for (let k = q.openTok - 1; k >= q.from; k--) {
    if (!cueAt(p, k, isSpeechCue)) continue;
    if (cueHasSubject(p, k, q.openTok)) return false;
    found = true;
  }
  return found;
}

/** The nearest speech cue before the quote, from `from` on, or -1. */
function cueBefore(p: Paragraph, q: QuoteAt): number {
  for (let k = q.openTok - 1; k >= q.from; k--) {
    tally("quote-speakers");
    if (cueAt(p, k, isSpeechCue) && !NEGATED.has(p.tokens[k - 1]?.norm ?? "")) return k;
  }
  return -1;
}

/** «فضل عدم ذكر اسمه», «دون ذكر»: a speech noun negated says nothing was said. */
const NEGATED = words("particles", "cue-negated-by");
