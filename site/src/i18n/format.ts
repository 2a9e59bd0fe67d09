/**
 * Turning facts into words in the page's language: numbers, figures, dates, names,
 * and the English one-line summary. Everything here returns plain text; the
 * components decide the markup (and wrap Arabic text on English pages).
 */

import { nearestYear } from "../../../functions/core/consolidate/timeline.ts";
import type {
  BilingualName,
  Entity,
  EntityType,
  FactDate,
  Facts,
  Figure,
  FigureKind,
  FigureUnit,
  Qualifier,
} from "../../../functions/core/facts.ts";
import { type ArabicCountForms, type Lang, t } from "./strings.ts";

/** Western digits on both editions, as the articles themselves write them. */
export const LOCALES: Record<Lang, string> = { ar: "ar-u-nu-latn", en: "en-GB" };

const numberFormats = {
  // Arabic reports write 3000, not 3,000.
  ar: new Intl.NumberFormat(LOCALES.ar, { useGrouping: false }),
  en: new Intl.NumberFormat(LOCALES.en),
};
const utc = { timeZone: "UTC" } as const;
const dayFormats = {
  ar: new Intl.DateTimeFormat(LOCALES.ar, { ...utc, dateStyle: "long" }),
  en: new Intl.DateTimeFormat(LOCALES.en, { ...utc, dateStyle: "long" }),
};
const monthFormats = {
  ar: new Intl.DateTimeFormat(LOCALES.ar, { ...utc, month: "long", year: "numeric" }),
  en: new Intl.DateTimeFormat(LOCALES.en, { ...utc, month: "long", year: "numeric" }),
};

export const formatNumber = (lang: Lang, n: number): string => numberFormats[lang].format(n);

/** A YYYY-MM-DD day or an ISO datetime, as a long date in the page's locale. */
export function formatDay(lang: Lang, isoDayOrDateTime: string): string {
  const date = new Date(
    /^\d{4}-\d{2}-\d{2}$/.test(isoDayOrDateTime)
      ? `${isoDayOrDateTime}T00:00:00Z`
      : isoDayOrDateTime,
  );
  return Number.isNaN(date.getTime()) ? isoDayOrDateTime : dayFormats[lang].format(date);
}

/**
 * A date found in the text, in the page's locale when it is complete enough to be
 * (day-month-year, or month-year); undefined means "show it as written".
 */
