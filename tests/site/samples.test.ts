/**
 * The real pipeline end to end: the sample articles go through reconcile (decode +
 * extractor + writer) into a content folder, and the site is built from it. Runs once
 * the extractor (functions/core/extract/index.ts) exists.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../functions/publish/build-site.ts";
import { extractSamples } from "../helpers/samples.ts";
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
    const contentDir = join(root.path, "content");
    ids = await extractSamples(join(root.path, "inbox"), contentDir);
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

  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" });

  it("lists all five articles on Kerry's page, in both languages", async () => {
    for (const lang of ["ar", "en"]) {
      const page = await readPage(dist, `${lang}/people/john-kerry/index.html`);
      const listed = all(
        page,
        (el) => el.tagName === "li" && attr(el, "data-article-id") !== undefined,
      );
      expect(listed).toHaveLength(5);
    }
  });

  it("shows both outlets' figures on Aleppo's incident, and 154 killed before 300 injured up front", async () => {
    const incidents = await readPage(dist, "en/incidents/index.html");
    const row = all(
      incidents,
      (el) => el.tagName === "tr" && /^killed-aleppo/.test(attr(el, "data-incident") ?? ""),
    ).find((el) => text(el).includes("250"));
    const reports = row ? all(row, (el) => el.tagName === "li") : [];
    expect(reports.map((li) => text(li).split(" — ")[0])).toEqual([
      "250 killed",
      "more than 250 killed",
    ]);
    const front = text(await readPage(dist, "en/index.html"));
    expect(front.indexOf("154 killed")).toBeGreaterThan(-1);
    expect(front.indexOf("154 killed")).toBeLessThan(front.indexOf("300 injured"));
  });

  it("dates no feed item today, and every feed is RSS 2.0 with absolute links", async () => {
    const today = new Date().toUTCString().slice(0, 16);
    const feeds = [
      "ar/rss.xml",
      "en/rss.xml",
      "en/people/john-kerry/rss.xml",
      "ar/places/aleppo/rss.xml",
    ];
    for (const feed of feeds) {
      const xml = await readFile(join(dist, feed), "utf8");
      expect(XMLValidator.validate(xml), feed).toBe(true);
      const rss = parser.parse(xml).rss;
      expect(rss["@_version"], feed).toBe("2.0");
      const items = rss.channel.item as { link: string; pubDate?: string; description: string }[];
      expect(items.length, feed).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.link, feed).toMatch(
          /^https:\/\/taqrir\.example\/(ar|en)\/articles\/[0-9a-f]{16}\/$/,
        );
        expect(item.pubDate?.slice(0, 16), feed).not.toBe(today);
      }
    }
    // An entity's page names its feed for feed readers.
    const kerry = await readPage(dist, "en/people/john-kerry/index.html");
    const alternates = all(
      kerry,
      (el) => el.tagName === "link" && attr(el, "type") === "application/rss+xml",
    ).map((el) => attr(el, "href"));
    expect(alternates).toContain("https://taqrir.example/en/people/john-kerry/rss.xml");
  });
});
