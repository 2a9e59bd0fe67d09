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

import type { Entity, EntityType } from "../../facts.ts";
import { isMonthWord } from "../dates/index.ts";
import {
  type Candidate,
  COMMON_WORDS,
  candidatesAt,
  type GazEntity,
  type Hit,
  surnameOf,
} from "../gazetteer/index.ts";
import type { Cue } from "../gazetteer/lines.ts";
import { ministryNamed, ministryOfCapital } from "../gazetteer/ministries.ts";
import {
  isCommonPersonalName,
  isKnownNameWord,
  type TaggedSpan,
  tagParagraphs,
} from "../ner/index.ts";
import { MEDIA_NOUNS } from "../page/media-words.ts";
import { cliticForms, keySet, normalizeArabic } from "../text/normalize.ts";
import { endsAccusativeCount } from "../text/numbers.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import { splitsOf, splitsWhere, type WordRef } from "../text/words.ts";
import { transliterateName } from "../translit/index.ts";
import { englishOrgName, forNounGloss, orgWordGloss } from "../translit/org-name.ts";
import { tally } from "../work.ts";

export interface Mention {
  readonly entity: GazEntity;
  /** Index into the paragraph list given to findMentions. */
  readonly para: number;
  /** Character offsets of the mention (clitic included) in its paragraph. */
  readonly start: number;
  readonly end: number;
  /** Token range [tokStart, tokEnd) in the paragraph's tokens. */
  readonly tokStart: number;
  readonly tokEnd: number;
  /** The name as written, without a leading clitic. */
  readonly surface: string;
}

/**
 * Words before a media name that make «الجزيرة» a channel, not an island: an outlet noun, or
 * its correspondent («أفاد مراسل الجزيرة»).
 */
const MEDIA_CUES = keySet([...MEDIA_NOUNS, "مراسل", "مراسلة", "مراسلو", "مراسلي"]);
/** Words before a club's name that make «الهلال» a club, not a crescent. */
const CLUB_CUES = keySet([
  "نادي",
  "فريق",
  "لاعب",
  "لاعبو",
  "لاعبي",
  "مدرب",
  "حارس",
  "مهاجم",
  "مدافع",
  "جماهير",
  "جمهور",
  "مباراه",
]);
/** Words before a district name that make «السكري» a neighbourhood. */
const PLACE_CUES = keySet([
  "حي",
  "احياء",
  "مدينه",
  "بلده",
  "منطقه",
  "قريه",
  "مخيم",
  "شارع",
  "ضاحيه",
  "مناطق",
  "بلدات",
  "قري",
  "مدن",
  "حيي",
  "محافظه",
  "مديريه",
  "ولايه",
  "اقليم",
  "قضاء",
  "ناحيه",
]);

/** Role words after which an unknown two-to-four-word name is taken to be a person. */
const ROLE_WORDS = keySet([
  "المتحدث",
  "المتحدثه",
  "متحدث",
  "الناطق",
  "الناطقه",
  "وزير",
  "وزيره",
  "الوزير",
  "المبعوث",
  "المبعوثه",
  "مبعوث",
  "مدير",
  "مديره",
  "رئيس",
  "رئيسه",
  "نائب",
  "النائب",
  "النائبه",
  "السفير",
  "السفيره",
  "سفير",
  "قائد",
  "القائد",
  "زعيم",
  "الزعيم",
  "الامين",
  "مستشار",
  "المستشار",
  "المندوب",
  "مندوب",
  "القيادي",
  "السيد",
  "السيده",
  "العميد",
  "اللواء",
  "العقيد",
  "الجنرال",
  "المنسق",
  "منسق",
  "ممثل",
  "المفوض",
  "مساعد",
  "عضو",
  "سكرتير",
  "السكرتير",
]);
/** Words a role phrase may contain between the role and the name. */
const ROLE_FILLERS = keySet([
  "باسم",
  "بين",
  "في",
  "الى",
  "لدى",
  "لشؤون",
  "لشوون",
  "عام",
  "شوون",
  "شؤون",
]);
/** Words that end a name: particles, prepositions, verbs of saying. */
const NAME_STOP = keySet([
  "في",
  "الى",
  "على",
  "عن",
  "من",
  "ان",
  "انه",
  "انها",
  "الذي",
  "التي",
  "قد",
  "كان",
  "خلال",
  "بعد",
  "قبل",
  "مع",
  "امس",
  "اليوم",
  "حيث",
  "كما",
  "لكن",
  "او",
  "ثم",
  "هذا",
  "هذه",
  "ذلك",
  "تلك",
  "بان",
  "قال",
  "اكد",
  "اضاف",
  "اعلن",
  "حول",
  "عبر",
  "منذ",
  "حتى",
  "لدى",
  "عند",
  "بين",
  "وقال",
  "واضاف",
]);
/** A word of two or more Arabic letters and nothing else: what a name's words look like. */
const ARABIC_WORD = /^[\u0621-\u064A]{2,}$/;
const NAME_PARTICLES = keySet(["عبد", "ابو", "بن", "ابن", "بو", "دي", "ال", "ولد"]);

/** Readings of a word as a media cue, a place cue, or a role word (behind at most «و»…). */
const mediaCueReadings = splitsWhere((c) => MEDIA_CUES.has(c.stem));
const placeCueReadings = splitsWhere((c) => PLACE_CUES.has(c.stem));
const clubCueReadings = splitsWhere((c) => CLUB_CUES.has(c.stem));
const roleReadings = splitsWhere((c) => ROLE_WORDS.has(c.stem) && c.clitic.length <= 1);
/** Readings with the article after at most a two-letter clitic («الوزير», «والوزير», «بالوزير»). */
const definiteReadings = splitsWhere(
  (c) => c.stem.startsWith("ال") && c.stem.length > 3 && c.clitic.length <= 2,
);

