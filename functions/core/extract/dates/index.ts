/**
 * Explicit calendar dates in both Arabic month traditions: Gregorian transliterations
 * (يناير… incl. Egyptian يونيه/يوليه and Maghrebi جوان/جويلية/أوت) and the Syriac-derived
 * Levantine names (كانون الثاني… أيلول، تشرين). Outlets often pair them («أيار/مايو»,
 * «فبراير (شباط)»), which must read as one date. A month alone («منتصف أيار») is not a date;
 * a bare year needs a cue («سنة 2011»، «منذ 2011») so that resolution numbers and
 * conference names («جنيف ــ 2012») are not dates. Impossible days («31 شباط») are dropped.
 *
 * Also here: numeric dates in any digits (28/03/2024, ٢٠٢٤/٣/٢٨), Hijri dates with a Hijri
 * year (converted to Gregorian with Intl's Umm al-Qura calendar, the original kept in
 * `hijri`), relative dates (weekdays, أمس، اليوم، غدا) resolved against a known publication
 * date, and the date-only page line reader used by the furniture pass.
 */
import type { FactDate } from "../../facts.ts";
import { asciiDigits, keyMap, keySet, normalizeArabic } from "../text/normalize.ts";
import { type Token, tokenize } from "../text/tokenize.ts";
import { splitsWhere, type WordRef } from "../text/words.ts";

/** A date written out in the text (not resolved from a weekday, not Hijri). */
const EXPLICIT = { resolved: "explicit", hijri: null } as const;

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

const UNITS: readonly string[] = [
  "",
  "الاول",
  "الثاني",
  "الثالث",
  "الرابع",
  "الخامس",
  "السادس",
  "السابع",
  "الثامن",
  "التاسع",
  "العاشر",
];
const ORDINAL_ONE = new Map<string, number>(
  UNITS.map((w, i) => [w, i] as [string, number]).slice(1),
);
ORDINAL_ONE.set("الحادي", 1);

export const WEEKDAYS = keySet([
  "السبت",
  "الاحد",
  "الاثنين",
  "الثلاثاء",
  "الاربعاء",
  "الخميس",
  "الجمعه",
]);
/** Words that make a bare four-digit number a year. */
const YEAR_CUES = keySet([
  "سنه",
  "عام",
  "العام",
  "منذ",
  "مطلع",
  "اوائل",
  "اواخر",
  "منتصف",
  "بدايه",
  "نهايه",
  "خلال",
  "حتى",
  "اواسط",
  "اعوام",
]);

function stem(t: Token | undefined): string {
  return t ? t.norm : "";
}

/** Readings of a word that are a month or the first word of a two-word month name. */
const monthReadings = splitsWhere((c) => PAIRED_HEADS.has(c.stem) || !!MONTHS.get(c.stem));

/**
 * Can the word name a month on its own («نيسان», «وفبراير»; clitics allowed)? Such a word
 * standing alone is a date before it is a brand or a name (Nissan is «شركة نيسان»).
 */
export function isMonthWord(word: WordRef): boolean {
  return monthReadings(word).some((c) => MONTHS.get(c.stem) !== undefined);
}

/** The month a token names (clitics allowed: «وفبراير», «لشباط»). */
function monthOf(tokens: readonly Token[], i: number): { month: number; len: number } | null {
  const t = tokens[i];
  if (!t) return null;
  for (const { stem: s } of monthReadings(t)) {
    const two = PAIRED_HEADS.has(s) ? PAIRED.get(`${s} ${stem(tokens[i + 1])}`) : undefined;
    if (two) return { month: two, len: 2 };
    const one = MONTHS.get(s);
    if (one) return { month: one, len: 1 };
  }
  return null;
}

/** A day written as an ordinal: «الرابع», «الحادي عشر», «الخامس والعشرين», «الثلاثين». */
function ordinalDay(tokens: readonly Token[], i: number): { day: number; len: number } | null {
  const w = stem(tokens[i]);
  if (w === "العشرين") return { day: 20, len: 1 };
  if (w === "الثلاثين") return { day: 30, len: 1 };
  const unit = ORDINAL_ONE.get(w);
  if (unit === undefined) return null;
  const next = stem(tokens[i + 1]);
  if (next === "عشر") return { day: 10 + unit, len: 2 };
  if (next === "والعشرين") return { day: 20 + unit, len: 2 };
  if (next === "والثلاثين" && unit === 1) return { day: 31, len: 2 };
  return { day: unit, len: 1 };
}

