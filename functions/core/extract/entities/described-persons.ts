/**
 * People introduced by a description rather than a role: a name followed by «، وهو/وهي» or
 * an age in brackets («حليمة علي، وهي بائعة شاي», «محمد جندية (45 عاما)»), and a name after
 * what a person is called («نازحة أخرى تدعى أم أحمد»). Residents and witnesses are named this
 * way, often once, and no list knows them.
 */

import type { GazEntity } from "../gazetteer/index.ts";
import { words } from "../lexicon/index.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import type { Mention } from "./mention.ts";
import {
  isDefinite,
  NAME_STOP,
  nameLike,
  nameShaped,
  PEOPLE_NOUNS,
  roleReadings,
} from "./name-words.ts";
import { commonFirstName, nameAt, personOf, RELATIONS } from "./person-rules.ts";
import type { CueRule } from "./rules.ts";
import { isSpeechWord, sayingReadings } from "./saying.ts";

/** «أبو», «أم»: a kunya's first word. */
const KUNYA = words("particles", "kunya");
/** «وهو», «وهي» after a comma. */
const APPOSITION = words("particles", "apposition");
/** «(45 عاما)»: an age in brackets right after a name. */
const AGE = /^\s*\(\s*[0-9\u0660-\u0669]{1,3}\s*(عاما|عاماً|عام|سنة|سنوات)\s*\)/;

/**
 * People described as they are introduced: a name followed by «، وهو/وهي» and what they
 * are («حليمة علي، وهي بائعة شاي», «أبو أحمد، وهو مزارع») or by their age in brackets
 * («محمد جندية (45 عاما)»). Residents and witnesses are named this way, often once, and no
 * list knows them. The name is the longest run of two to four words before the cue that
 * opens with a first name or a kunya.
 */
export const describedPersons: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  let from = 0;
  for (let e = 2; e <= toks.length; e++) {
    const last = toks[e - 1] as Token;
    const next = toks[e];
    // Most tokens are neither before «، وهو» nor before a bracket: no text is cut for them.
    const apposition = !!next && APPOSITION.has(next.norm);
    if (!apposition && !bracketAfter(text, last.end)) continue;
    const described = apposition
      ? /^\s*[،,]\s*$/.test(text.slice(last.end, next.start))
      : AGE.test(text.slice(last.end, last.end + 20));
    if (!described) continue;
    // The longest run opening with a first name or a kunya.
    let s = Math.max(from, e - 4);
    while (s <= e - 2 && !describedName(text, toks, s, e, covered)) s++;
    if (s > e - 2) continue;
    out.push(personOf(text, p, toks, s, toks.slice(s, e)));
    from = e;
  }
  return out;
};

/** «تدعى», «المدعو»: what follows is the name a person is called by. */
const NAMED_AS = words("particles", "named-as");

/** Is a noun of people, or a role, right before token i (an adjective between: «نازحة أخرى»)? */
function personBefore(toks: readonly Token[], i: number): boolean {
  for (const t of [toks[i - 1], toks[i - 2]]) {
    if (!t) continue;
    // «نازحة» is the feminine of «نازح».
    const masculine = t.norm.endsWith("ه") ? t.norm.slice(0, -1) : t.norm;
    if (PEOPLE_NOUNS.has(t.norm) || PEOPLE_NOUNS.has(masculine) || roleReadings(t).length > 0) {
      return true;
    }
  }
  return false;
}

/**
 * People introduced by what they are called: «نازحة أخرى تدعى أم أحمد», «شاب يدعى محمد
 * علي». The name is a kunya and the word after it, or two to four name-like words. A body is
 * called so too («منظمة تدعى عصبة الأمم»): a noun of people must come before «تدعى».
 */
export const calledPersons: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    const cue = toks[i] as Token;
    const first = toks[i + 1] as Token;
    if (!NAMED_AS.has(cue.norm) || covered.has(i + 1) || !adjacent(text, cue, first)) continue;
    if (!cue.norm.startsWith("ال") && !personBefore(toks, i)) continue;
    const second = toks[i + 2] as Token;
    const kunya =
      KUNYA.has(first.norm) &&
      !covered.has(i + 2) &&
      adjacent(text, first, second) &&
      nameLike(second, first.norm);
    const name = kunya ? [first, second] : nameAt(text, toks, i + 1, covered, true);
    if (name.length < 2) continue;
    out.push(personOf(text, p, toks, i + 1, name));
    i += name.length;
  }
  return out;
};

/** Does an opening bracket follow offset i, after spaces at most? */
function bracketAfter(text: string, i: number): boolean {
  let c = text.charCodeAt(i);
  while (c === 0x20) c = text.charCodeAt(++i);
  return c === 0x28;
}

/**
 * Are tokens [s, e) a name: words of a name (nameAt) that open with a first name or a kunya
 * and run up to the cue? «علي» so written ends one («حليمة علي، وهي…»): before the comma it
 * is no preposition.
 */
function describedName(
  text: string,
  toks: readonly Token[],
  s: number,
  e: number,
  covered: ReadonlyMap<number, GazEntity>,
): boolean {
  const first = toks[s] as Token;
  const kunya = KUNYA.has(first.norm);
  // Right after a verb of saying («وقالت حواء آدم إسحاق، وهي…») a rarer name will do.
  const said = isSpeechWord(toks[s - 1]) && nameLike(first, null);
  if (!kunya && !said && !commonFirstName(first)) return false;
  if (!kunya && !opensName(text, toks, s)) return false;
  const end = s + nameAt(text, toks, s, covered, true).length;
  if (end === e) return true;
  // The cue bounds the name, so its last word may be an ordinary word («فراس عودة (38
  // عاما)») or «علي» so written («حليمة علي، وهي…»: before the comma it is no preposition).
  const last = toks[end];
  if (end !== e - 1 || end === s || !last || covered.has(end)) return false;
  return last.text === "علي" || (nameShaped(last.norm) && !isDefinite(last) && !isSpeechWord(last));
}

/**
 * Can a name begin at token s: at the start, after punctuation, a speech verb, a particle or
 * preposition («عن حليمة علي»), a role or a relation? Not after a number or month («13 رجب»)
 * nor an ordinary word it may qualify («قيم جميلة»).
 */
function opensName(text: string, toks: readonly Token[], s: number): boolean {
  const before = toks[s - 1];
  if (!before) return true;
  if (/[،,.:؛;«"“(]/.test(text.slice(before.end, (toks[s] as Token).start))) return true;
  return (
    isSpeechWord(before) ||
    sayingReadings(before).length > 0 ||
    NAME_STOP.has(before.norm) ||
    roleReadings(before).length > 0 ||
    RELATIONS.has(before.norm)
  );
}
