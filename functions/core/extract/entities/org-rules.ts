/**
 * Organisations no list knows, read from their own words: a body's head noun and the
 * adjectives that tell it from others («المجلس الوطني الكردي»), and the ministry of a place
 * named after «في» («وزارة الصحة في قطاع غزة»).
 */

import type { GazEntity } from "../gazetteer/index.ts";
import { ministryNamed, ministryOfCapital } from "../gazetteer/ministries.ts";
import { words } from "../lexicon/index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import { splitsWhere } from "../text/words.ts";
import { forNounGloss, orgWordGloss } from "../translit/org-name.ts";
import { type Mention, surfaceOf } from "./mention.ts";
import { ARABIC_WORD, NAME_STOP } from "./name-words.ts";
import { localBodyAt } from "./place-bodies.ts";
import { type CueRule, ruleMention } from "./rules.ts";
import { isSpeechWord } from "./saying.ts";

/** Head nouns of named bodies: «الحزب الشيوعي السوري», «المجلس الوطني الكردي». */
const BODY_HEADS = words("org-nouns", "body-head");
/** Heads that one telling adjective names: «الحزب الشيوعي», «الجماعة الإسلامية». */
const PARTY_HEADS = words("org-nouns", "party-head");
/**
 * Besides a country's adjective, the English glosses of the adjectives that tell one body
 * from another: peoples, regions, creeds and ideologies.
 */
const TELLING = words("org-nouns", "telling");

/**
 * Organisations no list knows, named by a head noun and the adjectives or nouns after it:
 * «الحزب الشيوعي السوري», «المجلس الوطني الكردي», «لجنة الإنقاذ الدولية» is listed but
 * «الجمعية الوطنية الكردية» need not be. The tagger misses most of these (ANERcorp has few
 * such bodies), so a rule reads them: every word after the head is a definite word the
 * organisation-name lexicon glosses, and at least one is a telling adjective (two words at
 * least, or one after a party-like head). Armies and governments are not heads: the gold
 * rules do not count them as named organisations.
 */
export const namedBodies: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const head = toks[i];
    if (!head || covered.has(i)) continue;
    const reading = bodyHeadReadings(head)[0];
    if (!reading) continue;
    const party = PARTY_HEADS.has(reading.stem.slice(2));
    let j = i + 1;
    let telling = 0;
    let adjectives = 0;
    while (j < toks.length && j - i <= 4) {
      const t = toks[j];
      const prev = toks[j - 1];
      if (!t || !prev || covered.has(j) || !adjacent(text, prev, t)) break;
      if (!t.norm.startsWith("ال")) break;
      const gloss = orgWordGloss(t.norm.slice(2));
      // Nouns in the genitive come before the adjectives: «اللجنة الألمانية المنظمة» is
      // the German organising committee, not a name with «Organization» in it.
      if (!gloss || (gloss.kind === "noun" && adjectives > 0)) break;
      if (gloss.kind === "adjective") {
        adjectives++;
        if (gloss.country || TELLING.has(gloss.en)) telling++;
      }
      j++;
    }
    // «الشبكة السورية لحقوق الإنسان», «المنظمة العربية للتنمية»: a «ل» phrase of glossed
    // words ends the name.
    if (telling > 0) j = forPhraseEnd(text, toks, j, covered);
    const body = BODY_HEADS.has(reading.stem.slice(2));
    if (!body || telling === 0 || (j - i - 1 < 2 && !party)) {
      // «المجلس المحلي لمدينة داريا» is the local body of a place (localBodies).
      const remit = localBodyAt(toks, i) ? null : remitAt(text, toks, i, covered);
      if (!remit) continue;
      const ar = surfaceOf(text, toks, i, remit.end, reading.clitic, reading.stem);
      out.push(ruleMention("org", ar, p, toks, i, remit.own));
      i = remit.end - 1;
      continue;
    }
    const ar = surfaceOf(text, toks, i, j, reading.clitic, reading.stem);
    out.push(ruleMention("org", ar, p, toks, i, j));
    i = j - 1;
  }
  return out;
};

/** A state's armed forces: a body for them is the army, which the gold rules leave unnamed. */
const ARMED_FORCES = words("org-nouns", "armed-forces");
/** Heads of bodies named by what they are for («المديرية العامة للدفاع المدني»). */
const REMIT_HEADS = words("org-nouns", "remit-head");

/** A definite body head behind at most two clitic letters, worked out once per word. */
const bodyHeadReadings = splitsWhere((c) => {
  if (!c.stem.startsWith("ال") || c.stem.length <= 3 || c.clitic.length > 2) return false;
  const stem = c.stem.slice(2);
  return BODY_HEADS.has(stem) || REMIT_HEADS.has(stem);
});

