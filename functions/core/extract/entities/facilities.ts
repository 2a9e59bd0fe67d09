/**
 * Hospitals and sites no list knows, read from their own words. A hospital (an organisation)
 * or a site (a place: «جبل الشعانبي», «مطار معيتيقة الدولي», «معسكر زمزم», «ساحة الحبوبي»,
 * «جسر الحلفايا») in construct is
 * named by what follows it — a place («مستشفى العمادية العام»), a person («مستشفى ابن
 * سينا»), words («مشفى المواساة», «مستشفى شهداء الأقصى»), one name-like word («منتجع برخ») —
 * unless that word says what kind or whose it is («مستشفى الأطفال», «مستشفى المدينة»); with
 * the article a hospital is named only by a country's or a region's adjective («المستشفى
 * السعودي», «المستشفى الميداني الأردني»), a site never. Casualty reports name the hospitals
 * that count the dead (their directors speak for them) and the sites where people died.
 */

import type { GazEntity } from "../gazetteer/index.ts";
import { table, words } from "../lexicon/index.ts";
import { isCommonPersonalName, isOrdinaryWord } from "../ner/index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import { splitsWhere } from "../text/words.ts";
import { transliterateName } from "../translit/index.ts";
import { orgWordGloss } from "../translit/org-name.ts";
import type { Mention } from "./mention.ts";
import { ARABIC_WORD, NAME_PARTICLES, NAME_STOP, nameLike, writtenDefinite } from "./name-words.ts";
import { type CueRule, ruleMention } from "./rules.ts";
import { isSpeechWord } from "./saying.ts";

const HEADS = words("org-nouns", "facility-head");
/** Sites and features, with how English writes their names («Mount {}», «{} Airport»). */
const SITES = table<string>("place-nouns", "landmark");
/** Sites speech also names figuratively («ساحة المعركة»): no ordinary word names them. */
const FIGURATIVE = words("place-nouns", "figurative-landmark");
/** «مجمع», «مركز», «مدينة»: a hospital only when a medical adjective ends the name. */
const MEDICAL_HEADS = words("org-nouns", "medical-head");
const ADJECTIVES = words("org-nouns", "facility-adjective");
/** «الطبي», «الصحي»: the adjectives that make a medical head a hospital. */
const MEDICAL = words("org-nouns", "medical-adjective");
const GENERIC = words("org-nouns", "facility-generic");
const TELLING = words("org-nouns", "telling");
/** «الملك» → King, «الشهيد» → Martyr: a title before the name the hospital is given. */
const TITLES = table<string>("role-nouns", "title");

/** A head behind at most two clitic letters («بمستشفى», «والمستشفى»), bare or definite. */
const headReadings = splitsWhere((c) => {
  const stem = c.stem.startsWith("ال") ? c.stem.slice(2) : c.stem;
  const site = c.stem === stem && SITES.has(stem);
  return c.clitic.length <= 2 && (HEADS.has(stem) || MEDICAL_HEADS.has(stem) || site);
});

export const namedFacilities: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const head = toks[i] as Token;
    const reading = headReadings(head)[0];
    if (!reading || covered.has(i)) continue;
    const definite = reading.stem.startsWith("ال");
    const noun = definite ? reading.stem.slice(2) : reading.stem;
    const medical = MEDICAL_HEADS.has(noun);
    const site = !HEADS.has(noun) && !medical ? SITES.get(noun) : undefined;
    const nameEnd = definite
      ? i + 1
      : nameAfter(text, toks, i + 1, covered, !!site, FIGURATIVE.has(noun));
    if (nameEnd === null) continue;
    // The adjectives closing the name: «العام», «المركزي», «الطبي»; after a definite head a
    // country's or region's adjective is the name itself.
    let end = nameEnd;
    let telling = false;
    let medicalEnd = false;
    while (end < toks.length && end - nameEnd < 3) {
      const t = toks[end] as Token;
      if (covered.has(end) || !adjacent(text, toks[end - 1] as Token, t)) break;
      const gloss = definite && t.norm.startsWith("ال") ? orgWordGloss(t.norm.slice(2)) : null;
      const tells = gloss?.kind === "adjective" && (!!gloss.country || TELLING.has(gloss.en));
      if (!ADJECTIVES.has(t.norm) && !tells) break;
      telling ||= tells;
      medicalEnd = MEDICAL.has(t.norm);
      end++;
    }
    if ((definite && !telling) || (medical && !medicalEnd)) continue;
    const ar = text.slice(head.start + reading.clitic.length, (toks[end - 1] as Token).end);
    // A place or person inside the name stays an entity of its own: the mention holds the
    // head alone, as a local body's holds its own words («المجلس المحلي لمدينة داريا»).
    const inner = !definite && covered.has(i + 1);
    const type = site ? "place" : "org";
    const en = definite ? null : englishName(toks, i, nameEnd, end, covered, site ?? noun);
    const named = en ? { id: `${type}:${normalizeArabic(ar)}`, en } : undefined;
    out.push(ruleMention(type, ar, p, toks, i, inner ? i + 1 : end, named));
    i = end - 1;
  }
  return out;
};

/**
 * Where the name after an indefinite head at j ends, or null when no name follows: a known
 * place or person (for a hospital; a site named by its town is that town's), «ابن/أبو» and a
 * word, a title and the name it is given («الملك فهد»), up to two words in construct ending
 * on a definite one («شهداء الأقصى», «المواساة») that is no kind of hospital («الأطفال»), or
 * one name-like word the name does not go on from («منتجع برخ»).
 */
