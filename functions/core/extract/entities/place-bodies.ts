/**
 * Bodies named with the place they serve: in construct with what they do («قيادة شرطة محافظة
 * ديالى», «دائرة صحة ذي قار», «مكتب الصحة بمحافظة الحديدة»), a municipality by its place
 * («بلدية جنين»), and local government by its two head words («المجلس المحلي لمدينة داريا»).
 * The mention is the body's own words; the place stays a place of its own.
 */

import type { GazEntity } from "../gazetteer/index.ts";
import { table, words } from "../lexicon/index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import { splitsWhere } from "../text/words.ts";
import { orgWordGloss } from "../translit/org-name.ts";
import type { Mention } from "./mention.ts";
import { type CueRule, ruleMention } from "./rules.ts";

const BODY_HEADS = words("org-nouns", "body-head");
const REMIT_HEADS = words("org-nouns", "remit-head");
/** «مكتب», «دائرة», «بلدية»: heads only of a body named with its place. */
const PLACE_BODY_HEADS = words("org-nouns", "place-body-head");
const ARMED_FORCES = words("org-nouns", "armed-forces");
/** «في» between a body's remit and its place. */
const IN_PLACE = words("particles", "ministry-place");

/** An indefinite body head behind at most one clitic letter («وقيادة», «لهيئة»). */
const bodyHeadIndefinite = splitsWhere(
  (c) =>
    c.clitic.length <= 1 &&
    (BODY_HEADS.has(c.stem) || REMIT_HEADS.has(c.stem) || PLACE_BODY_HEADS.has(c.stem)),
);

/**
 * A body named in construct by what it does and the place it serves: «قيادة شرطة محافظة
 * ديالى» (Diyala Police Command), «قيادة عمليات سامراء», «هيئة صحة حلب». An indefinite head, one
 * or two nouns the organisation lexicon glosses, maybe a place noun, then a known place. The
 * mention is the body's words and the place stays a place of its own; the English name is
 * the place's, the nouns' and the head's («قيادة» Command).
 */
export const placeBodies: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    const reading = bodyHeadIndefinite(toks[i] as Token)[0];
    if (!reading || covered.has(i) || localBodyAt(toks, i)) continue;
    const head = orgWordGloss(reading.stem);
    const nouns: string[] = [];
    let k = i + 1;
    // «مكتب الصحة بمحافظة الحديدة»: one definite noun, then the place behind «ب» or «في».
    const linked = linkedRemit(toks, i + 1, covered);
    if (linked) {
      nouns.push(linked.en);
      k = linked.end;
    }
    for (; !linked && k < toks.length && k - i <= 2 && !covered.has(k); k++) {
      const t = toks[k] as Token;
      if (!adjacent(text, toks[k - 1] as Token, t)) break;
      const gloss = orgWordGloss(t.norm);
      if (gloss?.kind !== "noun" || t.norm.startsWith("ال") || PLACE_NOUNS.has(t.norm)) break;
      // «قيادة عمليات بغداد» is the army's, left unnamed as armies are.
      if (ARMED_FORCES.has(t.norm)) {
        nouns.length = 0;
        break;
      }
      nouns.push(gloss.en);
    }
    // «بلدية جنين»: a municipality is named by its place alone.
    const byPlace = nouns.length === 0 && reading.stem === MUNICIPALITY;
    if ((nouns.length === 0 && !byPlace) || !head) continue;
    let at = k;
    const noun = toks[at];
    const bare = noun?.norm.startsWith("ب") ? noun.norm.slice(1) : "";
    if (noun && !covered.has(at) && (PLACE_NOUNS.has(noun.norm) || PLACE_NOUNS.has(bare))) at++;
    const place = covered.get(at);
    if (
      place?.type !== "place" ||
      !place.en ||
      !adjacent(text, toks[at - 1] as Token, toks[at] as Token)
    ) {
      continue;
    }
    let end = at + 1;
    while (covered.get(end) === place) end++;
    const ar = text.slice(
      (toks[i] as Token).start + reading.clitic.length,
      (toks[end - 1] as Token).end,
    );
    const en = [place.en, ...nouns, head.en].join(" ");
    out.push(ruleMention("org", ar, p, toks, i, k, { id: `org:${normalizeArabic(ar)}`, en }));
    i = end - 1;
  }
  return out;
};

