/**
 * extractArticle: decoded article text → facts and cleaned paragraphs.
 *
 * Pipeline (each step its own module): furniture removal → title and lead → tokens →
 * entity mentions (gazetteer + role phrases) → quotes with speakers, casualty figures,
 * explicit dates. Pure and synchronous; all tables are built once at module load.
 */
import type { FactDate, Figure, Quote } from "../facts.ts";
import type { Extraction } from "./contract.ts";
import { findDates } from "./dates.ts";
import { findMentions, type Mention, toEntities } from "./entities.ts";
import { findFigures, mergeFigures } from "./figures.ts";
import { removeFurniture } from "./furniture.ts";
import type { GazEntity } from "./gazetteer/index.ts";
import { findQuotes } from "./quotes.ts";
import { deriveTitle, trimAtWord } from "./title.ts";
import { tokenize } from "./tokenize.ts";

export type { Extraction } from "./contract.ts";
export { EXTRACTOR_VERSION } from "./contract.ts";

/** Shown when a text has no words at all: the schema needs a non-empty title. */
const UNTITLED = "بدون عنوان";

function extract(text: string): Extraction {
  const cleaned = removeFurniture(text);
  const headline = cleaned.headline;
  const headlineKey = headline;
  // The title line is not repeated as a paragraph.
  const paragraphs = cleaned.lines.filter((l) => headlineKey === null || l !== headlineKey);
  const lead = paragraphs[0] ?? "";
  const title = deriveTitle(headline, lead).trim() || trimAtWord(text.trim()) || UNTITLED;

  // The headline is scanned for entities too (it names them), but not for quotes or figures.
  const scanned = headline ? [headline, ...paragraphs] : [...paragraphs];
  const offset = headline ? 1 : 0;
  const tokens = scanned.map((p) => tokenize(p));
  const mentions = findMentions(scanned, tokens);
  const byPara = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byPara.get(m.para) ?? [];
    list.push(m);
    byPara.set(m.para, list);
  }

  const quotes: Quote[] = [];
  const figures: Figure[] = [];
  const dates: FactDate[] = [];
  const seenDates = new Set<string>();
  let carry: GazEntity | null = null;
  for (let p = offset; p < scanned.length; p++) {
    const ctx = { text: scanned[p] ?? "", tokens: tokens[p] ?? [], mentions: byPara.get(p) ?? [] };
    const q = findQuotes(ctx, carry);
    quotes.push(...q.quotes);
    carry = q.carry;
    figures.push(...findFigures(ctx));
    for (const d of findDates(ctx.text, ctx.tokens)) {
      const key = `${d.day}/${d.month}/${d.year}`;
      if (seenDates.has(key)) continue;
      seenDates.add(key);
      dates.push(d);
    }
  }

  return {
    facts: {
      title: { ar: title, en: null },
      lead,
      published: cleaned.pageDate,
      dateline: null,
      entities: toEntities(mentions),
      figures: mergeFigures(figures),
      quotes,
      dates,
    },
    paragraphs,
  };
}

/** Never throws: a failure anywhere degrades to a title-and-text-only result. */
export function extractArticle(text: string): Extraction {
  const input = typeof text === "string" ? text : String(text ?? "");
  try {
    return extract(input);
  } catch {
    const paragraphs = input
      .split(/\n+/)
      .map((l) => l.trim())
      .filter((l) => l !== "");
    const first = paragraphs[0] ?? "";
    return {
      facts: {
        title: { ar: trimAtWord(first) || UNTITLED, en: null },
        lead: first,
        published: null,
        dateline: null,
        entities: [],
        figures: [],
        quotes: [],
        dates: [],
      },
      paragraphs,
    };
  }
}
