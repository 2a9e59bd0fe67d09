/**
 * The articles, read once per build and sorted once: every page and feed that lists
 * them shares this list, so a build over n articles does O(n log n) work here in total.
 */
import { type CollectionEntry, getCollection } from "astro:content";
import { newestFirst } from "./order.ts";

export type ArticleEntry = CollectionEntry<"articles">;
export type Article = ArticleEntry["data"];

let sorted: Promise<ArticleEntry[]> | undefined;

export function articlesNewestFirst(): Promise<ArticleEntry[]> {
  sorted ??= getCollection("articles").then((entries) => {
    for (const entry of entries) {
      if (entry.id !== entry.data.id) {
        throw new Error(
          `articles/${entry.id}.md holds article ${entry.data.id}: the names must match`,
        );
      }
    }
    return newestFirst(entries, (entry) => entry.data);
  });
  return sorted;
}

/** Articles per home page. */
export const PAGE_SIZE = 30;

/** How many items each feed carries (the newest). */
export const FEED_SIZE = 100;
