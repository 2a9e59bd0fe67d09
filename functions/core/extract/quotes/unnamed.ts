/**
 * Unnamed sources: a speech verb whose subject is a noun phrase no entity names («وذكر الجيش
 * الإسرائيلي…», «وقال مصدر أمني…»). Its quote is then someone unnamed's, not the last named
 * speaker's, and so is the «وأضاف» that follows.
 */

import { firstNameWord } from "../entities/name-words.ts";
import { list, words } from "../lexicon/index.ts";
import { isCommonPersonalName } from "../ner/index.ts";
import type { Token } from "../text/tokenize.ts";
import { COMPLEMENTIZERS, isAddressCue } from "./cues.ts";
import { BACK_REFERENCES } from "./role-subjects.ts";

const WEEKDAYS = words("calendar", "weekdays");

/**
 * Words that may follow a speech verb without being its subject («وقال في بيان إن…»,
 * «وأضاف أمس…»; weekdays too): the verb's subject is then the speaker already in play.
 */
const NOT_SUBJECT = words("particles", "not-subject");

/** Pronoun suffixes a preposition takes: «فيها», «عنه», «عليهم». */
/** Pronoun suffixes, longest first (the lexicon's ordered list). */
const PRONOUN_SUFFIXES = list("figure-words", "possessive-suffixes");

/** «فيها» → «في»: a preposition with its pronoun is no subject («قال فيها "…"»). */
function withoutPronoun(n: string): string {
  for (const s of PRONOUN_SUFFIXES) {
    if (n.length > s.length + 1 && n.endsWith(s)) return n.slice(0, -s.length);
  }
  return n;
}

/** The statement just cited, speaking for whoever issued it: «وأضاف البيان أن "…"». */
const STATEMENT_NOUNS = words("saying-verbs", "statement");

/**
 * «وتساءل موجها الكلام…», «وقال طالبا عدم الكشف…»: an indefinite participle in the accusative
 * says how the subject spoke and is never the subject (which is nominative). Its shapes: «مُفعِلا»
 * («موجها», «مضيفا», «مشيرا») and «فاعلا» («طالبا», «رافضا»), with the ending «ا».
 */
function circumstantial(n: string): boolean {
  if (!n.endsWith("ا")) return false;
  const shaped = (n.startsWith("م") && n.length >= 5) || (n.length === 5 && n[1] === "ا");
  return shaped && !isCommonPersonalName(n);
}

/**
 * Does the speech verb at `k` have a subject of its own that names no entity («وذكر الجيش
 * الإسرائيلي في بيان…», «وقال مصدر أمني…»)? Then the quote's speaker is unnamed, not the
 * last one named. Not a subject: the reported content («أن…»), a prepositional phrase or time
 * word, punctuation, or a role noun pointing back to the speaker in play.
 */
export function hasUnnamedSubject(tokens: readonly Token[], k: number, before: number): boolean {
  // «ودعا المجتمع الدولي إلى…»: after these verbs the noun is usually whom they addressed.
  if (isAddressCue(tokens[k])) return false;
  const t = tokens[k + 1];
  if (!t || k + 1 >= before) return false;
  const n = t.norm;
  if (
    COMPLEMENTIZERS.has(n) ||
    NOT_SUBJECT.has(n) ||
    NOT_SUBJECT.has(withoutPronoun(n)) ||
    WEEKDAYS.has(n) ||
    BACK_REFERENCES.has(n) ||
    STATEMENT_NOUNS.has(n)
  ) {
    return false;
  }
  // «وقال لـ«الأخبار»»: the preposition written apart.
  if (n === "ل" || n === "ب") return false;
  const first = n.charCodeAt(0);
  if (first < 0x0621 || first > 0x064a) return false;
  if (circumstantial(n)) return false;
  // «لوكالة…», «للصحفيين», «بالقول»: who was addressed or how, not who spoke; but «بشار»,
  // «بلال» are names, not «ب/ل» and a word (a name that is also a word, «بيان», is not).
  if (n.length <= 2 || !(n.startsWith("ل") || n.startsWith("ب"))) return true;
  return firstNameWord(n);
}
