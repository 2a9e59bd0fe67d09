/**
 * extractArticle: decoded article text → facts and cleaned paragraphs.
 *
 * Passes (each its own module): size check → the article record (publication metadata,
 * furniture removal, tokens, entity mentions: article/record.ts) → dateline
 * (page/dateline/found.ts) → title → the outlet (metadata, dateline credit, credit lines, "told",
 * masthead) → the body, paragraph by paragraph: quotes with speakers, casualty figures,
 * explicit dates, then relative dates resolved against the publication date
 * (article/paragraphs.ts). Pure and synchronous; all tables are built once at module load.
 *
 * `extractFacts` is the pipeline itself and lets any bug surface (the property tests call it);
 * `extractArticle` adds the size limit and a safety net for production.
 */

import { readBody } from "./article/paragraphs.ts";
import { type ArticleRecord, type GivenMetadata, readArticle } from "./article/record.ts";
import {
  DEFAULT_MAX_BYTES,
  type Extraction,
  type ExtractOptions,
  InputTooLargeError,
  utf8Length,
} from "./contract.ts";
import { toEntities } from "./entities/index.ts";
import { type FoundDateline, findDateline } from "./page/dateline/found.ts";
import { findOutlet } from "./page/outlet.ts";
import { deriveTitle, MAX_HEADLINE, trimAtWord } from "./page/title.ts";
import { wordCount } from "./text/sentences.ts";

export type { GivenMetadata } from "./article/record.ts";
export type { Extraction, ExtractOptions } from "./contract.ts";
export { DEFAULT_MAX_BYTES, EXTRACTOR_VERSION, InputTooLargeError } from "./contract.ts";

/** Shown when a text has no words at all: the schema needs a non-empty title. */
const UNTITLED = "بدون عنوان";

/**
 * The pipeline: a short list of passes over one article record. Throws only on a bug: the
 * property tests call this directly so that any exception fails them instead of being
 * absorbed by `extractArticle`'s safety net.
 */
export function extractFacts(text: string, given: GivenMetadata = {}): Extraction {
  const article = readArticle(text, given);
  const dateline = findDateline(article);
  const title = titleOf(article, dateline, text);
  // Publication: the file's metadata, else the dateline's date, else a page date line.
  const published = article.metaPublished ?? dateline?.facts.date ?? article.cleaned.pageDate;
  const outlet = findOutlet({
    metadata: article.publishers,
    dateline: dateline?.credits ?? [],
    credits: article.cleaned.credits,
    article: { paragraphs: article.scanned, tokens: article.tokens, mentions: article.mentions },
    mastheads: article.cleaned.mastheads,
  });
  const body = readBody(article, dateline, published);
  return {
    facts: {
      title: { ar: title, en: null },
      lead: article.paragraphs[0] ?? "",
      published,
      dateline: dateline?.facts ?? null,
      outlet,
      url: given.url ?? null,
      author: given.author ?? null,
      entities: toEntities(article.mentions),
      figures: body.figures,
      uncounted: body.uncounted,
      quotes: body.quotes,
      dates: body.dates,
    },
    paragraphs: article.paragraphs,
  };
}

/** The stated title, else the headline line, else the lead (without its dateline). */
function titleOf(article: ArticleRecord, dateline: FoundDateline | null, text: string): string {
  const stated = article.metaTitle;
  return (
    (stated ? trimAtWord(stated.trim(), MAX_HEADLINE) || null : null) ??
    (deriveTitle(article.cleaned.headline, leadForTitle(article.paragraphs, dateline)).trim() ||
      trimAtWord(text.trim()) ||
      UNTITLED)
  );
}

/** Fewer words than this left after a dateline («القاهرة - بوابة الأهرام») make no title. */
const MIN_TITLE_WORDS = 4;

/**
 * The paragraph a headline-less article takes its title from: the lead without its dateline
 * («بيروت (رويترز) - …»), or the next paragraph when the lead is only a dateline and a credit.
 */
function leadForTitle(paragraphs: readonly string[], dateline: FoundDateline | null): string {
  const lead = paragraphs[0] ?? "";
  if (dateline === null || dateline.para !== 0) return lead;
  const rest = lead.slice(dateline.end).trim();
  if (wordCount(rest) >= MIN_TITLE_WORDS) return rest;
  return paragraphs[1] ?? (rest || lead);
}

/** What is left when the pipeline fails: the text's lines, and a title from the first one. */
function fallback(input: string): Extraction {
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
      outlet: null,
      url: null,
      author: null,
      entities: [],
      figures: [],
      uncounted: [],
      quotes: [],
      dates: [],
    },
    paragraphs,
  };
}

/** Throws InputTooLargeError when `text` is over the limit; does nothing otherwise. */
export function checkSize(text: string, options: ExtractOptions = {}): void {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Every UTF-16 unit is at least one UTF-8 byte and at most three: count only when needed.
  if (text.length * 3 <= max) return;
  const bytes = text.length > max ? Math.max(text.length, utf8Length(text)) : utf8Length(text);
  if (bytes > max) throw new InputTooLargeError(bytes, max);
}

/**
 * Facts of one article. Throws InputTooLargeError for a text over `maxBytes` (UTF-8, default
 * 2 MB) and nothing else: a failure anywhere in the pipeline degrades to a title-and-text-only
 * result, so one odd article never stops a batch.
 */
export function extractArticle(
  text: string,
  options: ExtractOptions = {},
  given: GivenMetadata = {},
): Extraction {
  const input = typeof text === "string" ? text : String(text ?? "");
  checkSize(input, options);
  try {
    return extractFacts(input, given);
  } catch {
    return fallback(input);
  }
}