function fourDigits(s: string): boolean {
  if (s.length !== 4) return false;
  for (let k = 0; k < 4; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function year(t: Token | undefined): number | null {
  if (!t || !fourDigits(t.norm)) return null;
  const y = Number(t.norm);
  return y >= 1900 && y <= 2100 ? y : null;
}

/** Only spaces, slashes, dashes, commas or brackets may sit between the parts of one date. */
function joined(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return false;
  const gap = text.slice(a.end, b.start);
  return gap.length <= 4 && /^[\s/()\-–،,]*$/.test(gap);
}

/** A Gregorian year as a date part (1900–2100; anything else is more likely a count). */
function yearAfter(
  text: string,
  tokens: readonly Token[],
  end: number,
): { year: number | null; end: number } {
  const y = year(tokens[end]);
  if (y !== null && joined(text, tokens[end - 1], tokens[end])) return { year: y, end: end + 1 };
  if ((stem(tokens[end]) === "عام" || stem(tokens[end]) === "سنه") && year(tokens[end + 1])) {
    return { year: year(tokens[end + 1]), end: end + 2 };
  }
  return { year: null, end };
}

/** The day before a month at token i: «22 أيار», «الرابع من أيار», «14 من أيلول». */
function dayBefore(
  text: string,
  tokens: readonly Token[],
  i: number,
  used: ReadonlySet<number>,
): { day: number; start: number } | null {
  const prev = tokens[i - 1];
  const digits = digitDay(text, tokens, i - 1, used);
  if (digits !== undefined) return digits;
  if (stem(prev) === "من") {
    for (const back of [2, 3]) {
      const o = ordinalDay(tokens, i - back);
      if (o && o.len === back - 1) return { day: o.day, start: i - back };
    }
    // Syrian outlets write the digits with «من» too: «الثلاثاء 14 من أيلول 2021».
    return digitDay(text, tokens, i - 2, used) ?? null;
  }
  return null;
}

/**
 * A day in digits at token k, joined to the word after it: the day, null for digits that are
 * no day (0, 32…), undefined when token k is not such digits.
 */
function digitDay(
  text: string,
  tokens: readonly Token[],
  k: number,
  used: ReadonlySet<number>,
): { day: number; start: number } | null | undefined {
  const t = tokens[k];
  if (!t || !/^[0-9]{1,2}$/.test(t.norm) || used.has(k) || !joined(text, t, tokens[k + 1])) {
    return undefined;
  }
  const d = Number(t.norm);
  return d >= 1 && d <= 31 ? { day: d, start: k } : null;
}

const yearCueReadings = splitsWhere((c) => YEAR_CUES.has(c.stem));

export function findDates(
  text: string,
  tokens: readonly Token[] = tokenize(text),
  published: string | null = null,
): FactDate[] {
  const out: FactDate[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const m = monthOf(tokens, i);
    if (!m) continue;
    const before = dayBefore(text, tokens, i, used);
    const day = before?.day ?? null;
    const start = before?.start ?? i;
    let end = i + m.len;
    // A paired month in the other tradition: «أيار/مايو», «فبراير (شباط)».
    const alt = monthOf(tokens, end);
    if (alt && alt.month === m.month && joined(text, tokens[end - 1], tokens[end])) end += alt.len;
    const y = yearAfter(text, tokens, end);
    end = y.end;
    if (day === null && y.year === null) continue;
    // «31 شباط» is no day: without a year, 29 February is allowed.
    if (day !== null && !validDay(y.year ?? 2000, m.month, day)) continue;
    for (let k = start; k < end; k++) used.add(k);
    const first = tokens[start];
    const last = tokens[end - 1];
    if (!first || !last) continue;
    // Keep the bracket of «فبراير (شباط)» when the date ends inside it.
    let stop = last.end;
    if (text[stop] === ")" && text.slice(first.start, stop).includes("(")) stop++;
    // «19 سبتمبر (أيلول) الماضي»: the year follows from the publication date.
    const side = day !== null && y.year === null ? sideOf(tokens[end]) : null;
    const inferred = side && published ? yearAround(published, m.month, day ?? 1, side) : null;
    out.push({
      resolved: inferred === null ? "explicit" : "relative",
      hijri: null,
      day,
      month: m.month,
      year: inferred ?? y.year,
      // The inferred year's side word is part of the date's text: «19 سبتمبر الماضي».
      text: text.slice(first.start, inferred === null ? stop : (tokens[end]?.end ?? stop)),
    });
  }
  out.push(...hijriDates(text, tokens, used));
  // Bare years with a cue word.
  for (let i = 1; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const y = year(tokens[i]);
    if (y === null) continue;
    const cue = tokens[i - 1];
    if (!cue || yearCueReadings(cue).length === 0) continue;
    if (!joined(text, cue, tokens[i])) continue;
    out.push({
      ...EXPLICIT,
      day: null,
      month: null,
      year: y,
      text: text.slice(cue.start, tokens[i]?.end),
    });
  }
  out.push(...numericDates(text));
  return out;
}

/** Numeric dates in any digits: 28/03/2024, ٢٨/٣/٢٠٢٤, 28.03.2024, 2024-03-28, 2024/3/28. */
const DMY = /(?<![0-9])([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})(?![0-9])/g;
const YMD = /(?<![0-9])([0-9]{4})[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})(?![0-9])/g;

function numericDates(text: string): FactDate[] {
  // Only texts with a separator between digits can hold one: skip the regex otherwise.
  if (!/[0-9٠-٩۰-۹][/.-][0-9٠-٩۰-۹]/.test(text)) return [];
  // Same length as `text` (one code unit per digit), so match offsets slice the original.
  const ascii = asciiDigits(text);
  const out: FactDate[] = [];
  const push = (d: number, mo: number, y: number, index: number, length: number) => {
    if (validDay(y, mo, d) && y >= 1900 && y <= 2100) {
      out.push({
        ...EXPLICIT,
        day: d,
        month: mo,
        year: y,
        text: text.slice(index, index + length),
      });
    }
  };
  for (const m of ascii.matchAll(DMY)) {
    push(Number(m[1]), Number(m[2]), Number(m[3]), m.index, m[0].length);
  }
  for (const m of ascii.matchAll(YMD)) {
    push(Number(m[3]), Number(m[2]), Number(m[1]), m.index, m[0].length);
  }
  return out;
}

/** True for a real calendar day (30 February is not). */
export function validDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 31;
  return d <= days;
}

