/**
 * The articles: the Markdown files the extractor writes, read from the content folder
 * (TAQRIR_CONTENT_DIR/articles/*.md) when a page asks, and sorted once per round. They are
 * read here rather than through an Astro content collection so that no article is bundled
 * into the site's code: the same bundle then renders any later state of the content, which
 * is what lets the resident renderer (functions/publish/site-renderer.ts) publish one new
 * article without building the site again.
 *
 * A file is read again only when it changed (a new inode, size or time: the store replaces
 * files by rename). Each file is checked against THE facts schema (functions/core/facts.ts);
 * one that fails stops the build with InvalidArticleFile naming it, and the builder sets it
 * aside (functions/publish/build-site.ts).
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { InvalidArticleError, readArticleFile } from "../../../functions/core/article-file.ts";
import type { ArticleFrontmatter } from "../../../functions/core/facts.ts";
import { runPool } from "../../../functions/core/pool.ts";
import { newestFirst } from "./order.ts";
import { perRound } from "./round.ts";

export type Article = ArticleFrontmatter;

/** One stored article: its id (the file's name), its facts and its text. */
export interface ArticleEntry {
  readonly id: string;
  readonly data: Article;
  readonly paragraphs: readonly string[];
}

/** A file the site cannot read as an article; its message names it for the builder. */
export class InvalidArticleFile extends Error {
  override name = "InvalidArticleFile";
  readonly file: string;
  constructor(file: string, reason: string) {
    super(`taqrir refused articles/${file}: ${reason}`);
    this.file = file;
  }
}

function articlesDir(): string {
  const dir = process.env.TAQRIR_CONTENT_DIR;
  if (!dir) throw new Error("TAQRIR_CONTENT_DIR is not set (astro.config.mjs sets it)");
  return join(dir, "articles");
}

/** Files read so far, by name, with the stamp of the version read. */
const read = new Map<string, { readonly stamp: string; readonly entry: ArticleEntry }>();

/** Files opened at once: enough to keep the disk busy, few enough for any descriptor limit. */
const PARALLEL = 64;

/** `read`'s result, or null when the file or folder is not there (removed meanwhile). */
async function unlessGone<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** The article in a file, or null when the file has gone (removed since the listing). */
async function load(dir: string, name: string): Promise<ArticleEntry | null> {
  const path = join(dir, name);
  const info = await unlessGone(stat(path));
  if (!info) return null;
  const stamp = `${info.ino}:${info.size}:${info.mtimeMs}`;
  const known = read.get(name);
  if (known?.stamp === stamp) return known.entry;
  const id = name.slice(0, -".md".length);
  let entry: ArticleEntry;
  try {
    const text = await unlessGone(readFile(path, "utf8"));
    if (text === null) return null;
    const doc = readArticleFile(text);
    if (doc.frontmatter.id !== id) {
      throw new InvalidArticleError(`it holds article ${doc.frontmatter.id}: the names must match`);
    }
    entry = { id, data: doc.frontmatter, paragraphs: doc.paragraphs };
  } catch (error) {
    if (error instanceof InvalidArticleError) throw new InvalidArticleFile(name, error.message);
    throw error;
  }
  read.set(name, { stamp, entry });
  return entry;
}

async function readAll(): Promise<ArticleEntry[]> {
  const dir = articlesDir();
  const names = ((await unlessGone(readdir(dir))) ?? []).filter((n) => n.endsWith(".md")).sort();
  const entries: (ArticleEntry | null)[] = new Array(names.length);
  await runPool([...names.keys()], PARALLEL, async (k) => {
    entries[k] = await load(dir, names[k] as string);
  });
  const present = new Set(names);
  for (const name of read.keys()) if (!present.has(name)) read.delete(name);
  return entries.filter((e): e is ArticleEntry => e !== null);
}

/** Every article, newest first (lib/order.ts), read once per round. */
export const articlesNewestFirst = perRound(async () =>
  newestFirst(await readAll(), (entry) => entry.data),
);

/** Articles per home page. */
export const PAGE_SIZE = 30;

/** How many items each feed carries (the newest). */
export const FEED_SIZE = 100;
