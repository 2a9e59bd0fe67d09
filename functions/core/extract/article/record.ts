/**
 * The article record the passes share: the page as read (metadata, furniture removed, title
 * line apart) and the scanned paragraphs with their tokens and entity mentions. Built once;
 * every later pass reads it and none changes it.
 */
import type { Mention } from "../entities/index.ts";
import { findMentions } from "../entities/index.ts";
import { splitFusedTokens } from "../gazetteer/fused.ts";
import { readMetadata } from "../page/dateline.ts";
import { type CleanedText, removeFurniture } from "../page/furniture.ts";
import { type Token, tokenize } from "../text/tokenize.ts";

/** Metadata an upload's format gave besides its text (see functions/core/formats). */
export interface GivenMetadata {
  readonly title?: string | null;
  readonly published?: string | null;
  /** Publisher names, most trusted first. */
  readonly publishers?: readonly string[];
  readonly url?: string | null;
  readonly author?: string | null;
}

export interface ArticleRecord {
  /** The title and date the file's format or its own metadata stated, if any. */
  readonly metaTitle: string | null;
  readonly metaPublished: string | null;
  /** Publisher names, the format's first, then the text's own. */
  readonly publishers: readonly string[];
  /** The page without its furniture (dateline line, credits, page date, mastheads). */
  readonly cleaned: CleanedText;
  /** The body's paragraphs, without the title line. */
  readonly paragraphs: readonly string[];
  /** The title line first when there is one (it names entities), then the paragraphs. */
  readonly scanned: readonly string[];
  /** Index in `scanned` of the first body paragraph (1 after a title line, else 0). */
  readonly offset: number;
  readonly tokens: readonly (readonly Token[])[];
  readonly mentions: readonly Mention[];
  /** The mentions of each scanned paragraph, in text order. */
  readonly byPara: ReadonlyMap<number, readonly Mention[]>;
}

/**
 * What the file's format stated (a page's JSON-LD, a Word file's properties) comes first;
 * what the text itself states (frontmatter, HTML meta in a .txt) fills the gaps.
 */
export function readArticle(text: string, given: GivenMetadata): ArticleRecord {
  const own = readMetadata(text);
  const cleaned = removeFurniture(own.body);
  const headline = cleaned.headline;
  // The title line is not repeated as a paragraph.
  const paragraphs = cleaned.lines.filter((l) => headline === null || l !== headline);
  // The headline is scanned for entities too (it names them), but not for quotes or figures.
  const scanned = headline ? [headline, ...paragraphs] : [...paragraphs];
  // Names a scraper fused («الولاياتالمتحدة») are read as their words.
  const tokens = scanned.map((p) => splitFusedTokens(tokenize(p)));
  const mentions = findMentions(scanned, tokens);
  return {
    metaTitle: given.title ?? own.title,
    metaPublished: given.published ?? own.published,
    publishers: [...(given.publishers ?? []), ...own.publishers],
    cleaned,
    paragraphs,
    scanned,
    offset: headline ? 1 : 0,
    tokens,
    mentions,
    byPara: mentionsByParagraph(mentions),
  };
}

function mentionsByParagraph(mentions: readonly Mention[]): Map<number, Mention[]> {
  const byPara = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byPara.get(m.para) ?? [];
    list.push(m);
    byPara.set(m.para, list);
  }
  return byPara;
}