function nameAfter(
  text: string,
  toks: readonly Token[],
  j: number,
  covered: ReadonlyMap<number, GazEntity>,
  site: boolean,
  figurative = false,
): number | null {
  const first = toks[j];
  if (!first || !adjacent(text, toks[j - 1] as Token, first)) return null;
  const known = covered.get(j);
  if (known) return site ? null : knownNameEnd(first, j, known, covered);
  if (NAME_PARTICLES.has(first.norm)) {
    // «ابن سينا», «أبو يوسف»: the particle and the word after it.
    const next = toks[j + 1];
    if (!next || covered.has(j + 1) || !adjacent(text, first, next)) return null;
    return nameWord(next) ? j + 2 : null;
  }
  if (TITLES.has(first.norm)) return titledNameEnd(text, toks, j, covered);
  for (let k = j; k < toks.length && k - j < 3; k++) {
    const t = toks[k] as Token;
    if (k > j && (covered.has(k) || !adjacent(text, toks[k - 1] as Token, t))) return null;
    if (!nameWord(t)) return null;
    // The word ending the name has the article, and no preposition before it («بالقرب»).
    if (t.norm.startsWith("ال")) {
      // «ساحة المعركة», «جسر الثقة»: a site is not named by a word the tagger's training text
      // only ever reads as ordinary («ميدان التحرير», «جسر الزيتون» are, in names there).
      const ordinary = figurative && isOrdinaryWord(t.norm);
      return GENERIC.has(t.norm) || ADJECTIVES.has(t.norm) || ordinary ? null : k + 1;
    }
    // No adjective («ميداني», «رائع»), ordinary word («تدريب») or clitic («بجوار») before it.
    if (/ي$/.test(t.norm) || isOrdinaryWord(t.norm) || writtenDefinite(t)) return null;
    if (/^[بلك]/.test(t.norm) && !nameLike(t, null)) return null;
    // «منتجع برخ», «مستشفى ناصر»: one name-like word that nothing name-like goes on from
    // (an adjective of the name may: «مطار معيتيقة الدولي»).
    const next = toks[k + 1];
    const goesOn =
      !!next && adjacent(text, t, next) && !ADJECTIVES.has(next.norm) && nameWord(next);
    if (k === j && !goesOn && nameLike(t, null)) return k + 1;
  }
  return null;
}

/** A word that may stand in a name: letters only, no particle or verb of saying, no «و» joining. */
function nameWord(t: Token): boolean {
  if (!ARABIC_WORD.test(t.norm) || NAME_STOP.has(t.norm) || isSpeechWord(t)) return false;
  // «جبل ومحمود»: «و» joins another noun, unless the name is one («وليد»).
  return !t.norm.startsWith("و") || isCommonPersonalName(t.norm);
}

/** The end of a known place or person naming a hospital, or null when a preposition is before it. */
function knownNameEnd(
  first: Token,
  j: number,
  known: GazEntity,
  covered: ReadonlyMap<number, GazEntity>,
): number | null {
  if (known.type !== "place" && known.type !== "person") return null;
  // «مستشفى بتندوف», «مستشفى في حلب»: a place behind a preposition is where it stands.
  const bare = normalizeArabic(known.ar).split(" ")[0] ?? "";
  if (first.norm !== bare && first.norm.endsWith(bare.replace(/^ال/, ""))) return null;
  let end = j + 1;
  while (covered.get(end) === known) end++;
  return end;
}

/** «مستشفى الملك فهد»: a title at j and the one or two name words after it. */
function titledNameEnd(
  text: string,
  toks: readonly Token[],
  j: number,
  covered: ReadonlyMap<number, GazEntity>,
): number | null {
  let end = j + 1;
  while (end < j + 3 && toks[end] && !covered.has(end)) {
    const w = toks[end] as Token;
    if (!adjacent(text, toks[end - 1] as Token, w) || !nameLike(w, toks[end - 1]?.norm ?? null)) {
      break;
    }
    end++;
  }
  return end === j + 1 ? null : end;
}

/**
 * A named hospital's English as English writes it: the name, its adjectives, then the head
 * («مستشفى الملك فهد المركزي» → King Fahd Central Hospital); null when a word has no gloss.
 */
function englishName(
  toks: readonly Token[],
  i: number,
  nameEnd: number,
  end: number,
  covered: ReadonlyMap<number, GazEntity>,
  head: string,
): string | null {
  // A site's English pattern («Mount {}»), else the hospital's head noun glossed.
  const pattern = head.includes("{}") ? head : orgWordGloss(head)?.en;
  if (!pattern) return null;
  const known = covered.get(i + 1);
  let name = known?.en ?? null;
  if (!known) {
    const title = TITLES.get(toks[i + 1]?.norm ?? "");
    const rest = toks
      .slice(title ? i + 2 : i + 1, nameEnd)
      .map((t) => t.text)
      .join(" ");
    const spelled = transliterateName(rest);
    if (spelled === "") return null;
    name = title ? `${title} ${spelled}` : spelled;
  }
  if (!name) return null;
  const adjectives: string[] = [];
  for (let k = nameEnd; k < end; k++) {
    const gloss = orgWordGloss((toks[k] as Token).norm.slice(2));
    if (!gloss) return null;
    adjectives.push(gloss.en);
  }
  const named = [name, ...adjectives].join(" ");
  const en = pattern.includes("{}") ? pattern.replace("{}", named) : `${named} ${pattern}`;
  return en.charAt(0).toUpperCase() + en.slice(1);
}