const MUNICIPALITY = "بلديه";

/**
 * «الصحة بمحافظة الحديدة», «الصحة في إب»: a definite noun the organisation lexicon glosses at
 * j, then «ب» + a place noun, or «في», before a place the mentions hold: the noun's English
 * and the token the place (or its place noun) starts at.
 */
function linkedRemit(
  toks: readonly Token[],
  j: number,
  covered: ReadonlyMap<number, GazEntity>,
): { en: string; end: number } | null {
  const t = toks[j];
  if (!t?.norm.startsWith("ال") || covered.has(j)) return null;
  const gloss = orgWordGloss(t.norm.slice(2));
  if (gloss?.kind !== "noun") return null;
  const link = toks[j + 1]?.norm ?? "";
  const after = covered.get(j + 2)?.type === "place" || PLACE_NOUNS.has(toks[j + 2]?.norm ?? "");
  if (IN_PLACE.has(link) && after) {
    return { en: gloss.en, end: j + 2 };
  }
  if (link.startsWith("ب") && PLACE_NOUNS.has(link.slice(1))) return { en: gloss.en, end: j + 1 };
  return null;
}

/** Local government bodies by their two head words («المجلس المحلي») → English. */
const LOCAL_BODIES = table<string>("org-nouns", "local-body");
/** Place nouns between a local body and its place: «المجلس المحلي لمدينة داريا». */
const PLACE_NOUNS = words("place-nouns", "naming");

/** The first words of the local bodies' names. */
const LOCAL_FIRST = new Set([...LOCAL_BODIES.keys()].map((k) => k.split(" ")[0] ?? ""));
/** How the first words end (their last three letters). */
const LOCAL_ENDINGS = [...new Set([...LOCAL_FIRST].map((w) => w.slice(-3)))];
/** Readings of a word that are such a first word behind at most one letter («ومديرية»). */
const localFirstReadings = splitsWhere((c) => c.clitic.length <= 1 && LOCAL_FIRST.has(c.stem));

/**
 * The two head words at i as one key, without a joining «و» or a «ب/ل» before them, and the
 * length of that letter (0 or 1).
 */
export function localBodyAt(
  toks: readonly Token[],
  i: number,
): { key: string; clitic: number } | null {
  const t = toks[i];
  // Most words end unlike every first word: turned away before any reading is worked out.
  if (!t || !LOCAL_ENDINGS.some((e) => t.norm.endsWith(e))) return null;
  const reading = localFirstReadings(t)[0];
  if (!reading) return null;
  const key = `${reading.stem} ${toks[i + 1]?.norm ?? ""}`;
  return LOCAL_BODIES.has(key) ? { key, clitic: reading.clitic.length } : null;
}

/**
 * A local body and the place it governs: «المجلس المحلي لمدينة داريا» is Darayya Local
 * Council, «مديرية صحة إدلب» Idlib Health Directorate. As with ministries, the mention is the
 * body's words and the place stays a place of its own; the name keeps the place.
 */
export const localBodies: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    const body = localBodyAt(toks, i);
    if (!body || covered.has(i) || covered.has(i + 1)) continue;
    const { key } = body;
    // «لمدينة», «في مدينة», «ل» alone before the place, or nothing.
    let k = i + 2;
    const joiner = toks[k]?.norm ?? "";
    if (joiner === "في") k++;
    const noun = toks[k]?.norm ?? "";
    const bare = noun.startsWith("ل") ? noun.slice(1) : noun;
    if (!covered.has(k) && PLACE_NOUNS.has(bare)) k++;
    const place = covered.get(k);
    if (place?.type !== "place" || !place.en || k - i > 4) continue;
    const last = toks[k] as Token;
    let end = k + 1;
    while (covered.get(end) === place) end++;
    const ar = text.slice((toks[i] as Token).start + body.clitic, (toks[end - 1] ?? last).end);
    const named = {
      id: `org:${normalizeArabic(key)}@${place.id}`,
      en: `${place.en} ${LOCAL_BODIES.get(key)}`,
    };
    out.push(ruleMention("org", ar, p, toks, i, i + 2, named));
    i += 1;
  }
  return out;
};
