/**
 * Reads every stored article (`articles/<id>.md`) from content storage, for consolidation.
 * A file that is not a valid article is reported, not fatal: one bad file must not hide the
 * rest of the story.
 */
import { type ArticleDocument, readArticleMarkdown } from "./article-document.ts";
import type { Storage } from "./storage/storage.ts";

const ARTICLE = /^articles\/[0-9a-f]{16}\.md$/;

export interface StoredArticles {
  readonly docs: ArticleDocument[];
  readonly problems: { readonly key: string; readonly message: string }[];
}

export async function readStoredArticles(content: Storage): Promise<StoredArticles> {
  const docs: ArticleDocument[] = [];
  const problems: { key: string; message: string }[] = [];
  for (const object of await content.list("articles/")) {
    if (!ARTICLE.test(object.key)) continue;
    const bytes = await content.get(object.key);
    if (!bytes) continue;
    try {
      docs.push(readArticleMarkdown(new TextDecoder().decode(bytes)));
    } catch (error) {
      problems.push({ key: object.key, message: (error as Error).message });
    }
  }
  return { docs, problems };
}
