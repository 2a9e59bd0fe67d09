/**
 * Speech-verb cues: the words that attribute speech (قال، أكد، بحسب، قائلا…), tested on a
 * word's clitic readings so «وقال» and «فأضاف» count but «كيري» is not ك + يري "sees".
 * Also the complementizers («أن…») that start the reported content, and the relay cues
 * («نقل … عن X») whose speaker follows «عن».
 */

import { isSpeechWord } from "../entities/saying.ts";
import { slotsOf, words } from "../lexicon/index.ts";
import type { Token } from "../text/tokenize.ts";
import { splitsWhere } from "../text/words.ts";

/** Words that start the reported content: entities after them are what was said, not who. */
export const COMPLEMENTIZERS = words("particles", "complementizer");
/** Words after a closing mark that attribute the quote that precedes them. */
const POST_CUES = words("saying-verbs", "post-cue");

/** «نقل/نقلت … عن X»: the speaker is X. */
const RELAY_CUES = words("saying-verbs", "relay");
export const ANN = words("particles", "relay-from");

/** The first token from `from` (at most 12 on, before `to`) whose norm is in `set`, or -1. */
export function indexOfWord(
  tokens: readonly Token[],
  set: ReadonlySet<string>,
  from: number,
  to: number,
): number {
  for (let k = from; k < to && k < from + 12; k++) if (set.has(tokens[k]?.norm ?? "")) return k;
  return -1;
}

/** Verbs take only a conjunction (و، ف); «كيري» is not ك + يري "sees". */
const VERB_CLITICS = new Set(["", "و", "ف"]);

/** A cue test per word list: a word's answer is memoised (see splitsWhere). */
export type CueTest = (t: Token | undefined) => boolean;

function cueTest(set: ReadonlySet<string>): CueTest {
  const readings = splitsWhere((c) => set.has(c.stem) && VERB_CLITICS.has(c.clitic));
  return (t) => !!t && readings(t).length > 0;
}

export const isSpeechCue: CueTest = isSpeechWord;
export const isPostCue = cueTest(POST_CUES);
export const isRelayCue = cueTest(RELAY_CUES);
/** «وأضاف», «وتابع»: the same speaker goes on. */
export const isContinuingCue = cueTest(words("saying-verbs", "continuing"));
/** «بحسب», «وفق», «نقلا»: a source, which may relay someone else's clause. */
export const isSourceCue = cueTest(words("saying-verbs", "according-to"));
/** Where reported content starts («أن», «فإن»…): the subject after it is the clause's. */
export const CONTENT_START = words("particles", "content-start");
/** Speech verbs whose next noun is more often their object than their subject. */
export const isAddressCue = cueTest(words("saying-verbs", "address"));

/** What a speech verb says of its subject: feminine, masculine, or two or more people. */
export type Agreement = "feminine" | "masculine" | "plural";

const AGREEMENT_OF: Readonly<Record<string, Agreement>> = {
  "3fs": "feminine",
  "impf-f": "feminine",
  "part-fem": "feminine",
  "3ms": "masculine",
  impf: "masculine",
  "part-acc": "masculine",
  "3md": "plural",
  "3mp": "plural",
};

/** Each cue form's agreement, when all its slots agree («قالت» feminine; «لفت» masculine). */
const AGREEMENT: ReadonlyMap<string, Agreement> = (() => {
  const out = new Map<string, Agreement>();
  for (const [form, slots] of slotsOf("saying-verbs", "quote-cue")) {
    const kinds = new Set(slots.map((s) => AGREEMENT_OF[s]));
    const [only] = kinds;
    if (kinds.size === 1 && only) out.set(form, only);
  }
  return out;
})();

/** Cue forms that are a circumstantial participle («مضيفا», «مشيرة»): they go on with the
 * subject of the clause they hang on. */
const PARTICIPLES: ReadonlySet<string> = new Set(
  [...slotsOf("saying-verbs", "quote-cue")]
    .filter(([, slots]) => slots.every((s) => s === "part-acc" || s === "part-fem"))
    .map(([form]) => form),
);
const participleReadings = splitsWhere(
  (c) => PARTICIPLES.has(c.stem) && VERB_CLITICS.has(c.clitic),
);
/** «مضيفا أن…», «مشيرة إلى…»: a participle cue. */
export const isParticipleCue: CueTest = (t) => !!t && participleReadings(t).length > 0;

const agreementReadings = splitsWhere((c) => AGREEMENT.has(c.stem) && VERB_CLITICS.has(c.clitic));

/** The agreement of the cue at `t` («وقالت» feminine), or null when its form does not say. */
export function agreementOf(t: Token | undefined): Agreement | null {
  if (!t) return null;
  const kinds = new Set(agreementReadings(t).map((c) => AGREEMENT.get(c.stem)));
  const [only] = kinds;
  return kinds.size === 1 && only ? only : null;
}
