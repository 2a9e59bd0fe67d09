/**
 * Where a count stands: the paragraph it is read from, its token, where its phrase starts,
 * and the sentence around it. Every stage after the count reads these, so they are worked
 * out once per count and handed on together.
 */

import type { Mention } from "../entities/index.ts";
import type { Range } from "../text/sentences.ts";
import type { Token } from "../text/tokenize.ts";

/** A paragraph, as figures are read from it. */
export interface FigureContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

/** One count in its paragraph and sentence. */
export interface CountSite extends FigureContext {
  /** Token index of the count, and the token. */
  readonly i: number;
  readonly tok: Token;
  /** Token the figure's phrase starts at: a qualifier before the count, else the count. */
  readonly start: number;
  /** Index of the sentence holding the count, and its range. */
  readonly s: number;
  readonly sent: Range;
  readonly inSentence: (k: number) => boolean;
}

/** The phrase from token `a` up to (not including) token `b`, as written. */
export function asWritten(site: CountSite, a: number, b: number): string {
  const from = site.tokens[a];
  const to = site.tokens[b - 1];
  return from && to ? site.text.slice(from.start, to.end) : site.tok.text;
}