/**
 * After a counted noun in the accusative («62 جنديا سوريا»), «سوريا», «تركيا», «روسيا» or
 * «ليبيا» is the nisba adjective with its accusative ending ("Syrian"), not the country.
 */
function countedNisba(tokens: readonly Token[], i: number, stem: string): boolean {
  const noun = tokens[i - 1];
  const count = tokens[i - 2];
  if (!stem.endsWith("يا") || !noun || !count) return false;
  if (!/^[\u0621-\u064A]{3,}ا$/.test(noun.norm) || noun.norm.startsWith("ال")) return false;
  return /^[0-9]+$/.test(count.norm) || endsAccusativeCount(count.norm);
}

/** Where the paragraph's last place and last cued club ended (for coordinated names). */
interface LastEnds {
  place: number;
  club: number;
}

function accept(
  hit: Hit,
  tokens: readonly Token[],
  i: number,
  c: Pick<Candidate, "end" | "stem" | "clitic">,
  seen: ReadonlySet<string> | null,
  lastEnd: LastEnds,
): boolean {
  if (hit.kind === "local" && !seen?.has(hit.entity.id)) return false;
  // «وقالت السفيرة الأمريكية»: a place spelled like a role noun and followed by a nationality
  // is the role (the Syrian town of al-Safira is spelled like "the ambassador").
  if (
    hit.entity.type === "place" &&
    c.end === i + 1 &&
    ROLE_WORDS.has(c.stem) &&
    NISBA.test(tokens[i + 1]?.norm ?? "")
  ) {
    return false;
  }
  if (hit.entity.type === "place" && c.end === i + 1 && countedNisba(tokens, i, c.stem)) {
    return false;
  }
  if (hit.cue === "media") {
    const prev = tokens[i - 1];
    return !!prev && mediaCueReadings(prev).length > 0;
  }
  if (hit.cue === "place" || hit.cue === "club") {
    const prev = tokens[i - 1];
    const cueReadings = hit.cue === "place" ? placeCueReadings : clubCueReadings;
    if (prev && cueReadings(prev).length > 0) return true;
    // Coordinated with one just named: «… والاشرفية وشارع النيل والسريان», «نادي الهلال والنصر».
    return c.clitic.startsWith("و") && lastEnd[hit.cue] === i;
  }
  return true;
}

/** The written form of tokens [a, b) minus the clitic letters of the first token. */
function surfaceOf(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  clitic: string,
  stem: string,
): string {
  const first = tokens[a];
  const last = tokens[b - 1];
  if (!first || !last) return "";
  let start = first.start;
  let letters = clitic.length;
  while (letters > 0 && start < first.end) {
    const c = text.charCodeAt(start);
    if (c >= 0x0621 && c <= 0x064a) letters--;
    start++;
  }
  // Skip any vowel marks left on the stripped clitic.
  while (start < first.end && /[\u064B-\u065F\u0670\u0640]/.test(text[start] ?? "")) start++;
  const body = text.slice(start, last.end);
  const restoreAl = stem.startsWith("ال") && !normalizeArabic(body).startsWith("ال");
  return restoreAl ? `ال${body}` : body;
}

interface ScanOptions {
  readonly seen: ReadonlySet<string> | null;
  readonly surnames: ReadonlyMap<string, GazEntity> | null;
  /** "para:token" keys a gazetteer reading may not cover (another person's full name). */
  readonly blocked?: ReadonlySet<string>;
}

/** Gazetteer readings at token i of paragraph p. */
type CandidateReader = (p: number, i: number) => readonly Candidate[];

/**
 * The gazetteer readings of one article's tokens, each position read at most once: both scans
 * ask for the same positions, and the answer depends only on the tokens.
 */
function candidateReader(
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
): CandidateReader {
  const memo: (readonly Candidate[] | undefined)[][] = paras.map(() => []);
  return (p, i) => {
    const row = memo[p] as (readonly Candidate[] | undefined)[];
    let found = row[i];
    if (found === undefined) {
      found = candidatesAt(paras[p] ?? "", tokens[p] ?? [], i);
      row[i] = found;
    }
    return found;
  };
}

