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
    // The latest view and the archive pages numbered from the oldest.
    const listPages = 1 + Math.ceil(COUNT / PAGE_SIZE);
    const model = consolidate(
      docs.map((d) => ({
        frontmatter: ArticleFrontmatter.parse(d.frontmatter),
        paragraphs: d.paragraphs,
      })),
    );
    const incidentPages = 1 + Math.ceil(model.incidents.length / INCIDENT_PAGE_SIZE);
    // Per language: articles, list pages, entities, incident pages, and 8 other report pages
    // (front, timeline, outlets, methodology, search, three entity indexes).
    const perLang = COUNT + listPages + model.entities.length + incidentPages + 8;
    expect(result.pages).toBe(2 * perLang + 2);
  });

  it("pages the article list from the oldest, each page newest first, linked both ways", async () => {
    const lastPage = Math.ceil(COUNT / PAGE_SIZE);
    const ids = (doc: Awaited<ReturnType<typeof readPage>>) =>
      all(doc, (el) => el.tagName === "article").map((el) => attr(el, "data-article-id"));
    const links = (doc: Awaited<ReturnType<typeof readPage>>, rel: string) =>
      all(doc, (el) => el.tagName === "a" && attr(el, "rel") === rel).map((a) => attr(a, "href"));

    // The latest view: the newest 30, and a link to the page holding the next older one.
    const latest = await readPage(dist, "en/articles/index.html");
    expect(ids(latest)).toEqual(newestFirst.slice(0, PAGE_SIZE));
    const olderThanLatest = Math.floor((COUNT - 1 - PAGE_SIZE) / PAGE_SIZE) + 1;
    expect(links(latest, "next")).toEqual([`/en/articles/page/${olderThanLatest}/`]);

    // Page 1 holds the oldest 30; page N the next; read from the newest page down, every
    // article once, newest first.
    const oldestFirst = [...newestFirst].reverse();
    const seen: (string | undefined)[] = [];
    for (let page = lastPage; page >= 1; page--) {
      const doc = await readPage(dist, `en/articles/page/${page}/index.html`);
      const onPage = ids(doc);
      expect(onPage).toEqual(oldestFirst.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).reverse());
      seen.push(...onPage);
      expect(links(doc, "next")).toEqual(page > 1 ? [`/en/articles/page/${page - 1}/`] : []);
      expect(links(doc, "prev")).toEqual([
        page < lastPage ? `/en/articles/page/${page + 1}/` : "/en/articles/",
      ]);
      const switchLink = all(doc, (el) => attr(el, "data-lang-switch") !== undefined)[0];
      expect(switchLink && attr(switchLink, "href")).toBe(`/ar/articles/page/${page}/`);
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
