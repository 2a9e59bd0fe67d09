/**
 * Incremental builds: after articles are added (at the newest end and back-filled among the
 * old ones), changed and removed, a build that reuses the previous build's cache writes a
 * dist/ byte-identical to a full build of the same content, while rendering fewer pages;
 * and a rebuild with nothing changed renders only the pages that carry no cache key.
 */
import { link, mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStoryCorpus } from "../../bench/story-corpus.ts";
import {
  type ArticleDocument,
  articleKey,
  writeArticleMarkdown,
} from "../../functions/core/article-document.ts";
import { buildSite } from "../../functions/publish/build-site.ts";
import { changingStory } from "../helpers/story-changes.ts";
import { tempDir } from "../helpers/temp-dir.ts";

/** Every file under a folder, by relative path. */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path), await readFile(path));
  }
  return out;
}

/** What Astro said it did with each page: "restored" from the cache or rendered. */
function pageLog(lines: readonly string[]) {
  const restored: string[] = [];
  const rendered: string[] = [];
  for (const line of lines) {
    const m = /[├└]─ (\S+) \((restored|\+\d+ms)\)/.exec(line);
    if (!m) continue;
    (m[2] === "restored" ? restored : rendered).push(m[1] as string);
  }
  return { restored, rendered };
}

/** Pages built without a cache key: the ones that summarise the whole story. */
const UNKEYED =
  /^\/(404\.html|robots\.txt|sitemap\.xml|index\.html|(ar|en)\/(index\.html|rss\.xml|(methodology|search|articles|incidents|people|organisations|places)\/index\.html))$/;

describe("an incremental site build", () => {
  let root: Awaited<ReturnType<typeof tempDir>>;
  const content = () => join(root.path, "content");
  let story: ReturnType<typeof changingStory>;
  const build = async (outDir: string, incremental = true) => {
    const lines: string[] = [];
    const result = await buildSite({
      contentDir: content(),
      outDir: join(root.path, outDir),
      incremental,
      onLog: (line) => lines.push(line),
    });
    return { result, ...pageLog(lines) };
  };
  let second: Awaited<ReturnType<typeof build>>;
  let third: Awaited<ReturnType<typeof build>>;
  let first: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    root = await tempDir("incremental");
    story = changingStory(content());
    await story.writeFirst();
    first = await build("dist");
    await story.applyChanges();
    second = await build("dist");
    third = await build("dist");
  }, 240_000);
  afterAll(() => root?.cleanup());

  it("renders every page the first time and saves a cache", () => {
    expect(first.result.cache).toBe("fresh");
    expect(first.restored).toEqual([]);
  });

  it("reuses unchanged pages after a change", () => {
    expect(second.result.cache).toBe("reused");
    expect(second.restored.length).toBeGreaterThan(second.rendered.length);
    // The changed article and the new ones were rendered again.
    for (const id of story.touched) {
      expect(second.rendered).toContain(`/en/articles/${id}/index.html`);
    }
  });

  it("writes the same bytes as a full build of the same content", async () => {
    const full = await build("dist-full", false);
    expect(full.result.cache).toBe("off");
    expect(full.restored).toEqual([]);
    const incremental = await files(join(root.path, "dist"));
    const expected = await files(join(root.path, "dist-full"));
    expect([...incremental.keys()].sort()).toEqual([...expected.keys()].sort());
    const differing = [...expected].filter(
      ([path, bytes]) => !incremental.get(path)?.equals(bytes),
    );
    expect(differing.map(([path]) => path)).toEqual([]);
  }, 120_000);

  it("renders only the unkeyed pages when nothing changed", () => {
    expect(third.result.cache).toBe("reused");
    expect(third.rendered.filter((path) => !UNKEYED.test(path))).toEqual([]);
    expect(third.restored.length + third.rendered.length).toBe(
      second.restored.length + second.rendered.length,
    );
  });

  it("links unchanged pages to the cache, and never changes a served page in place", async () => {
    const own = await tempDir("incremental-links");
    try {
      const docs = buildStoryCorpus(12);
      const contentDir = join(own.path, "content");
      await mkdir(join(contentDir, "articles"), { recursive: true });
      const put = (doc: ArticleDocument) =>
        writeFile(join(contentDir, articleKey(doc.frontmatter.id)), writeArticleMarkdown(doc));
      for (const doc of docs) await put(doc);
      const outDir = join(own.path, "dist");
      const build = () => buildSite({ contentDir, outDir });
      await build();
      await build();
      const target = docs[3] as ArticleDocument;
      const page = join(outDir, "en", "articles", target.frontmatter.id, "index.html");
      // Restored by a hard link to the cache's copy, not a copy of it.
      expect((await stat(page)).nlink).toBeGreaterThanOrEqual(2);
      const kept = join(own.path, "kept.html");
      await link(page, kept);
      const before = await readFile(kept, "utf8");

      await put({
        ...target,
        frontmatter: { ...target.frontmatter, title: { ...target.frontmatter.title, en: "Again" } },
      });
      await build();
      // The page was rendered again; the file the previous site served still has its bytes.
      expect(await readFile(page, "utf8")).not.toBe(before);
      expect(await readFile(kept, "utf8")).toBe(before);
    } finally {
      await own.cleanup();
    }
  }, 120_000);
});
