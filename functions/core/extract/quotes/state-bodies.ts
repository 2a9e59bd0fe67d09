/**
 * A state's own bodies as speakers: «وأعلن الجيش اللبناني، في بيان، أن "…"», «قالت الشرطة
 * السودانية إن "…"». The gold rules count no country's army, police or government as a named
 * organisation, so no entity names them; but the words are theirs, not the last person's nor
 * nobody's. A head noun (lexicon org-nouns "state-body"), the glossed definite words after it
 * («قوات الاحتلال», «الجيش العربي»), and at least one country's adjective («الإسرائيلي»)
 * make a speaker that only the quote pass sees, and only as the subject right after a speech
 * verb: elsewhere («بنيران الجيش الإسرائيلي», «متحدث باسم الجيش») the body is what the words
 * are about, or the spokesman's, who is someone unnamed.
 */

import type { Mention } from "../entities/index.ts";
import { surfaceOf } from "../entities/mention.ts";
import { ruleMention } from "../entities/rules.ts";
import { words } from "../lexicon/index.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import { orgWordGloss } from "../translit/org-name.ts";
import { isAddressCue, isSpeechCue } from "./cues.ts";

const HEADS = words("org-nouns", "state-body");
/** Words after the head: «قوات الاحتلال الإسرائيلي», «القوات المسلحة اليمنية». */
const MAX_AFTER = 3;

/**
 * The state bodies of a paragraph that no mention covers, in text order. `p` is the
 * paragraph's index, as for every mention.
 */
export function stateBodies(
  text: string,
  p: number,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): Mention[] {
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.tokStart, m.tokEnd);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    if (
      covered[i] === 1 ||
      !HEADS.has(head.norm) ||
      !isSpeechCue(tokens[i - 1]) ||
      isAddressCue(tokens[i - 1])
    )
      continue;
    let end = -1;
    for (let j = i + 1; j < tokens.length && j - i <= MAX_AFTER; j++) {
      const t = tokens[j] as Token;
      if (
        covered[j] === 1 ||
        !t.norm.startsWith("ال") ||
        !adjacent(text, tokens[j - 1] as Token, t)
      )
        break;
      const gloss = orgWordGloss(t.norm.slice(2));
      if (!gloss) break;
      if (gloss.kind === "adjective" && gloss.country) end = j + 1;
      else if (end > 0) break;
    }
    if (end < 0) continue;
    out.push(ruleMention("org", surfaceOf(text, tokens, i, end, "", head.norm), p, tokens, i, end));
    i = end - 1;
  }
  return out;
}
