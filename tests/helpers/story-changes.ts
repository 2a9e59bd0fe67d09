/**
 * A report that changes in every way a publish must follow, for the tests that compare an
 * incremental or resident publish with a full build: the synthetic story's first articles
 * (`writeFirst`), then (`applyChanges`) the newest of the rest and one old article added, one
 * removed, one changed (title and text), and another outlet's report of an old incident, so
 * the incident's range changes on every page that summarises it, not only the new article's.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { buildStoryCorpus } from "../../bench/story-corpus.ts";
import {
  type ArticleDocument,
  articleKey,
  writeArticleMarkdown,
} from "../../functions/core/article-document.ts";

export const CHANGE_CORPUS = 130;
/** Held back from the first state: the newest ones and one back-filled among the old. */
const isHeld = (i: number) => i === 10 || i >= 115;
export const CHANGED = 40;
const REMOVED = 3;
const REPORTED_AGAIN = 50;

export function changingStory(contentDir: string) {
  const corpus = buildStoryCorpus(CHANGE_CORPUS);
  const write = (doc: ArticleDocument) =>
    writeFile(join(contentDir, articleKey(doc.frontmatter.id)), writeArticleMarkdown(doc));
  return {
    corpus,
    /** Ids of articles that appear, or change, in applyChanges. */
    touched: [10, CHANGED, 120].map((i) => corpus[i]?.frontmatter.id as string),
    async writeFirst() {
      await mkdir(join(contentDir, "articles"), { recursive: true });
      for (const [i, doc] of corpus.entries()) if (!isHeld(i)) await write(doc);
    },
    async applyChanges() {
      for (const [i, doc] of corpus.entries()) if (isHeld(i)) await write(doc);
      await rm(join(contentDir, articleKey(corpus[REMOVED]?.frontmatter.id as string)));
      const changed = corpus[CHANGED] as ArticleDocument;
      await write({
        ...changed,
        frontmatter: {
          ...changed.frontmatter,
          title: { ...changed.frontmatter.title, en: "Changed" },
        },
        paragraphs: [...changed.paragraphs, "فقرة أضيفت إلى النص بعد نشره."],
      });
      const reported = corpus[REPORTED_AGAIN] as ArticleDocument;
      const id = "2000000000000001";
      await write({
        frontmatter: {
          ...reported.frontmatter,
          id,
          title: { ar: "تقرير ثان عن الحادثة نفسها", en: null },
          outlet: { ar: "الجزيرة", en: "Al Jazeera", via: "dateline" },
          entities: reported.frontmatter.entities.filter((e) => e.type === "place"),
          figures: reported.frontmatter.figures.map((f) => ({ ...f, count: f.count + 1 })),
          quotes: [],
          source: {
            ...reported.frontmatter.source,
            keys: ["inbox/second.txt"],
            sha256: id.repeat(4),
          },
          ingested: "2026-02-01T00:00:00.000Z",
        },
        paragraphs: ["أفادت مصادر طبية بسقوط جرحى في قصف استهدف سوقا شعبية صباح اليوم."],
      });
    },
  };
}

/** Every file under a folder by relative path, but the search index (made after, apart). */
export async function siteFiles(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path);
    if (name.startsWith("pagefind/")) continue;
    out.set(name, await readFile(path));
  }
  return out;
}

/** The files of `expected` that `actual` lacks or holds other bytes for, and its extra files. */
export function differences(actual: Map<string, Buffer>, expected: Map<string, Buffer>) {
  return {
    differing: [...expected].filter(([p, bytes]) => !actual.get(p)?.equals(bytes)).map(([p]) => p),
    extra: [...actual.keys()].filter((p) => !expected.has(p)),
  };
}
