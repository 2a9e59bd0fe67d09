/**
 * A token's readings for the figure tables: its stems with no clitic or a short one
 * (و، ف، ب، ل، ك and pairs). Every stage asks this of the tokens it looks at, so the
 * readings, and which of them a closed table holds, are memoised per word.
 */

import type { Token } from "../text/tokenize.ts";
import { perWord, splitsOf, splitsWhere } from "../text/words.ts";

/** A word's readings with no clitic or a short one (و، ف، ب، ل، ك and pairs). */
const shortStems = perWord((norm, word): readonly string[] => {
  const out: string[] = [];
  for (const c of splitsOf({ norm, word })) if (c.clitic.length <= 2) out.push(c.stem);
  return out;
});
const NO_STEMS: readonly string[] = [];

/** The short-clitic readings of a token (none for a token past the end). */
export function stems(t: Token | undefined): readonly string[] {
  return t ? shortStems(t) : NO_STEMS;
}

/**
 * A lookup of what the first of a token's clitic-stripped stems (see `stems`) maps to in
 * `table`. Asked of nearly every token; which reading hits is memoised per word.
 */
export function stemLookup<T>(
  table: ReadonlyMap<string, T>,
): (token: Token | undefined) => T | null {
  const readings = splitsWhere((c) => c.clitic.length <= 2 && !!table.get(c.stem));
  return (token) => {
    const hit = token ? readings(token)[0] : undefined;
    return hit ? (table.get(hit.stem) ?? null) : null;
  };
}
