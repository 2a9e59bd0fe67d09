/**
 * The Entity records of the facts: one per entity, counted over all its mentions, with every
 * way the article wrote it as an alias.
 */

import type { Entity } from "../../facts.ts";
import type { GazEntity } from "../gazetteer/index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import type { Mention } from "./mention.ts";

/** Group mentions into the Entity list of the facts, in order of first mention. */
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
