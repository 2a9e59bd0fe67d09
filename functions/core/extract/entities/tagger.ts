/**
 * Tagger mentions: the NER tagger's spans (ner/, origin "tagger") become entities only where
 * no gazetteer or rule mention is, when the tagger is confident, and when their words pass
 * filters against common words, adjectives, months and stray clitics.
 */

import { isMonthWord } from "../dates/index.ts";
import { COMMON_WORDS, gazetteerWordRoles } from "../gazetteer/index.ts";
import { raw, words } from "../lexicon/index.ts";
import {
  isCommonPersonalName,
  isKnownNameWord,
  personalNameBucket,
  type TaggedSpan,
} from "../ner/index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import { prayerTime } from "./cues.ts";
import { englishFor } from "./english.ts";
import { type Mention, surfaceOf } from "./mention.ts";
import {
  ARABIC_WORD,
  countedNisba,
  isDefinite,
  NAME_PARTICLES,
  NAME_STOP,
  NISBA,
  ROLE_WORDS,
} from "./name-words.ts";
import { isSayingVerb } from "./saying.ts";

/** The least confidence at which the tagger's people are kept at all. */
export const MIN_PERSON_CONFIDENCE = 30;
/** Minimum tagger confidence (score margin) for a span to become an entity, per type. */
const MIN_CONFIDENCE: Readonly<Record<string, number>> = {
  PERS: MIN_PERSON_CONFIDENCE,
  LOC: 40,
  ORG: 50,
};
/** Single-word spans are riskier (adjectives, common nouns): they need this much more. */
const SINGLE_WORD_EXTRA = 20;
const TAG_TYPES = { PERS: "person", LOC: "place", ORG: "org" } as const;

/**
 * The clitic letters to strip from the first word of a tagger span: a conjunction/preposition
 * fused with the article («والقاهرة», «بالقاهرة», «للأمم»), a conjunction «و» before a name whose
 * rest is still a word («ومحمد»), or any one-letter clitic whose removal leaves a known name word
 * while the word as written is not one («لمحمد»; but «لبنان», «وليد», «فاطمة» stay whole).
 */
function taggerClitic(norm: string): { clitic: string; stem: string } {
  const withAl = /^([وف]?(?:لل|[بك]?ال))(.{3,})$/.exec(norm);
  if (withAl?.[1] && withAl[2]) {
    const c = withAl[1];
    if (c === "ال") return { clitic: "", stem: norm };
    return { clitic: c.endsWith("ال") ? c.slice(0, -2) : c, stem: `ال${withAl[2]}` };
  }
  // «وابو عبد الله»: «و» before a name particle, which no name begins with.
  const particle = /^و(.{2,})$/.exec(norm)?.[1];
  if (particle && NAME_PARTICLES.has(particle)) return { clitic: "و", stem: particle };
  const one = /^([وفبلك])(.{3,})$/.exec(norm);
  if (!one?.[1] || !one[2] || isKnownNameWord(norm)) return { clitic: "", stem: norm };
  if (one[1] === "و" || isKnownNameWord(one[2])) return { clitic: one[1], stem: one[2] };
  return { clitic: "", stem: norm };
}

/**
 * A person's first word: as any span's, and also «و» before a common first name when the word
 * with it is nobody's name («وريكاردو سيملر», «ولاري»; but «وليد», «وسام», «واين», «وليام» are
 * names). The tagger's own name list learnt such words whole from ANERcorp, which does not split
 * clitics.
 */
export function personClitic(norm: string): { clitic: string; stem: string } {
  const rest = /^و(.{3,})$/.exec(norm)?.[1];
  if (!rest) return taggerClitic(norm);
  const wholeIsName = personalNameBucket(norm) !== null || gazetteerWordRoles(norm).length > 0;
  if (!wholeIsName && isCommonPersonalName(rest)) {
    return { clitic: "و", stem: rest };
  }
  return taggerClitic(norm);
}

/** The entity type of a tagger label other than MISC. */
type TagType = (typeof TAG_TYPES)[keyof typeof TAG_TYPES];

/** Tagger spans that are not already gazetteer or rule mentions and pass the filters. */
export function taggerMentions(
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
  spans: readonly TaggedSpan[],
  known: readonly Mention[],
): Mention[] {
  const taken = new Set<string>();
  for (const m of known) for (let k = m.tokStart; k < m.tokEnd; k++) taken.add(`${m.para}:${k}`);
  const out: Mention[] = [];
  for (const s of spans) {
    if (s.type === "MISC") continue;
    const type = TAG_TYPES[s.type];
    const len = s.tokEnd - s.tokStart;
    const need = (MIN_CONFIDENCE[s.type] ?? 50) + (len === 1 ? SINGLE_WORD_EXTRA : 0);
    if (s.confidence < need || len > 6) continue;
    const text = paras[s.para] ?? "";
    const toks = tokens[s.para] ?? [];
    if (!freeWords(text, toks, s, taken)) continue;
    const mention = spanMention(text, toks, s, type);
    if (mention) out.push(mention);
  }
  return out;
}

