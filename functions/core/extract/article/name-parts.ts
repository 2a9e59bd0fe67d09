/**
 * The people an article has named so far, by the words of their names: a speech verb's
 * subject that is a family name of a person named before («وقال هاولز» after «كيم هاولز»,
 * «وقال الأسد» after «بشار الأسد») is that person, when no one else named so far shares the
 * word. Name particles («أبو», «عبد», «بن») and words of two letters say nothing on their own.
 */
import type { Mention } from "../entities/index.ts";
import type { GazEntity } from "../gazetteer/index.ts";
import { words } from "../lexicon/index.ts";
import { normalizeArabic } from "../text/normalize.ts";

const NAME_PARTICLES = words("particles", "name-particle");

interface Seen {
  readonly entity: GazEntity;
  readonly para: number;
  readonly tokEnd: number;
}

export interface NameParts {
  /** Records a paragraph's person mentions (call in paragraph order). */
  add(mentions: readonly Mention[]): void;
  /** The one person named before token k of paragraph `para` with `word` in their name. */
  personAt(word: string, para: number, k: number): GazEntity | null;
}

/**
 * The words of a name worth recognising alone: those after the first (a family name, «هاولز»,
 * «الأسد»). A first name alone is more often someone else's family name («بشار» is Bashar
 * al-Assad's first name and Abdulhakim Bashar's family name).
 */
function partsOf(name: string): string[] {
  return normalizeArabic(name)
    .split(/\s+/)
    .slice(1)
    .filter((w) => w.length > 2 && !NAME_PARTICLES.has(w));
}

/** The name words of each entity (by id), worked out once. */
const partsByEntity = new Map<string, readonly string[]>();
function entityParts(e: GazEntity): readonly string[] {
  let parts = partsByEntity.get(e.id);
  if (!parts) {
    parts = partsOf(e.ar);
    if (partsByEntity.size > 50_000) partsByEntity.clear();
    partsByEntity.set(e.id, parts);
  }
  return parts;
}

export function nameParts(): NameParts {
  const byWord = new Map<string, Seen[]>();
  return {
    add(mentions) {
      for (const m of mentions) {
        if (m.entity.type !== "person") continue;
        const seen = { entity: m.entity, para: m.para, tokEnd: m.tokEnd };
        for (const w of new Set([...entityParts(m.entity), ...partsOf(m.surface)])) {
          const list = byWord.get(w) ?? [];
          list.push(seen);
          byWord.set(w, list);
        }
      }
    },
    personAt(word, para, k) {
      const before = (byWord.get(word) ?? []).filter(
        (s) => s.para < para || (s.para === para && s.tokEnd <= k),
      );
      const ids = new Set(before.map((s) => s.entity.id));
      return ids.size === 1 ? (before[0]?.entity ?? null) : null;
    },
  };
}
