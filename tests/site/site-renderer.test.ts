/**
 * The resident renderer (functions/publish/site-renderer.ts): the first update builds the
 * site; later ones render only the pages whose data changed into the served folder, and the
 * result is the same bytes as a full build of the same content. It sets aside files the
 * schema refuses as a build does, never changes a served file in place, and falls back to a
 * build when its view of the served folder can no longer be trusted.
 */
import { link, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStoryCorpus } from "../../bench/story-corpus.ts";
import {
  type ArticleDocument,
  articleKey,
  writeArticleMarkdown,
} from "../../functions/core/article-document.ts";
import { buildSite } from "../../functions/publish/build-site.ts";
import { SiteRenderer, type SiteUpdate } from "../../functions/publish/site-renderer.ts";
import { changingStory, differences, siteFiles } from "../helpers/story-changes.ts";
import { tempDir } from "../helpers/temp-dir.ts";

describe("the resident site renderer", () => {
  let root: Awaited<ReturnType<typeof tempDir>>;
  let renderer: SiteRenderer;
  let first: SiteUpdate;
  let second: SiteUpdate;
  let third: SiteUpdate;
  let story: ReturnType<typeof changingStory>;
  const dist = () => join(root.path, "dist");

  beforeAll(async () => {
    root = await tempDir("renderer");
    const content = join(root.path, "content");
    story = changingStory(content);
    await story.writeFirst();
    renderer = new SiteRenderer({ contentDir: content, outDir: dist() });
    first = await renderer.update();
    await first.searchIndexed;
    await story.applyChanges();
    second = await renderer.update();
    await second.searchIndexed;
    third = await renderer.update();
    await third.searchIndexed;
  }, 240_000);
  afterAll(async () => {
    await renderer?.close();
    await root?.cleanup();
  });

  it("builds first, then writes only the files whose bytes changed", () => {
    expect(first.how).toBe("built");
    expect(second.how).toBe("updated");
    expect(second.written).toBeGreaterThan(0);
    expect(second.written).toBeLessThan(second.pages / 2);
    // The removed article's page in each language, and pages of entities only it named.
    expect(second.removed).toBeGreaterThanOrEqual(2);
    // Nothing changed: nothing written.
    expect(third).toMatchObject({ how: "updated", written: 0, removed: 0, pages: second.pages });
  });

  it("leaves the served folder as a full build of the same content would", async () => {
    const full = join(root.path, "dist-full");
    await buildSite({ contentDir: join(root.path, "content"), outDir: full, incremental: false });
    const { differing, extra } = differences(await siteFiles(dist()), await siteFiles(full));
    expect(differing).toEqual([]);
    expect(extra).toEqual([]);
    for (const id of story.touched) {
      expect(
        (await readFile(join(dist(), "en", "articles", id, "index.html"))).length,
      ).toBeGreaterThan(0);
    }
  }, 120_000);

  it("indexes each update for search", async () => {
    const indexed = await second.searchIndexed;
    expect(indexed).toBeGreaterThan(await first.searchIndexed);
    const entry = JSON.parse(
      await readFile(join(dist(), "pagefind", "pagefind-entry.json"), "utf8"),
    );
    expect(Object.keys(entry.languages).sort()).toEqual(["ar", "en"]);
  });
});

interface RunningSite {
  readonly dir: string;
  readonly contentDir: string;
  readonly outDir: string;
  readonly renderer: SiteRenderer;
  put(doc: ArticleDocument): Promise<void>;
  /** Where an article's English page is served from. */
  page(doc: ArticleDocument): string;
}

describe("the resident site renderer, when things go wrong", () => {
  const small = buildStoryCorpus(12);

  /** A renderer that has built 10 of the small story's articles, for `test`; closed after. */
  async function withSite(name: string, test: (site: RunningSite) => Promise<void>) {
    const dir = await tempDir(name);
    const contentDir = join(dir.path, "content");
    const outDir = join(dir.path, "dist");
    const renderer = new SiteRenderer({ contentDir, outDir });
    try {
      await mkdir(join(contentDir, "articles"), { recursive: true });
      const put = (doc: ArticleDocument) =>
        writeFile(join(contentDir, articleKey(doc.frontmatter.id)), writeArticleMarkdown(doc));
      for (const doc of small.slice(0, 10)) await put(doc);
      const built = await renderer.update();
      expect(built.how).toBe("built");
      await built.searchIndexed;
      const page = (doc: ArticleDocument) =>
        join(outDir, "en", "articles", doc.frontmatter.id, "index.html");
      await test({ dir: dir.path, contentDir, outDir, renderer, put, page });
    } finally {
      await renderer.close();
      await dir.cleanup();
    }
  }

  it(
    "sets aside an article file the schema refuses and publishes the rest",
    () =>
      withSite("renderer-invalid", async (site) => {
        const bad = small[2] as ArticleDocument;
        const file = join(site.contentDir, articleKey(bad.frontmatter.id));
        const markdown = await readFile(file, "utf8");
        expect(markdown).toMatch(/mentions: \d/);
        await writeFile(file, markdown.replace(/mentions: \d+/, "mentions: -4"));
        await site.put(small[10] as ArticleDocument);
        const update = await site.renderer.update();
        expect(update.how).toBe("updated");
        expect(update.setAside).toEqual([
          expect.objectContaining({
            file: `articles/${bad.frontmatter.id}.md`,
            movedTo: `invalid/${bad.frontmatter.id}.md`,
            reason: expect.stringMatching(/mentions/),
          }),
        ]);
        await expect(readFile(site.page(small[10] as ArticleDocument))).resolves.toBeDefined();
        await expect(readFile(site.page(bad))).rejects.toThrow(/ENOENT/);
      }),
    120_000,
  );

  it(
    "replaces a changed page by a new file: the previous file keeps its bytes",
    () =>
      withSite("renderer-in-place", async (site) => {
        const target = small[3] as ArticleDocument;
        const kept = join(site.dir, "kept.html");
        await link(site.page(target), kept);
        const before = await readFile(kept, "utf8");
        await site.put({
          ...target,
          frontmatter: {
            ...target.frontmatter,
            title: { ...target.frontmatter.title, en: "Again" },
          },
        });
        const update = await site.renderer.update();
        expect(update.how).toBe("updated");
        expect(await readFile(site.page(target), "utf8")).toContain("Again");
        expect(await readFile(kept, "utf8")).toBe(before);
      }),
    120_000,
  );

  it(
    "builds instead when another build replaced the served folder, or the renderer died",
    () =>
      withSite("renderer-fallback", async (site) => {
        // Another build (its own throwaway cache: the renderer holds this output's) swaps in a
        // new folder: the renderer's view of what is served no longer holds.
        await site.put(small[10] as ArticleDocument);
        await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
        await site.put(small[11] as ArticleDocument);
        const afterSwap = await site.renderer.update();
        expect(afterSwap).toMatchObject({
          how: "built",
          fellBack: expect.stringMatching(/replaced/),
        });
        await expect(readFile(site.page(small[11] as ArticleDocument))).resolves.toBeDefined();

        const pid = site.renderer.pid;
        expect(pid).toBeGreaterThan(0);
        process.kill(pid as number, "SIGKILL");
        const afterDeath = await site.renderer.update();
        expect(afterDeath).toMatchObject({
          how: "built",
          fellBack: expect.stringMatching(/stopped/),
        });
        expect(site.renderer.pid).not.toBe(pid);
        // And updates resume with the new renderer.
        expect((await site.renderer.update()).how).toBe("updated");
      }),
    180_000,
  );
});
