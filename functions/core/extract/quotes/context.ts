/**
 * One paragraph as the speaker search sees it: its tokens, which of them sit inside quotation
 * marks or inside a name, and the mentions outside quotes by the token they start at. Built
 * once per paragraph so every cue and name test is an array look-up.
 */

import type { Mention } from "../entities/index.ts";
import type { GazEntity } from "../gazetteer/index.ts";
import { words } from "../lexicon/index.ts";
import type { Token } from "../text/tokenize.ts";
import type { CueTest } from "./cues.ts";
import type { QuoteSpan } from "./spans.ts";

export interface QuoteContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** This paragraph's mentions, in order. */
  readonly mentions: readonly Mention[];
  /** Whom the role noun at token k («الوزير التركي») refers back to (see roles.ts). */
  readonly pointBack?: (k: number) => GazEntity | null;
  /** The person named before whose name has the word at token k («وقال هاولز»; name-parts.ts). */
  readonly namePart?: (k: number) => GazEntity | null;
}

export interface Paragraph extends QuoteContext {
  /** 1 where the token sits inside quotation marks. */
  readonly quoted: Uint8Array;
  /** 1 where the token is part of a mention. */
  readonly named: Uint8Array;
  /** Token index → mention starting there, for mentions outside quotes only. */
  readonly byToken: ReadonlyMap<number, Mention>;
}

/** The paragraph with its quotation spans (sorted, disjoint) marked on its tokens. */
export function paragraphOf(para: QuoteContext, spans: readonly QuoteSpan[]): Paragraph {
  const { tokens, mentions } = para;
  // Which tokens sit inside quotation marks (one sweep; spans are sorted and disjoint).
  const quoted = new Uint8Array(tokens.length);
  for (let k = 0, q = 0; k < tokens.length; k++) {
    const start = tokens[k]?.start ?? 0;
    while (q < spans.length && (spans[q]?.end ?? 0) <= start) q++;
    const span = spans[q];
    if (span && start >= span.start) quoted[k] = 1;
  }
  // Token index → mention starting there, for mentions outside quotes only.
  const byToken = new Map<number, Mention>();
  const named = new Uint8Array(tokens.length);
  for (const m of mentions) {
    if (quoted[m.tokStart] !== 1) byToken.set(m.tokStart, m);
    for (let k = m.tokStart; k < m.tokEnd; k++) named[k] = 1;
  }
  return {
    text: para.text,
    tokens,
    mentions,
    pointBack: para.pointBack,
    namePart: para.namePart,
    quoted,
    named,
    byToken,
  };
}

/** A cue word outside names and quotations, and not a request for anonymity. */
export function cueAt(p: Paragraph, k: number, isCue: CueTest): boolean {
  return p.named[k] !== 1 && p.quoted[k] !== 1 && isCue(p.tokens[k]) && !anonymity(p.tokens, k);
}

/** «عدم» before these: «طلب عدم ذكر اسمه». */
const WITHHELD = words("saying-verbs", "withheld");

/** «طلب عدم ذكر اسمه», «طالبا عدم الكشف عن هويته»: asking not to be named says nothing. */
function anonymity(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.norm === "عدم" && WITHHELD.has(tokens[k + 2]?.norm ?? "");
}
