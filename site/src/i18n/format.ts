/**
 * Turning facts into words in the page's language: numbers, figures, dates, names,
 * and the English one-line summary. Everything here returns plain text; the
 * components decide the markup (and wrap Arabic text on English pages).
 */
import type {
  BilingualName,
  Entity,
  EntityType,
  FactDate,
  Facts,
  Figure,
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
export function formatFactDate(lang: Lang, date: FactDate): string | undefined {
  const { day, month, year } = date;
  if (year === null || month === null) return undefined;
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  // Date.UTC maps years 0–99 to 1900–1999; set the year explicitly.
  value.setUTCFullYear(year);
  if (day === null) return monthFormats[lang].format(value);
  if (value.getUTCDate() !== day) return undefined; // 31 February and the like
  return dayFormats[lang].format(value);
}

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

/** The figures to headline: largest first, at most `limit`. */
export function topFigures(figures: readonly Figure[], limit: number): Figure[] {
  return [...figures].sort((a, b) => b.count - a.count).slice(0, limit);
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
  const figure = largestFigure(facts.figures);
  if (figure) {
    const places = figure.places.flatMap((p) => (p.en ? [p.en] : []));
    parts.push(
      `${capitalise(figureHead("en", figure))}${places.length ? ` in ${places.join(", ")}` : ""}.`,
    );
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