function scan(
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
  candidates: CandidateReader,
  opts: ScanOptions,
): Mention[] {
  const out: Mention[] = [];
  // Every written form (clitics included) of the first words of the document's surname keys:
  // most tokens are rejected with one lookup.
  const surnameHeads = new Set<string>();
  for (const key of opts.surnames?.keys() ?? []) {
    for (const form of cliticForms(key.split(" ")[0] ?? "")) surnameHeads.add(form);
  }
  paras.forEach((text, p) => {
    const toks = tokens[p] ?? [];
    const lastEnd: LastEnds = { place: -1, club: -1 };
    let i = 0;
    while (i < toks.length) {
      let best: {
        end: number;
        entity: GazEntity;
        clitic: string;
        stem: string;
        cue: Cue | null;
      } | null = null;
      for (const c of candidates(p, i)) {
        const hit = c.hits.find((h) => accept(h, toks, i, c, opts.seen, lastEnd));
        if (hit) {
          best = { end: c.end, entity: hit.entity, clitic: c.clitic, stem: c.stem, cue: hit.cue };
          break;
        }
      }
      if (opts.surnames && surnameHeads.size > 0 && surnameHeads.has(toks[i]?.norm ?? "")) {
        // Document-local surnames beat global readings of the same length.
        for (const len of [2, 1]) {
          if (best && best.end - i > len) break;
          const t0 = toks[i];
          const t1 = toks[i + 1];
          if (!t0 || (len === 2 && (!t1 || !adjacent(text, t0, t1)))) continue;
          const tail = len === 2 ? ` ${t1?.norm}` : "";
          const split = splitsOf(t0).find((s) => opts.surnames?.has(s.stem + tail));
          const person = split && opts.surnames.get(split.stem + tail);
          if (split && person) {
            best = {
              end: i + len,
              entity: person,
              clitic: split.clitic,
              stem: split.stem,
              cue: null,
            };
            break;
          }
        }
      }
      if (best && opts.blocked && opts.blocked.size > 0) {
        const end = best.end;
        for (let k = i; k < end; k++) if (opts.blocked.has(`${p}:${k}`)) best = null;
      }
      if (!best) {
        i++;
        continue;
      }
      const first = toks[i];
      const last = toks[best.end - 1];
      if (first && last) {
        out.push({
          entity: best.entity,
          para: p,
          start: first.start,
          end: last.end,
          tokStart: i,
          tokEnd: best.end,
          surface: surfaceOf(text, toks, i, best.end, best.clitic, best.stem),
        });
        if (best.entity.type === "place") lastEnd.place = best.end;
        if (best.cue === "club") lastEnd.club = best.end;
      }
      i = best.end;
    }
  });
  return out;
}

function isDefinite(w: WordRef): boolean {
  return definiteReadings(w).length > 0;
}

/** Letters only, and neither a particle nor a role word: what any word of a name must be. */
function nameShaped(w: string): boolean {
  return ARABIC_WORD.test(w) && !NAME_STOP.has(w) && !ROLE_WORDS.has(w);
}

function nameLike(t: Token, prevNorm: string | null): boolean {
  const w = t.norm;
  if (!nameShaped(w)) return false;
  // Names do not start with the article or a preposition + article («للصحافيين»).
  if (isDefinite(t) && !(prevNorm && NAME_PARTICLES.has(prevNorm))) return false;
  if (COMMON_WORDS.has(w) && !NAME_PARTICLES.has(w)) return false;
  // «وزير الخارجية وشؤون المغتربين»: «و» and an ordinary word, unless the whole is a name
  // people have («وسام», «وفاء»).
  if (w.startsWith("و") && COMMON_WORDS.has(w.slice(1)) && !isKnownNameWord(w)) return false;
  return true;
}

/**
 * A definite word closing a name after a bare first name: «السلمو» in «عمار السلمو», «الحسن»
 * in «عبد الله الحسن». The article on a common word («الفجر») or on a word glued to a
 * preposition («للصحفيين») is not a family name.
 */
function familyNameAfter(t: Token, prev: Token): boolean {
  const w = t.norm;
  if (!nameShaped(w) || !w.startsWith("ال") || w.length < 5) return false;
  // After a compound ending in «الله» («عبد الله الحسن») the article does begin a family name.
  if ((isDefinite(prev) && prev.norm !== "الله") || NAME_PARTICLES.has(prev.norm)) return false;
  return !COMMON_WORDS.has(w) && !COMMON_WORDS.has(w.slice(2));
}

/** The entity each token of each paragraph already belongs to, in one pass over `known`. */
function coveredByPara(known: readonly Mention[], paras: number): Map<number, GazEntity>[] {
  const covered = Array.from({ length: paras }, () => new Map<number, GazEntity>());
  for (const m of known) {
    const map = covered[m.para];
    if (map) for (let k = m.tokStart; k < m.tokEnd; k++) map.set(k, m.entity);
  }
  return covered;
}

/**
 * A mention found by a cue rule: tokens [tokStart, tokEnd) of paragraph p, written `ar`;
 * `named` when the rule knows more than the words (whose English, which entity).
 */
function ruleMention(
  type: EntityType,
  ar: string,
  p: number,
  toks: readonly Token[],
  tokStart: number,
  tokEnd: number,
  named?: { readonly id: string; readonly en: string },
): Mention {
  return {
    entity: {
      id: named?.id ?? `${type}:${normalizeArabic(ar)}`,
      type,
      ar,
      origin: "rule",
      ...(named ? { en: named.en, englishSource: "translation" as const } : englishFor(type, ar)),
    },
    para: p,
    start: toks[tokStart]?.start ?? 0,
    end: toks[tokEnd - 1]?.end ?? 0,
    tokStart,
    tokEnd,
    surface: ar,
  };
}

/**
 * A cue rule reads one paragraph: its text, index, tokens and the entity each token already
 * belongs to (rules never claim those), and returns the mentions it finds.
 */
type CueRule = (
  text: string,
  p: number,
  toks: readonly Token[],
  covered: ReadonlyMap<number, GazEntity>,
) => Mention[];

/** Every paragraph through each rule, after the mentions already `known`. */
function applyRules(
  rules: readonly CueRule[],
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
  known: readonly Mention[],
): Mention[] {
  const covered = coveredByPara(known, paras.length);
  return rules.flatMap((rule) =>
    paras.flatMap((text, p) => rule(text, p, tokens[p] ?? [], covered[p] ?? new Map())),
  );
}