/**
 * A body named by its adjectives and what it is for, no list knowing it: «اللجنة التمهيدية
 * لنقابة أطباء السودان», «الإدارة العامة للحرس الوطني», «الوحدة التنفيذية لإدارة مخيمات
 * النازحين». After the head at i, one or two definite adjectives, then a «ل» phrase of up to
 * four words that opens on a noun the organisation lexicon glosses or holds a known name,
 * and ends on a definite word or a known name (not a purpose: «الجمعية العامة لإصدار
 * القرارات»). Such bodies issue the statements casualty reports quote. Returns the phrase's
 * end and where the mention's own tokens end (before a known name inside it), or null.
 */
function remitAt(
  text: string,
  toks: readonly Token[],
  i: number,
  covered: ReadonlyMap<number, GazEntity>,
): { end: number; own: number } | null {
  let j = i + 1;
  while (j < toks.length && j - i <= 2 && adjectiveAt(text, toks, j, covered)) j++;
  if (j === i + 1) return null;
  const end = remitEnd(text, toks, j, covered);
  if (end === null) return null;
  // «القيادة العامة للجيش والقوات المسلحة»: an army's command is the army, which the gold
  // rules leave unnamed.
  if (ARMED_FORCES.has((toks[j] as Token).norm.replace(/^لل?/, ""))) return null;
  let own = j;
  while (own < end && !covered.has(own)) own++;
  const named = own < end;
  if (!named && !forNounGloss((toks[j] as Token).norm)) return null;
  return { end, own: named ? j : end };
}

/** A definite adjective at j after the head: «العامة», «التمهيدية», «التنفيذية». */
function adjectiveAt(
  text: string,
  toks: readonly Token[],
  j: number,
  covered: ReadonlyMap<number, GazEntity>,
): boolean {
  const t = toks[j];
  if (!t || covered.has(j) || !adjacent(text, toks[j - 1] as Token, t)) return false;
  if (!t.norm.startsWith("ال") || t.norm.length < 5) return false;
  const gloss = orgWordGloss(t.norm.slice(2));
  return gloss ? gloss.kind === "adjective" : /(ي|يه)$/.test(t.norm);
}

/**
 * The end of a «ل» phrase from token j — «لنقابة أطباء السودان», «للحرس الوطني», «لمعسكرات
 * النازحين واللاجئين» — when it ends on a definite word or a known name; else null.
 */
function remitEnd(
  text: string,
  toks: readonly Token[],
  j: number,
  covered: ReadonlyMap<number, GazEntity>,
): number | null {
  const first = toks[j];
  if (!first || !/^ل/.test(first.norm) || covered.has(j)) return null;
  if (!adjacent(text, toks[j - 1] as Token, first) || first.norm.length < 4) return null;
  let end: number | null = /^لل/.test(first.norm) ? j + 1 : null;
  for (let k = j + 1; k < toks.length && k - j < 4; k++) {
    const t = toks[k] as Token;
    if (!adjacent(text, toks[k - 1] as Token, t)) break;
    const known = covered.get(k);
    if (known) {
      if (known.type === "person") break;
      while (covered.get(k + 1) === known) k++;
      end = k + 1;
      continue;
    }
    if (!ARABIC_WORD.test(t.norm) || NAME_STOP.has(t.norm) || isSpeechWord(t)) break;
    // Only a plural of people or things joins («واللاجئين», «والمهجرين»): not «والمشرف».
    const joined = t.norm.startsWith("وال");
    if (joined && !/(ين|ات|ون)$/.test(t.norm)) break;
    const definite = t.norm.startsWith("ال") || joined;
    if (definite) end = k + 1;
    else if (end !== null) break;
  }
  return end;
}

/** «وزارة», and the «في» before its government's place. */
const MINISTRY = words("org-nouns", "ministry");
const IN_PLACE = words("particles", "ministry-place");
const wizaraReadings = splitsWhere((c) => MINISTRY.has(c.stem) && c.clitic.length <= 2);

/**
 * A ministry whose government is a place after «في»: «وزارة الصحة في قطاع غزة» is the Gaza
 * Strip's Health Ministry, «وزارة الداخلية في إقليم كردستان» the Kurdistan Region's. The
 * name is the ministry as written; the place stays a place of its own.
 */
