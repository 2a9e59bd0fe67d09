/**
 * English names for the entities the gazetteer does not know (rule and tagger mentions, and
 * outlets named in the text).
 */

import type { EntityType } from "../../facts.ts";
import type { GazEntity } from "../gazetteer/index.ts";
import { transliterateName } from "../translit/index.ts";
import { englishOrgName } from "../translit/org-name.ts";

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
