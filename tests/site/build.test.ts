/**
 * Builds the site with buildSite (a real `astro build` in a child process) and checks
 * the output: pages per article and language, lang/dir, language switches, the root
 * redirect, order, feeds, safety against hostile uploads, and the empty site.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseFragment } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleDocumentInput } from "../../functions/core/article-document.ts";
import { consolidate } from "../../functions/core/consolidate/index.ts";
import { ArticleFrontmatter } from "../../functions/core/facts.ts";
import { buildSite } from "../../functions/publish/build-site.ts";
import { tempDir } from "../helpers/temp-dir.ts";
import {
  ALEPPO,
  GENEVA,
  HOSTILE,
  NORMAL_NEWEST_FIRST,
  PAYLOADS,
  UNDATED,
  writeContent,
} from "./fixtures/articles.ts";
import {
  all,
  attr,
  byTag,
  type Document,
  elements,
  filesUnder,
  first,
  htmlElement,
  inherited,
  readPage,
  text,
} from "./html.ts";

const SITE = "https://taqrir.example/";
/** The report's own pages in each language (paths under /ar/ and /en/). */
const REPORT_SECTIONS = [
  "",
  "articles/",
  "incidents/",
  "timeline/",
  "outlets/",
  "methodology/",
  "search/",
  "people/",
  "organisations/",
  "places/",
];
const SEGMENT = { person: "people", org: "organisations", place: "places" } as const;
const LANGS = ["ar", "en"] as const;
/** Newest first: ingested 2016-05-03 (no publication date), 04-20, 03-01, 02-01, 2015-12-31. */
const EXPECTED_ORDER: readonly ArticleDocumentInput[] = [
  UNDATED,
  GENEVA,
  ALEPPO,
  HOSTILE,
  ...NORMAL_NEWEST_FIRST.slice(3),
];
const ALL = EXPECTED_ORDER;
const idOf = (doc: ArticleDocumentInput) => doc.frontmatter.id;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (name) => name === "item" || name === "url" || name === "xhtml:link",
});

interface FeedItem {
  title: string;
  link: string;
  guid: { "#text": string; "@_isPermaLink": string };
  description: string;
  pubDate: string;
}

async function readFeed(dist: string, lang: string) {
  const xml = await readFile(join(dist, lang, "rss.xml"), "utf8");
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parser.parse(xml);
  return {
    xml,
    rss: feed.rss,
    channel: feed.rss.channel,
    items: (feed.rss.channel.item ?? []) as FeedItem[],
  };
}

const articleIdsOn = (doc: Document) =>
  all(doc, (el) => el.tagName === "article" && attr(el, "data-article-id") !== undefined).map(
    (el) => attr(el, "data-article-id"),
  );

