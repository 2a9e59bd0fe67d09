/**
 * Entity mentions: gazetteer names found by longest match, resolved in two passes so that
 * document context can decide what a short form means:
 *
 *  1. Full names and globally safe short forms («لافروف», «الأسد»).
 *  2. Again, now also trusting (a) short forms of organisations already named in full
 *     («المرصد» after «المرصد السوري لحقوق الإنسان») and (b) surnames of people already named
 *     in full («بشار» after «عبد الحكيم بشار», even though «بشار» is also al-Assad's first name).
 *
 * People missing from the gazetteer are recognised after role phrases («المتحدث باسم X ميشيل
 * بالدانتسا», «السفير السوري في روسيا، رياض حداد») with en = null (origin "rule"), and any
 * person, place or organisation the gazetteer lacks can be found by the trained NER tagger
 * (ner/, origin "tagger"): its spans are kept only where no gazetteer or rule mention is, when
 * the tagger is confident, and when they pass filters against common words and adjectives.
 * Later surname mentions of rule and tagger people join the full name, like gazetteer people.
 */

import { tagParagraphs } from "../ner/index.ts";
import type { Token } from "../text/tokenize.ts";
import { articleCountry } from "./article-country.ts";
import { calledPersons, describedPersons } from "./described-persons.ts";
import { namedFacilities } from "./facilities.ts";
import type { Mention } from "./mention.ts";
import { ministriesIn, ministriesOf, namedBodies } from "./org-rules.ts";
import { rolePersons, speakersBeforeRole } from "./person-rules.ts";
import { localBodies, placeBodies } from "./place-bodies.ts";
import { coordinatedPlaces, cuedPlaces, listedPlaces } from "./place-rules.ts";
import { quotedOutlets } from "./quoted-outlets.ts";
import { applyRules } from "./rules.ts";
import { candidateReader, scan } from "./scan.ts";
import { surnameIntroductions } from "./speaker-surnames.ts";
import { surnameSpans, widen } from "./surname-override.ts";
import { documentSurnames, secondScanBlocked } from "./surnames.ts";
import { taggerMentions } from "./tagger.ts";

export { englishFor } from "./english.ts";
export type { Mention } from "./mention.ts";
export { toEntities } from "./records.ts";
export { isAddressee, isSayingVerb } from "./saying.ts";

/** All entity mentions in the paragraphs, in text order. */
export function findMentions(
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
): Mention[] {
  const spans = tagParagraphs(paras, tokens);
  const candidates = candidateReader(paras, tokens);
  const scanned = scan(paras, tokens, candidates, { seen: null, surnames: null });
  const { blocked, widened } = surnameSpans(paras, tokens, spans, scanned);
  const first = widen(
    blocked.size === 0 ? scanned : scanned.filter((m) => !blocked.has(`${m.para}:${m.tokStart}`)),
    widened,
  );
  const rule = applyRules(
    [
      rolePersons,
      speakersBeforeRole,
      describedPersons,
      calledPersons,
      namedBodies,
      namedFacilities,
      cuedPlaces,
      listedPlaces,
      coordinatedPlaces,
      ministriesIn,
      ministriesOf(
        articleCountry(first),
        first.filter((m) => m.entity.type === "org").map((m) => m.entity),
      ),
      localBodies,
      placeBodies,
      quotedOutlets,
    ],
    paras,
    tokens,
    first,
  );
  const tagged = taggerMentions(paras, tokens, spans, [...first, ...rule]);
  const introduced = surnameIntroductions(paras, tokens, [...first, ...rule, ...tagged]);
  const unknown = [...rule, ...tagged, ...introduced];
  const seen = new Set(first.map((m) => m.entity.id));
  const surnames = documentSurnames([...first, ...unknown]);
  // The second scan must not read a surname inside the full name it came from.
  const keep = secondScanBlocked(blocked, unknown, surnames);
  const second = widen(scan(paras, tokens, candidates, { seen, surnames, blocked: keep }), widened);
  const taken = new Set<string>();
  for (const m of second) for (let k = m.tokStart; k < m.tokEnd; k++) taken.add(`${m.para}:${k}`);
  const extra = unknown.filter((m) => {
    for (let k = m.tokStart; k < m.tokEnd; k++) if (taken.has(`${m.para}:${k}`)) return false;
    return true;
  });
  return oneRecordPerId([...second, ...extra].sort((a, b) => a.para - b.para || a.start - b.start));
}

/**
 * Mentions of one entity found apart («أبو عبد الله التركي», later «ابو عبد الله التركي») carry
 * the record of its first mention, so its name is the same wherever it is used (as a speaker,
 * a figure's source).
 */
function oneRecordPerId(mentions: Mention[]): Mention[] {
  const first = new Map<string, Mention["entity"]>();
  return mentions.map((m) => {
    const e = first.get(m.entity.id);
    if (!e) first.set(m.entity.id, m.entity);
    return e && e !== m.entity ? { ...m, entity: e } : m;
  });
}