/** Unknown people named right after a role phrase. */
const rolePersons: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const role = toks[i];
    if (!role || roleReadings(role).length === 0) continue;
    // Walk over the role phrase: organisations/places, definite words, role words, fillers.
    let j = i + 1;
    let guard = 0;
    while (j < toks.length && guard < 8) {
      const t = toks[j];
      if (!t) break;
      const e = covered.get(j);
      if (e?.type === "person") break;
      if (e || isDefinite(t) || ROLE_FILLERS.has(t.norm) || ROLE_WORDS.has(t.norm)) {
        j++;
        guard++;
        continue;
      }
      // «باسم وزارة الخارجية»: after «باسم/في/لدى», an ordinary noun in construct with a
      // definite word (not a first name before a family name: «تركي المالكي»).
      const next = toks[j + 1];
      const afterFiller = ROLE_FILLERS.has(toks[j - 1]?.norm ?? "");
      const construct = afterFiller && COMMON_WORDS.has(t.norm) && !isCommonPersonalName(t.norm);
      if (construct && next && isDefinite(next) && !covered.has(j + 1)) {
        j++;
        guard++;
        continue;
      }
      break;
    }
    // A bare «رئيس X» is too loose (X is what he heads). After a definite role noun an
    // indefinite word is neither its complement nor its adjective, so a common first name
    // there begins a name: «السفير أحمد أبو زيد», «العميد تركي المالكي».
    const firstName = isDefinite(role) && commonFirstName(toks[j]);
    if (j === i + 1 && !/^(ال)?سيد/.test(role.norm) && !firstName) continue;
    const name = nameAt(text, toks, j, covered, firstName);
    if (name.length < 2) continue;
    out.push(personOf(text, p, toks, j, name));
    i = j + name.length - 1;
  }
  return out;
};

/** Pronouns that are also Chinese or Korean names: «المتحدث باسم الخارجية هو توم كايسي». */
const PRONOUNS = keySet(["هو", "هي", "هم", "هما", "انا", "نحن"]);

/**
 * A word many people are named, even if it is also an ordinary word («تركي», «أمين»): not a
 * particle or pronoun («من», «هو» are Chinese and Korean names too), not a role, not definite.
 */
function commonFirstName(t: Token | undefined): boolean {
  if (!t || !nameShaped(t.norm) || PRONOUNS.has(t.norm)) return false;
  return !isDefinite(t) && isCommonPersonalName(t.norm);
}

/**
 * 2–4 adjacent name-like words from token j, none already an entity (fewer: no name).
 * `firstName`: token j is known to be a first name even if it is also an ordinary word.
 */
function nameAt(
  text: string,
  toks: readonly Token[],
  j: number,
  covered: ReadonlyMap<number, GazEntity>,
  firstName = false,
): Token[] {
  const name: Token[] = [];
  for (let k = j; k < toks.length && name.length < 4; k++) {
    const t = toks[k];
    if (!t || covered.has(k)) break;
    const prev = name[name.length - 1];
    if (prev && !adjacent(text, prev, t)) break;
    // «حسن فضل الله», «محمد جاب الله»: a word and «الله» make one family name, whatever the
    // word means alone («فضل» credit, «نصر» victory).
    const god = toks[k + 1];
    if (prev && god?.norm === "الله" && !covered.has(k + 1) && adjacent(text, t, god)) {
      if (ARABIC_WORD.test(t.norm) && !NAME_STOP.has(t.norm) && !isDefinite(t)) {
        name.push(t, god);
      }
      break;
    }
    if (nameLike(t, prev?.norm ?? null) || (k === j && firstName)) {
      name.push(t);
      continue;
    }
    // «عمار السلمو», «عادل الجبير»: a family name with the article ends the name.
    if (prev && familyNameAfter(t, prev)) name.push(t);
    break;
  }
  while (name.length > 0 && NAME_PARTICLES.has(name[name.length - 1]?.norm ?? "")) name.pop();
  return name;
}

function personOf(
  text: string,
  p: number,
  toks: readonly Token[],
  j: number,
  name: readonly Token[],
): Mention {
  const first = name[0] as Token;
  const last = name[name.length - 1] as Token;
  return ruleMention("person", text.slice(first.start, last.end), p, toks, j, j + name.length);
}

/** Verbs of saying whose subject may be a name followed by its role («وقال X الأمين العام»). */
const SAYING = keySet([
  ...["قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "اوضح", "اوضحت", "صرح", "صرحت", "اعلن"],
  ...["اعلنت", "ذكر", "ذكرت", "اشار", "اشارت", "شدد", "شددت", "دعا", "دعت", "حذر", "حذرت"],
]);
const sayingReadings = splitsWhere((c) => SAYING.has(c.stem) && c.clitic.length <= 1);

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

/**
 * Unknown people named between a verb of saying and their role: «وقال محمد عتيق الفلاحي
 * الأمين العام للهيئة». The role right after the name is what makes it one.
 */
const speakersBeforeRole: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i + 3 < toks.length; i++) {
    if (sayingReadings(toks[i] as Token).length === 0) continue;
    const name = nameAt(text, toks, i + 1, covered);
    if (name.length < 2) continue;
    const role = toks[i + 1 + name.length];
    const last = name[name.length - 1] as Token;
    if (!role || roleReadings(role).length === 0 || !listSeparator(text, last, role)) continue;
    out.push(personOf(text, p, toks, i + 1, name));
    i += name.length;
  }
  return out;
};

