/**
 * A year or a month named by its side of the publication date: «العام الماضي» (the year
 * before), «الشهر المقبل» (the month after), «السنة الحالية» (the year publication falls in).
 * Dates with no day, resolved "relative"; nothing without a publication date. And a period
 * named as the one of the date before it («في العام نفسه»).
 */
import type { FactDate } from "../../facts.ts";
import { table, words } from "../lexicon/index.ts";
import type { Token } from "../text/tokenize.ts";
import { validDay } from "./day.ts";
import { GREGORIAN, monthAt } from "./months.ts";
import { dayBefore } from "./parts.ts";

const PERIOD_NOUNS = table<"year" | "month">("calendar", "period-nouns");
const SIDES: readonly [ReadonlySet<string>, number][] = [
  [words("calendar", "period-past"), -1],
  [words("calendar", "period-next"), 1],
  [words("calendar", "period-current"), 0],
];

/** How every period noun ends (normalised): other words are turned away before any slicing. */
const ENDINGS = [...PERIOD_NOUNS.keys()].map((w) => w.slice(-3));

/** The period noun a token is, behind «و»/«ف» and with «لل»/«بال» for the article. */
function periodOf(t: Token): "year" | "month" | null {
  const norm = t.norm;
  if (!ENDINGS.some((e) => norm.endsWith(e))) return null;
  let w = norm;
  if (w.startsWith("و") || w.startsWith("ف")) w = w.slice(1);
  if (w.startsWith("لل")) w = `ا${w.slice(1)}`;
  else if (w.startsWith("بال")) w = w.slice(1);
  return PERIOD_NOUNS.get(w) ?? null;
}

/**
 * «العام» after a definite noun is the adjective "general": «الأمين العام المقبل» is the next
 * Secretary-General, not next year. (A definite subject before «العام الماضي» is lost with it.)
 */
function general(t: Token, prev: Token | undefined): boolean {
  return !!prev && t.norm.endsWith("عام") && /^[وف]?ال/.test(prev.norm);
}

/** The period `by` years or months from the publication year and month, written `text`. */
function shifted(
  period: "year" | "month",
  py: number,
  pm: number,
  by: number,
  text: string,
): FactDate {
  const months = py * 12 + (pm - 1) + (period === "month" ? by : 12 * by);
  const year = Math.floor(months / 12);
  return {
    resolved: "relative",
    hijri: null,
    day: null,
    month: period === "month" ? (months % 12) + 1 : null,
    year,
    text,
  };
}

/** The period and its shift from publication named at token i («العام الماضي»: year, −1). */
export function periodAt(
  tokens: readonly Token[],
  i: number,
): { period: "year" | "month"; by: number } | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next) return null;
  const period = periodOf(t);
  if (!period || next.start - t.end > 2 || general(t, tokens[i - 1])) return null;
  const side = SIDES.find(([set]) => set.has(next.norm));
  return side ? { period, by: side[1] } : null;
}

/**
 * Every «العام الماضي»-like period in the tokens, against a publication day (UTC ms); a day
 * written before a month («12 الشهر الجاري», «الخامس من الشهر الماضي») makes it a full date.
 */
export function periodDates(text: string, tokens: readonly Token[], pub: number): FactDate[] {
  const g = new Date(pub);
  const [py, pm] = [g.getUTCFullYear(), g.getUTCMonth() + 1];
  const out: FactDate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const at = periodAt(tokens, i);
    if (!at) continue;
    const t = tokens[i] as Token;
    const end = (tokens[i + 1] as Token).end;
    const date = shifted(at.period, py, pm, at.by, text.slice(t.start, end));
    const day = at.period === "month" ? dayBefore(text, tokens, i, NONE) : null;
    if (
      day &&
      date.month !== null &&
      date.year !== null &&
      validDay(date.year, date.month, day.day)
    ) {
      const first = tokens[day.start] as Token;
      out.push({ ...date, day: day.day, text: text.slice(first.start, end) });
    } else out.push(date);
    i++;
  }
  return out;
}
const NONE: ReadonlySet<number> = new Set();

/**
 * The month, and the day before it, that «من» + the period noun at `from` follows («آب من
 * العام نفسه»), with where they start; null when no month stands there.
 */
function monthOfSameYear(
  text: string,
  tokens: readonly Token[],
  from: number,
  year: number,
): { month: number; day: number | null; start: number } | null {
  if (tokens[from - 1]?.norm !== "من") return null;
  for (let j = from - 3; j <= from - 2; j++) {
    const m = j >= 0 ? monthAt(GREGORIAN, tokens, j) : null;
    if (!m || j + m.len !== from - 1) continue;
    const d = dayBefore(text, tokens, j, NONE);
    if (d && validDay(year, m.month, d.day)) return { month: m.month, day: d.day, start: d.start };
    return { month: m.month, day: null, start: j };
  }
  return null;
}

/** «17 من الشهر ذاته», «الخامس من الشهر نفسه»: the day written before, in the month before. */
function dayOfSameMonth(
  text: string,
  tokens: readonly Token[],
  from: number,
  ref: FactDate,
): { month: number; day: number | null; start: number } | null {
  if (ref.year === null || ref.month === null) return null;
  const d = dayBefore(text, tokens, from, NONE);
  return d && validDay(ref.year, ref.month, d.day)
    ? { month: ref.month, day: d.day, start: d.start }
    : null;
}

const SAME_AFTER = words("calendar", "period-same");

/** «من العام نفسه» at token k: the date before it takes its year from an earlier date. */
export function sameYearAt(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k + 1];
  return (
    tokens[k]?.norm === "من" &&
    !!noun &&
    periodOf(noun) === "year" &&
    SAME_AFTER.has(tokens[k + 2]?.norm ?? "")
  );
}
const SAME_BEFORE = words("calendar", "period-same-before");

/**
 * «اعتقل في 2012، وأفرج عنه في العام نفسه», «في نفس الشهر»: the year (and month) of the date
 * written before, which `before(offset)` gives (null: none, and nothing is guessed).
 */
export function samePeriodDates(
  text: string,
  tokens: readonly Token[],
  before: (offset: number) => FactDate | null,
): FactDate[] {
  const out: FactDate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const period = periodOf(tokens[i] as Token);
    if (!period) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const from = prev && SAME_BEFORE.has(prev.norm) ? i - 1 : i;
    const to = next && SAME_AFTER.has(next.norm) ? i + 1 : i;
    // «الأمين العام نفسه» is the Secretary-General himself.
    if (from === to || (from === i && general(tokens[i] as Token, prev))) continue;
    const ref = before((tokens[from] as Token).start);
    if (!ref || ref.year === null || (period === "month" && ref.month === null)) continue;
    // «في آب من العام نفسه», «17 آب من العام ذاته»: the month (and day) written before.
    const named =
      period === "year"
        ? monthOfSameYear(text, tokens, from, ref.year)
        : dayOfSameMonth(text, tokens, from, ref);
    out.push({
      resolved: "relative",
      hijri: null,
      day: named?.day ?? null,
      month: named?.month ?? (period === "month" ? ref.month : null),
      year: ref.year,
      text: text.slice((tokens[named?.start ?? from] as Token).start, (tokens[to] as Token).end),
    });
    i = to;
  }
  return out;
}