/** Are the span's words all untaken Arabic words, with no punctuation between them? */
function freeWords(
  text: string,
  toks: readonly Token[],
  s: TaggedSpan,
  taken: ReadonlySet<string>,
): boolean {
  let ok = true;
  for (let k = s.tokStart; k < s.tokEnd; k++) {
    const t = toks[k];
    if (!t || taken.has(`${s.para}:${k}`) || !ARABIC_WORD.test(t.norm)) ok = false;
    // Names never span punctuation, but for the hyphen of a double name («أليو-ماري»).
    const prev = toks[k - 1];
    const gap = t && prev && k > s.tokStart && !adjacent(text, prev, t);
    if (gap && !/^\s*-\s*$/.test(text.slice(prev.end, t.start))) ok = false;
  }
  return ok;
}

/** The mention a confident span of free words makes, or null when its words fail the filters. */
function spanMention(
  text: string,
  toks: readonly Token[],
  s: TaggedSpan,
  type: TagType,
): Mention | null {
  const len = s.tokEnd - s.tokStart;
  const head = toks[s.tokStart];
  const { clitic, stem } =
    type === "person" ? personClitic(head?.norm ?? "") : taggerClitic(head?.norm ?? "");
  const surface = surfaceOf(text, toks, s.tokStart, s.tokEnd, clitic, stem);
  const key = normalizeArabic(surface);
  const last = toks[s.tokEnd - 1]?.norm ?? "";
  if (key.replace(/ /g, "").length < 3) return null;
  if (ROLE_WORDS.has(stem)) return null;
  // «ابني سافر», «زوجتي قالت»: my son, my wife — someone described, not named.
  if (type === "person" && MY_KIN.has(stem)) return null;
  // «زين العابدين بن علي»: a name may end on «علي» after «بن», never on the particle «على».
  const lastTok = toks[s.tokEnd - 1];
  const afterBin = NAME_PARTICLES.has(toks[s.tokEnd - 2]?.norm ?? "");
  if (NAME_STOP.has(last) && !(afterBin && nameNotParticle(lastTok, type, len, last))) return null;
  if (NAME_STOP.has(stem) && !nameNotParticle(head, type, len, stem)) return null;
  // A lone unknown word is too often a first name, a verb or an adjective to be a person;
  // lone surnames are linked to full names by the document surname table instead. But the
  // subject right after a speech verb is no adjective: «وأضاف بلعاوي "…"».
  if (len === 1 && s.type === "PERS" && !(clitic === "" && speechSubject(toks, s.tokStart)))
    return null;
  if (len === 1 && !loneWordKept(toks, s, clitic, stem)) return null;
  if (!head || !lastTok) return null;
  return {
    entity: {
      id: `${type}:${key}`,
      type,
      ar: surface,
      origin: "tagger",
      ...englishFor(type, surface),
    },
    para: s.para,
    start: head.start,
    end: lastTok.end,
    tokStart: s.tokStart,
    tokEnd: s.tokEnd,
    surface,
  };
}

/**
 * Is the word at k the subject right after a speech verb («وأضاف كامينين أنه…»): no article,
 * no common word, not a first name alone?
 */
function speechSubject(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t || !isSayingVerb(toks[k - 1]) || isDefinite(t)) return false;
  return !COMMON_WORDS.has(t.norm) && !isCommonPersonalName(t.norm);
}

/**
 * Kin with «ي», "my" («ابني», «زوجتي», «شقيقي»): the relation nouns and «ابن/أخ/أخت», the
 * feminine «ة» written «ت» before the suffix.
 */
const MY_KIN: ReadonlySet<string> = new Set(
  [...words("role-nouns", "relation"), "ابن", "أخ", "أخت"].map((w) =>
    normalizeArabic(`${w.endsWith("ة") ? `${w.slice(0, -1)}ت` : w}ي`),
  ),
);

/**
 * Particles written with a final «ى» («على», «إلى»), by their normalised form («علي»): a
 * first name spelled like one but with «ي» («علي أصغر سلطانية») is the name.
 */
const MAQSURA_PARTICLES = new Set(
  raw("particles", "name-stop")
    .filter((w) => w.endsWith("\u0649"))
    .map(normalizeArabic),
);

/** Is a person span's word a name that only looks like a particle when normalised («علي»)? */
function nameNotParticle(
  word: Token | undefined,
  type: TagType,
  len: number,
  norm: string,
): boolean {
  if (type !== "person" || len < 2 || !word || !MAQSURA_PARTICLES.has(norm)) return false;
  return word.text.endsWith("\u064A") && isCommonPersonalName(norm);
}

/** The further filters a one-word span passes: no common word, nisba, month or short stub. */
function loneWordKept(
  toks: readonly Token[],
  s: TaggedSpan,
  clitic: string,
  stem: string,
): boolean {
  const head = toks[s.tokStart];
  const bare = stem.startsWith("ال") ? stem.slice(2) : stem;
  const norm = head?.norm ?? "";
  if (COMMON_WORDS.has(stem) || COMMON_WORDS.has(bare) || COMMON_WORDS.has(norm)) return false;
  // An indefinite nisba is an adjective («روسي»), but the person a speech verb's subject
  // names may bear one as a family name («وأضاف بلعاوي»).
  if (NISBA.test(norm) || (s.type !== "PERS" && NISBA.test(`ال${bare}`))) return false;
  if (head && isMonthWord(head)) return false;
  if (clitic === "" && stem.length < 4) return false;
  if (s.type === "LOC" && countedNisba(toks, s.tokStart, stem)) return false;
  if (s.type === "LOC" && prayerTime(toks, s.tokStart)) return false;
  return true;
}
