/**
 * Who is named where: the persons and organisations between two tokens that may be a speaker
 * (never a place, a name inside quotation marks, or someone spoken to), the subject standing
 * before a cue, and the speaker a sentence without quotes announces.
 */

import { isAddressee, type Mention } from "../entities/index.ts";
import type { GazEntity } from "../gazetteer/index.ts";
import { words } from "../lexicon/index.ts";
import type { Range } from "../text/sentences.ts";
import { firstAtOrAfter, type Token } from "../text/tokenize.ts";
import { tally } from "../work.ts";
import { cueAt, type Paragraph } from "./context.ts";
import { COMPLEMENTIZERS, isSpeechCue } from "./cues.ts";
import { backReference, namePartReference } from "./role-subjects.ts";
import { hasUnnamedSubject } from "./unnamed.ts";

/** A body's voice before «ل»: «المكتب الإعلامي لوزارة…» is the ministry's office, not whom it told. */
const VOICE_OF = words("role-nouns", "voice-of");
/** A document before «ل»: «في بيان لحركة…» is the movement's statement. */
const AUTHORED = words("saying-verbs", "authored");
const voiceOf = (t: Token | undefined) => !!t && (VOICE_OF.has(t.norm) || AUTHORED.has(t.norm));

const MEDIA_NOUNS = words("media", "nouns");

/** «لقناة», «للصحيفة»: «ل» and a media noun, whose name follows. */
function toMedia(t: Token | undefined): boolean {
  const n = t?.norm ?? "";
  if (!n.startsWith("ل")) return false;
  return MEDIA_NOUNS.has(n.slice(1)) || (n.startsWith("لل") && MEDIA_NOUNS.has(n.slice(2)));
}

/** «لمراسل», «لمراسلة»: «ل» and a correspondent, whose outlet follows. */
const CORRESPONDENTS = words("media", "correspondents");
const toCorrespondent = (t: Token | undefined) =>
  !!t && /^ل/.test(t.norm) && CORRESPONDENTS.has(t.norm.slice(1));

/**
 * Was the mention at token k spoken to rather than speaking? «قال لهسبريس», «لـ السومرية
 * نيوز», «في تصريح لقناة فوكس», «لمراسلة سانا», «في بيان تلقت الجزيرة نت نسخة منه»; not
 * «المكتب الإعلامي لوزارة الصحة», where the «ل» is the body's.
 */
function spokenTo(text: string, tokens: readonly Token[], m: Mention, k: number): boolean {
  if (isAddressee(text, m)) return !voiceOf(tokens[k - 1]);
  // «لـ السومرية نيوز»: the «ل» written apart, with its tatweel.
  if (tokens[k - 1]?.norm === "ل") return !voiceOf(tokens[k - 2]);
  // «في بيان تلقت الجزيرة نت نسخة منه»: who received the statement.
  return toMedia(tokens[k - 1]) || toCorrespondent(tokens[k - 1]) || receivedCopy(tokens, m, k);
}

/** «تلقت الجزيرة نت نسخة منه», «حصلت عنب بلدي على نسخة منه»: the name received a copy. */
function receivedCopy(tokens: readonly Token[], m: Mention, k: number): boolean {
  if (!RECEIVED.has(tokens[k - 1]?.norm ?? "")) return false;
  const end = k + (m.tokEnd - m.tokStart);
  return tokens[end]?.norm === "نسخه" || tokens[end + 1]?.norm === "نسخه";
}

/** Verbs of receiving a copy: the name after them received the words («تلقت الجزيرة نت»). */
const RECEIVED = words("saying-verbs", "received");

/** The first person among the candidates, else the first organisation. */
export function speakerOf(candidates: readonly Mention[]): GazEntity | null {
  const person = candidates.find((m) => m.entity.type === "person");
  if (person) return person.entity;
  return candidates.find((m) => m.entity.type === "org")?.entity ?? null;
}

/**
 * Mentions that may be a speaker starting at tokens from..to-1, outside quotes; with
 * `stopAtComplementizer`, none after an «أن» (what follows is what was said).
 */
export function collect(
  p: Paragraph,
  from: number,
  to: number,
  stopAtComplementizer: boolean,
): Mention[] {
  const { text, tokens, quoted, byToken } = p;
  const out: Mention[] = [];
  for (let k = from; k < to; k++) {
    tally("quote-speakers");
    const t = tokens[k];
    if (!t || quoted[k] === 1) continue;
    const m = byToken.get(k);
    // «بان كي مون» starts like «بأن»: a name beats a complementizer.
    if (!m && stopAtComplementizer && COMPLEMENTIZERS.has(t.norm)) break;
    if (m && m.entity.type !== "place" && !spokenTo(text, tokens, m, k)) out.push(m);
  }
  return out;
}

