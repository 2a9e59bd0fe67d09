/**
 * The story model of this build: every article consolidated once (functions/core/consolidate)
 * and shared by every page and feed, which read it and never recompute it.
 */
import { bodyParagraphs } from "../../../functions/core/article-document.ts";
import {
  consolidate,
  type ReportArticle,
  type StoryModel,
} from "../../../functions/core/consolidate/index.ts";
import { type ArticleEntry, articlesNewestFirst } from "./articles.ts";

export interface Story {
  readonly model: StoryModel;
  readonly articles: ReadonlyMap<string, ReportArticle>;
  /** Articles to list and publish: newest first, the same text uploaded twice listed once. */
  readonly listed: readonly ArticleEntry[];
}

let story: Promise<Story> | undefined;

export function getStory(): Promise<Story> {
  story ??= articlesNewestFirst().then((entries) => {
    const model = consolidate(
      entries.map((e) => ({ frontmatter: e.data, paragraphs: bodyParagraphs(e.body ?? "") })),
    );
    const articles = new Map(model.articles.map((a) => [a.id, a]));
    return { model, articles, listed: entries.filter((e) => articles.has(e.id)) };
  });
  return story;
}