/** Head nouns of named bodies: «الحزب الشيوعي السوري», «المجلس الوطني الكردي». */
const BODY_HEADS = keySet([
  "حزب",
  "حركه",
  "جبهه",
  "جماعه",
  "تيار",
  "ائتلاف",
  "تحالف",
  "منظمه",
  "جمعيه",
  "رابطه",
  "اتحاد",
  "مجلس",
  "هيئه",
  "لجنه",
  "شبكه",
  "تجمع",
  "مرصد",
  // «الهلال الأحمر الليبي», «الصليب الأحمر الدولي»: the national societies.
  "هلال",
  "صليب",
]);
/** Heads that one telling adjective names: «الحزب الشيوعي», «الجماعة الإسلامية». */
const PARTY_HEADS = keySet(["حزب", "حركه", "جبهه", "جماعه", "تيار", "ائتلاف", "تحالف"]);
/**
 * Besides a country's adjective, the adjectives that tell one body from another: peoples,
 * regions, creeds and ideologies. «الوطني», «الدولي», «الأعلى» describe too many bodies.
 */
const TELLING = new Set([
  ...["Kurdish", "Kurdistan", "Islamic", "Communist", "Socialist", "Democratic", "Republican"],
  ...["Liberal", "Salafi", "Alawite", "Sunni", "Shia", "Christian", "Arab", "European"],
  ...["African", "Gulf"],
]);

/**
 * Organisations no list knows, named by a head noun and the adjectives or nouns after it:
 * «الحزب الشيوعي السوري», «المجلس الوطني الكردي», «لجنة الإنقاذ الدولية» is listed but
 * «الجمعية الوطنية الكردية» need not be. The tagger misses most of these (ANERcorp has few
 * such bodies), so a rule reads them: every word after the head is a definite word the
 * organisation-name lexicon glosses, and at least one is a telling adjective (two words at
 * least, or one after a party-like head). Armies and governments are not heads: the gold
 * rules do not count them as named organisations.
 */
const namedBodies: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const head = toks[i];
    if (!head || covered.has(i)) continue;
    const reading = definiteReadings(head).find((r) => BODY_HEADS.has(r.stem.slice(2)));
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
    if (telling === 0 || (j - i - 1 < 2 && !party)) continue;
    const ar = surfaceOf(text, toks, i, j, reading.clitic, reading.stem);
    out.push(ruleMention("org", ar, p, toks, i, j));
    i = j - 1;
  }
  return out;
};

/**
 * Place nouns that name the place after them («قرية ود النورة», «قضاء مخمور», «بولاية
 * الجزيرة»), without the article: «المدينة الجديدة» describes, «مدينة الصدر» names. Camps
 * («مخيم اللاجئين») and «منطقة» («منطقة آمنة») describe too often to count.
 */
const NAMING_PLACE_NOUNS = keySet([
  "قريه",
  "بلده",
  "مدينه",
  "قضاء",
  "ناحيه",
  "ولايه",
  "محافظه",
  "مديريه",
  "اقليم",
  "حي",
]);
/** Words that open two-word place names: «ود النورة», «بيت حانون», «كفر نبل», «تل أبيض». */
const PLACE_OPENERS = keySet([
  ...["ود", "ام", "ابو", "بيت", "كفر", "عين", "تل", "دير", "خربه", "بني", "بئر", "راس", "جسر"],
  ...["باب", "سيدي", "برج", "خان", "معره", "قصر", "مرج", "سوق", "وادي", "حمام", "قلعه", "بنت"],
  ...["سان", "سانت", "سانتا", "لوس", "لاس", "نيو", "بورت"],
]);
const namingPlaceReadings = splitsWhere(
  (c) => NAMING_PLACE_NOUNS.has(c.stem) && c.clitic.length <= 2 && !c.clitic.includes("ال"),
);

/** May `w` (normalised) be a place's name after a naming place noun? */
function placeNameWord(w: string, feminine: boolean): boolean {
  if (!ARABIC_WORD.test(w)) return false;
  if (NAME_STOP.has(w) || ROLE_WORDS.has(w) || PLACE_CUES.has(w) || COMMON_WORDS.has(w)) {
    return false;
  }
  if (w.startsWith("ال")) {
    // Plurals of people («مخيم اللاجئين», «حي المسيحيين») are not names.
    return w.length > 4 && !/(ين|ون)$/.test(w);
  }
  // A verb or a word with a pronoun: «مدينة يقطنها…», «قرية ستنفجر», «بعد قضاء عقوبته»; but
  // a village name glued to its head may end like one («كفرناها», «كفرتخاريم»).
  const headed = w.length >= 6 && /^(كفر|دير|عين|بيت)/.test(w);
  if ((/(ها|هم|هما|ته)$/.test(w) && !headed) || /^س[يتن]/.test(w)) return false;
  // An indefinite adjective agrees with its noun: «قرية صغيرة», «منطقة حدودية», «حي سكني».
  return feminine ? !w.endsWith("ه") || !feminineAdjectiveShape(w) : !w.endsWith("ي");
}

/**
 * Could this «ة» word be a feminine adjective rather than a name («بلدة كفرنبودة»)? Adjectives
 * are short (فعيلة «صغيرة» and فاعلة «واسعة» have five letters) or have an adjective's shape:
 * a nisba («حدودية»), a participle with «م» («محاصرة», «مجاورة»). A longer word with none of
 * these shapes, and not a common word, is a name.
 */
function feminineAdjectiveShape(w: string): boolean {
  // «قرية ومستوطنة»: a conjunction and a noun, not a name.
  const bare = w.startsWith("و") ? w.slice(1) : w;
  return w.length < 6 || w.endsWith("يه") || bare.startsWith("م") || COMMON_WORDS.has(bare);
}