describe("the site built from fixtures", () => {
  let root: Awaited<ReturnType<typeof tempDir>>;
  let dist: string;
  let pages: string[];
  let result: Awaited<ReturnType<typeof buildSite>>;
  const logs: string[] = [];

  beforeAll(async () => {
    root = await tempDir("site");
    await writeContent(join(root.path, "content"), ALL);
    dist = join(root.path, "dist");
    result = await buildSite({
      contentDir: join(root.path, "content"),
      outDir: dist,
      siteUrl: SITE,
      onLog: (line) => logs.push(line),
    });
    pages = await filesUnder(dist, ".html");
  });
  afterAll(() => root?.cleanup());

  it("reports the pages it built and streams Astro's log", () => {
    expect(result.pages).toBe(pages.length);
    expect(result.durationMs).toBeGreaterThan(0);
    expect(logs.some((line) => line.includes("Complete!"))).toBe(true);
  });

  it("writes one page per article, entity and report section per language, the redirect and a 404", () => {
    for (const doc of ALL) {
      for (const lang of LANGS) expect(pages).toContain(`${lang}/articles/${idOf(doc)}/index.html`);
    }
    const model = consolidate(
      ALL.map((d) => ({
        frontmatter: ArticleFrontmatter.parse(d.frontmatter),
        paragraphs: d.paragraphs,
      })),
    );
    for (const e of model.entities) {
      for (const lang of LANGS)
        expect(pages).toContain(`${lang}/${SEGMENT[e.type]}/${e.id}/index.html`);
    }
    const sections = REPORT_SECTIONS.flatMap((p) => LANGS.map((lang) => `${lang}/${p}index.html`));
    expect(pages).toEqual(expect.arrayContaining(["index.html", "404.html", ...sections]));
    // With anything to list, the articles and the incidents each have one archive page too.
    const archives = ["articles/page/1/", "incidents/page/1/"].flatMap((p) =>
      LANGS.map((lang) => `${lang}/${p}index.html`),
    );
    expect(pages).toEqual(expect.arrayContaining(archives));
    expect(pages).toHaveLength(
      (ALL.length + model.entities.length) * 2 + sections.length + archives.length + 2,
    );
  });

  it("lists every page of both editions in sitemap.xml, with its counterpart, and names it in robots.txt", async () => {
    const xml = await readFile(join(dist, "sitemap.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = parser.parse(xml).urlset.url as {
      loc: string;
      "xhtml:link": { "@_hreflang": string; "@_href": string }[];
    }[];
    const listed = new Set(urls.map((u) => u.loc));
    for (const page of pages.filter((p) => /^(ar|en)\//.test(p))) {
      expect(listed.has(new URL(`/${page.replace(/index\.html$/, "")}`, SITE).href), page).toBe(
        true,
      );
    }
    expect(urls).toHaveLength(pages.filter((p) => /^(ar|en)\//.test(p)).length);
    for (const u of urls) {
      expect(u["xhtml:link"].map((l) => l["@_hreflang"]).sort()).toEqual(["ar", "en"]);
    }
    const robots = await readFile(join(dist, "robots.txt"), "utf8");
    expect(robots).toContain(`Sitemap: ${new URL("/sitemap.xml", SITE).href}`);
  });

  it("sets lang and dir on every page", async () => {
    for (const page of pages) {
      const html = htmlElement(await readPage(dist, page));
      const expected = page.startsWith("en/")
        ? { lang: "en", dir: "ltr" }
        : { lang: "ar", dir: "rtl" };
      expect({ page, lang: attr(html, "lang"), dir: attr(html, "dir") }).toEqual({
        page,
        ...expected,
      });
    }
  });

  it("links every page to the same page in the other language", async () => {
    for (const page of pages.filter((p) => /^(ar|en)\//.test(p))) {
      const lang = page.slice(0, 2);
      const other = lang === "ar" ? "en" : "ar";
      const path = `/${page.replace(/index\.html$/, "")}`;
      const counterpart = path.replace(`/${lang}/`, `/${other}/`);
      const doc = await readPage(dist, page);
      const switches = all(doc, (el) => attr(el, "data-lang-switch") !== undefined);
      expect(switches, page).toHaveLength(1);
      const link = switches[0];
      if (!link) throw new Error("unreachable");
      expect(link.tagName).toBe("a");
      expect(attr(link, "href"), page).toBe(counterpart);
      expect(attr(link, "hreflang")).toBe(other);
      expect(text(link).trim()).toBe(other === "ar" ? "العربية" : "English");
      expect(existsSync(join(dist, counterpart, "index.html")), counterpart).toBe(true);

      const alternates = all(doc, (el) => el.tagName === "link" && attr(el, "rel") === "alternate");
      const hreflang = Object.fromEntries(
        alternates
          .filter((el) => attr(el, "hreflang"))
          .map((el) => [attr(el, "hreflang"), attr(el, "href")]),
      );
      expect(hreflang).toEqual({
        [lang]: new URL(path, SITE).href,
        [other]: new URL(counterpart, SITE).href,
      });
      const feed = alternates.find((el) => attr(el, "type") === "application/rss+xml");
      expect(feed && attr(feed, "href")).toBe(new URL(`/${lang}/rss.xml`, SITE).href);
    }
  });

  it("redirects / to /ar/", async () => {
    const doc = await readPage(dist, "index.html");
    const refresh = first(
      doc,
      (el) => el.tagName === "meta" && attr(el, "http-equiv") === "refresh",
    );
    expect(attr(refresh, "content")).toMatch(/^0;\s*url=\/ar\/$/);
    expect(byTag(doc, "a").map((a) => attr(a, "href"))).toContain("/ar/");
  });

  it("lists the articles newest first on both article lists", async () => {
    for (const lang of LANGS) {
      const doc = await readPage(dist, `${lang}/articles/index.html`);
      expect(articleIdsOn(doc)).toEqual(EXPECTED_ORDER.map(idOf));
      const links = all(
        doc,
        (el) => el.tagName === "a" && /\/articles\/[0-9a-f]{16}\/$/.test(attr(el, "href") ?? ""),
      );
      expect(links.map((a) => attr(a, "href"))).toEqual(
        EXPECTED_ORDER.map((d) => `/${lang}/articles/${idOf(d)}/`),
      );
    }
  });

  it("shows key facts on the article lists", async () => {
    const ar = text(await readPage(dist, "ar/articles/index.html"));
    expect(ar).toContain("أكثر من 250 قتيلا");
    expect(ar).toContain("نزوح نحو 3000 عائلة");
    const en = await readPage(dist, "en/articles/index.html");
    expect(text(en)).toContain("more than 250 killed");
    expect(text(en)).toContain("about 3,000 families displaced");
    expect(text(en)).toContain("Geneva talks on Syria resume");
    // A name without an English form stays Arabic, marked as such.
    const fallback = all(en, (el) => text(el) === "الشيخ مقصود" && attr(el, "lang") === "ar");
    expect(fallback.length).toBeGreaterThan(0);
    expect(fallback.every((el) => attr(el, "dir") === "rtl")).toBe(true);
  });

  it("shows an article's facts in the page's language and its Arabic text", async () => {
    const id = idOf(ALEPPO);
    const en = await readPage(dist, `en/articles/${id}/index.html`);
    const enText = text(en);
    for (const heading of ["People", "Organisations", "Places", "Figures", "Dates", "Quotes"]) {
      expect(byTag(en, "h2").map((h) => text(h))).toContain(heading);
    }
    expect(enText).toContain("Rami Abdel Rahman");
    expect(enText).toContain("Syrian Observatory for Human Rights");
    expect(enText).toContain("more than 250 killed, including about 50 children — Aleppo");
    // The model's English forms are marked as such; curated ones are not.
    expect(enText).toMatch(/Abu Mohammed al-Halabi\s*transliterated/);
    expect(enText).not.toMatch(/Rami Abdel Rahman\s*transliterated/);
    // The dateline as place and date in the page's language, not the Arabic line reversed.
    expect(enText).toContain("Dateline: Aleppo, 1 March 2016");
    expect(enText).toContain("(worked out from the publication date)");
    expect(enText).toContain("at least 40 injured");
    expect(enText).toContain("1 March 2016");
    expect(enText).toContain("Unattributed");
    expect(enText).toContain("inbox/aleppo.txt");
    const h1 = first(en, (el) => el.tagName === "h1");
    expect(text(h1)).toBe(ALEPPO.frontmatter.title.ar);
    // The Arabic title on an English page is marked Arabic.
    const titleSpan = first(h1, (el) => el.tagName === "span");
    expect([attr(titleSpan, "lang"), attr(titleSpan, "dir")]).toEqual(["ar", "rtl"]);
    const summary = first(en, (el) => attr(el, "data-summary") !== undefined);
    expect(text(summary)).toMatch(
      /Summary.*not a translation.*More than 250 killed and at least 40 injured in Aleppo/s,
    );

    // Every Arabic run on the English page sits inside lang="ar" dir="rtl".
    for (const el of elements(en)) {
      for (const child of el.childNodes) {
        if (child.nodeName !== "#text" || !/[\u0600-\u06ff]/.test(text(child))) continue;
        if (
          el.tagName === "title" ||
          (el.tagName === "a" && attr(el, "data-lang-switch") !== undefined)
        ) {
          continue;
        }
        expect({
          text: text(child),
          lang: inherited(el, "lang"),
          dir: inherited(el, "dir"),
        }).toEqual({
          text: text(child),
          lang: "ar",
          dir: "rtl",
        });
      }
    }

    const body = first(en, (el) => attr(el, "class") === "article-text");
    expect([attr(body, "lang"), attr(body, "dir")]).toEqual(["ar", "rtl"]);
    expect(byTag(body, "p").map((p) => text(p))).toEqual(ALEPPO.paragraphs);

    const ar = await readPage(dist, `ar/articles/${id}/index.html`);
    const arText = text(ar);
    for (const heading of ["أشخاص", "منظمات", "أماكن", "الأعداد", "الأقوال"]) {
      expect(byTag(ar, "h2").map((h) => text(h))).toContain(heading);
    }
    expect(arText).toContain("أكثر من 250 قتيلا، بينهم نحو 50 طفلا — حلب");
    expect(arText).toContain("40 جريحا على الأقل");
    expect(arText).toContain("بحسب المرصد السوري لحقوق الإنسان");
    expect(arText).toContain("الوضع الإنساني في المدينة كارثي");
    expect(arText).toContain("1 مارس 2016");
    expect(arText).not.toContain("Rami Abdel Rahman");
  });

  it("shows a figure too large to believe as written, with why it was not counted", async () => {
    const id = idOf(UNDATED);
    const en = await readPage(dist, `en/articles/${id}/index.html`);
    const panel = first(en, (el) => attr(el, "data-uncounted") !== undefined);
    expect(text(first(panel, (el) => el.tagName === "h2"))).toBe("Figures not counted");
    expect(text(panel)).toContain("«نزوح 300 مليون شخص»");
    expect(text(panel)).toContain("left out of every tally");
    const ar = await readPage(dist, `ar/articles/${id}/index.html`);
    expect(text(first(ar, (el) => attr(el, "data-uncounted") !== undefined))).toContain(
      "أعداد لم تُحتسب",
    );
    // Not a figure: the incidents pages never see it.
    const incidents = text(await readPage(dist, "en/incidents/index.html"));
    expect(incidents).not.toContain("300,000,000");
    expect(incidents).not.toContain("300000000");
  });

  it("uses an English title when there is one, with the Arabic title beside it", async () => {
    const en = await readPage(dist, `en/articles/${idOf(GENEVA)}/index.html`);
    expect(text(first(en, (el) => el.tagName === "h1"))).toBe("Geneva talks on Syria resume");
    expect(text(en)).toContain(GENEVA.frontmatter.title.ar);
    const ar = await readPage(dist, `ar/articles/${idOf(GENEVA)}/index.html`);
    expect(text(first(ar, (el) => el.tagName === "h1"))).toBe(GENEVA.frontmatter.title.ar);
  });

  it("publishes one RSS 2.0 feed per language, newest first, with permanent links", async () => {
    for (const lang of LANGS) {
      const { rss, channel, items } = await readFeed(dist, lang);
      expect(rss["@_version"]).toBe("2.0");
      expect(channel.language).toBe(lang);
      expect(channel.link).toBe(new URL(`/${lang}/`, SITE).href);
      expect(items).toHaveLength(ALL.length);
      expect(items.map((i) => i.link)).toEqual(
        EXPECTED_ORDER.map((d) => new URL(`/${lang}/articles/${idOf(d)}/`, SITE).href),
      );
      for (const [index, item] of items.entries()) {
        const doc = EXPECTED_ORDER[index];
        if (!doc) throw new Error("unreachable");
        expect(item.guid["#text"]).toBe(item.link);
        expect(item.guid["@_isPermaLink"]).toBe("true");
        // Dated by publication day; an undated article carries no date and says why.
        const { published } = doc.frontmatter;
        if (published) {
          expect(item.pubDate).toMatch(
            /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
          );
          expect(Date.parse(item.pubDate)).toBe(Date.parse(`${published}T00:00:00Z`));
        } else {
          expect(item.pubDate).toBeUndefined();
          expect(item.description).toMatch(
            lang === "ar" ? /^دون تاريخ نشر/ : /^No publication date/,
          );
        }
      }
    }
    const ar = await readFeed(dist, "ar");
    expect(ar.items[2]?.title).toBe(ALEPPO.frontmatter.title.ar);
    expect(ar.items[2]?.description).toBe(ALEPPO.frontmatter.lead);
    const en = await readFeed(dist, "en");
    expect(en.items[1]?.title).toBe("Geneva talks on Syria resume");
    expect(en.items[2]?.description).toContain(
      "More than 250 killed and at least 40 injured in Aleppo.",
    );
    expect(en.items[2]?.description).toContain(ALEPPO.frontmatter.lead);
  });

  it("never lets uploaded text inject markup into pages", async () => {
    for (const page of pages) {
      const doc = await readPage(dist, page);
      for (const el of elements(doc)) {
        // The site's own figures are SVG drawn at build time, and the search page loads the
        // site's only scripts, from its own origin; nothing else may appear.
        const ours =
          (el.tagName === "svg" &&
            /^(story-map|chart)$/.test(attr(el.parentNode as never, "class") ?? "")) ||
          (el.tagName === "script" &&
            page.includes("/search/") &&
            (/^\/(pagefind|_astro)\//.test(attr(el, "src") ?? "") ||
              (attr(el, "type") === "module" && attr(el, "src") === undefined)));
        if (!ours) {
          expect(el.tagName, `${page}: <${el.tagName}>`).not.toMatch(
            /^(script|iframe|object|embed|svg|img|foreignObject)$/,
          );
        }
        for (const { name, value } of el.attrs) {
          expect(name, `${page}: <${el.tagName} ${name}>`).not.toMatch(/^on/i);
          if (/^(href|src|action|formaction|xlink:href|content)$/.test(name)) {
            // Browsers ignore whitespace and control characters inside a URL scheme.
            const squeezed = [...value].filter((c) => c.charCodeAt(0) > 0x20).join("");
            expect(squeezed, `${page}: ${name}`).not.toMatch(/^javascript:/i);
          }
        }
      }
      // Links go only to our own pages, feeds and assets (or the site URL).
      for (const a of byTag(doc, "a")) {
        expect(attr(a, "href") ?? "", page).toMatch(/^(\/|#)/);
      }
    }
  });

  it("shows hostile text literally, as text", async () => {
    const id = idOf(HOSTILE);
    for (const lang of LANGS) {
      const doc = await readPage(dist, `${lang}/articles/${id}/index.html`);
      expect(text(first(doc, (el) => el.tagName === "h1"))).toBe(HOSTILE.frontmatter.title.ar);
      const body = first(doc, (el) => attr(el, "class") === "article-text");
      expect(byTag(body, "p").map((p) => text(p))).toEqual(HOSTILE.paragraphs);
      expect(byTag(body, "a")).toHaveLength(0);
      const pageText = text(doc);
      for (const payload of PAYLOADS) expect(pageText).toContain(payload);
    }
  });

  it("keeps hostile text literal in the feeds", async () => {
    for (const lang of LANGS) {
      const { xml, items } = await readFeed(dist, lang);
      expect(xml).not.toContain("<script>");
      const item = items.find((i) => i.link.endsWith(`/articles/${idOf(HOSTILE)}/`));
      expect(item?.title).toBe(HOSTILE.frontmatter.title.ar);
      // A reader renders the description as HTML: rendered, it is the lead as text, with no
      // element from the upload (only the <br>s that separate its parts).
      const rendered = parseFragment(item?.description ?? "");
      const tags = (nodes: readonly { nodeName: string; childNodes?: unknown[] }[]): string[] =>
        nodes.flatMap((n) => [n.nodeName, ...tags((n.childNodes ?? []) as typeof nodes)]);
      expect(tags(rendered.childNodes).filter((t) => !t.startsWith("#") && t !== "br")).toEqual([]);
      const renderedText = (
        nodes: readonly { nodeName: string; value?: string; childNodes?: unknown[] }[],
      ): string =>
        nodes
          .map((n) =>
            n.nodeName === "#text"
              ? (n.value ?? "")
              : renderedText((n.childNodes ?? []) as typeof nodes),
          )
          .join("");
      expect(renderedText(rendered.childNodes)).toContain(HOSTILE.frontmatter.lead);
    }
  });

  it("loads nothing from other origins: fonts and styles are bundled", async () => {
    const fontFiles = await filesUnder(dist, ".woff2");
    expect(fontFiles.some((f) => f.includes("noto-naskh-arabic"))).toBe(true);
    expect(fontFiles.some((f) => f.includes("noto-sans"))).toBe(true);
    for (const page of pages) {
      const doc = await readPage(dist, page);
      for (const el of elements(doc)) {
        const isAlternate =
          el.tagName === "link" && /^(alternate|canonical)$/.test(attr(el, "rel") ?? "");
        for (const name of ["src", "href", "srcset", "poster", "data"]) {
          const value = attr(el, name);
          if (value === undefined) continue;
          if (isAlternate)
            expect(value.startsWith(SITE) || value.startsWith("/"), value).toBe(true);
          else
            expect(value, `${page}: <${el.tagName} ${name}>`).not.toMatch(
              /^([a-z][a-z0-9+.-]*:|\/\/)/i,
            );
        }
      }
      expect(
        all(doc, (el) => el.tagName === "link" && attr(el, "rel") === "stylesheet").length,
      ).toBeGreaterThan(0);
    }
    // The site's stylesheets bundle the fonts; Pagefind's own serves only the search page.
    for (const css of await filesUnder(dist, ".css")) {
      const source = await readFile(join(dist, css), "utf8");
      if (!css.startsWith("pagefind/")) expect(source).toContain("Noto Naskh Arabic");
      expect(source, css).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
      expect(source, css).not.toMatch(/@import/i);
    }
  });
});

describe("buildSite", () => {
  let root: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    root = await tempDir("site-build");
  });
  afterAll(() => root?.cleanup());

  it("builds different content side by side, each into its own folder, and an empty site", async () => {
    const emptyContent = join(root.path, "empty"); // no articles/ folder at all
    const oneContent = join(root.path, "one");
    await writeContent(oneContent, [GENEVA]);
    const [empty, one] = await Promise.all([
      buildSite({ contentDir: emptyContent, outDir: join(root.path, "dist-empty") }),
      buildSite({ contentDir: oneContent, outDir: join(root.path, "dist-one") }),
    ]);
    const sections = REPORT_SECTIONS.flatMap((p) => LANGS.map((lang) => `${lang}/${p}index.html`));
    expect(empty.pages).toBe(sections.length + 2);
    const geneva = consolidate([
      { frontmatter: ArticleFrontmatter.parse(GENEVA.frontmatter), paragraphs: GENEVA.paragraphs },
    ]);
    // One article: one archive page of articles per language (and of incidents, if any).
    const archives = 2 * (1 + (geneva.incidents.length > 0 ? 1 : 0));
    expect(one.pages).toBe(sections.length + 2 + (1 + geneva.entities.length) * 2 + archives);

    const emptyDist = join(root.path, "dist-empty");
    expect(await filesUnder(emptyDist, ".html")).toEqual(
      ["404.html", "index.html", ...sections].sort(),
    );
    for (const lang of LANGS) {
      const home = await readPage(emptyDist, `${lang}/articles/index.html`);
      const message = first(home, (el) => attr(el, "data-empty") !== undefined);
      expect(text(message)).toMatch(lang === "ar" ? /لا توجد مقالات/ : /No articles yet/);
      expect(articleIdsOn(home)).toEqual([]);
      const { channel, items } = await readFeed(emptyDist, lang);
      expect(channel.language).toBe(lang);
      expect(items).toEqual([]);
    }

    const oneDist = join(root.path, "dist-one");
    expect(articleIdsOn(await readPage(oneDist, "ar/index.html"))).toEqual([idOf(GENEVA)]);
    expect((await readFeed(oneDist, "en")).items.map((i) => i.title)).toEqual([
      "Geneva talks on Syria resume",
    ]);
    // The default site URL when none is given.
    expect((await readFeed(oneDist, "ar")).items[0]?.link).toBe(
      `http://localhost:4321/ar/articles/${idOf(GENEVA)}/`,
    );
  });

  it("sets an invalid article file aside, with the schema's reason, and builds the rest", async () => {
    const content = join(root.path, "invalid");
    const outDir = join(root.path, "dist-invalid");
    await writeContent(content, [ALEPPO, GENEVA]);
    await buildSite({ contentDir: content, outDir });

    // A hand-edited file the schema refuses: a negative mention count.
    const file = join(content, "articles", `${idOf(ALEPPO)}.md`);
    const markdown = await readFile(file, "utf8");
    expect(markdown).toContain("mentions: 4");
    const { writeFile, readdir } = await import("node:fs/promises");
    await writeFile(file, markdown.replace("mentions: 4", "mentions: -4"));

    const result = await buildSite({ contentDir: content, outDir });
    expect(result.setAside).toEqual([
      expect.objectContaining({
        file: `articles/${idOf(ALEPPO)}.md`,
        movedTo: `invalid/${idOf(ALEPPO)}.md`,
      }),
    ]);
    expect(existsSync(join(content, "invalid", `${idOf(ALEPPO)}.md`))).toBe(true);
    const why = await readFile(join(content, "invalid", `${idOf(ALEPPO)}.reason.txt`), "utf8");
    expect(why).toMatch(/does not match the schema: entities\.\d+\.mentions: /);
    expect(result.setAside[0]?.reason).toMatch(
      /^the frontmatter does not match the schema: .*mentions/,
    );
    // The other article is built; the refused one is not on the site.
    expect(existsSync(join(outDir, "ar", "articles", idOf(GENEVA), "index.html"))).toBe(true);
    expect(existsSync(join(outDir, "ar", "articles", idOf(ALEPPO), "index.html"))).toBe(false);
    // No staging folders left behind: only each output's incremental-build cache.
    const hidden = (await readdir(root.path)).filter((name) => name.startsWith("."));
    expect(hidden.filter((name) => !/^\.dist(-[a-z]+)?\.cache$/.test(name))).toEqual([]);
    expect(hidden).toContain(".dist-invalid.cache");
  });

  it("can put the new site in place first and its search index after", async () => {
    const content = join(root.path, "later");
    const outDir = join(root.path, "dist-later");
    const entry = join(outDir, "pagefind", "pagefind-entry.json");
    await writeContent(content, [GENEVA]);
    const first = await buildSite({ contentDir: content, outDir, search: "after" });
    // Nothing to carry over the first time: no index until it is made.
    expect(existsSync(entry)).toBe(false);
    const firstPages = await first.searchIndexed;
    expect(firstPages).toBeGreaterThan(0);
    const before = await readFile(entry, "utf8");

    await writeContent(content, [ALEPPO]);
    const second = await buildSite({ contentDir: content, outDir, search: "after" });
    // The new article is served at once, searched through the previous index meanwhile.
    expect(existsSync(join(outDir, "en", "articles", idOf(ALEPPO), "index.html"))).toBe(true);
    expect(await readFile(entry, "utf8")).toBe(before);
    const secondPages = await second.searchIndexed;
    expect(secondPages).toBeGreaterThan(firstPages as number);
    expect(await readFile(entry, "utf8")).not.toBe(before);
    // With the index made as part of the build (the default) there is nothing to wait for.
    expect((await buildSite({ contentDir: content, outDir })).searchIndexed).toBeNull();
  });
});
