/**
 * Speaker attribution scored on annotated quotes: ANERcorp's news re-joined into articles
 * (bench/corpus.ts, unseenCorpus) with each quote's speaker annotated quote by quote (anercorp-speakers.json;
 * by assistant agents reading each quote in context, following one written guide)
 * (anercorp-speakers.json). An item names its article, the first words of the quote and who
 * said it: a name as written in the text, "unnamed" (nobody the text names), or "not-speech"
 * (a title or term, not anyone's words: left out of the score). Articles whose index is 2
 * modulo 3 are held back: no rule or weight is tuned on them; they are only printed.
 *
 * A named speaker is right when the extractor's speaker is the entity the annotated name
 * refers to: the article's person or organisation whose name or a surface form equals the
 * annotated name, contains it or is contained in it, word for word after normalisation.
 */

import { normalizeArabic } from "../../functions/core/extract/text/normalize.ts";
import type { Entity, Quote } from "../../functions/core/facts.ts";

export interface AttributionItem {
  readonly article: number;
  /** The quote's first words, as written. */
  readonly starts: string;
  readonly kind: "named" | "unnamed" | "not-speech";
  /** The speaker's name as written in the text, for a named speaker. */
  readonly speaker: string | null;
}

export const isHeldBack = (article: number) => article % 3 === 2;

const words = (s: string) =>
  normalizeArabic(s)
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);

/** Does the word list `a` contain `b` as a run of whole words? */
function containsRun(a: readonly string[], b: readonly string[]): boolean {
  if (b.length === 0 || b.length > a.length) return false;
  for (let i = 0; i + b.length <= a.length; i++) {
    if (b.every((w, k) => a[i + k] === w || a[i + k] === `ال${w}` || `ال${a[i + k]}` === w))
      return true;
  }
  return false;
}

/** The entity of the article the annotated name refers to, or null when none is found. */
export function entityNamed(name: string, entities: readonly Entity[]): Entity | null {
  const want = words(name);
  let best: { e: Entity; len: number } | null = null;
  for (const e of entities) {
    if (e.type === "place") continue;
    for (const form of [e.name.ar, ...e.aliases]) {
      const have = words(form);
      if (containsRun(want, have) || containsRun(have, want)) {
        const len = Math.min(have.length, want.length);
        if (!best || len > best.len) best = { e, len };
      }
    }
  }
  return best?.e ?? null;
}

/** The quote of an extraction that an item names: its text starts with the item's words. */
export function quoteOf<Q extends { readonly text: string }>(
  item: AttributionItem,
  quotes: readonly Q[],
): Q | null {
  const want = words(item.starts).join(" ");
  return quotes.find((q) => words(q.text).join(" ").startsWith(want)) ?? null;
}

export interface AttributionScore {
  /** Items scored (named and unnamed speakers whose quote the extractor found). */
  readonly scored: number;
  readonly right: number;
  /** Items whose quote the extractor did not report (not scored). */
  readonly quoteMissing: number;
  /** Named speakers the extractor did not find as an entity at all (scored, wrong). */
  readonly speakerUnknown: number;
  readonly errors: readonly string[];
}

/** Scores one split: `facts(article)` gives an article's quotes and entities. */
export function scoreAttribution(
  items: readonly AttributionItem[],
  facts: (article: number) => { quotes: readonly Quote[]; entities: readonly Entity[] },
): AttributionScore {
  let scored = 0;
  let right = 0;
  let quoteMissing = 0;
  let speakerUnknown = 0;
  const errors: string[] = [];
  for (const item of items) {
    if (item.kind === "not-speech") continue;
    const f = facts(item.article);
    const q = quoteOf(item, f.quotes);
    if (!q) {
      quoteMissing++;
      continue;
    }
    scored++;
    const gold = item.kind === "named" ? entityNamed(item.speaker ?? "", f.entities) : null;
    if (item.kind === "named" && !gold) speakerUnknown++;
    const ok =
      item.kind === "unnamed" ? q.speaker === null : !!gold && q.speaker?.ar === gold.name.ar;
    if (ok) right++;
    else
      errors.push(
        `A${item.article} «${item.starts}»: ${item.kind === "named" ? item.speaker : "unnamed"} ≠ ${q.speaker?.ar ?? "null"}`,
      );
  }
  return { scored, right, quoteMissing, speakerUnknown, errors };
}