/**
 * Where a place name starting at token k ends (the token after it), or -1 when none starts
 * there: an opener and one more word («ود النورة», «بيت لاهيا»), or one place-name word.
 * `norm` is token k's form without a joining «و».
 */
function placeNameEnd(
  text: string,
  toks: readonly Token[],
  k: number,
  norm: string,
  covered: ReadonlyMap<number, GazEntity>,
  feminine: boolean,
): number {
  if (PLACE_OPENERS.has(norm)) {
    const first = toks[k] as Token;
    const second = toks[k + 1];
    if (!second || covered.has(k + 1) || !adjacent(text, first, second)) return -1;
    if (!ARABIC_WORD.test(second.norm) || NAME_STOP.has(second.norm)) return -1;
    return k + 2;
  }
  return placeNameWord(norm, feminine) ? k + 1 : -1;
}

/**
 * Places no list knows, named right after a place noun: «قرية ود النورة», «قضاء مخمور».
 * The tagger misses most of these (ANERcorp has few villages); the noun makes them
 * unambiguous. One word, or an opener and one more («ود النورة», «بيت لاهيا»).
 */
const cuedPlaces: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const head = toks[i] as Token;
    const reading = namingPlaceReadings(head)[0];
    if (!reading) continue;
    const first = toks[i + 1] as Token;
    if (covered.has(i + 1) || !adjacent(text, head, first)) continue;
    // Feminine nouns (قرية، بلدة… all end in ة): an indefinite «ة» word after them agrees.
    const feminine = reading.stem.endsWith("ه");
    const end = placeNameEnd(text, toks, i + 1, first.norm, covered, feminine);
    if (end < 0) continue;
    const ar = text.slice(first.start, (toks[end - 1] as Token).end);
    out.push(ruleMention("place", ar, p, toks, i + 1, end));
    i = end - 1;
  }
  return out;
};

/**
 * Plural and dual place nouns, which name a list: «أحياء الكلاسة وبستان القصر والصاخور»,
 * «بلدتي نبل والزهراء».
 */
const LISTING_PLACE_NOUNS = keySet([
  ...["احياء", "قرى", "بلدات", "مدن", "بلدتي", "قريتي", "مدينتي", "حيي", "بلدتا", "قريتا"],
  "مدينتا",
]);
const listingPlaceReadings = splitsWhere(
  (c) => LISTING_PLACE_NOUNS.has(c.stem) && c.clitic.length <= 2 && !c.clitic.includes("ال"),
);
/** The most names such a list is read for. */
const LIST_ITEMS = 8;

/** Only spaces or one comma between two words: the separator of a list of names. */
function listSeparator(text: string, a: Token, b: Token): boolean {
  let commas = 0;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x60c || c === 0x2c) commas++;
    else if (c !== 0x20 && c !== 0xa0) return false;
  }
  return commas <= 1;
}

/**
 * The places listed after a plural or dual place noun. Names the gazetteer knows stay its
 * own; the unknown ones between them are read like a name after «قرية». Non-human plurals
 * take feminine adjectives («أحياء سكنية»), so an indefinite «ة» word ends the list.
 */
const listedPlaces: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const head = toks[i] as Token;
    // «لإحياء» (reviving) is spelled like «أحياء» (neighbourhoods) once hamzas are folded.
    if (listingPlaceReadings(head).length === 0 || head.text.includes("إحياء")) continue;
    let k = i + 1;
    let prev = head;
    let items = 0;
    const found: Mention[] = [];
    for (; items < LIST_ITEMS && k < toks.length; items++) {
      const t = toks[k] as Token;
      if (items === 0 ? !adjacent(text, prev, t) : !listSeparator(text, prev, t)) break;
      // «مدن وقرى», «قرى وتشريد»: a first word behind «و» joins another noun, not a name.
      if (items === 0 && t.norm.startsWith("و") && !PLACE_OPENERS.has(t.norm)) break;
      const known = covered.get(k);
      if (known) {
        if (known.type !== "place") break;
        while (k < toks.length && covered.get(k) === known) k++;
        prev = toks[k - 1] as Token;
        continue;
      }
      // After the first name, each next one is joined by «و» or by a comma, not both: «،
      // و…» after a name opens a new clause more often than it adds one («الصين، وجرفت»).
      const comma = items > 0 && !adjacent(text, prev, t);
      const joined = items > 0 && !comma && t.norm.startsWith("و");
      if (items > 0 && !comma && !joined) break;
      if (comma && t.norm.startsWith("و") && !PLACE_OPENERS.has(t.norm)) break;
      const end = placeNameEnd(text, toks, k, joined ? t.norm.slice(1) : t.norm, covered, true);
      if (end < 0) break;
      const from = t.start + (joined ? 1 : 0);
      const ar = text.slice(from, (toks[end - 1] as Token).end);
      found.push(ruleMention("place", ar, p, toks, k, end));
      prev = toks[end - 1] as Token;
      k = end;
    }
    // One name alone is more often a possessor than a list: «مدن المملكة», «أحياء المدينة».
    if (items >= 2) out.push(...found);
    i = Math.max(i, k - 1);
  }
  return out;
};

const WIZARA = normalizeArabic("وزارة");
const FI = normalizeArabic("في");
const wizaraReadings = splitsWhere((c) => c.stem === WIZARA && c.clitic.length <= 2);

