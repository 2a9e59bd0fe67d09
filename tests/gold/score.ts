/**
 * Gold scoring, as /work/shared/gold/README.md defines it (copied to tests/gold/seeds.json):
 *
 * - entity found: a reported entity whose English name equals one of the gold `en` (case,
 *   accents, hyphens and a leading "al-" ignored) or whose Arabic name/alias equals one of the
 *   gold `ar` after normalisation (hamza/alef, ى/ي, ة/ه, diacritics, tatweel, leading clitics);
 * - precision counts every reported entity matching no gold entity; reported entities that
 *   match only optional gold items are neutral, as are optional gold items for recall;
 * - figure found: kind and count match (qualifier accuracy measured on found figures);
 * - quote found: its text starts with `starts` (normalised); speaker right when it resolves to
 *   the gold speaker's entity (or both are null);
 * - date found: day, month and year all equal.
 */

import {
  normalizeArabic,
  stripLeadingClitics,
} from "../../functions/core/extract/text/normalize.ts";
import type { Entity, Facts } from "../../functions/core/facts.ts";

export interface GoldEntity {
  type: string;
  en: string[];
  ar: string[];
  optional?: boolean;
}
export interface GoldArticle {
  id: string;
  published: string | null;
  entities: GoldEntity[];
  figures: {
    kind: string;
    count: number;
    qualifier: string;
    place: string[];
    optional?: boolean;
  }[];
  quotes: { speaker: string | null; starts: string; optional?: boolean }[];
  dates: { day: number | null; month: number | null; year: number | null; optional?: boolean }[];
  boilerplate: string[];
}

