/**
 * The real pipeline end to end: the sample articles go through reconcile (decode +
 * extractor + writer) into a content folder, and the site is built from it. Runs once
 * the extractor (functions/core/extract/index.ts) exists.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { buildSite } from "../../functions/publish/build-site.ts";
import { tempDir } from "../helpers/temp-dir.ts";
import { all, attr, filesUnder, htmlElement, readPage, text } from "./html.ts";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const extractorReady = existsSync(join(repo, "functions/core/extract/index.ts"));
const samplesDir = [join(repo, "samples"), "/work/shared/samples"].find((dir) => existsSync(dir));

describe.runIf(extractorReady && samplesDir)("the site built from the real samples", () => {
  let root: Awaited<ReturnType<typeof tempDir>>;
  let dist: string;
  let ids: string[];
  let durationMs: number;

  beforeAll(async () => {
    if (!samplesDir) throw new Error("unreachable");
    root = await tempDir("samples");
    const inboxDir = join(root.path, "inbox");
    const contentDir = join(root.path, "content");
    await mkdir(inboxDir, { recursive: true });
    for (const name of await readdir(samplesDir))
      await copyFile(join(samplesDir, name), join(inboxDir, name));
    // Imported here: the article store needs the extractor, which may not exist yet.
    const { reconcile } = await import("../../functions/core/article-store.ts");
    const outcomes = await reconcile(
      { inbox: new FsStorage(inboxDir, { prefix: "inbox/" }), content: new FsStorage(contentDir) },
      "inbox/",
    );
    ids = outcomes.flatMap((o) => (o.action === "written" ? [o.id] : []));
    dist = join(root.path, "dist");
    ({ durationMs } = await buildSite({
      contentDir,
      outDir: dist,
      siteUrl: "https://taqrir.example/",
    }));
  });
  afterAll(() => root?.cleanup());

  it("extracts every sample and builds a page per article per language", async () => {
    expect(ids.length).toBe((await readdir(samplesDir as string)).length);
    const pages = await filesUnder(dist, ".html");
    for (const id of ids) {
      for (const lang of ["ar", "en"]) {
        expect(pages).toContain(`${lang}/articles/${id}/index.html`);
        const doc = await readPage(dist, `${lang}/articles/${id}/index.html`);
        expect(attr(htmlElement(doc), "dir")).toBe(lang === "ar" ? "rtl" : "ltr");
        const body = all(doc, (el) => attr(el, "class") === "article-text")[0];
        expect(body && text(body).trim().length).toBeGreaterThan(100);
      }
    }
    expect(durationMs).toBeGreaterThan(0);
  });

  it("lists every article on the article lists and in the feeds", async () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" });
    for (const lang of ["ar", "en"]) {
      const home = await readPage(dist, `${lang}/articles/index.html`);
      const listed = all(home, (el) => el.tagName === "article").map((el) =>
        attr(el, "data-article-id"),
      );
      expect([...listed].sort()).toEqual([...ids].sort());
      const xml = await readFile(join(dist, lang, "rss.xml"), "utf8");
      expect(XMLValidator.validate(xml)).toBe(true);
      const items = parser.parse(xml).rss.channel.item as { link: string }[];
      expect(items.map((i) => i.link)).toEqual(
        listed.map((id) => `https://taqrir.example/${lang}/articles/${id}/`),
      );
    }
  });
});
