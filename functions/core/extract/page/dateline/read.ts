/**
 * Reading a dateline at the start of a line: «دمشق - 12 أيار/مايو 2016 (أ ف ب) -»,
 * «القاهرة:», «بيروت ـ "الحياة"», «واشنطن (رويترز) -», «الرباط، 3 مارس (الأناضول) –». A place
 * of one to three words, then optionally a date, then optionally an agency or outlet credit,
 * then a dash or colon. With a date or a credit the shape is evidence enough ("strong"); a
 * place followed only by a dash or colon («القاهرة: …») counts only when the place is known
 * (the pipeline checks the gazetteer). Each part has its own step, in the order it is written.
 */
import { words } from "../../lexicon/index.ts";
import { normalizeArabic } from "../../text/normalize.ts";
import { tokenize } from "../../text/tokenize.ts";
import { bylineWithDesk } from "./byline.ts";
import { creditAt, pastSeparatorBeforeCredit, readCredit } from "./credit.ts";
import { readDate } from "./date.ts";
import { readPlace } from "./place.ts";
import { type DatelineRead, done, type Reading, startReading } from "./reading.ts";
import { HEAD, isDash, pastDashes, skipSpaces } from "./scan.ts";

const WEEKDAYS = words("calendar", "weekdays");

/** One to three words of letters, nothing else: «رووداو», «عنب بلدي», «الميادين نت». */
const BARE_CREDIT = /^[\p{L}\p{M}]{2,}(?: [\p{L}\p{M}]{2,}){0,2}$/u;

/**
 * The dateline at the start of `line`, or null. Linear: only the first HEAD characters are
 * looked at, with one tokenisation and one date scan.
 */
export function readDateline(line: string): DatelineRead | null {
  const lead = line.length > HEAD ? line.slice(0, HEAD) : line;
  const r = startReading(line, lead, tokenize(lead));
  if (!readPlace(r)) return null;
  // «الأحد، 15 سبتمبر 2019»: a weekday is the date's, not a place.
  if (WEEKDAYS.has(normalizeArabic(line.slice(r.start, r.placeEnd)))) return null;
  r.pos = skipSpaces(lead, r.placeEnd, r.limit);
  if (lead[r.pos] === ":") return readAfterColon(r);
  // Past the dash (or a run of them: «جنيف ــ») or comma.
  if (lead[r.pos] !== "(" && !r.dateNext) {
    r.pos = skipSpaces(lead, pastDashes(lead, r.pos, r.limit), r.limit);
  }
  readDate(r);
  if (r.dateNext && !r.strong) return null;
  pastSeparatorBeforeCredit(r);
  const datedBeforeCredit = r.strong;
  readCredit(r);
  return readClose(r, datedBeforeCredit);
}

/** A colon right after the place: «القاهرة:», «أبوظبي: «الخليج»», or a byline and its desk. */
function readAfterColon(r: Reading): DatelineRead | null {
  const { line, lead, limit, start, placeEnd } = r;
  // «أبوظبي: «الخليج»» alone on its line: a quoted outlet after the colon.
  const after = skipSpaces(lead, r.pos + 1, limit);
  const credit = lead[after] === "(" ? -1 : creditAt(lead, after, limit);
  if (credit > 0 && skipSpaces(line, credit, line.length) >= line.length) {
    const read = done(line, start, placeEnd, line.length, null, true);
    return read && { ...read, credit: lead.slice(after + 1, credit - 1).trim() };
  }
  // The desk's credit may be an outlet or a quoted headline phrase: the caller checks it.
  const desk = bylineWithDesk(line, r.tokens, after);
  if (desk !== null) {
    const read = done(line, start, placeEnd, line.length, null, false);
    return read && { ...read, bareCredit: desk, credit: desk };
  }
  // «القاهرة:» — the colon ends a place-only dateline.
  return done(line, start, placeEnd, r.pos + 1, null, false);
}

/**
 * The closing separator after the place, date and credit; without one, the line is a
 * dateline only when its credit or date says so. `datedBeforeCredit`: a date was read.
 */
function readClose(r: Reading, datedBeforeCredit: boolean): DatelineRead | null {
  const { line, lead, limit, start, placeEnd, pos, date, strong, creditText } = r;
  const c = lead[pos] ?? "";
  if (isDash(c) || c === ":") {
    return done(line, start, placeEnd, pastDashes(lead, pos, limit), date, strong, creditText);
  }
  // A date straight after the place with neither a credit nor a dash after it is a sentence
  // («دمشق 15 آذار 2011 بدأت…»), not a dateline.
  if (r.dateNext && !r.sureCredit) return null;
  // «بيروت ـ "الحياة"» then the body without a dash, or the end of a dateline-only line; a
  // bracket of unknown words with no dash after it («الولايات المتحدة (واشنطن) تعلن») is not.
  if (datedBeforeCredit || r.sureCredit || (strong && pos >= line.length)) {
    return done(line, start, placeEnd, pos, date, strong, creditText);
  }
  return readPlaceAndDash(r);
}

/** «دمشق - قتل …»: a known place and a dash, nothing else (the caller decides). */
function readPlaceAndDash(r: Reading): DatelineRead | null {
  const { line, lead, limit, start, placeEnd } = r;
  const dash = skipSpaces(lead, placeEnd, limit);
  // Iraqi papers write «بغداد/ المدى».
  if (!isDash(lead[dash] ?? "") && lead[dash] !== "/") return null;
  const rest = line.slice(pastDashes(line, dash, line.length)).trim();
  if (line.length <= HEAD && BARE_CREDIT.test(rest)) {
    const read = done(line, start, placeEnd, line.length, null, false);
    return read && { ...read, bareCredit: rest };
  }
  return done(line, start, placeEnd, dash + 1, null, false);
}
