/**
 * Explicit calendar dates in both Arabic month traditions: Gregorian transliterations
 * (يناير… incl. Egyptian يونيه/يوليه and Maghrebi جوان/جويلية/أوت) and the Syriac-derived
 * Levantine names (كانون الثاني… أيلول، تشرين). Outlets often pair them («أيار/مايو»,
 * «فبراير (شباط)»), which must read as one date. A month alone («منتصف أيار») is not a date;
 * a bare year needs a cue («سنة 2011»، «منذ 2011») so that resolution numbers and
 * conference names («جنيف ــ 2012») are not dates.
 */
import type { FactDate } from "../facts.ts";
import { cliticSplits, keyMap, keySet } from "./normalize.ts";
import { type Token, tokenize } from "./tokenize.ts";

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
]);
/** Two-word Levantine months: كانون/تشرين + الأول/الثاني. */
const PAIRED = keyMap<number>([
  ["كانون الثاني", 1],
  ["كانون الاول", 12],
  ["تشرين الاول", 10],
  ["تشرين الثاني", 11],
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

const WEEKDAYS = keySet(["السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"]);
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

/** The month a token names (clitics allowed: «وفبراير», «لشباط»). */
function monthOf(tokens: readonly Token[], i: number): { month: number; len: number } | null {
  const t = tokens[i];
  if (!t) return null;
  for (const { stem: s } of cliticSplits(t.norm)) {
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

function year(t: Token | undefined): number | null {
  if (!t || !/^[0-9]{4}$/.test(t.norm)) return null;
  const y = Number(t.norm);
  return y >= 1900 && y <= 2100 ? y : null;
}

/** Only spaces, slashes, dashes, commas or brackets may sit between the parts of one date. */
function joined(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return false;
  const gap = text.slice(a.end, b.start);
  return gap.length <= 4 && /^[\s/()\-–،,]*$/.test(gap);
}

export function findDates(text: string, tokens: readonly Token[] = tokenize(text)): FactDate[] {
  const out: FactDate[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const m = monthOf(tokens, i);
    if (!m) continue;
    // Day before the month: «22 أيار», «الرابع من أيار».
    let day: number | null = null;
    let start = i;
    const prev = tokens[i - 1];
    if (
      prev &&
      /^[0-9]{1,2}$/.test(prev.norm) &&
      joined(text, prev, tokens[i]) &&
      !used.has(i - 1)
    ) {
      const d = Number(prev.norm);
      if (d >= 1 && d <= 31) {
        day = d;
        start = i - 1;
      }
    } else if (stem(prev) === "من") {
      for (const back of [2, 3]) {
        const o = ordinalDay(tokens, i - back);
        if (o && o.len === back - 1) {
          day = o.day;
          start = i - back;
          break;
        }
      }
    }
    let end = i + m.len;
    // A paired month in the other tradition: «أيار/مايو», «فبراير (شباط)».
    const alt = monthOf(tokens, end);
    if (alt && alt.month === m.month && joined(text, tokens[end - 1], tokens[end])) end += alt.len;
    let y = year(tokens[end]);
    if (y !== null && joined(text, tokens[end - 1], tokens[end])) end += 1;
    else if (
      (stem(tokens[end]) === "عام" || stem(tokens[end]) === "سنه") &&
      year(tokens[end + 1])
    ) {
      y = year(tokens[end + 1]);
      end += 2;
    } else y = null;
    if (day === null && y === null) continue;
    for (let k = start; k < end; k++) used.add(k);
    const first = tokens[start];
    const last = tokens[end - 1];
    if (!first || !last) continue;
    // Keep the bracket of «فبراير (شباط)» when the date ends inside it.
    let stop = last.end;
    if (text[stop] === ")" && text.slice(first.start, stop).includes("(")) stop++;
    out.push({ ...EXPLICIT, day, month: m.month, year: y, text: text.slice(first.start, stop) });
  }
  // Bare years with a cue word.
  for (let i = 1; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const y = year(tokens[i]);
    if (y === null) continue;
    const cue = tokens[i - 1];
    if (!cue || !cliticSplits(cue.norm).some((c) => YEAR_CUES.has(c.stem))) continue;
    if (!joined(text, cue, tokens[i])) continue;
    out.push({
      ...EXPLICIT,
      day: null,
      month: null,
      year: y,
      text: text.slice(cue.start, tokens[i]?.end),
    });
  }
  // Numeric dates: 28/03/2024, 2024-03-28.
  for (const m of text.matchAll(
    /(?<![0-9])([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})(?![0-9])/g,
  )) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = Number(m[3]);
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && y >= 1900 && y <= 2100) {
      out.push({ ...EXPLICIT, day: d, month: mo, year: y, text: m[0] });
    }
  }
  for (const m of text.matchAll(/(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])/g)) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && y >= 1900 && y <= 2100) {
      out.push({ ...EXPLICIT, day: d, month: mo, year: y, text: m[0] });
    }
  }
  return out;
}

/**
 * A line that is only a date («الخميس 28 مارس 2024», «2024/3/28»): a page date printed above
 * the article. Returns YYYY-MM-DD, or null when the line says anything else.
 */
export function parseDateLine(line: string): string | null {
  const ascii = line.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x0660));
  const tokens = tokenize(ascii);
  if (tokens.length === 0 || tokens.length > 8) return null;
  const dates = findDates(ascii, tokens);
  const full = dates.find((d) => d.day !== null && d.month !== null && d.year !== null);
  if (!full || full.day === null || full.month === null || full.year === null) return null;
  const covered = new Set(tokenize(full.text).map((t) => t.norm));
  for (const t of tokens) {
    if (covered.has(t.norm) || WEEKDAYS.has(t.norm) || t.norm === "الموافق") continue;
    if (/^[0-9]{1,2}$/.test(t.norm) || t.norm === "م" || t.norm === "ص") continue; // a time of day
    return null;
  }
  const pad = (v: number) => String(v).padStart(2, "0");
  return `${full.year}-${pad(full.month)}-${pad(full.day)}`;
}