export const ministriesIn: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i + 3 < toks.length; i++) {
    const head = toks[i] as Token;
    const reading = wizaraReadings(head)[0];
    if (!reading || covered.has(i)) continue;
    const word = toks[i + 1] as Token;
    const ministry = ministryNamed(word.norm);
    const place = covered.get(i + 3);
    const inPlace = IN_PLACE.has(toks[i + 2]?.norm ?? "");
    if (!ministry || place?.type !== "place" || !place.en || !inPlace) continue;
    const ar = surfaceOf(text, toks, i, i + 2, reading.clitic, reading.stem);
    // «وزارة الخارجية في واشنطن» is the State Department, the same entity as «الخارجية
    // الأمريكية» (its id); elsewhere «وزارة الصحة في قطاع غزة» is the Strip's own ministry.
    const national = ministryOfCapital(word.norm, place.en);
    const named = national
      ? { id: `org:${national}`, en: national }
      : { id: `org:${normalizeArabic(ar)}@${place.id}`, en: `${place.en} ${ministry}` };
    out.push(ruleMention("org", ar, p, toks, i, i + 2, named));
    i += 1;
  }
  return out;
};

/**
 * What follows the portfolio in a ministry's official name: an adjective («وزارة الدفاع
 * الوطني») or a second portfolio («والمغتربين», «والسكان», «وشؤون …»).
 */
const MINISTRY_QUALIFIERS = words("org-nouns", "ministry-qualifier");

/**
 * A ministry named without its government («وزارة الداخلية», «وزارة الخارجية والمغتربين»,
 * «وزارة الدفاع الوطني») is the one of that portfolio the article named with its government
 * (`named`: «وزارة الصحة السودانية», then «وقالت وزارة الصحة»), else the government of the
 * country the article is about (article-country.ts), the same entity as «وزارة الداخلية
 * السورية»; with neither it names nothing. The mention runs over the portfolios joined by «و»
 * and the qualifiers of the official name.
 */
export function ministriesOf(country: string | null, named: readonly GazEntity[]): CueRule {
  return (text, p, toks, covered) => {
    const out: Mention[] = [];
    for (let i = 0; i + 1 < toks.length; i++) {
      const reading = wizaraReadings(toks[i] as Token)[0];
      if (!reading || covered.has(i) || covered.has(i + 1)) continue;
      const word = (toks[i + 1] as Token).norm;
      const ministry = ministryNamed(word);
      // «وزارة الصحة في قطاع غزة» is the place's own (ministriesIn).
      const inPlace = IN_PLACE.has(toks[i + 2]?.norm ?? "") && covered.get(i + 3)?.type === "place";
      if (!ministry || inPlace) continue;
      const ofPortfolio = new Set(
        named.filter((e) => e.en?.endsWith(` ${ministry}`)).map((e) => e.id),
      );
      const known = ofPortfolio.size === 1 ? named.find((e) => ofPortfolio.has(e.id)) : undefined;
      const en = known?.en ?? (country && ministryOfCapital(word, country));
      if (!en) continue;
      let end = i + 2;
      while (end < toks.length && end - i < 5 && !covered.has(end)) {
        const t = toks[end] as Token;
        if (!adjacent(text, toks[end - 1] as Token, t)) break;
        if (!MINISTRY_QUALIFIERS.has(t.norm)) break;
        // «وزارة الخارجية وشؤون المغتربين»: «شؤون» takes its complement.
        end += t.norm === "وشوون" && toks[end + 1] && !covered.has(end + 1) ? 2 : 1;
      }
      const ar = surfaceOf(text, toks, i, end, reading.clitic, reading.stem);
      out.push(ruleMention("org", ar, p, toks, i, end, { id: known?.id ?? `org:${en}`, en }));
      i = end - 1;
    }
    return out;
  };
}

/**
 * The end of a «ل» phrase at token j whose words the organisation lexicon glosses («لحقوق
 * الإنسان», «للتنمية»), or j when there is none.
 */
function forPhraseEnd(
  text: string,
  toks: readonly Token[],
  j: number,
  covered: ReadonlyMap<number, GazEntity>,
): number {
  const t = toks[j];
  const prev = toks[j - 1];
  if (!t || !prev || covered.has(j) || !adjacent(text, prev, t)) return j;
  if (!forNounGloss(t.norm)) return j;
  let end = j + 1;
  for (let k = end; k < toks.length && k - j < 4; k++) {
    const next = toks[k] as Token;
    if (covered.has(k) || !adjacent(text, toks[k - 1] as Token, next)) break;
    // «للحقوق والحريات», «للإغاثة والتنمية»: a second remit joined by «و» ends the name,
    // unless a definite word goes on from it («… والهلال الأحمر الليبي» is another body).
    const joined = next.norm.startsWith("وال") ? next.norm.slice(3) : null;
    if (joined !== null) {
      const goesOn = toks[k + 1]?.norm.startsWith("ال") ?? false;
      if (orgWordGloss(joined) && !goesOn && !BODY_HEADS.has(joined)) end = k + 1;
      break;
    }
    if (!next.norm.startsWith("ال") || !orgWordGloss(next.norm.slice(2))) break;
    end = k + 1;
  }
  return end;
}
