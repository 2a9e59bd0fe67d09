/**
 * Cue rules: readers that find names no list knows from the words around them (a role before
 * a person, a head noun before an organisation, a place noun before a place). Each reads one
 * paragraph at a time and never claims a token an earlier mention holds.
 */

import type { EntityType } from "../../facts.ts";
import type { GazEntity } from "../gazetteer/index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";
import { englishFor } from "./english.ts";
import type { Mention } from "./mention.ts";

/** The entity each token of each paragraph already belongs to, in one pass over `known`. */
export function coveredByPara(known: readonly Mention[], paras: number): Map<number, GazEntity>[] {
  const covered = Array.from({ length: paras }, () => new Map<number, GazEntity>());
  for (const m of known) {
    const map = covered[m.para];
    if (map) for (let k = m.tokStart; k < m.tokEnd; k++) map.set(k, m.entity);
  }
  return covered;
}

/**
 * A mention found by a cue rule: tokens [tokStart, tokEnd) of paragraph p, written `ar`;
 * `named` when the rule knows more than the words (whose English, which entity).
 */
export function ruleMention(
  type: EntityType,
  ar: string,
  p: number,
  toks: readonly Token[],
  tokStart: number,
  tokEnd: number,
  named?: { readonly id: string; readonly en: string },
): Mention {
  return {
    entity: {
      id: named?.id ?? `${type}:${normalizeArabic(ar)}`,
      type,
      ar,
      origin: "rule",
      ...(named ? { en: named.en, englishSource: "translation" as const } : englishFor(type, ar)),
    },
    para: p,
    start: toks[tokStart]?.start ?? 0,
    end: toks[tokEnd - 1]?.end ?? 0,
    tokStart,
    tokEnd,
    surface: ar,
  };
}

/**
 * A cue rule reads one paragraph: its text, index, tokens and the entity each token already
 * belongs to (rules never claim those), and returns the mentions it finds.
 */
export type CueRule = (
  text: string,
  p: number,
  toks: readonly Token[],
  covered: ReadonlyMap<number, GazEntity>,
) => Mention[];

/** Every paragraph through each rule, after the mentions already `known`. */
export function applyRules(
  rules: readonly CueRule[],
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
  known: readonly Mention[],
): Mention[] {
  const covered = coveredByPara(known, paras.length);
  return rules.flatMap((rule) =>
    paras.flatMap((text, p) => rule(text, p, tokens[p] ?? [], covered[p] ?? new Map())),
  );
}

/** Only spaces or one comma between two words: the separator of a list of names. */
export function listSeparator(text: string, a: Token, b: Token): boolean {
  let commas = 0;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x60c || c === 0x2c) commas++;
    else if (c !== 0x20 && c !== 0xa0) return false;
  }
  return commas <= 1;
}
