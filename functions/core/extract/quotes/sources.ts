/**
 * Sources by description: a speech verb's subject that is someone no entity names («مصدر
 * أمني», «سيدة من سكان الحي», «أحد الناجين», «قائد ميداني في حركة…»), unless the phrase goes on
 * to name the person («عضو في وفد حماس أسامة حمدان»). The answer when a cue's subject is such a
 * source, and why (attribution.ts).
 */

import { PEOPLE_NOUNS, ROLE_WORDS } from "../entities/name-words.ts";
import type { GazEntity } from "../gazetteer/index.ts";
import { words } from "../lexicon/index.ts";
import type { Paragraph } from "./context.ts";
import { collect } from "./speakers.ts";

/** Indefinite sources as a cue's subject: «مسؤول في…», «مصادر مقربة من…», «ناشطون». */
const UNNAMED_SOURCES = words("role-nouns", "unnamed-source");
/** «أحد», «إحدى»: one of a group («وقال أحد السكان»). */
const ONE_OF = words("role-nouns", "one-of");

/**
 * Step 2's answer when the cue's subject is someone no entity names, with the reason: an
 * indefinite source («مصدر»), a relayed clause's or a relay's («عن») unnamed subject, a
 * place speaking, a subject that is no name, or a role nobody introduced by name.
 */
export type UnnamedWhy = "source" | "relayed" | "relay" | "place" | "subject" | "role";
export interface Unnamed {
  readonly unnamed: UnnamedWhy;
}
export const unnamed = (why: UnnamedWhy): Unnamed => UNNAMED_BY[why];
const UNNAMED_BY: Readonly<Record<UnnamedWhy, Unnamed>> = {
  source: { unnamed: "source" },
  relayed: { unnamed: "relayed" },
  relay: { unnamed: "relay" },
  place: { unnamed: "place" },
  subject: { unnamed: "subject" },
  role: { unnamed: "role" },
};
export const isUnnamed = (x: GazEntity | Unnamed | null): x is Unnamed =>
  x !== null && "unnamed" in x;

/**
 * A cue's subject at j that is a source by description: «وقالت مصادر مقربة من بري إنه…» is
 * someone unnamed whoever its phrase names; «وأكد عضو في وفد حماس أسامة حمدان…» is the member
 * it names (before `to`), «قائد ميداني في حركة…» someone unnamed, not the body. Undefined when
 * the subject is no such source.
 */
export function sourceSubject(
  p: Paragraph,
  j: number,
  to: number,
): GazEntity | Unnamed | undefined {
  // «مسؤول المكتب الإعلامي في الدفاع المدني، محمد الحمادي»: a source noun in construct is a
  // role that may name its holder; alone («مسؤول أمني») it never does.
  if (unnamedSource(p, j) && !inConstruct(p, j)) return unnamed("source");
  if (!unnamedSource(p, j) && !indefiniteRole(p, j) && !indefinitePerson(p, j)) return undefined;
  const member = collect(p, j, to, true).find((m) => m.entity.type === "person");
  return member?.entity ?? unnamed("source");
}

/**
 * An unnamed source at j: «مصدر», «مسؤولون», «ناشطون»…, and the plural or «المصدر» that
 * names them again («ولخصت المصادر…»; a singular «المسؤول» may point back to someone named).
 */
function unnamedSource(p: Paragraph, j: number): boolean {
  const w = p.tokens[j]?.norm ?? "";
  if (UNNAMED_SOURCES.has(w)) return true;
  if (!w.startsWith("ال") || p.named[j] === 1 || !UNNAMED_SOURCES.has(w.slice(2))) return false;
  return w === "المصدر" || w === "المصادر" || /(ون|ين|اء)$/.test(w) || w === "الشهود";
}

/**
 * Is the subject at j someone unnamed: an unnamed source, or an indefinite role that names no
 * member before k («قائد ميداني في حركة…»; not «عضو في وفد حماس أسامة حمدان»)?
 */
export function unnamedAt(p: Paragraph, j: number, k: number): boolean {
  return isUnnamed(sourceSubject(p, j, k) ?? null);
}

/** An indefinite noun at j followed by a definite one: a construct («مسؤول المكتب»). */
function inConstruct(p: Paragraph, j: number): boolean {
  const w = p.tokens[j]?.norm ?? "";
  return !w.startsWith("ال") && (p.tokens[j + 1]?.norm ?? "").startsWith("ال");
}

/**
 * Someone described, not named, at j: «سيدة من سكان الحي», «شاب», «أحد الصيادين الناجين»
 * (an indefinite noun of people, or «أحد» before a definite noun). Told an outlet after it
 * («لمراسلة سانا»), they are still the one speaking.
 */
function indefinitePerson(p: Paragraph, j: number): boolean {
  if (p.named[j] === 1) return false;
  const w = p.tokens[j]?.norm ?? "";
  if (ONE_OF.has(w)) return (p.tokens[j + 1]?.norm ?? "").startsWith("ال");
  return PEOPLE_NOUNS.has(w) && !w.startsWith("ال");
}

/**
 * An indefinite role noun at j described as such: by an indefinite adjective of origin or
 * kind («قائد ميداني», «ناطق عسكري») or by «في» («قيادي في حماس»). A construct
 * («قائد الحرس الثوري محمد جعفري», «رئيس وزراء بريطانيا») goes on to a name and is not one.
 */
function indefiniteRole(p: Paragraph, j: number): boolean {
  // Role nouns' indefinite forms («قائد», «مسؤولة») start an unnamed source's phrase.
  const role = p.tokens[j]?.norm ?? "";
  if (!ROLE_WORDS.has(role) || role.startsWith("ال")) return false;
  const next = p.tokens[j + 1]?.norm ?? "";
  if (next === "في") return true;
  return p.named[j + 1] !== 1 && !next.startsWith("ال") && next.length >= 4 && /يه?$/.test(next);
}