/**
 * A ministry whose government is a place after «في»: «وزارة الصحة في قطاع غزة» is the Gaza
 * Strip's Health Ministry, «وزارة الداخلية في إقليم كردستان» the Kurdistan Region's. The
 * name is the ministry as written; the place stays a place of its own.
 */
const ministriesIn: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i + 3 < toks.length; i++) {
    const head = toks[i] as Token;
    const reading = wizaraReadings(head)[0];
    if (!reading || covered.has(i)) continue;
    const word = toks[i + 1] as Token;
    const ministry = ministryNamed(word.norm);
    const place = covered.get(i + 3);
    if (!ministry || place?.type !== "place" || !place.en || toks[i + 2]?.norm !== FI) continue;
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
  for (let k = end; k < toks.length && k - j < 3; k++) {
    const next = toks[k] as Token;
    if (covered.has(k) || !adjacent(text, toks[k - 1] as Token, next)) break;
    if (!next.norm.startsWith("ال") || !orgWordGloss(next.norm.slice(2))) break;
    end = k + 1;
  }
  return end;
}

/** Minimum tagger confidence (score margin) for a span to become an entity, per type. */
const MIN_CONFIDENCE: Readonly<Record<string, number>> = { PERS: 30, LOC: 40, ORG: 50 };
/** Single-word spans are riskier (adjectives, common nouns): they need this much more. */
const SINGLE_WORD_EXTRA = 20;
const TAG_TYPES = { PERS: "person", LOC: "place", ORG: "org" } as const;
/** A definite nisba adjective («الروسي», «الأمريكية», «السوريين»): not a name on its own. */
const NISBA = /^(ال|وال|بال|لل|فال)[\u0621-\u064A]{2,}(ي|يه|يون|يين|يان)$/;

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
  const one = /^([وفبلك])(.{3,})$/.exec(norm);
  if (!one?.[1] || !one[2] || isKnownNameWord(norm)) return { clitic: "", stem: norm };
  if (one[1] === "و" || isKnownNameWord(one[2])) return { clitic: one[1], stem: one[2] };
  return { clitic: "", stem: norm };
}

/** Tagger spans that are not already gazetteer or rule mentions and pass the filters. */
function taggerMentions(
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
    let ok = true;
    for (let k = s.tokStart; k < s.tokEnd; k++) {
      const t = toks[k];
      if (!t || taken.has(`${s.para}:${k}`) || !ARABIC_WORD.test(t.norm)) ok = false;
      // Names never span punctuation.
      const prev = toks[k - 1];
      if (t && prev && k > s.tokStart && !adjacent(text, prev, t)) ok = false;
    }
    if (!ok) continue;
    const head = toks[s.tokStart];
    const { clitic, stem } = taggerClitic(head?.norm ?? "");
    const surface = surfaceOf(text, toks, s.tokStart, s.tokEnd, clitic, stem);
    const key = normalizeArabic(surface);
    const last = toks[s.tokEnd - 1]?.norm ?? "";
    if (key.replace(/ /g, "").length < 3) continue;
    if (NAME_STOP.has(last) || ROLE_WORDS.has(stem) || NAME_STOP.has(stem)) continue;
    // A lone unknown word is too often a first name, a verb or an adjective to be a person;
    // lone surnames are linked to full names by the document surname table instead.
    if (len === 1 && s.type === "PERS") continue;
    if (len === 1) {
      const bare = stem.startsWith("ال") ? stem.slice(2) : stem;
      const norm = head?.norm ?? "";
      if (COMMON_WORDS.has(stem) || COMMON_WORDS.has(bare) || COMMON_WORDS.has(norm)) continue;
      if (NISBA.test(norm) || NISBA.test(`ال${bare}`)) continue;
      if (head && isMonthWord(head)) continue;
      if (clitic === "" && stem.length < 4) continue;
      if (s.type === "LOC" && countedNisba(toks, s.tokStart, stem)) continue;
    }
    const lastTok = toks[s.tokEnd - 1];
    if (!head || !lastTok) continue;
    out.push({
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
    });
  }
  return out;
}

/** Tagger confidence at which a full name may override a gazetteer surname inside it. */
const OVERRIDE_CONFIDENCE = 50;

/**
 * Gazetteer person mentions that are only the surname of a longer name the tagger found with
 * high confidence («كريم الزعبي» is not «أسعد الزعبي»): the words before the surname must be
 * name-like, not roles or titles. Returns the token keys the gazetteer must leave to the tagger.
 */
