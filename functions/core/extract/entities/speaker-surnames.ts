/**
 * People the text names in full once and then by family name as a speech verb's subject:
 * «الإعلامي البارز تيم سيباستيان …» and later «وقال سيباستيان "…"». Neither the lists nor
 * the tagger may know «تيم سيباستيان», but a family name no list knows right after «قال» is
 * someone's, and the first name before its earlier use says whose. The full name becomes a
 * person (then the bare family name is linked to it like any surname).
 *
 * Work is bounded: at most MAX_SURNAMES family names an article (of at most ten times as many
 * words after a speech verb looked at), all looked for in one pass.
 */

import { COMMON_WORDS } from "../gazetteer/index.ts";
import { isCommonPersonalName } from "../ner/index.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import type { Mention } from "./mention.ts";
import { isDefinite, NAME_PARTICLES, nameLike, ROLE_WORDS } from "./name-words.ts";
import { coveredByPara, ruleMention } from "./rules.ts";
import { isSayingVerb } from "./saying.ts";

const MAX_SURNAMES = 20;

/** A word that may be a family name standing alone: name-shaped, no article, no common word. */
function bareSurname(t: Token | undefined): t is Token {
  if (!t || t.norm.length < 3 || isDefinite(t)) return false;
  if (COMMON_WORDS.has(t.norm) || ROLE_WORDS.has(t.norm) || NAME_PARTICLES.has(t.norm))
    return false;
  return nameLike(t, null) && !isCommonPersonalName(t.norm);
}

/**
 * Family names standing alone right after a speech verb, with where each first stands so.
 * Which tokens mentions hold is worked out only when some such word is found at all.
 */
function speakerSurnames(
  paras: number,
  tokens: readonly (readonly Token[])[],
  mentions: readonly Mention[],
): {
  surnames: Map<string, { para: number; tok: number }>;
  covered: readonly ReadonlyMap<number, unknown>[];
} {
  const found: { para: number; tok: number; norm: string }[] = [];
  tokens.forEach((toks, p) => {
    for (let k = 0; k + 1 < toks.length && found.length < 10 * MAX_SURNAMES; k++) {
      const next = toks[k + 1];
      if (isSayingVerb(toks[k]) && bareSurname(next))
        found.push({ para: p, tok: k + 1, norm: next.norm });
    }
  });
  const surnames = new Map<string, { para: number; tok: number }>();
  if (found.length === 0) return { surnames, covered: [] };
  const covered = coveredByPara(mentions, paras);
  for (const f of found) {
    if (surnames.size >= MAX_SURNAMES) break;
    if (!covered[f.para]?.has(f.tok) && !surnames.has(f.norm)) surnames.set(f.norm, f);
  }
  return { surnames, covered };
}

/**
 * The full names introduced before a family name became a speaker: a common first name right
 * before the family name, neither already part of a mention; the first such use per name.
 */
export function surnameIntroductions(
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
  mentions: readonly Mention[],
): Mention[] {
  const { surnames, covered } = speakerSurnames(paras.length, tokens, mentions);
  if (surnames.size === 0) return [];
  const out: Mention[] = [];
  const done = new Set<string>();
  tokens.forEach((toks, p) => {
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k] as Token;
      const speaker = surnames.get(t.norm);
      if (!speaker || done.has(t.norm)) continue;
      // Only an introduction before the speech verb's use counts.
      if (p > speaker.para || (p === speaker.para && k >= speaker.tok)) continue;
      const first = toks[k - 1] as Token;
      if (covered[p]?.has(k) || covered[p]?.has(k - 1) || !adjacent(paras[p] ?? "", first, t)) {
        continue;
      }
      if (isDefinite(first) || !isCommonPersonalName(first.norm)) continue;
      // Part of a longer name («رود فان نيستلروي»): not two words to claim.
      const before = toks[k - 2];
      const text = paras[p] ?? "";
      if (
        before &&
        adjacent(text, before, first) &&
        (covered[p]?.has(k - 2) || nameLike(before, null))
      ) {
        continue;
      }
      out.push(ruleMention("person", text.slice(first.start, t.end), p, toks, k - 1, k + 1));
      done.add(t.norm);
    }
  });
  return out;
}
