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
 *     attributed speech to someone («وتابع»، «من جهته»، «وأضاف») — unless the cue of step 2
 *     has a subject of its own that names no entity («وذكر الجيش الإسرائيلي…», «وقال مصدر…»):
 *     then the speaker is unnamed, and stays so for the «وأضاف» that follows.
 * A role noun with an adjective as the subject («قال الوزير التركي») is the person a phrase
 * with those words introduced (roles.ts), and someone unnamed when nobody matches. In step 2
 * a name after the last «أن» before the cue («صرح المتحدث بأن الوزير شكري أكد…») wins over
 * the sentence's subject.
 * Places are never speakers; names inside quotation marks are never speakers, and neither
 * are names behind «ل» («قال لهسبريس»), who were spoken to.
 */

import type { Quote } from "../../facts.ts";
import { WEEKDAYS } from "../dates/index.ts";
import { isAddressee, type Mention } from "../entities/index.ts";
import { DEFINITE_NISBA } from "../entities/roles.ts";
import type { GazEntity } from "../gazetteer/index.ts";
import { keySet, normalizeArabic } from "../text/normalize.ts";
import { type Range, sentenceRanges, wordCount } from "../text/sentences.ts";
import { firstAtOrAfter, type Token } from "../text/tokenize.ts";
import { splitsWhere } from "../text/words.ts";
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

