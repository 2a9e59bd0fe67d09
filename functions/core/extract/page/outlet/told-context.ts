/**
 * When is a «ل» who a statement was made to («قال لـ"العربي الجديد"», «في حديث لـ…»), and
 * when is «مع» an interview («في اتصال هاتفي مع "النهار"»)? The sentence context the told
 * cue (told.ts) asks about before it reads a name.
 */
import { isSayingVerb } from "../../entities/index.ts";
import { words } from "../../lexicon/index.ts";
import type { Token } from "../../text/tokenize.ts";
import { splitsWhere, type WordRef } from "../../text/words.ts";

/** Tokens looked back from a «ل» for the verb or noun of speaking it belongs to. */
const TOLD_WINDOW = 12;

/** Speaking besides the verbs of saying (entities.ts): «في حديث لـ…», «بيان ورد لـ…». */
const TOLD_WORDS = words("saying-verbs", "told");
const toldReadings = splitsWhere((c) => TOLD_WORDS.has(c.stem) && c.clitic.length <= 1);
/** Verbs of saying whose «ل» is "for", not "to": «دعا لـ…», «حذر لـ…». */
const CALLING = words("saying-verbs", "calling");
/** Nouns of an interview before «مع»: «في اتصال هاتفي مع "النهار"». */
const INTERVIEW = words("saying-verbs", "interview");
const interviewReadings = splitsWhere((c) => INTERVIEW.has(c.stem) && c.clitic.length <= 1);
/** The reported content starts here: a «ل» after it is not who was told. */
const COMPLEMENTIZERS = words("particles", "content-start");
/**
 * Words before «ل» that make it "according to", "affiliated to" or the object of support:
 * «وفقا لوكالة رويترز», «فصيل تابع لـ"الجيش الوطني"», «أكد دعمه لـ"…"».
 */
const NOT_TOLD_BEFORE = words("media", "not-told-before");

/**
 * Is the «ل» at token k (or the token itself, «لهسبريس») who a statement was made to? A verb of
 * saying or a noun of speaking must come before it in the same sentence, within TOLD_WINDOW
 * tokens and before any «أن/إن» (after which the words are the statement's content), and the
 * word right before it must not make the «ل» "according to" or "affiliated to".
 */
export function toldContext(text: string, tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || hasWord(NOT_TOLD_BEFORE, before.norm)) return false;
  for (let j = k - 1; j >= 0 && j >= k - TOLD_WINDOW; j--) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (/[.!?؟]/.test(text.slice(t.end, next.start))) return false;
    if (COMPLEMENTIZERS.has(t.norm)) return false;
    if (hasWord(CALLING, t.norm)) return false;
    if (isSayingVerb(t) || toldReadings(t).length > 0) return true;
  }
  return false;
}

/** Is the word in the list, as written or behind «و»/«ف» («ووفقا», «فدعا»)? */
export function hasWord(list: ReadonlySet<string>, norm: string): boolean {
  if (list.has(norm)) return true;
  return (norm.startsWith("و") || norm.startsWith("ف")) && list.has(norm.slice(1));
}

/** The «مع» at k follows an interview noun («في اتصال هاتفي مع», «في مقابلة خاصة مع»). */
export function interviewWith(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (interviewReadings(tokens[j] as WordRef).length > 0) return true;
  }
  return false;
}