function overriddenSurnames(
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
  spans: readonly TaggedSpan[],
  mentions: readonly Mention[],
): Set<string> {
  const blocked = new Set<string>();
  // Mentions by paragraph in token order, so each span looks only at the few mentions that
  // can overlap it (a span against every mention was quadratic on a line of repeated names).
  const byPara = new Map<number, Mention[]>();
  let longest = 0;
  for (const m of mentions) {
    longest = Math.max(longest, m.tokEnd - m.tokStart);
    const list = byPara.get(m.para);
    if (list) list.push(m);
    else byPara.set(m.para, [m]);
  }
  for (const list of byPara.values()) list.sort((a, b) => a.tokStart - b.tokStart);
  const overlapping = (s: TaggedSpan): Mention[] => {
    const list = byPara.get(s.para) ?? [];
    // The first mention that could still reach into the span starts at most `longest`
    // tokens before it.
    let lo = 0;
    let hi = list.length;
    const from = s.tokStart - longest;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as Mention).tokStart < from) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    let i = lo;
    for (; i < list.length && (list[i] as Mention).tokStart < s.tokEnd; i++) {
      const m = list[i] as Mention;
      if (m.tokEnd > s.tokStart) out.push(m);
    }
    tally("surname-overlaps", i - lo + 1);
    return out;
  };
  for (const s of spans) {
    if (s.type !== "PERS" || s.confidence < OVERRIDE_CONFIDENCE || s.tokEnd - s.tokStart < 2) {
      continue;
    }
    const inner = overlapping(s);
    const m = inner[0];
    if (inner.length !== 1 || !m || m.entity.type !== "person") continue;
    if (m.tokStart <= s.tokStart || m.tokEnd !== s.tokEnd) continue;
    const toks = tokens[s.para] ?? [];
    const text = paras[s.para] ?? "";
    let nameLikeBefore = true;
    for (let k = s.tokStart; k < m.tokStart; k++) {
      const t = toks[k];
      const prev = toks[k - 1];
      if (!t || !nameLike(t, k > s.tokStart ? (prev?.norm ?? null) : null)) nameLikeBefore = false;
      const next = toks[k + 1];
      if (t && next && !adjacent(text, t, next)) nameLikeBefore = false;
    }
    if (!nameLikeBefore) continue;
    for (let k = s.tokStart; k < s.tokEnd; k++) blocked.add(`${s.para}:${k}`);
  }
  return blocked;
}

/** All entity mentions in the paragraphs, in text order. */
export function findMentions(
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
): Mention[] {
  const spans = tagParagraphs(paras, tokens);
  const candidates = candidateReader(paras, tokens);
  const scanned = scan(paras, tokens, candidates, { seen: null, surnames: null });
  const blocked = overriddenSurnames(paras, tokens, spans, scanned);
  const first =
    blocked.size === 0 ? scanned : scanned.filter((m) => !blocked.has(`${m.para}:${m.tokStart}`));
  const rule = applyRules(
    [rolePersons, speakersBeforeRole, namedBodies, cuedPlaces, listedPlaces, ministriesIn],
    paras,
    tokens,
    first,
  );
  const tagged = taggerMentions(paras, tokens, spans, [...first, ...rule]);
  const unknown = [...rule, ...tagged];
  const seen = new Set(first.map((m) => m.entity.id));
  // Surnames of the people this article names in full; a surname two people share is dropped.
  const surnames = new Map<string, GazEntity>();
  const clash = new Set<string>();
  for (const m of [...first, ...unknown]) {
    if (m.entity.type !== "person") continue;
    const norm = normalizeArabic(m.surface);
    const keys = [surnameOf(norm), norm.split(" ").slice(-1)[0] ?? null];
    for (const key of keys) {
      if (!key || key === norm || COMMON_WORDS.has(key)) continue;
      const had = surnames.get(key);
      if (had && had.id !== m.entity.id) clash.add(key);
      else surnames.set(key, m.entity);
    }
  }
  for (const k of clash) surnames.delete(k);
  // The second scan must not read a surname inside the full name it came from.
  const keep = new Set(blocked);
  for (const m of unknown) {
    // A tagger mention that is itself the surname of someone else named in full («أبو زيد»
    // after «أحمد أبو زيد») is left to the scan, which joins it to that person.
    const owner = surnames.get(normalizeArabic(m.surface));
    if (owner && owner.id !== m.entity.id) continue;
    for (let k = m.tokStart; k < m.tokEnd; k++) keep.add(`${m.para}:${k}`);
  }
  const second = scan(paras, tokens, candidates, { seen, surnames, blocked: keep });
  const taken = new Set<string>();
  for (const m of second) for (let k = m.tokStart; k < m.tokEnd; k++) taken.add(`${m.para}:${k}`);
  const extra = unknown.filter((m) => {
    for (let k = m.tokStart; k < m.tokEnd; k++) if (taken.has(`${m.para}:${k}`)) return false;
    return true;
  });
  return [...second, ...extra].sort((a, b) => a.para - b.para || a.start - b.start);
}

/** Group mentions into the Entity list of the facts, in order of first mention. */
/**
 * An English name for an entity no gazetteer knows. People and places have names to
 * transliterate; an organisation's name is mostly words to translate («لجنة الإنقاذ
 * الدولية»), which a letter model would garble, so it is translated when its head noun is a
 * known organisation word, and only a bare name (a club, a brand) is transliterated.
 */
export function englishFor(type: EntityType, ar: string): Pick<GazEntity, "en" | "englishSource"> {
  if (type === "org") {
    const translated = englishOrgName(ar);
    if (translated !== null) return { en: translated, englishSource: "translation" };
  }
  const en = transliterateName(ar);
  return en === "" ? { en: null } : { en, englishSource: "transliteration" };
}

export function toEntities(mentions: readonly Mention[]): Entity[] {
  const byId = new Map<string, { e: GazEntity; count: number; aliases: Map<string, string> }>();
  for (const m of mentions) {
    const slot = byId.get(m.entity.id) ?? { e: m.entity, count: 0, aliases: new Map() };
    slot.count++;
    const key = normalizeArabic(m.surface);
    if (!slot.aliases.has(key) && m.surface !== "") slot.aliases.set(key, m.surface);
    byId.set(m.entity.id, slot);
  }
  return [...byId.values()].map(({ e, count, aliases }) => ({
    type: e.type,
    name: { ar: e.ar, en: e.en },
    mentions: count,
    aliases: [...aliases.values()],
    englishSource: e.englishSource ?? (e.en === null ? null : ("gazetteer" as const)),
    origin: e.origin ?? ("gazetteer" as const),
  }));
}