interface Open {
  /** The mark that opened: a closer's code when it opened in reversed style (”…“, »…«). */
  readonly mark: number;
  readonly at: number;
  /** Length of the opening mark (2 for ''). */
  readonly len: number;
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
 *    the paragraph.
 * One pass; the reversed-style look-ahead uses precomputed last positions, so the scan stays
 * linear on any input.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: Open[] = [];
  const lastLDQ = text.lastIndexOf("\u201c");
  const lastLAQ = text.lastIndexOf("\u00ab");
  const emit = (open: Open, i: number, closeLen: number) => {
    if (stack.length === 0) {
      out.push({
        start: open.at,
        end: i + closeLen,
        contentStart: open.at + open.len,
        contentEnd: i,
      });
    }
  };
  /** Close with a closer whose openers are `openers`: pop to the nearest one, else the top. */
  const close = (i: number, len: number, openers: readonly number[]) => {
    let j = stack.length - 1;
    const floor = Math.max(0, stack.length - MATCH_DEPTH);
    while (j >= floor && !openers.includes(stack[j]?.mark ?? -1)) j--;
    tally("quote-marks", stack.length - j);
    const target = j >= floor ? j : stack.length - 1;
    const open = stack[target];
    stack.length = target;
    if (open) emit(open, i, len);
  };
  // Most characters are no quotation mark: a native search jumps from mark to mark.
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m !== null; m = QUOTE_MARK.exec(text)) {
    tally("quote-marks");
    const i = m.index;
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1]?.mark;
    if (c === STRAIGHT) {
      if (top === STRAIGHT) close(i, 1, [STRAIGHT]);
      else stack.push({ mark: c, at: i, len: 1 });
    } else if (c === APOS) {
      if (text.charCodeAt(i + 1) !== APOS) continue;
      if (top === APOS) close(i, 2, [APOS]);
      else stack.push({ mark: APOS, at: i, len: 2 });
      QUOTE_MARK.lastIndex = i + 2;
    } else if (c === LAQ) {
      if (top === RAQ) close(i, 1, [RAQ]);
      else stack.push({ mark: c, at: i, len: 1 });
    } else if (c === LOW) {
      stack.push({ mark: c, at: i, len: 1 });
    } else if (c === LDQ) {
      if (top === LOW || top === RDQ) close(i, 1, [LOW, RDQ]);
      else stack.push({ mark: c, at: i, len: 1 });
    } else if (c === RDQ || c === RAQ) {
      const hugsNext = !isSpaceCode(text.charCodeAt(i + 1));
      const counterpart = c === RDQ ? lastLDQ : lastLAQ;
      if (stack.length === 0 || top === c) {
        // Reversed style: ”كلام“ / »كلام«.
        if (hugsNext && counterpart > i + 1) stack.push({ mark: c, at: i, len: 1 });
      } else close(i, 1, c === RDQ ? [LDQ, LOW] : [LAQ]);
    }
  }
  const outer = stack[0];
  if (outer)
    out.push({
      start: outer.at,
      end: text.length,
      contentStart: Math.min(text.length, outer.at + outer.len),
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
  "تحدث",
  "تحدثت",
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
/** How many tokens after a post-quote cue («»، قال …») the speaker's name may start. */
const POST_WINDOW = 12;

/** «نقل/نقلت … عن X»: the speaker is X. */
const RELAY_CUES = keySet(["نقل", "نقلت", "نقلا", "ينقل", "تنقل"]);
const ANN = normalizeArabic("عن");

function indexOfNorm(tokens: readonly Token[], norm: string, from: number, to: number): number {
  for (let k = from; k < to && k < from + 12; k++) if (tokens[k]?.norm === norm) return k;
  return -1;
}

/**
 * Words that may follow a speech verb without being its subject («وقال في بيان إن…»,
 * «وأضاف أمس…»; weekdays too): the verb's subject is then the speaker already in play.
 */
const NOT_SUBJECT = keySet([
  "إلى",
  "الى",
  "حول",
  "بشأن",
  "لدى",
  "في",
  "فى",
  "خلال",
  "عبر",
  "على",
  "امام",
  "امس",
  "اليوم",
  "مساء",
  "صباح",
  "ايضا",
  "كذلك",
  "بدوره",
  "بدورها",
  "من",
  "عن",
  "مع",
]);

/** The statement just cited, speaking for whoever issued it: «وأضاف البيان أن "…"». */
const STATEMENT_NOUNS = keySet(["البيان", "البلاغ", "التقرير"]);

/** Definite role nouns that refer back to someone already named («وقال الوزير…»). */
const BACK_REFERENCES = keySet([
  ...["الوزيرة", "المتحدثة", "الناطقة", "المبعوثة", "السفيرة", "المسؤولة", "المديرة"],
  ...["المستشارة", "النائبة", "المندوبة", "المفوضة", "المنسقة", "الرئيسة", "الأميرة", "الملكة"],
  ...["الموفد", "الموفدة"],
  "الوزير",
  "الرئيس",
  "المتحدث",
  "الناطق",
  "المبعوث",
  "السفير",
  "الامين",
  "المسؤول",
  "المدير",
  "القائد",
  "الزعيم",
  "الجنرال",
  "العميد",
  "اللواء",
  "المستشار",
  "النائب",
  "الشيخ",
  "الملك",
  "الامير",
  "المندوب",
  "المفوض",
  "المنسق",
  "الوسيط",
]);

/**
 * Does the speech verb at `k` have a subject of its own that names no entity («وذكر الجيش
 * الإسرائيلي في بيان…», «وقال مصدر أمني…»)? Then the quote's speaker is unnamed, not the
 * last one named. Not a subject: the reported content («أن…»), a prepositional phrase or time
 * word, punctuation, or a role noun pointing back to the speaker in play.
 */
function hasUnnamedSubject(tokens: readonly Token[], k: number, before: number): boolean {
  // «ودعا المجتمع الدولي إلى…»: after these verbs the noun is usually whom they addressed.
  if (isAddressCue(tokens[k])) return false;
  const t = tokens[k + 1];
  if (!t || k + 1 >= before) return false;
  const n = t.norm;
  if (
    COMPLEMENTIZERS.has(n) ||
    NOT_SUBJECT.has(n) ||
    WEEKDAYS.has(n) ||
    BACK_REFERENCES.has(n) ||
    STATEMENT_NOUNS.has(n)
  ) {
    return false;
  }
  const first = n.charCodeAt(0);
  if (first < 0x0621 || first > 0x064a) return false;
  // «لوكالة…», «للصحفيين», «بالقول»: who was addressed or how, not who spoke.
  return !(n.length > 2 && (n.startsWith("ل") || n.startsWith("ب")));
}

/** Words that go on describing a role: «النائب في كتلة…», «المتحدث باسم…», «السفير لدى…». */
const ROLE_COMPLEMENTS = keySet(["في", "فى", "لدى", "باسم", "عن"]);

/**
 * A role noun at j described further («قال النائب في كتلة الوفاء…», «قال الوزير الفرنسي») that
 * pointed back to nobody (the caller tried): someone new whom no entity names, not the
 * speaker in play. A bare «قال الوزير» still means the one in play.
 */
function describedRole(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1]?.norm ?? "";
  return (
    BACK_REFERENCES.has(tokens[j]?.norm ?? "") &&
    (ROLE_COMPLEMENTS.has(next) || DEFINITE_NISBA.test(next))
  );
}

/** Quoted terms are short: longer quoted text is taken to be speech whatever precedes it. */
const MAX_TERM_WORDS = 6;

/** Nouns that introduce a quoted NAME or TERM rather than speech (اتفاق «…», شعار «…»). */
const TERM_HEADS = keySet([
  "اتفاق",
  "اتفاقية",
  "تنظيم",
  "جماعة",
  "حركة",
  "جبهة",
  "عملية",
  "معركة",
  "حملة",
  "مبادرة",
  "شعار",
  "اسم",
  "وسم",
  "هاشتاغ",
  "هاشتاغ",
  "بعنوان",
  "عنوان",
  "يسمى",
  "تسمى",
  "المسمى",
  "المسماة",
  "يعرف",
  "تعرف",
  "المعروف",
  "المعروفة",
  "كتاب",
  "فيلم",
  "برنامج",
  "مسلسل",
  "رواية",
  "أغنية",
  "لقب",
  "مصطلح",
  "عبارة",
  "بعبارة",
  "تعبير",
  "لواء",
  "كتيبة",
  "فصيل",
  "ميليشيا",
  "مشروع",
  "قانون",
  "خطة",
  "صحيفة",
  "قناة",
  "موقع",
  "وكالة",
  "وثيقة",
  "إعلان",
  "منصة",
  "تطبيق",
  "مؤتمر",
  "منتدى",
  "قمة",
  "منطقة",
  "تحالف",
]);
/** A clitic written onto the opening mark («بـ«الهيئة…»», «لـ"داعش"»): a noun phrase follows. */
const ATTACHED_CLITICS = keySet(["ب", "ل", "ك", "ال", "بال", "لل", "كال", "وب", "ول", "وال"]);

const termHeadReadings = splitsWhere((c) => c.clitic.length <= 2 && TERM_HEADS.has(c.stem));

/**
 * Bodies named by a quoted name: «فريق "منسقو استجابة سوريا"», «كتلة «الوفاء للمقاومة»». Only
 * the indefinite noun in construct: «وقالت اللجنة "…"» is the committee speaking.
 */
const GROUP_HEADS = keySet([
  ...["فريق", "منظمة", "هيئة", "جمعية", "مركز", "شبكة", "كتلة", "حزب", "تجمع", "تيار"],
  ...["مجلس", "لجنة", "مجموعة", "رابطة", "اتحاد", "نادي", "كتائب", "سرايا", "فرقة", "مرصد"],
]);
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

/** Verbs take only a conjunction (و، ف); «كيري» is not ك + يري "sees". */
const VERB_CLITICS = new Set(["", "و", "ف"]);

/** A cue test per word list: a word's answer is memoised (see splitsWhere). */
type CueTest = (t: Token | undefined) => boolean;

function cueTest(set: ReadonlySet<string>): CueTest {
  const readings = splitsWhere((c) => set.has(c.stem) && VERB_CLITICS.has(c.clitic));
  return (t) => !!t && readings(t).length > 0;
}

const isSpeechCue = cueTest(CUES);
const isPostCue = cueTest(POST_CUES);
const isRelayCue = cueTest(RELAY_CUES);
/** Speech verbs whose next noun is more often their object than their subject. */
const isAddressCue = cueTest(
  keySet([
    "دعا",
    "دعت",
    "حذر",
    "حذرت",
    "طالب",
    "طالبت",
    "ناشد",
    "حث",
    "حض",
    "طلب",
    "طلبت",
    "وصف",
    "وصفها",
    "وصفه",
  ]),
);

function speakerOf(candidates: readonly Mention[]): GazEntity | null {
  const person = candidates.find((m) => m.entity.type === "person");
  if (person) return person.entity;
  return candidates.find((m) => m.entity.type === "org")?.entity ?? null;
}

export interface QuoteContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** This paragraph's mentions, in order. */
  readonly mentions: readonly Mention[];
  /** Whom the role noun at token k («الوزير التركي») refers back to (see roles.ts). */
  readonly pointBack?: (k: number) => GazEntity | null;
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
  /**
   * «قال الوزير التركي»: the subject is a role naming someone introduced before. Only with an
   * adjective: a bare «وقال الوزير» means the minister in play, who may have been introduced
   * beyond the phrase window («وزير الشؤون المغاربية والاتحاد الإفريقي …، السيد عبد القادر
   * مساهل») while another minister's introduction is on record.
   */
  const backReference = (k: number): GazEntity | null => {
    const t = tokens[k];
    if (!t || !BACK_REFERENCES.has(t.norm) || !para.pointBack) return null;
    return DEFINITE_NISBA.test(tokens[k + 1]?.norm ?? "") ? para.pointBack(k) : null;
  };
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
  const cueAt = (k: number, isCue: CueTest) =>
    named[k] !== 1 && quoted[k] !== 1 && isCue(tokens[k]);
  const tokenAt = (pos: number) => firstAtOrAfter(tokens, pos);
  const collect = (from: number, to: number, stopAtComplementizer: boolean): Mention[] => {
    const out: Mention[] = [];
    for (let k = from; k < to; k++) {
      tally("quote-speakers");
      const t = tokens[k];
      if (!t || quoted[k] === 1) continue;
      const m = byToken.get(k);
      // «بان كي مون» starts like «بأن»: a name beats a complementizer.
      if (!m && stopAtComplementizer && COMPLEMENTIZERS.has(t.norm)) break;
      if (m && m.entity.type !== "place" && !isAddressee(text, m)) out.push(m);
    }
    return out;
  };

  /**
   * The subject standing before a cue at k: «صرح المتحدث بأن الوزير شكري أكد على «…»» nests
   * the minister's words in the spokesman's report, so a name after the last «أن» wins.
   */
  const subjectBefore = (from: number, k: number): GazEntity | null => {
    for (let c = k - 1; c > from; c--) {
      const t = tokens[c];
      if (!t || quoted[c] === 1 || named[c] === 1 || !COMPLEMENTIZERS.has(t.norm)) continue;
      const nested = speakerOf(collect(c + 1, k, false));
      if (nested) return nested;
      break;
    }
    return speakerOf(collect(from, k, false));
  };

  /** The speaker a sentence without quotes announces («ولفت بشار إلى…»): the first cue's subject. */
  const speakerAnnouncedIn = (sent: { start: number; end: number }): GazEntity | null => {
    const from = tokenAt(sent.start);
    const to = tokenAt(sent.end);
    for (let k = from; k < to; k++) {
      if (cueAt(k, isSpeechCue)) {
        return speakerOf(collect(k + 1, Math.min(to, k + 12), true)) ?? backReference(k + 1);
      }
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
    const words = wordCount(content);
    if (words < 3) continue;
    // A quoted name («الهيئة العليا للتفاوض») is a name, not speech.
    if (isQuotedName(mentions, span, content)) continue;
    // A quoted term or title («اتفاق «وقف الأعمال العدائية»», «بـ«الهيئة العليا»») neither.
    if (words <= MAX_TERM_WORDS && isTermUse(text, tokens, span, content)) continue;

    const openTok = tokenAt(span.start);
    const closeTok = tokenAt(span.end);
    const sentStartTok = Math.max(tokenAt(sent.start), prevQuoteEnd, openTok - WINDOW);
    let speaker: GazEntity | null = null;

    // 1. «…»، قال X / وفق ما ذكرت X
    for (let k = closeTok; k < Math.min(closeTok + 3, tokens.length); k++) {
      const t = tokens[k];
      if (!t || t.start >= sent.end || quoted[k] === 1) break;
      if (cueAt(k, isPostCue)) {
        // Far enough for a role phrase before the name: «»، قال مدير الأمن العام في محافظة
        // اللاذقية المقدم مصطفى كنيفاتي».
        const after = collect(k + 1, Math.min(k + 1 + POST_WINDOW, tokens.length), true).filter(
          (m) => m.start < sent.end,
        );
        speaker = speakerOf(after) ?? backReference(k + 1);
        break;
      }
    }
    // 2. nearest cue before the quote in this sentence.
    let unnamed = false;
    if (!speaker) {
      for (let k = openTok - 1; k >= sentStartTok; k--) {
        tally("quote-speakers");
        if (!cueAt(k, isSpeechCue)) continue;
        // «نقلت الوكالة عن المتحدث …»: who said it follows «عن», the reporter precedes it.
        const an = cueAt(k, isRelayCue) ? indexOfNorm(tokens, ANN, k + 1, openTok) : -1;
        // «قالت واشنطن إنها…»: a place as the verb's subject is its government, not someone
        // named earlier in the sentence.
        const placeSpeaks = byToken.get(k + 1)?.entity.type === "place";
        // Between the cue and «عن» stands the reporter, never the speaker.
        speaker =
          an >= 0
            ? speakerOf(collect(an + 1, openTok, true))
            : (speakerOf(collect(k + 1, openTok, true)) ??
              backReference(k + 1) ??
              (placeSpeaks ? null : subjectBefore(sentStartTok, k)));
        // «نقلت الوكالة عن مصدر دبلوماسي»: a source named by no entity is unnamed too.
        unnamed =
          !speaker &&
          (an >= 0 ||
            placeSpeaks ||
            hasUnnamedSubject(tokens, k, openTok) ||
            describedRole(tokens, k + 1));
        break;
      }
    }
    if (unnamed) {
      // Someone the gazetteer and tagger cannot name spoke: «وأضاف» after this is them too.
      last = null;
      sentenceSpeaker = null;
    } else {
      // 2b. no cue, but someone is named earlier in the sentence (outside quotes).
      if (!speaker && !sentenceSpeaker) speaker = speakerOf(collect(sentStartTok, openTok, false));
      // 3. carried over.
      speaker ??= sentenceSpeaker ?? last;
    }

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
