/** A large site builds, with per-page work kept linear (paged lists, capped feeds). */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consolidate } from "../../functions/core/consolidate/index.ts";
import { ArticleFrontmatter } from "../../functions/core/facts.ts";
import { buildSite } from "../../functions/publish/build-site.ts";
import { tempDir } from "../helpers/temp-dir.ts";
import { generatedArticle, writeContent } from "./fixtures/articles.ts";
import { all, attr, readPage } from "./html.ts";

const COUNT = 1200;
const PAGE_SIZE = 30;
const FEED_SIZE = 100;
const INCIDENT_PAGE_SIZE = 200;

describe(`a site of ${COUNT} articles`, () => {
  let root: Awaited<ReturnType<typeof tempDir>>;
  let dist: string;
  let result: Awaited<ReturnType<typeof buildSite>>;
  const docs = Array.from({ length: COUNT }, (_, i) => generatedArticle(i));
  // generatedArticle(i) is dated i days after 2015-01-01: the highest index is the newest.
  const newestFirst = [...docs].reverse().map((d) => d.frontmatter.id);

  beforeAll(async () => {
    root = await tempDir("scale");
    await writeContent(join(root.path, "content"), docs);
    dist = join(root.path, "dist");
    result = await buildSite({ contentDir: join(root.path, "content"), outDir: dist });
  });
  afterAll(() => root?.cleanup());

  it("builds every page", () => {
    const listPages = Math.ceil(COUNT / PAGE_SIZE);
    const model = consolidate(
      docs.map((d) => ({
        frontmatter: ArticleFrontmatter.parse(d.frontmatter),
        paragraphs: d.paragraphs,
      })),
    );
    const incidentPages = Math.max(1, Math.ceil(model.incidents.length / INCIDENT_PAGE_SIZE));
    // Per language: articles, list pages, entities, incident pages, and 8 other report pages
    // (front, timeline, outlets, methodology, search, three entity indexes).
    const perLang = COUNT + listPages + model.entities.length + incidentPages + 8;
    expect(result.pages).toBe(2 * perLang + 2);
  });

  it("pages the article list, newest first, with links between the pages", async () => {
    const lastPage = Math.ceil(COUNT / PAGE_SIZE);
    const seen: (string | undefined)[] = [];
    for (let page = 1; page <= lastPage; page++) {
      const path = page === 1 ? "en/articles/index.html" : `en/articles/page/${page}/index.html`;
      const doc = await readPage(dist, path);
      seen.push(
        ...all(doc, (el) => el.tagName === "article").map((el) => attr(el, "data-article-id")),
      );
      const next = all(doc, (el) => el.tagName === "a" && attr(el, "rel") === "next");
      expect(next.map((a) => attr(a, "href"))).toEqual(
        page < lastPage ? [`/en/articles/page/${page + 1}/`] : [],
      );
      const switchLink = all(doc, (el) => attr(el, "data-lang-switch") !== undefined)[0];
      expect(switchLink && attr(switchLink, "href")).toBe(
        page === 1 ? "/ar/articles/" : `/ar/articles/page/${page}/`,
      );
    }
    expect(seen).toEqual(newestFirst);
  });

  it("caps each feed at the newest articles", async () => {
    const xml = await readFile(join(dist, "ar", "rss.xml"), "utf8");
    const items = new XMLParser({ isArray: (name) => name === "item" }).parse(xml).rss.channel
      .item as {
      link: string;
    }[];
    expect(items.map((i) => i.link.split("/").at(-2))).toEqual(newestFirst.slice(0, FEED_SIZE));
  });
});
