/**
 * The optional date after a dateline's place («دمشق - 12 أيار/مايو 2016», «القاهرة - الخميس
 * 3 مارس»): a month makes the line a dateline; a full, valid day gives its YYYY-MM-DD.
 */

import { findDates, isoDay, validDay } from "../../dates/index.ts";
import { words } from "../../lexicon/index.ts";
import { asciiDigits } from "../../text/normalize.ts";
import { firstAtOrAfter, type Token } from "../../text/tokenize.ts";
import type { Reading } from "./reading.ts";
import { skipSpaces } from "./scan.ts";

const WEEKDAY_WORDS = words("calendar", "weekdays");

/** An optional date at `r.pos` (a weekday may precede it): sets strong, date and pos. */
export function readDate(r: Reading): void {
  const { lead, limit, tokens } = r;
  let k = firstAtOrAfter(tokens, r.pos);
  const ascii = asciiDigits(lead);
  const dates = findDates(ascii, tokens);
  for (let step = 0; step < 2 && k < tokens.length; step++) {
    const t = tokens[k] as Token;
    if (t.start - r.pos > 2) break;
    const d = dates.find((x) => ascii.startsWith(x.text, t.start));
    if (d && d.month !== null) {
      r.strong = true;
      if (d.day !== null && d.year !== null && validDay(d.year, d.month, d.day)) {
        r.date = isoDay(d.year, d.month, d.day);
      }
      r.pos = skipSpaces(lead, t.start + d.text.length, limit);
      break;
    }
    if (!WEEKDAY_WORDS.has(t.norm)) break;
    r.pos = skipSpaces(lead, t.end, limit);
    if (lead[r.pos] === "،" || lead[r.pos] === ",") r.pos = skipSpaces(lead, r.pos + 1, limit);
    k++;
  }
}
