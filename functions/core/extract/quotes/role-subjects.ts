/**
 * Role nouns as a speech verb's subject («وقال الوزير…»): a bare one means the speaker in
 * play; with an adjective («قال الوزير التركي») it is the person a phrase with those words
 * introduced (entities/roles.ts); described further and matching nobody, someone new whom no entity
 * names.
 */

import { DEFINITE_NISBA } from "../entities/roles.ts";
import type { GazEntity } from "../gazetteer/index.ts";
import { words } from "../lexicon/index.ts";
import type { Token } from "../text/tokenize.ts";
import type { QuoteContext } from "./context.ts";

/** Definite role nouns that refer back to someone already named («وقال الوزير…»). */
export const BACK_REFERENCES = words("role-nouns", "back-reference");

/**
 * «قال الوزير التركي», «قال المبعوث الخاص»: the subject is a role naming someone introduced
 * before. Only with a definite adjective (a nisba or another: «الخاص», «السامي»), which the
 * introducing phrase must hold: a bare «وقال الوزير» means the minister in play, who may have
 * been introduced beyond the phrase window («وزير الشؤون المغاربية والاتحاد الإفريقي …، السيد
 * عبد القادر مساهل») while another minister's introduction is on record.
 */
export function backReference(para: QuoteContext, k: number): GazEntity | null {
  const t = para.tokens[k];
  if (!t || !BACK_REFERENCES.has(t.norm) || !para.pointBack) return null;
  return para.tokens[k + 1]?.norm.startsWith("ال") ? para.pointBack(k) : null;
}

/** Words that go on describing a role: «النائب في كتلة…», «المتحدث باسم…», «السفير لدى…». */
const ROLE_COMPLEMENTS = words("particles", "role-complement");

/**
 * A role noun at j described further («قال النائب في كتلة الوفاء…», «قال الوزير الفرنسي») that
 * pointed back to nobody (the caller tried): someone new whom no entity names, not the
 * speaker in play. A bare «قال الوزير» still means the one in play.
 */
export function describedRole(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1]?.norm ?? "";
  return (
    BACK_REFERENCES.has(tokens[j]?.norm ?? "") &&
    (ROLE_COMPLEMENTS.has(next) || DEFINITE_NISBA.test(next))
  );
}

/**
 * The subject at k is one word of a person named before («وقال هاولز» after «كيم هاولز»,
 * «يقول السيد ناصر» after «ناصر الطبسي»): that person. Asked only when no mention stands there.
 */
export function namePartReference(para: QuoteContext, k: number): GazEntity | null {
  const named = para.namePart?.(k) ?? null;
  if (named || !HONORIFICS.has(para.tokens[k]?.norm ?? "")) return named;
  return para.namePart?.(k + 1) ?? null;
}

/** «السيد», «الشيخ»: a title before the name word («يقول السيد ناصر»). */
const HONORIFICS = words("role-nouns", "honorific");
