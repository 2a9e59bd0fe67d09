/**
 * The people an article has named so far, by the words of their names: a speech verb's
 * subject that is a family name of a person named before («وقال هاولز» after «كيم هاولز»,
 * «وقال الأسد» after «بشار الأسد») is that person, when no one else named so far shares the
 * word. Failing a family name, a first name («ويقول يحيى» after «يحيى بيرت») is the one
 * person named so far with that first name and no one with it as a family name, unless the
 * person is a public figure the gazetteer lists (news copy calls them by family name) whose
 * first name is another listed person's family name («بشار»: Abdulhakim Bashar). Name
 * particles («أبو», «عبد», «بن») and words of two letters say nothing on their own.
 * Bodies are named back by their head noun: «وتابعت الوزارة» is the last ministry named.
 */
import type { Mention } from "../entities/index.ts";
import { type GazEntity, isListedSurname } from "../gazetteer/index.ts";
import { words } from "../lexicon/index.ts";
import { boundedMemo } from "../memo.ts";
import { normalizeArabic } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";

const NAME_PARTICLES = words("particles", "name-particle");

interface Seen {
  readonly entity: GazEntity;
  readonly para: number;
  readonly tokEnd: number;
}

export interface NameParts {
  /**
   * Records a paragraph's person and body mentions (call in paragraph order), with the
   * paragraph's tokens: a body named after its head noun («فريق "منسقو استجابة سوريا"») is
   * filed under that noun too.
   */
  add(mentions: readonly Mention[], tokens?: readonly Token[]): void;
  /**
   * The one person named before token k of paragraph `para` with `word` in their name; or,
   * for a definite head noun («الوزارة»), the last body named before with that head.
   */
  personAt(word: string, para: number, k: number): GazEntity | null;
}

/** Head nouns a definite subject may refer back by («وتابعت الوزارة»). */
const BODY_HEADS = words("org-nouns", "back-reference-head");

/** The head noun of a body's name, when it is one a definite subject refers back by. */
const headOf = boundedMemo((name: string): string | null => {
  const space = name.indexOf(" ");
  const first = normalizeArabic(space < 0 ? name : name.slice(0, space));
  return BODY_HEADS.has(first) ? first : null;
});

const worthAlone = (w: string) => w.length > 2 && !NAME_PARTICLES.has(w);

/**
 * The words of a name worth recognising alone: `family`, those after the first («هاولز»,
 * «الأسد»), the first choice, since a first name alone is more often someone else's family
 * name («بشار» is Bashar al-Assad's first name and Abdulhakim Bashar's family name); and
 * `first`, the first word of a name of two words or more.
 */
interface Words {
  readonly family: readonly string[];
  readonly first: readonly string[];
}

function wordsOf(name: string): Words {
  const ws = normalizeArabic(name).split(/\s+/);
  const head = ws[0] ?? "";
  return {
    family: ws.slice(1).filter(worthAlone),
    first: ws.length > 1 && worthAlone(head) ? [head] : [],
  };
}

/** The name words of each name, worked out once. */
const wordsOfName = boundedMemo(wordsOf);

export function nameParts(): NameParts {
  const byWord = new Map<string, Seen[]>();
  const byFirst = new Map<string, Seen[]>();
  const file = (index: Map<string, Seen[]>, w: string, seen: Seen) => {
    const list = index.get(w) ?? [];
    list.push(seen);
    index.set(w, list);
  };
  /** The one person named before (para, k) under `word` in `index`, else null. */
  const oneBefore = (index: Map<string, Seen[]>, word: string, para: number, k: number) => {
    const before = (index.get(word) ?? []).filter(
      (s) => s.para < para || (s.para === para && s.tokEnd <= k),
    );
    const ids = new Set(before.map((s) => s.entity.id));
    return { ids, entity: ids.size === 1 ? (before[0]?.entity ?? null) : null };
  };
  /** Bodies by head noun, in the order named. */
  const byHead = new Map<string, Seen[]>();
  /** The last body named before (para, k) with the head of the definite `word`. */
  const bodyBefore = (word: string, para: number, k: number) => {
    if (!word.startsWith("ال")) return null;
    const before = (byHead.get(word.slice(2)) ?? []).filter(
      (s) => s.para < para || (s.para === para && s.tokEnd <= k),
    );
    return before.at(-1)?.entity ?? null;
  };
  return {
    add(mentions, tokens) {
      for (const m of mentions) {
        if (m.entity.type === "org") {
          const seen = { entity: m.entity, para: m.para, tokEnd: m.tokEnd };
          const before = tokens?.[m.tokStart - 1]?.norm ?? "";
          const named = BODY_HEADS.has(before) ? before : null;
          for (const h of new Set([headOf(m.entity.ar), headOf(m.surface), named])) {
            if (h) file(byHead, h, seen);
          }
        }
        if (m.entity.type !== "person") continue;
        const seen = { entity: m.entity, para: m.para, tokEnd: m.tokEnd };
        const own = wordsOfName(m.entity.ar);
        const written = m.surface === m.entity.ar ? own : wordsOf(m.surface);
        for (const w of new Set([...own.family, ...written.family])) file(byWord, w, seen);
        for (const w of new Set([...own.first, ...written.first])) file(byFirst, w, seen);
      }
    },
    personAt(word, para, k) {
      const family = oneBefore(byWord, word, para, k);
      if (family.ids.size > 0) return family.entity;
      // Public figures (the gazetteer's people) go by family name in news copy: «بشار» is
      // not al-Assad. People the text introduces may go by first name («يقول يحيى»).
      // A listed figure's first name that is nobody's family name («هيلاري», not «بشار»:
      // Abdulhakim Bashar) is theirs once the article has named them.
      const first = oneBefore(byFirst, word, para, k).entity;
      if (first && (first.origin || !isListedSurname(word))) return first;
      return bodyBefore(word, para, k);
    },
  };
}
