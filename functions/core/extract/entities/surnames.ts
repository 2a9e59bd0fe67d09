/**
 * Surname joining: the surnames of the people an article names in full, so that the second
 * gazetteer scan reads a later «بشار» or «أبو زيد» as that person, and the tokens that scan
 * must leave alone (a surname is not read inside the full name it came from).
 */

import { COMMON_WORDS, type GazEntity, gazetteerWordRoles, surnameOf } from "../gazetteer/index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import type { Mention } from "./mention.ts";

/** Surnames of the people this article names in full; a surname two people share is dropped. */
export function documentSurnames(mentions: readonly Mention[]): Map<string, GazEntity> {
  const surnames = new Map<string, GazEntity>();
  const clash = new Set<string>();
  for (const m of mentions) {
    if (m.entity.type !== "person") continue;
    const norm = normalizeArabic(m.surface);
    const words = norm.split(" ");
    // «عبد الله», «عبد العزيز»: the word after «عبد» is a name of God, never a person's name
    // alone, and neither is «الله» («ابوعبد الله» fused).
    const last = words.at(-1);
    const lastAlone = words[words.length - 2] === "عبد" || last === "الله";
    const keys = [surnameOf(norm), last ?? null, kunyaOf(norm)].filter(
      (k) => k !== last || !lastAlone,
    );
    for (const key of keys) {
      if (!key || key === norm || COMMON_WORDS.has(key)) continue;
      const had = surnames.get(key);
      if (had && had.id !== m.entity.id) clash.add(key);
      else surnames.set(key, m.entity);
    }
  }
  for (const k of clash) surnames.delete(k);
  return surnames;
}

/**
 * «التركي», «المصري»: the adjective of a listed place, which a family name may be («أبو حمزة
 * المصري»); «الجعفري», «القرضاوي» are not.
 */
export function placeNisba(norm: string): boolean {
  const stem = /^ال(.{2,})ي$/.exec(norm)?.[1];
  if (!stem) return false;
  return [stem, `${stem}يا`, `${stem}ا`, `ال${stem}`].some((w) =>
    gazetteerWordRoles(w).includes("place:only"),
  );
}

/** «ابو», «ام»: a kunya's first word. */
const KUNYA = new Set(["ابو", "ام"]);

/**
 * The kunya a longer name opens with, by which the text may go on to call its bearer: «ابو عبد
 * الله» of «أبو عبد الله التركي», «ابو حمزة» of «ابو حمزة المصري». Null for other names.
 */
export function kunyaOf(norm: string): string | null {
  const words = norm.split(" ");
  if (!KUNYA.has(words[0] ?? "")) return null;
  const size = words[1] === "عبد" ? 3 : 2;
  return words.length > size ? words.slice(0, size).join(" ") : null;
}

/**
 * The "para:token" keys the second scan may not read: those already `blocked`, and the words
 * of each rule or tagger mention (`unknown`) that is not itself someone else's surname.
 */
export function secondScanBlocked(
  blocked: ReadonlySet<string>,
  unknown: readonly Mention[],
  surnames: ReadonlyMap<string, GazEntity>,
): Set<string> {
  const keep = new Set(blocked);
  for (const m of unknown) {
    // A tagger mention that is itself the surname of someone else named in full («أبو زيد»
    // after «أحمد أبو زيد») is left to the scan, which joins it to that person.
    const owner = surnames.get(normalizeArabic(m.surface));
    if (owner && owner.id !== m.entity.id) continue;
    for (let k = m.tokStart; k < m.tokEnd; k++) keep.add(`${m.para}:${k}`);
  }
  return keep;
}
