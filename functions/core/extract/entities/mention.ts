/**
 * What a mention is (an entity, where it stands in its paragraph, how it was written), and how
 * its written form is cut out of the text: the gazetteer scan, the cue rules and the tagger all
 * build mentions the same way.
 */

import type { GazEntity } from "../gazetteer/index.ts";
import { normalizeArabic } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";

export interface Mention {
  readonly entity: GazEntity;
  /** Index into the paragraph list given to findMentions. */
  readonly para: number;
  /** Character offsets of the mention (clitic included) in its paragraph. */
  readonly start: number;
  readonly end: number;
  /** Token range [tokStart, tokEnd) in the paragraph's tokens. */
  readonly tokStart: number;
  readonly tokEnd: number;
  /** The name as written, without a leading clitic. */
  readonly surface: string;
}

/** The written form of tokens [a, b) minus the clitic letters of the first token. */
export function surfaceOf(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  clitic: string,
  stem: string,
): string {
  const first = tokens[a];
  const last = tokens[b - 1];
  if (!first || !last) return "";
  let start = first.start;
  let letters = clitic.length;
  while (letters > 0 && start < first.end) {
    const c = text.charCodeAt(start);
    if (c >= 0x0621 && c <= 0x064a) letters--;
    start++;
  }
  // Skip any vowel marks left on the stripped clitic.
  while (start < first.end && /[\u064B-\u065F\u0670\u0640]/.test(text[start] ?? "")) start++;
  const body = text.slice(start, last.end);
  const restoreAl = stem.startsWith("ال") && !normalizeArabic(body).startsWith("ال");
  return restoreAl ? `ال${body}` : body;
}
