/**
 * Frequent name parts and the spelling most of their bearers use: «جون» is John for 2,622 of
 * the Wikidata people written so, Jun for 127. A letter model cannot know that (it reads «جون»
 * as Jun, «جورج» as Jorg); the pairs can. A name part enters the table when at least
 * `minPeople` people bear it, one spelling holds at least MIN_SHARE of them, and the model
 * spells it otherwise. Keys are folded as conventional.ts folds them (hamza seats, ى, ة);
 * words with the article are left to the code that writes "al-", and spellings under three
 * letters are left out (initials spelled out, «دبليو» W, and «من» "of" in titles).
 */

import { foldKey } from "../../functions/core/extract/translit/conventional.ts";
import type { Pair } from "./train.ts";

export const MIN_PEOPLE = 20;
export const MIN_SHARE = 0.5;

/** Folded Arabic name part → its most common Latin spelling, capitalised; sorted by key. */
export function frequentForms(
  pairs: readonly Pair[],
  decode: (letters: readonly string[]) => string,
  minPeople = MIN_PEOPLE,
): Record<string, string> {
  const byKey = new Map<string, { letters: readonly string[]; spellings: Map<string, number> }>();
  for (const p of pairs) {
    const key = foldKey(p.letters);
    if (key.startsWith("ال")) continue;
    const entry = byKey.get(key) ?? { letters: p.letters, spellings: new Map<string, number>() };
    entry.spellings.set(p.latin, (entry.spellings.get(p.latin) ?? 0) + p.count);
    byKey.set(key, entry);
  }
  const out: [string, string][] = [];
  for (const [key, { letters, spellings }] of byKey) {
    let total = 0;
    let top = "";
    let topCount = 0;
    for (const [latin, n] of spellings) {
      total += n;
      if (n > topCount || (n === topCount && latin < top)) [top, topCount] = [latin, n];
    }
    if (total < minPeople || topCount < MIN_SHARE * total || top.length < 3) continue;
    if (decode(letters) === top) continue;
    out.push([key, top.charAt(0).toUpperCase() + top.slice(1)]);
  }
  out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(out);
}

/**
 * How often a name part comes out as its bearer spells it, counting people: each pair's
 * bearers are split in two, the table is built from one half (with `minPeople` halved) and
 * scored on the other, against the model alone.
 */
export function heldOutPeople(
  pairs: readonly Pair[],
  decode: (letters: readonly string[]) => string,
): { model: number; withTable: number; people: number } {
  const half = pairs
    .map((p) => ({ ...p, count: Math.floor(p.count / 2) }))
    .filter((p) => p.count > 0);
  const table = frequentForms(half, decode, MIN_PEOPLE / 2);
  let model = 0;
  let withTable = 0;
  let people = 0;
  for (const p of pairs) {
    const n = p.count - Math.floor(p.count / 2);
    const own = decode(p.letters);
    const tabled = table[foldKey(p.letters)]?.toLowerCase() ?? own;
    people += n;
    if (own === p.latin) model += n;
    if (tabled === p.latin) withTable += n;
  }
  return { model: model / people, withTable: withTable / people, people };
}
