/**
 * The month tables the calendar reader reads, in both Arabic month traditions: Gregorian
 * transliterations (يناير… incl. Egyptian يونيه/يوليه, Maghrebi جوان/جويلية/أوت and Moroccan
 * forms) and the Syriac-derived Levantine names (كانون الثاني… أيلول، تشرين), then the Hijri
 * months. Each calendar is one table of one-word and two-word names, so one lookup
 * (`monthAt`) serves both readers.
 */
import { table } from "../lexicon/index.ts";
import type { CliticSplit } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";
import { splitsWhere, type WordRef } from "../text/words.ts";
import { stem } from "./parts.ts";

/** One calendar's month names. */
export interface MonthTable {
  /** One-word names → month number. */
  readonly single: ReadonlyMap<string, number>;
  /** Two-word names («كانون الثاني», «ذو الحجة») → month number. */
  readonly paired: ReadonlyMap<string, number>;
  /** The first words of the two-word names. */
  readonly heads: ReadonlySet<string>;
  /** Readings of a word (clitics split off) that are a month or the head of a two-word one. */
  readonly readings: (word: WordRef) => readonly CliticSplit[];
}

const MONTHS = table<number>("calendar", "gregorian-months");
/** Two-word Levantine months: كانون/تشرين + الأول/الثاني. */
const PAIRED = table<number>("calendar", "gregorian-paired");

const PAIRED_HEADS = new Set([...PAIRED.keys()].map((k) => k.split(" ")[0] ?? ""));

/** Gregorian months under either tradition's names («أيار» and «مايو» are both 5). */
export const GREGORIAN: MonthTable = {
  single: MONTHS,
  paired: PAIRED,
  heads: PAIRED_HEADS,
  /** Readings of a word that are a month or the first word of a two-word month name. */
  readings: splitsWhere((c) => PAIRED_HEADS.has(c.stem) || !!MONTHS.get(c.stem)),
};

const HIJRI_MONTHS = table<number>("calendar", "hijri-months");
/** Two-word Hijri months («ربيع الأول», «جمادى الآخرة», «ذو الحجة» / «ذي الحجة»). */
const HIJRI_PAIRED = table<number>("calendar", "hijri-paired");
const HIJRI_HEADS = new Set([...HIJRI_PAIRED.keys()].map((k) => k.split(" ")[0] ?? ""));

export const HIJRI: MonthTable = {
  single: HIJRI_MONTHS,
  paired: HIJRI_PAIRED,
  heads: HIJRI_HEADS,
  /** Readings (behind at most a two-letter clitic) that are a Hijri month or start one. */
  readings: splitsWhere(
    (c) => c.clitic.length <= 2 && (HIJRI_HEADS.has(c.stem) || !!HIJRI_MONTHS.get(c.stem)),
  ),
};

/**
 * Can the word name a month on its own («نيسان», «وفبراير»; clitics allowed)? Such a word
 * standing alone is a date before it is a brand or a name (Nissan is «شركة نيسان»).
 */
export function isMonthWord(word: WordRef): boolean {
  return GREGORIAN.readings(word).some((c) => MONTHS.get(c.stem) !== undefined);
}

/** The month of `table` a token names (clitics allowed: «وفبراير», «لشباط»). */
export function monthAt(
  table: MonthTable,
  tokens: readonly Token[],
  i: number,
): { month: number; len: number } | null {
  const t = tokens[i];
  if (!t) return null;
  for (const { stem: s } of table.readings(t)) {
    const two = table.heads.has(s) ? table.paired.get(`${s} ${stem(tokens[i + 1])}`) : undefined;
    if (two) return { month: two, len: 2 };
    const one = table.single.get(s);
    if (one) return { month: one, len: 1 };
  }
  return null;
}