export function englishKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[-‐‑–—]/g, " ")
    .replace(/^al\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function arabicKey(name: string): string {
  return stripLeadingClitics(name);
}

interface Named {
  name: { ar: string; en: string | null };
  aliases?: readonly string[];
}

export function matchesGold(reported: Named, gold: GoldEntity): boolean {
  const en = reported.name.en;
  if (en !== null && gold.en.some((g) => englishKey(g) === englishKey(en))) return true;
  const ars = [reported.name.ar, ...(reported.aliases ?? [])].map(arabicKey);
  return gold.ar.some((g) => ars.includes(arabicKey(g)));
}

export function englishRight(reported: Named, gold: GoldEntity): boolean {
  const en = reported.name.en;
  return en !== null && gold.en.some((g) => englishKey(g) === englishKey(en));
}

export interface Counts {
  entTp: number; // reported entities matching a required gold entity
  entFp: number; // reported entities matching no gold entity
  entFound: number; // required gold entities found
  entGold: number; // required gold entities
  enRight: number; // found gold entities whose English name is right
  figFound: number;
  figGold: number;
  qualRight: number;
  quoteFound: number;
  quoteGold: number;
  speakerRight: number;
  dateFound: number;
  dateGold: number;
  missed: string[];
  spurious: string[];
}

export function emptyCounts(): Counts {
  return {
    entTp: 0,
    entFp: 0,
    entFound: 0,
    entGold: 0,
    enRight: 0,
    figFound: 0,
    figGold: 0,
    qualRight: 0,
    quoteFound: 0,
    quoteGold: 0,
    speakerRight: 0,
    dateFound: 0,
    dateGold: 0,
    missed: [],
    spurious: [],
  };
}

export function add(a: Counts, b: Counts): Counts {
  return {
    entTp: a.entTp + b.entTp,
    entFp: a.entFp + b.entFp,
    entFound: a.entFound + b.entFound,
    entGold: a.entGold + b.entGold,
    enRight: a.enRight + b.enRight,
    figFound: a.figFound + b.figFound,
    figGold: a.figGold + b.figGold,
    qualRight: a.qualRight + b.qualRight,
    quoteFound: a.quoteFound + b.quoteFound,
    quoteGold: a.quoteGold + b.quoteGold,
    speakerRight: a.speakerRight + b.speakerRight,
    dateFound: a.dateFound + b.dateFound,
    dateGold: a.dateGold + b.dateGold,
    missed: [...a.missed, ...b.missed],
    spurious: [...a.spurious, ...b.spurious],
  };
}

export function normStarts(s: string): string {
  return normalizeArabic(s)
    .replace(/[^\p{L}\p{N} ]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function score(facts: Omit<Facts, "id">, gold: GoldArticle): Counts {
  const c = emptyCounts();
  // Entities.
  for (const e of facts.entities) {
    const hits = gold.entities.filter((g) => matchesGold(e, g));
    if (hits.length === 0) {
      c.entFp++;
      c.spurious.push(`${gold.id}: ${e.type} ${e.name.en ?? e.name.ar}`);
    } else if (hits.some((g) => !g.optional)) c.entTp++;
  }
  for (const g of gold.entities) {
    if (g.optional) continue;
    c.entGold++;
    const found = facts.entities.find((e: Entity) => matchesGold(e, g));
    if (!found) {
      c.missed.push(`${gold.id}: entity ${g.en[0]}`);
      continue;
    }
    c.entFound++;
    if (englishRight(found, g)) c.enRight++;
  }
  // Figures.
  for (const g of gold.figures) {
    if (g.optional) continue;
    c.figGold++;
    const found = facts.figures.find((f) => f.kind === g.kind && f.count === g.count);
    if (!found) {
      c.missed.push(`${gold.id}: figure ${g.kind} ${g.count}`);
      continue;
    }
    c.figFound++;
    if (found.qualifier === g.qualifier) c.qualRight++;
  }
  // Quotes.
  for (const g of gold.quotes) {
    if (g.optional) continue;
    c.quoteGold++;
    const start = normStarts(g.starts);
    const found = facts.quotes.find((q) => normStarts(q.text).startsWith(start));
    if (!found) {
      c.missed.push(`${gold.id}: quote ${g.starts}`);
      continue;
    }
    c.quoteFound++;
    const goldSpeaker =
      g.speaker === null ? null : gold.entities.find((e) => e.en.includes(g.speaker ?? ""));
    const right =
      g.speaker === null
        ? found.speaker === null
        : found.speaker !== null &&
          (goldSpeaker
            ? matchesGold({ name: found.speaker }, goldSpeaker)
            : englishKey(found.speaker.en ?? "") === englishKey(g.speaker));
    if (right) c.speakerRight++;
    else
      c.missed.push(
        `${gold.id}: speaker of «${g.starts}» = ${found.speaker?.en ?? found.speaker?.ar ?? "null"}`,
      );
  }
  // Dates.
  for (const g of gold.dates) {
    if (g.optional) continue;
    c.dateGold++;
    if (facts.dates.some((d) => d.day === g.day && d.month === g.month && d.year === g.year))
      c.dateFound++;
    else c.missed.push(`${gold.id}: date ${g.day}/${g.month}/${g.year}`);
  }
  return c;
}

export interface Metrics {
  entityPrecision: number;
  entityRecall: number;
  englishAccuracy: number;
  figureRecall: number;
  qualifierAccuracy: number;
  quoteRecall: number;
  speakerAccuracy: number;
  dateRecall: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function metrics(c: Counts): Metrics {
  return {
    entityPrecision: ratio(c.entTp, c.entTp + c.entFp),
    entityRecall: ratio(c.entFound, c.entGold),
    englishAccuracy: ratio(c.enRight, c.entFound),
    figureRecall: ratio(c.figFound, c.figGold),
    qualifierAccuracy: ratio(c.qualRight, c.figFound),
    quoteRecall: ratio(c.quoteFound, c.quoteGold),
    speakerAccuracy: ratio(c.speakerRight, c.quoteFound),
    dateRecall: ratio(c.dateFound, c.dateGold),
  };
}