/** «فيما», «بينما»: conjunctions opening a clause with a subject of its own. */
export const CLAUSE_OPENERS = words("particles", "clause-opener");
const PREPOSITIONS = words("particles", "preposition");

/**
 * The subject standing before a cue at k: «صرح المتحدث بأن الوزير شكري أكد على «…»» nests
 * the minister's words in the spokesman's report, so a name after the last «أن» wins; in
 * «زار X المدينة، فيما نعى Y الضحايا، مؤكدا…» the last clause's subject does.
 */
export function subjectBefore(p: Paragraph, from: number, k: number): GazEntity | null {
  const { tokens, quoted, named } = p;
  for (let c = k - 1; c > from; c--) {
    const t = tokens[c];
    if (!t || quoted[c] === 1 || named[c] === 1) continue;
    if (!COMPLEMENTIZERS.has(t.norm) && !CLAUSE_OPENERS.has(t.norm)) continue;
    // «أن المصاب نقل إلى مستشفى العمادية»: a name a preposition governs is no subject.
    const subjects = collect(p, c + 1, k, false).filter(
      (m) => !PREPOSITIONS.has(tokens[m.tokStart - 1]?.norm ?? ""),
    );
    const nested = speakerOf(subjects);
    if (nested) return nested;
    break;
  }
  return speakerOf(collect(p, from, k, false));
}

/** Does the cue at k have a subject of its own before `to`, named or not? */
export function cueHasSubject(p: Paragraph, k: number, to: number): boolean {
  return p.named[k + 1] === 1 || hasUnnamedSubject(p.tokens, k, to);
}

/**
 * The first speech cue of a sentence, with the token its sentence ends at; null when it has
 * none.
 */
export function firstCueIn(p: Paragraph, sent: Range): { k: number; to: number } | null {
  const to = firstAtOrAfter(p.tokens, sent.end);
  for (let k = firstAtOrAfter(p.tokens, sent.start); k < to; k++) {
    if (cueAt(p, k, isSpeechCue)) return { k, to };
  }
  return null;
}

/**
 * The speaker a sentence without quotes announces with its first cue, at k («ولفت بشار
 * إلى…»): the cue's subject.
 */
export function speakerAnnouncedAt(
  p: Paragraph,
  sent: Range,
  k: number,
  to: number,
): GazEntity | null {
  // «وكان السفير دان غيلرمان قد أعرب عن صدمته لتصريحات أنان»: a cue with no subject after it
  // has the sentence's verb-first subject; the names after it are what it was about.
  const before = cueHasSubject(p, k, to) ? null : topicOf(p, sent);
  return (
    before ??
    speakerOf(collect(p, k + 1, Math.min(to, k + 12), true)) ??
    backReference(p, k + 1) ??
    namePartReference(p, k + 1)
  );
}

/**
 * The sentence's topic when it opens verb-first with a name as the subject («واتهم وزير
 * الخارجية الروسي سيرغي لافروف واشنطن…»): whom a «وقال» with no subject of its own in the
 * next sentence means, when nobody has spoken yet. The verb is one word with no article; the
 * name may follow a role phrase of a few words.
 */
export function topicOf(p: Paragraph, sent: Range): GazEntity | null {
  const from = firstAtOrAfter(p.tokens, sent.start);
  const verb = p.tokens[from]?.norm ?? "";
  if (verb.length < 3 || /^[وف]?ال/.test(verb) || p.named[from] === 1 || p.quoted[from] === 1) {
    return null;
  }
  const to = Math.min(firstAtOrAfter(p.tokens, sent.end), from + 1 + TOPIC_WINDOW);
  // The role phrase may name the body or country the person serves («سفير إسرائيل لدى الأمم
  // المتحدة دان غيلرمان»): the first person in it is the subject. A body is the subject only
  // right after the verb («ووزعت السفارة الروسية رسالة»); further on it is more often the
  // object («وقصفت الطائرات مواقع جيش الإسلام»).
  const named = collect(p, from + 1, to, true);
  const person = named.find((m) => m.entity.type === "person");
  if (person) return person.entity;
  const first = named[0];
  return first?.entity.type === "org" && first.tokStart === from + 1 ? first.entity : null;
}

/** How many words a role phrase before the topic's name may take. */
const TOPIC_WINDOW = 6;
