/**
 * Verbs of saying and addressees: who speaks and who is spoken to. The speaker rule here and
 * the quote, figure and outlet passes ask the same two questions of a word or a mention.
 */

import { words } from "../lexicon/index.ts";
import { splitsWhere, type WordRef } from "../text/words.ts";
import type { Mention } from "./mention.ts";

/** Verbs of saying whose subject may be a name followed by its role («وقال X الأمين العام»). */
const SAYING = words("saying-verbs", "name-subject");
export const sayingReadings = splitsWhere((c) => SAYING.has(c.stem) && c.clitic.length <= 1);

/** Every word that attributes speech («قال», «بحسب», «قائلا»). */
const SPEECH = words("saying-verbs", "quote-cue");
/** Verbs take only a conjunction (و، ف); «كيري» is not ك + يري "sees". */
const VERB_CLITICS = new Set(["", "و", "ف"]);
const speechReadings = splitsWhere((c) => SPEECH.has(c.stem) && VERB_CLITICS.has(c.clitic));

/** Is this word one that attributes speech, behind at most «و/ف» («وقال», «فأضاف»)? */
export function isSpeechWord(w: WordRef | undefined): boolean {
  return w !== undefined && speechReadings(w).length > 0;
}

/** «قال مصطفى لهسبريس»: a name behind «ل» is who was told, never who spoke. */
export function isAddressee(text: string, m: Mention): boolean {
  // «للأناضول» is «ل» + «الأناضول» with the article's alef dropped: as long as its surface.
  if (text.startsWith("لل", m.start) && m.surface.startsWith("ال")) return true;
  const clitic = m.end - m.start - m.surface.length;
  return clitic > 0 && text.charCodeAt(m.start + clitic - 1) === 0x0644;
}

/** Is this word a verb of saying («قال», «وأعلنت»…)? */
export function isSayingVerb(w: WordRef | undefined): boolean {
  return w !== undefined && sayingReadings(w).length > 0;
}
