/**
 * A byline dateline with the desk that joined the story: «هبة القدسي - بيروت: «الشرق
 * الأوسط»» (Asharq Al-Awsat's style, where a story filed from Washington is joined by the
 * Beirut desk). Read after the first place's colon; the whole line is then the dateline.
 */
import { firstAtOrAfter, type Token } from "../../text/tokenize.ts";
import { creditAt } from "./credit.ts";
import { HEAD, isDash, pastDashes, skipSpaces } from "./scan.ts";

/** Longest reporter's name in a byline dateline, in words. */
const MAX_BYLINE_NAME_WORDS = 4;

/**
 * The rest of a line that reads «هبة القدسي - بيروت: «الشرق الأوسط»» from offset `from`: a
 * reporter's name (two to four words of letters), a dash, a place of one or two words, a
 * colon and a quoted or bracketed credit ending the line. Asharq Al-Awsat's style, where a
 * story filed from Washington is joined by the Beirut desk: the whole line is the dateline.
 * Returns the credit's text, or null.
 */
export function bylineWithDesk(
  line: string,
  tokens: readonly Token[],
  from: number,
): string | null {
  if (line.length > HEAD) return null;
  let k = firstAtOrAfter(tokens, from);
  const nameStart = k;
  // A first name has no article: «سوريا: المعارضة ترفض - موسكو: «…»» is a headline.
  if (tokens[k]?.norm.startsWith("ال")) return null;
  while (k < tokens.length && k - nameStart < MAX_BYLINE_NAME_WORDS) {
    const t = tokens[k] as Token;
    if (!/^[\p{L}\p{M}]{2,}$/u.test(t.text)) return null;
    const next = skipSpaces(line, t.end, line.length);
    k++;
    if (isDash(line[next] ?? "")) break;
    if ((tokens[k] as Token | undefined)?.start !== next) return null;
  }
  const words = k - nameStart;
  const dash = skipSpaces(line, (tokens[k - 1] as Token | undefined)?.end ?? from, line.length);
  if (words < 2 || !isDash(line[dash] ?? "")) return null;
  const place = firstAtOrAfter(tokens, pastDashes(line, dash, line.length));
  for (let n = 1; n <= 2 && place + n <= tokens.length; n++) {
    const last = tokens[place + n - 1] as Token;
    const colon = skipSpaces(line, last.end, line.length);
    if (line[colon] !== ":") continue;
    const open = skipSpaces(line, colon + 1, line.length);
    const credit = creditAt(line, open, line.length);
    if (credit < 0 || skipSpaces(line, credit, line.length) < line.length) return null;
    return line.slice(open + 1, credit - 1).trim();
  }
  return null;
}
