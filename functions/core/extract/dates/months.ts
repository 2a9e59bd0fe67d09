/**
 * The month tables the calendar reader reads, in both Arabic month traditions: Gregorian
 * transliterations (يناير… incl. Egyptian يونيه/يوليه, Maghrebi جوان/جويلية/أوت and Moroccan
 * forms) and the Syriac-derived Levantine names (كانون الثاني… أيلول، تشرين), then the Hijri
 * months. Each calendar is one table of one-word and two-word names, so one lookup
 * (`monthAt`) serves both readers.
 */
import { type CliticSplit, keyMap } from "../text/normalize.ts";
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

const MONTHS = keyMap<number>([
  ["يناير", 1],
  ["جانفي", 1],
  ["فبراير", 2],
  ["فيفري", 2],
  ["مارس", 3],
  ["ابريل", 4],
  ["افريل", 4],
  ["مايو", 5],
  ["ماي", 5],
  ["يونيو", 6],
  ["يونيه", 6],
  ["جوان", 6],
  ["يوليو", 7],
  ["يوليه", 7],
  ["جويليه", 7],
  ["اغسطس", 8],
  ["اوت", 8],
  ["سبتمبر", 9],
  ["اكتوبر", 10],
  ["نوفمبر", 11],
  ["ديسمبر", 12],
  ["شباط", 2],
  ["اذار", 3],
  ["نيسان", 4],
  ["ايار", 5],
  ["حزيران", 6],
  ["تموز", 7],
  ["اب", 8],
  ["ايلول", 9],
  // Moroccan forms.
  ["يوليوز", 7],
  ["غشت", 8],
  ["شتنبر", 9],
  ["نونبر", 11],
  ["دجنبر", 12],
]);
/** Two-word Levantine months: كانون/تشرين + الأول/الثاني. */
const PAIRED = keyMap<number>([
  ["كانون الثاني", 1],
  ["كانون الاول", 12],
  ["تشرين الاول", 10],
  ["تشرين الثاني", 11],
  // Without the article, as some outlets write them.
  ["كانون ثاني", 1],
  ["كانون اول", 12],
  ["تشرين اول", 10],
  ["تشرين ثاني", 11],
]);

const PAIRED_HEADS = new Set([...PAIRED.keys()].map((k) => k.split(" ")[0] ?? ""));

/** Gregorian months under either tradition's names («أيار» and «مايو» are both 5). */
export const GREGORIAN: MonthTable = {
  single: MONTHS,
  paired: PAIRED,
  heads: PAIRED_HEADS,
  /** Readings of a word that are a month or the first word of a two-word month name. */
  readings: splitsWhere((c) => PAIRED_HEADS.has(c.stem) || !!MONTHS.get(c.stem)),
};

const HIJRI_MONTHS = keyMap<number>([
  ["محرم", 1],
  ["صفر", 2],
  ["رجب", 7],
  ["شعبان", 8],
  ["رمضان", 9],
  ["شوال", 10],
]);
/** Two-word Hijri months («ربيع الأول», «جمادى الآخرة», «ذو الحجة» / «ذي الحجة»). */
const HIJRI_PAIRED = keyMap<number>([
  ["ربيع الأول", 3],
  ["ربيع الثاني", 4],
  ["ربيع الآخر", 4],
  ["جمادى الأولى", 5],
  ["جمادى الأول", 5],
  ["جمادى الآخرة", 6],
  ["جمادى الثانية", 6],
  ["جمادى الآخر", 6],
  ["ذو القعدة", 11],
  ["ذي القعدة", 11],
  ["ذو الحجة", 12],
  ["ذي الحجة", 12],
]);
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
