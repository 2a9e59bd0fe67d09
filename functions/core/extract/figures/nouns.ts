/**
 * The nouns that make a number a casualty figure: the groups of people a count may name
 * (and the kind when the noun itself says what happened), duals that count two on their own,
 * and singulars that count one in a breakdown. Kept together because each table is read
 * the same way: a token's clitic-stripped stem looked up in it.
 */

import { FigureKind, FigureUnit } from "../../facts.ts";
import { type CountForm, countNouns, words } from "../lexicon/index.ts";
import type { Token } from "../text/tokenize.ts";
import { stemLookup } from "./stems.ts";

/** A counted noun: which group it names (English when known) and the kind when it says one. */
export interface Noun {
  readonly en: string | null;
  readonly kind: FigureKind | null;
  readonly unit: FigureUnit;
}

/** A count of people that names no group («وجرح العشرات»). */
export const ANYONE: Noun = { en: null, kind: null, unit: "people" };

/**
 * A use of the count nouns (lexicon/count-nouns.json) as a table: each form's group, English
 * name (for breakdown parts: «بينهم 50 طفلا» → children), kind (when the noun itself says what
 * happened) and unit.
 */
function nounTable(forms: readonly CountForm[]): Map<string, Noun> {
  const out = new Map<string, Noun>();
  for (const { key, group } of forms) {
    const kind = FigureKind.nullable().parse(group.kind);
    const had = out.get(key);
    // A form listed twice («ضحية»: people, and killed) keeps the more specific reading.
    if (!had || (had.kind === null && kind !== null))
      out.set(key, { en: group.en ?? had?.en ?? null, kind, unit: FigureUnit.parse(group.unit) });
  }
  return out;
}
/** Counted nouns and duals by normalised form. */
export const PEOPLE = nounTable(countNouns("counted"));
export const DUAL = nounTable(countNouns("dual"));
const dualOf = stemLookup(DUAL);
/** The counted noun a token is, behind a short clitic («ومهاجرين»), or null. */
export const peopleNounAt = stemLookup(PEOPLE);

/** The kind a counted noun at token k states outright («جثث», «قتلى»), if any. */
export function nounKindAt(tokens: readonly Token[], k: number): FigureKind | null {
  return peopleNounAt(tokens[k])?.kind ?? null;
}

/** A dual noun at token k, without the article («قتيلين», «وطفلان»). */
export function dualAt(tokens: readonly Token[], k: number): Noun | null {
  return dualOf(tokens[k]);
}

/** Singular nouns that count one person in a breakdown («بينهم امرأة»). */
const SINGULAR = words("count-nouns", "counts-one");

/** The singular noun a token is, behind at most «و» («وطفل»), or null. */
export function singularAt(t: Token | undefined): string | null {
  if (!t) return null;
  if (SINGULAR.has(t.norm)) return t.norm;
  const bare = t.norm.startsWith("و") ? t.norm.slice(1) : "";
  return SINGULAR.has(bare) ? bare : null;
}
