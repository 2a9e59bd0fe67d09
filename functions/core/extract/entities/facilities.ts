/**
 * Hospitals no list knows, read from their own words. A hospital in construct is named by
 * what follows it — a place («مستشفى العمادية العام»), a person («مستشفى ابن سينا»), a word
 * («مشفى المواساة», «مستشفى شهداء الأقصى») — unless that word says what kind or whose it is
 * («مستشفى الأطفال», «مستشفى المدينة»); with the article it is named only by a country's or a
 * region's adjective («المستشفى السعودي», «المستشفى الميداني الأردني»). Casualty reports name
 * the hospitals that count the dead, and their directors speak for them.
 */

import type { GazEntity } from "../gazetteer/index.ts";
import { table, words } from "../lexicon/index.ts";
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
/** «مجمع», «مركز», «مدينة»: a hospital only when a medical adjective ends the name. */
const MEDICAL_HEADS = words("org-nouns", "medical-head");
const ADJECTIVES = words("org-nouns", "facility-adjective");
const MEDICAL = new Set(["الطبي", "الطبيه", "الصحي"]);
const GENERIC = words("org-nouns", "facility-generic");
const TELLING = words("org-nouns", "telling");
/** «الملك» → King, «الشهيد» → Martyr: a title before the name the hospital is given. */
const TITLES = table<string>("role-nouns", "title");

/** A head behind at most two clitic letters («بمستشفى», «والمستشفى»), bare or definite. */
const headReadings = splitsWhere((c) => {
  const stem = c.stem.startsWith("ال") ? c.stem.slice(2) : c.stem;
  return c.clitic.length <= 2 && (HEADS.has(stem) || MEDICAL_HEADS.has(stem));
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
    const nameEnd = definite ? i + 1 : nameAfter(text, toks, i + 1, covered);
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
    const en = definite ? null : englishName(toks, i, nameEnd, end, covered);
    const named = en ? { id: `org:${normalizeArabic(ar)}`, en } : undefined;
    out.push(ruleMention("org", ar, p, toks, i, inner ? i + 1 : end, named));
    i = end - 1;
  }
  return out;
};

/**
 * Where the name after an indefinite head at j ends, or null when no name follows: a known
 * place or person, «ابن/أبو» and a word, or up to two words in construct ending on a definite
 * one («شهداء الأقصى», «المواساة») that is no kind of hospital («الأطفال»).
 */
function nameAfter(
  text: string,
  toks: readonly Token[],
  j: number,
  covered: ReadonlyMap<number, GazEntity>,
): number | null {
  const first = toks[j];
  if (!first || !adjacent(text, toks[j - 1] as Token, first)) return null;
  const known = covered.get(j);
  if (known) {
    if (known.type !== "place" && known.type !== "person") return null;
    // «مستشفى بتندوف», «مستشفى في حلب»: a place behind a preposition is where it stands,
    // not its name.
    const bare = normalizeArabic(known.ar).split(" ")[0] ?? "";
    if (first.norm !== bare && first.norm.endsWith(bare.replace(/^ال/, ""))) return null;
    let end = j + 1;
    while (covered.get(end) === known) end++;
    return end;
  }
  for (let k = j; k < toks.length && k - j < 3; k++) {
    const t = toks[k] as Token;
    if (k > j && (covered.has(k) || !adjacent(text, toks[k - 1] as Token, t))) return null;
    if (!ARABIC_WORD.test(t.norm) || NAME_STOP.has(t.norm) || isSpeechWord(t)) return null;
    // «ابن سينا», «أبو يوسف»: the particle and the word after it.
    if (k === j && NAME_PARTICLES.has(t.norm)) {
      const next = toks[k + 1];
      if (!next || covered.has(k + 1) || !adjacent(text, t, next)) return null;
      return ARABIC_WORD.test(next.norm) && !NAME_STOP.has(next.norm) ? k + 2 : null;
    }
    if (writtenDefinite(t)) {
      if (GENERIC.has(t.norm) || ADJECTIVES.has(t.norm)) return null;
      // «مستشفى الملك فهد»: a title goes on to the name it is given to.
      let end = k + 1;
      if (TITLES.has(t.norm)) {
        while (end < k + 3 && toks[end] && !covered.has(end)) {
          const w = toks[end] as Token;
          if (
            !adjacent(text, toks[end - 1] as Token, w) ||
            !nameLike(w, toks[end - 1]?.norm ?? null)
          )
            break;
          end++;
        }
        if (end === k + 1) return null;
      }
      return end;
    }
    // An indefinite adjective («مستشفى ميداني») is no name's first word.
    if (/ي$/.test(t.norm)) return null;
  }
  return null;
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
): string | null {
  const head = orgWordGloss(headReadings(toks[i] as Token)[0]?.stem ?? "");
  if (!head) return null;
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
  const en = [name, ...adjectives, head.en].join(" ");
  return en.charAt(0).toUpperCase() + en.slice(1);
}