// ---------------------------------------------------------------------------------------------
// Hijri dates.

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
/** «هـ», «هجري», «للهجرة» after a Hijri year. */
const HIJRI_MARKS = keySet(["ه", "هـ", "هجري", "هجرية", "للهجرة", "الهجري", "الهجرية"]);

/** Readings (behind at most a two-letter clitic) that are a Hijri month or start one. */
const hijriMonthReadings = splitsWhere(
  (c) => c.clitic.length <= 2 && (HIJRI_HEADS.has(c.stem) || !!HIJRI_MONTHS.get(c.stem)),
);

function hijriMonthOf(tokens: readonly Token[], i: number): { month: number; len: number } | null {
  const t = tokens[i];
  if (!t) return null;
  for (const { stem: s } of hijriMonthReadings(t)) {
    const two = HIJRI_HEADS.has(s) ? HIJRI_PAIRED.get(`${s} ${stem(tokens[i + 1])}`) : undefined;
    if (two) return { month: two, len: 2 };
    const one = HIJRI_MONTHS.get(s);
    if (one) return { month: one, len: 1 };
  }
  return null;
}

/** Hijri years we can convert: the Umm al-Qura tables cover 1300–1600 AH. */
function hijriYear(t: Token | undefined): number | null {
  if (!t || !fourDigits(t.norm)) return null;
  const y = Number(t.norm);
  return y >= 1300 && y <= 1600 ? y : null;
}

/**
 * Hijri dates need a Hijri year («5 رمضان 1437 هـ», «الأول من شوال 1440», «رجب 1445 هـ»):
 * month names alone («رمضان») are too often the season or a person's name. They are stored
 * with their Gregorian day/month/year (Umm al-Qura calendar, via Intl) and the Hijri original;
 * a Hijri month without a day gets the Gregorian month and year of the month's first day.
 */
