/**
 * What reading a dateline yields (`DatelineRead`), the state the reader's steps share while
 * they read one line left to right (`Reading`), and `done`, which turns the offsets found into
 * the result.
 */
import type { Token } from "../../text/tokenize.ts";
import { skipSpaces } from "./scan.ts";

export interface DatelineRead {
  /** The dateline as written, separators included («دمشق - 12 أيار/مايو 2016 (أ ف ب) -»). */
  readonly text: string;
  /** The place words as written, and their offsets in the line. */
  readonly place: string;
  readonly placeStart: number;
  readonly placeEnd: number;
  /** YYYY-MM-DD when the dateline has a full date. */
  readonly date: string | null;
  /** Offset in the line where the body text starts. */
  readonly end: number;
  /** True when a date or an agency/outlet credit makes this unmistakably a dateline. */
  readonly strong: boolean;
  /**
   * The line ends one to three words after the dash («أربيل - رووداو», «دمشق – عنب بلدي»):
   * perhaps an outlet's name, which the caller checks (a known place, and one word or a
   * known organisation: «غزة - قصف عنيف» is a headline).
   */
  readonly bareCredit: string | null;
  /**
   * The credit the line gives, as written without its brackets or quotes: «رويترز» of
   * «بيروت (رويترز) -», «الحياة» of «بيروت ـ "الحياة"», «بوابة الأهرام», «وفا», the desk of
   * «… - بيروت: «الشرق الأوسط»». Null when the line has none (a bare credit stays in
   * `bareCredit` for the caller to judge).
   */
  readonly credit: string | null;
}

/**
 * One line being read: one object per call, filled in by the steps (place, date, credit) in
 * the order the parts are written.
 */
export interface Reading {
  readonly line: string;
  /** The head of the line (HEAD characters at most), its length and its tokens. */
  readonly lead: string;
  readonly limit: number;
  readonly tokens: readonly Token[];
  /** Where the place words start and end. */
  start: number;
  placeEnd: number;
  /** A date follows the place with no separator before it («عمان 4 آب (بترا)-»). */
  dateNext: boolean;
  /** The offset the reading has reached. */
  pos: number;
  /** True once a date or a credit makes this unmistakably a dateline. */
  strong: boolean;
  /** YYYY-MM-DD when the dateline has a full date. */
  date: string | null;
  /** A credit that cannot be anything else: quoted («"الحياة"») or a known agency. */
  sureCredit: boolean;
  /** The credit as written, without brackets or quotes. */
  creditText: string | null;
}

/** A fresh reading of `line`, whose head is `lead`. */
export function startReading(line: string, lead: string, tokens: readonly Token[]): Reading {
  return {
    line,
    lead,
    limit: lead.length,
    tokens,
    start: 0,
    placeEnd: 0,
    dateNext: false,
    pos: 0,
    strong: false,
    date: null,
    sureCredit: false,
    creditText: null,
  };
}

export function done(
  line: string,
  start: number,
  placeEnd: number,
  end: number,
  date: string | null,
  strong: boolean,
  credit: string | null = null,
): DatelineRead | null {
  const text = line.slice(start, end).trim();
  if (text === "") return null;
  return {
    text,
    place: line.slice(start, placeEnd),
    placeStart: start,
    placeEnd,
    date,
    end: skipSpaces(line, end, line.length),
    strong,
    bareCredit: null,
    credit,
  };
}
