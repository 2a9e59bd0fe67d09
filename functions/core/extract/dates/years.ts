/**
 * Bare years: a four-digit number 1900–2100 is a year only when something says so, because
 * the same digits are resolution numbers, counts and conference names («جنيف ــ 2012»). Three
 * things say so: a cue word before it («سنة 2011», «منذ 2011», «في 2012»); brackets around it
 * alone («(1948)»), unless a word before them makes it a number («القرار رقم (2042)»); or a
 * second year after a dash that closes a span («1936 - 1939»: both ends are years). A counted
 * noun right after the number makes it a count whatever came before («حتى 2000 شخص»).
 */
import type { FactDate } from "../../facts.ts";
import { countNouns, words } from "../lexicon/index.ts";
import type { Token } from "../text/tokenize.ts";
import { splitsWhere } from "../text/words.ts";
import { EXPLICIT } from "./day.ts";
import { joined, year } from "./parts.ts";

const YEAR_CUES = words("calendar", "year-cues");
const yearCueReadings = splitsWhere((c) => YEAR_CUES.has(c.stem));
const NOT_YEAR_BEFORE = words("calendar", "not-year-before");
const COUNTED = new Set(countNouns("counted").map((f) => f.key));
const countedReadings = splitsWhere((c) => COUNTED.has(c.stem));

/** The longest span of years one dash may close («1936 - 1939»), so «2011-2254» is no span. */
const MAX_SPAN_YEARS = 50;

function yearDate(text: string, from: Token, to: Token, y: number): FactDate {
  return { ...EXPLICIT, day: null, month: null, year: y, text: text.slice(from.start, to.end) };
}

/** A cue word right before token i: «سنة 2011», «وفي 2012». */
function cued(text: string, tokens: readonly Token[], i: number): boolean {
  const cue = tokens[i - 1];
  return !!cue && yearCueReadings(cue).length > 0 && joined(text, cue, tokens[i]);
}

/** The year alone in brackets: «(1948)», not «القرار رقم (2042)». */
function bracketed(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (text[t.start - 1] !== "(" || text[t.end] !== ")") return false;
  const before = tokens[i - 1];
  return !before || !NOT_YEAR_BEFORE.has(before.norm);
}

/** The year after a dash that closes a span starting with the year at token i, or null. */
function spanEnd(text: string, tokens: readonly Token[], i: number, from: number): number | null {
  const next = tokens[i + 1];
  const to = year(next);
  if (to === null || to <= from || to - from > MAX_SPAN_YEARS) return null;
  const gap = text.slice((tokens[i] as Token).end, (next as Token).start);
  return /^\s*[-–—]\s*$/.test(gap) ? to : null;
}

/** The year of a numeric date («2024/3/28», «28/3/2024»): the numeric reader's, not a bare year. */
function inNumericDate(text: string, t: Token): boolean {
  return (
    /^[/.-][0-9]{1,2}(?![0-9])/.test(text.slice(t.end, t.end + 4)) ||
    /(?<![0-9])[0-9]{1,2}[/.-]$/.test(text.slice(Math.max(0, t.start - 4), t.start))
  );
}

/** Bare years not taken by another date (`used`), appended to `out`. */
export function bareYears(
  text: string,
  tokens: readonly Token[],
  used: ReadonlySet<number>,
  out: FactDate[],
): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const y = used.has(i) ? null : year(t);
    if (y === null || inNumericDate(text, t)) continue;
    const next = tokens[i + 1];
    if (next && countedReadings(next).length > 0) continue;
    const to = spanEnd(text, tokens, i, y);
    if (to !== null && !used.has(i + 1)) {
      out.push(
        yearDate(text, t, t, y),
        yearDate(text, tokens[i + 1] as Token, tokens[i + 1] as Token, to),
      );
      i++;
      continue;
    }
    if (cued(text, tokens, i)) {
      out.push(yearDate(text, tokens[i - 1] as Token, t, y));
      i = secondOfPair(text, tokens, i, used, out);
    } else if (bracketed(text, tokens, i)) out.push(yearDate(text, t, t, y));
  }
}

/**
 * «بين عامي 2011 و2013», «في 2012 و2013»: the year after «و» that follows a cued year is one
 * too, unless a counted noun makes it a count. Returns the last token read.
 */
function secondOfPair(
  text: string,
  tokens: readonly Token[],
  i: number,
  used: ReadonlySet<number>,
  out: FactDate[],
): number {
  const and = tokens[i + 1];
  const second = tokens[i + 2];
  const y = year(second);
  if (and?.norm !== "و" || y === null || used.has(i + 2) || !joined(text, tokens[i], and)) return i;
  const after = tokens[i + 3];
  if (after && countedReadings(after).length > 0) return i;
  out.push(yearDate(text, second as Token, second as Token, y));
  return i + 2;
}