function hijriDates(text: string, tokens: readonly Token[], used: Set<number>): FactDate[] {
  const out: FactDate[] = [];
  // No Hijri year, no Hijri date: one cheap pass spares the month lookups on most paragraphs.
  if (!tokens.some((t) => hijriYear(t) !== null)) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const m = hijriMonthOf(tokens, i);
    if (!m) continue;
    let end = i + m.len;
    const y = hijriYear(tokens[end]);
    if (y === null || !joined(text, tokens[end - 1], tokens[end])) continue;
    end++;
    const mark = tokens[end];
    if (mark && HIJRI_MARKS.has(mark.norm) && mark.start - (tokens[end - 1]?.end ?? 0) <= 2) end++;
    const before = dayBefore(text, tokens, i, used);
    if (before && before.day > 30) continue;
    const hijriDay = before?.day ?? null;
    const g = hijriToGregorian(y, m.month, hijriDay ?? 1);
    if (!g) continue;
    const start = before?.start ?? i;
    for (let k = start; k < end; k++) used.add(k);
    const first = tokens[start];
    const last = tokens[end - 1];
    if (!first || !last) continue;
    out.push({
      day: hijriDay === null ? null : g.day,
      month: g.month,
      year: g.year,
      text: text.slice(first.start, last.end),
      resolved: "explicit",
      hijri: { day: hijriDay, month: m.month, year: y },
    });
  }
  return out;
}

const DAY_MS = 86_400_000;

/** Formats a UTC instant in the Umm al-Qura calendar; null when this runtime lacks it. */
const UMM_AL_QURA: Intl.DateTimeFormat | null = (() => {
  try {
    const f = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", {
      timeZone: "UTC",
      day: "numeric",
      month: "numeric",
      year: "numeric",
    });
    return f.resolvedOptions().calendar === "islamic-umalqura" ? f : null;
  } catch {
    return null;
  }
})();

function hijriAt(ms: number): { y: number; m: number; d: number } | null {
  if (!UMM_AL_QURA) return null;
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of UMM_AL_QURA.formatToParts(ms)) {
    if (p.type === "year") y = Number.parseInt(p.value, 10);
    else if (p.type === "month") m = Number.parseInt(p.value, 10);
    else if (p.type === "day") d = Number.parseInt(p.value, 10);
  }
  return y > 0 && m > 0 && d > 0 ? { y, m, d } : null;
}

/**
 * The Gregorian day of a Hijri (Umm al-Qura) date, or null when it does not exist (30th of a
 * 29-day month) or the runtime has no Islamic calendar. The arithmetic (tabular) calendar
 * gives a first guess within two days; Intl then finds the exact day a few steps around it.
 */
export function hijriToGregorian(
  y: number,
  m: number,
  d: number,
): { year: number; month: number; day: number } | null {
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > 30) return null;
  const key = y * 10_000 + m * 100 + d;
  const cached = hijriCache.get(key);
  if (cached !== undefined) return cached;
  const g = convertHijri(y, m, d);
  if (hijriCache.size >= 10_000) hijriCache.clear();
  hijriCache.set(key, g);
  return g;
}

/** Conversions repeat (one article names the same day many times): memoised, bounded. */
const hijriCache = new Map<number, { year: number; month: number; day: number } | null>();