export function formatFactDate(
  lang: Lang,
  date: FactDate,
  published: string | null = null,
): string | undefined {
  const { day, month } = date;
  if (month === null) return undefined;
  const year = date.year ?? (day !== null && published ? nearestYear(month, day, published) : null);
  if (year === null) {
    // «22 ايار/مايو» with no year anywhere: "22 May", not the Arabic as written.
    return day === null ? undefined : formatStoryDate(lang, `--${pad2(month)}-${pad2(day)}`);
  }
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  // Date.UTC maps years 0–99 to 1900–1999; set the year explicitly.
  value.setUTCFullYear(year);
  if (day === null) return monthFormats[lang].format(value);
  if (value.getUTCDate() !== day) return undefined; // 31 February and the like
  return dayFormats[lang].format(value);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** A name in the page's language, if it has one there (Arabic names always do). */
export const nameIn = (lang: Lang, name: BilingualName): string | null =>
  lang === "ar" ? name.ar : name.en;

/** A name as plain text: the page's language, else the Arabic as written. */
export const namePlain = (lang: Lang, name: BilingualName): string => nameIn(lang, name) ?? name.ar;

function arabicCounted(n: number, forms: ArabicCountForms) {
  if (n === 1) return `${forms.one} ${forms.feminine ? "واحدة" : "واحد"}`;
  if (n === 2) return forms.two;
  const num = formatNumber("ar", n);
  const rest = n % 100;
  if (rest >= 3 && rest <= 10) return `${num} ${forms.few}`;
  if (rest >= 11 || n < 100) return `${num} ${forms.many}`;
  return `${num} ${forms.one}`; // 100, 200, 1000…: the genitive singular
}

/** "على الأقل" follows the counted words in Arabic; the other qualifiers precede them. */
function arabicQualified(counted: string, qualifier: Qualifier, word: string): string {
  if (!word) return counted;
  return qualifier === "at_least" ? `${counted} ${word}` : `${word} ${counted}`;
}

/**
 * "more than 250 killed" / "أكثر من 250 قتيلا" (places and source are shown apart). A figure
 * without a unit counts people.
 */
export function figureHead(
  lang: Lang,
  figure: Pick<Figure, "kind" | "count" | "qualifier"> & { readonly unit?: FigureUnit },
): string {
  const s = t(lang);
  const qualifier = s.qualifiers[figure.qualifier];
  const kind = s.figureKinds[figure.kind];
  if (figure.unit === "families") return familiesHead(lang, figure, kind);
  if (typeof kind === "string") {
    return [qualifier, formatNumber(lang, figure.count), kind].filter(Boolean).join(" ");
  }
  return arabicQualified(arabicCounted(figure.count, kind), figure.qualifier, qualifier);
}

/** "about 300 families displaced" / «نزوح نحو 300 عائلة». */
function familiesHead(
  lang: Lang,
  figure: Pick<Figure, "kind" | "count" | "qualifier">,
  kind: string | ArabicCountForms,
): string {
  const s = t(lang);
  const qualifier = s.qualifiers[figure.qualifier];
  const forms = s.familyCount;
  if (!("two" in forms)) {
    const noun = figure.count === 1 ? forms.one : forms.many;
    const after = typeof kind === "string" ? kind : "";
    return [qualifier, formatNumber(lang, figure.count), noun, after].filter(Boolean).join(" ");
  }
  const counted = arabicQualified(arabicCounted(figure.count, forms), figure.qualifier, qualifier);
  const event = s.familyEvents?.[figure.kind];
  return event ? `${event} ${counted}` : counted;
}

/** A figure's breakdown: "including about 50 children" / "بينهم نحو 50 طفلا". */
export function figureParts(lang: Lang, figure: Pick<Figure, "parts">): string {
  const s = t(lang);
  const parts = figure.parts.map((part) => {
    const qualifier = s.qualifiers[part.qualifier];
    const group = namePlain(lang, part.group);
    const count = formatNumber(lang, part.count);
    // "على الأقل" follows the counted noun in Arabic; the other qualifiers precede the number.
    if (lang === "ar" && part.qualifier === "at_least") return `${count} ${group} ${qualifier}`;
    return [qualifier, count, group].filter(Boolean).join(" ");
  });
  return parts.length > 0 ? `${s.including} ${parts.join(s.listSeparator)}` : "";
}

/** The whole figure as one line of plain text, for feeds and summaries. */
export function figurePlain(lang: Lang, figure: Figure): string {
  const s = t(lang);
  const places = figure.places.map((p) => namePlain(lang, p)).join(s.listSeparator);
  const parts = figureParts(lang, figure);
  const source = figure.source ? ` (${s.according(namePlain(lang, figure.source))})` : "";
  return `${figureHead(lang, figure)}${parts ? `${s.listSeparator}${parts}` : ""}${places ? ` — ${places}` : ""}${source}`;
}

/** Entities of one type, most mentioned first (stable for equal counts). */
export function entitiesOfType(entities: readonly Entity[], type: EntityType): Entity[] {
  return entities
    .map((entity, index) => ({ entity, index }))
    .filter(({ entity }) => entity.type === type)
    .sort((a, b) => b.entity.mentions - a.entity.mentions || a.index - b.index)
    .map(({ entity }) => entity);
}

/** The figure with the largest count (the first such when several tie). */
export function largestFigure(figures: readonly Figure[]): Figure | undefined {
  let best: Figure | undefined;
  for (const figure of figures) if (!best || figure.count > best.count) best = figure;
  return best;
}

/** The largest figure of each kind, deaths first (KIND_ORDER), at most `limit` kinds. */
export function headlineFigures(figures: readonly Figure[], limit: number): Figure[] {
  const out: Figure[] = [];
  for (const kind of KIND_ORDER) {
    const best = largestFigure(figures.filter((f) => f.kind === kind));
    if (best) out.push(best);
  }
  return out.slice(0, limit);
}

const englishNames = (entities: readonly Entity[], limit: number): string[] =>
  entities.flatMap((e) => (e.name.en ? [e.name.en] : [])).slice(0, limit);

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The English one-line summary of an article, generated from its facts (never a
 * translation): the largest figure, then the main places, people and organisations
 * that have an English name.
 */
export function englishSummary(facts: Pick<Facts, "entities" | "figures">): string {
  const parts: string[] = [];
  // Deaths first, then the next kind: "12 killed and 30 injured", never the injured alone.
  const lead = headlineFigures(facts.figures, 2);
  if (lead.length > 0) {
    const places = [...new Set(lead.flatMap((f) => f.places.flatMap((p) => (p.en ? [p.en] : []))))];
    const heads = lead.map((f) => figureHead("en", f)).join(" and ");
    parts.push(`${capitalise(heads)}${places.length ? ` in ${places.join(", ")}` : ""}.`);
  }
  const groups: [EntityType, string][] = [
    ["place", "Places"],
    ["person", "People"],
    ["org", "Organisations"],
  ];
  for (const [type, label] of groups) {
    const names = englishNames(entitiesOfType(facts.entities, type), 3);
    if (names.length > 0) parts.push(`${label}: ${names.join(", ")}.`);
  }
  return parts.length > 0
    ? parts.join(" ")
    : "Arabic article; no figures or names with an English form were extracted.";
}

/** The order incidents are headlined in: deaths first, a reader looks for them first. */
export const KIND_ORDER: readonly FigureKind[] = [
  "killed",
  "injured",
  "missing",
  "arrested",
  "displaced",
];

/**
 * An incident's figure: "250 killed", or its range "250–300 killed" / «250–300 قتيلا» (the
 * counted word agrees with the highest count). Never a sum: a range of reports.
 */
export function incidentHead(
  lang: Lang,
  incident: {
    readonly kind: FigureKind;
    readonly unit: FigureUnit;
    readonly range: { readonly min: number; readonly max: number };
  },
): string {
  const head = figureHead(lang, {
    kind: incident.kind,
    unit: incident.unit,
    count: incident.range.max,
    qualifier: "exact",
  });
  if (incident.range.min === incident.range.max) return head;
  const max = formatNumber(lang, incident.range.max);
  return head.replace(max, `${formatNumber(lang, incident.range.min)}–${max}`);
}

const monthDayFormats = {
  ar: new Intl.DateTimeFormat(LOCALES.ar, { ...utc, month: "long", day: "numeric" }),
  en: new Intl.DateTimeFormat(LOCALES.en, { ...utc, month: "long", day: "numeric" }),
};
const yearFormats = {
  ar: new Intl.DateTimeFormat(LOCALES.ar, { ...utc, year: "numeric" }),
  en: new Intl.DateTimeFormat(LOCALES.en, { ...utc, year: "numeric" }),
};

/**
 * A timeline date in the page's language: "22 May 2016", "May 2016", "2016", or "22 May"
 * when no year is known (the model writes that --05-22).
 */
export function formatStoryDate(lang: Lang, date: string): string {
  const noYear = /^--(\d{2})-(\d{2})$/.exec(date);
  if (noYear) {
    // 2000 is a leap year: 29 February formats too.
    return monthDayFormats[lang].format(
      new Date(Date.UTC(2000, Number(noYear[1]) - 1, Number(noYear[2]))),
    );
  }
  const [y, m, d] = date.split("-").map(Number);
  const value = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  value.setUTCFullYear(y ?? 1970);
  if (d !== undefined) return dayFormats[lang].format(value);
  if (m !== undefined) return monthFormats[lang].format(value);
  return yearFormats[lang].format(value);
}
