/**
 * Outlets no list knows, named in quotation marks after a media noun: «صحيفة "القادسية"»,
 * «موقع "سوريا على طول"». The marks say where the name starts and ends, so its words may be
 * anything (a nisba, a place, a common word); the noun says it is an outlet.
 */

import { words } from "../lexicon/index.ts";
import type { Token } from "../text/tokenize.ts";
import { splitsWhere } from "../text/words.ts";
import type { Mention } from "./mention.ts";
import { type CueRule, ruleMention } from "./rules.ts";

const MEDIA_NOUNS = words("media", "nouns");
/** Longest outlet name read between marks, in words. */
const MAX_WORDS = 4;
const OPENERS = /["«“]/;
const CLOSERS = /["»”]/;

/** Does the gap between two tokens hold one mark of `kind` and nothing but spaces besides? */
function markBetween(text: string, from: number, to: number, kind: RegExp): boolean {
  // Most gaps are one space: no string is made for them.
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return false;
  const gap = text.slice(from, to);
  return kind.test(gap) && /^\s*\S\s*$/.test(gap);
}

/** A media noun, behind a clitic or not («وقالت لصحيفة», «بجريدة»). */
const mediaNounReadings = splitsWhere((c) => MEDIA_NOUNS.has(c.stem));

export const quotedOutlets: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const noun = toks[i] as Token;
    const first = toks[i + 1] as Token;
    if (!markBetween(text, noun.end, first.start, OPENERS) || mediaNounReadings(noun).length === 0)
      continue;
    let j = i + 1;
    while (j < toks.length && j - i <= MAX_WORDS) {
      const t = toks[j] as Token;
      const next = toks[j + 1];
      if (covered.has(j)) break;
      const closes = next
        ? markBetween(text, t.end, next.start, CLOSERS)
        : CLOSERS.test(text.slice(t.end, t.end + 3));
      j++;
      if (closes) {
        out.push(ruleMention("org", text.slice(first.start, t.end), p, toks, i + 1, j));
        break;
      }
      // Only spaces may stand between the name's words.
      if (next && text.slice(t.end, next.start).trim() !== "") break;
    }
    i = j - 1;
  }
  return out;
};