function convertHijri(
  y: number,
  m: number,
  d: number,
): { year: number; month: number; day: number } | null {
  const jd =
    d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439.5 - 1;
  const guess = Math.round((jd - 2440587.5) * DAY_MS);
  for (const delta of [0, 1, -1, 2, -2, 3, -3, 4, -4]) {
    const ms = guess + delta * DAY_MS;
    const h = hijriAt(ms);
    if (h && h.y === y && h.m === m && h.d === d) {
      const g = new Date(ms);
      return { year: g.getUTCFullYear(), month: g.getUTCMonth() + 1, day: g.getUTCDate() };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Relative dates: weekdays, أمس، اليوم، غدا, resolved against the publication date.

/** Weekday names → JavaScript day numbers (Sunday 0). */
const WEEKDAY_NUMBERS = keyMap<number>([
  ["الأحد", 0],
  ["الاثنين", 1],
  ["الإثنين", 1],
  ["الثلاثاء", 2],
  ["الأربعاء", 3],
  ["الخميس", 4],
  ["الجمعة", 5],
  ["السبت", 6],
]);
const PAST = keySet(["الماضي", "المنصرم", "الفائت", "السابق", "الفايت"]);
const NEXT = keySet(["المقبل", "القادم", "المقبلة", "القادمة"]);

function sideOf(t: Token | undefined): "past" | "next" | null {
  if (!t) return null;
  return PAST.has(t.norm) ? "past" : NEXT.has(t.norm) ? "next" : null;
}

/**
 * The year of day/month strictly before (past) or after (next) the publication day: «19
 * سبتمبر الماضي» in an article of 8 October 2016 is 2016, in one of 5 March 2017 it is 2016.
 */
function yearAround(published: string, month: number, day: number, side: "past" | "next") {
  const ms = parseIsoDay(published);
  if (ms === null) return null;
  const pub = new Date(ms);
  const [py, pm, pd] = [pub.getUTCFullYear(), pub.getUTCMonth() + 1, pub.getUTCDate()];
  const before = month < pm || (month === pm && day < pd);
  const after = month > pm || (month === pm && day > pd);
  const year = side === "past" ? (before ? py : py - 1) : after ? py : py + 1;
  return validDay(year, month, day) ? year : null;
}
/** «بين الاثنين», «كلا الاثنين»: «the two», not Monday. */
const NOT_WEEKDAY_BEFORE = keySet(["بين", "كلا", "كلتا", "من", "احد", "إحدى"]);
const YAWM = keySet(["يوم", "ليل", "ليلة", "فجر", "صباح", "مساء", "ظهر", "عصر", "نهار"]);
const TODAY = normalizeArabic("اليوم");
const TO = normalizeArabic("إلى");
const YESTERDAY = normalizeArabic("أمس");
const TOMORROW = keySet(["غدا", "غدًا", "غداً"]);
const FIRST = normalizeArabic("الأول");
/** After «اليوم»: «اليوم التالي», «اليوم نفسه» — another day, not today. */
const NOT_TODAY_AFTER = keySet(["نفسه", "ذاته", "ذلك", "عينه", "التالي", "السابق", "الأخير"]);
const NOT_TODAY_BEFORE = keySet(["نفس", "ذات", "ذلك", "هذا", "حتى", "الى", "إلى", "منذ", "لغاية"]);

/** Readings with only a conjunction in front (و، ف), the article kept. */
function bareStems(t: Token | undefined): string[] {
  if (!t) return [];
  const out = [t.norm];
  const c = t.norm.charCodeAt(0);
  if ((c === 0x0648 || c === 0x0641) && t.norm.length > 3) out.push(t.norm.slice(1));
  return out;
}

function parseIsoDay(iso: string): number | null {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return validDay(y, mo, d) ? Date.UTC(y, mo - 1, d) : null;
}

function relativeDate(ms: number, text: string): FactDate {
  const g = new Date(ms);
  return {
    day: g.getUTCDate(),
    month: g.getUTCMonth() + 1,
    year: g.getUTCFullYear(),
    text,
    resolved: "relative",
    hijri: null,
  };
}

/**
 * Weekdays («الثلاثاء», «يوم الاثنين», «الثلاثاء الماضي», «الخميس المقبل»), «أمس» («أمس
 * الأول»: the day before), «اليوم» and «غدا», resolved against `published` (YYYY-MM-DD) as
 * dates with resolved "relative". A bare weekday is the most recent such day on or before
 * publication; «الماضي» makes it strictly before; «المقبل/القادم» the next one after. A
 * weekday written next to a date («الخميس 28 مارس») is part of that explicit date and
 * skipped. Returns [] when `published` is not a valid day: nothing is guessed.
 */
export function findRelativeDates(
  text: string,
  tokens: readonly Token[],
  published: string | null,
): FactDate[] {
  if (published === null) return [];
  const pub = parseIsoDay(published);
  if (pub === null) return [];
  const pubDay = new Date(pub).getUTCDay();
  const out: FactDate[] = [];
  const slice = (a: number, b: number) => text.slice(tokens[a]?.start ?? 0, tokens[b]?.end ?? 0);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const forms = bareStems(t);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    let wd: number | undefined;
    for (const f of forms) wd ??= WEEKDAY_NUMBERS.get(f);
    if (wd !== undefined) {
      if (prev && NOT_WEEKDAY_BEFORE.has(prev.norm)) continue;
      // Part of an explicit date: «الخميس 28 مارس 2024», «الأحد، 5 نيسان».
      if (next && /^[0-9]/.test(next.norm) && next.start - t.end <= 3) continue;
      let start = i;
      if (prev && bareStems(prev).some((f) => YAWM.has(f)) && t.start - prev.end <= 2)
        start = i - 1;
      let end = i;
      let delta = (pubDay - wd + 7) % 7;
      if (next && PAST.has(next.norm)) {
        if (delta === 0) delta = 7;
        end = i + 1;
      } else if (next && NEXT.has(next.norm)) {
        delta = -((wd - pubDay + 7) % 7 || 7);
        end = i + 1;
      }
      out.push(relativeDate(pub - delta * DAY_MS, slice(start, end)));
      i = end;
      continue;
    }
    if (forms.includes(YESTERDAY) || forms.includes(`بال${YESTERDAY}`)) {
      const beforeYesterday = next?.norm === FIRST;
      out.push(
        relativeDate(
          pub - (beforeYesterday ? 2 : 1) * DAY_MS,
          slice(i, beforeYesterday ? i + 1 : i),
        ),
      );
      if (beforeYesterday) i++;
      continue;
    }
    if (forms.includes(TODAY) && t.norm.length <= 6) {
      // «اليوم التالي», «اليوم الأول», «اليوم الذي»: an adjective or relative makes it another day.
      const adjective = next?.norm.startsWith("ال") && next.norm !== TO;
      if (next && (NOT_TODAY_AFTER.has(next.norm) || adjective)) continue;
      if (prev && NOT_TODAY_BEFORE.has(prev.norm)) continue;
      out.push(relativeDate(pub, slice(i, i)));
      continue;
    }
    if (forms.some((f) => TOMORROW.has(f))) out.push(relativeDate(pub + DAY_MS, slice(i, i)));
  }
  return out;
}

/**
 * A line that is only a date («الخميس 28 مارس 2024», «2024/3/28», «الأحد 5 رمضان 1437 هـ
 * الموافق 10 يونيو 2016 م»): a page date printed above the article. Returns YYYY-MM-DD, or
 * null when the line says anything else.
 */
export function parseDateLine(line: string): string | null {
  if (line.length > 200) return null;
  const ascii = asciiDigits(line);
  const tokens = tokenize(ascii);
  if (tokens.length === 0 || tokens.length > 16) return null;
  const dates = findDates(ascii, tokens);
  // A Gregorian date wins over the Hijri one it is paired with.
  const full =
    dates.find((d) => d.day !== null && d.month !== null && d.year !== null && d.hijri === null) ??
    dates.find((d) => d.day !== null && d.month !== null && d.year !== null);
  if (!full || full.day === null || full.month === null || full.year === null) return null;
  const covered = new Set<string>();
  for (const d of dates) for (const t of tokenize(d.text)) covered.add(t.norm);
  for (const t of tokens) {
    if (covered.has(t.norm) || WEEKDAYS.has(t.norm) || LINE_WORDS.has(t.norm)) continue;
    if (/^[0-9]{1,2}$/.test(t.norm)) continue; // a time of day
    return null;
  }
  return isoDay(full.year, full.month, full.day);
}

/** Words a date-only line may also hold: «الموافق», era marks, am/pm, «آخر تحديث». */
const LINE_WORDS = keySet([
  "الموافق",
  "م",
  "ص",
  "ه",
  "هـ",
  "ميلادي",
  "هجري",
  "مساء",
  "صباحا",
  "GMT",
  "بتوقيت",
  "غرينتش",
  "مكة",
  "المكرمة",
  "آخر",
  "تحديث",
  "نشر",
  "النشر",
  "تاريخ",
  "بتاريخ",
  "في",
]);

export function isoDay(y: number, m: number, d: number): string {
  const pad = (v: number) => String(v).padStart(2, "0");
  return `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
}
