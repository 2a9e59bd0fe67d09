import { describe, expect, it } from "vitest";
import {
  cacheControlOf,
  contentTypeOf,
  IMMUTABLE_CACHE_CONTROL,
  publishRank,
  RANK,
  REVALIDATE_CACHE_CONTROL,
} from "../../functions/publish/site-files.ts";

describe("contentTypeOf", () => {
  it.each([
    ["index.html", "text/html; charset=utf-8"],
    ["ar/articles/0123456789abcdef/index.html", "text/html; charset=utf-8"],
    ["404.html", "text/html; charset=utf-8"],
    ["ar/rss.xml", "application/xml; charset=utf-8"],
    ["sitemap-index.xml", "application/xml; charset=utf-8"],
    ["data/facts.json", "application/json; charset=utf-8"],
    ["_astro/Base.C1Oits4N.css", "text/css; charset=utf-8"],
    ["_astro/page.Bx1_9a.js", "text/javascript; charset=utf-8"],
    ["_astro/chunk.mjs", "text/javascript; charset=utf-8"],
    ["_astro/page.Bx1_9a.js.map", "application/json; charset=utf-8"],
    ["favicon.svg", "image/svg+xml; charset=utf-8"],
    ["robots.txt", "text/plain; charset=utf-8"],
    ["site.webmanifest", "application/manifest+json; charset=utf-8"],
    ["og/cover.png", "image/png"],
    ["og/cover.jpg", "image/jpeg"],
    ["og/cover.jpeg", "image/jpeg"],
    ["og/cover.webp", "image/webp"],
    ["favicon.ico", "image/x-icon"],
    ["_astro/noto-naskh-arabic-arabic-400-normal.1AoZhAAW.woff", "font/woff"],
    ["_astro/x.Has_8ph9.woff2", "font/woff2"],
  ])("%s → %s", (key, type) => {
    expect(contentTypeOf(key)).toBe(type);
  });

  it("ignores the case of the extension", () => {
    expect(contentTypeOf("LOGO.PNG")).toBe("image/png");
    expect(contentTypeOf("Index.HTML")).toBe("text/html; charset=utf-8");
  });

  it("falls back to application/octet-stream for unknown, missing and dotfile extensions", () => {
    for (const key of [
      "data.bin",
      "LICENSE",
      "docs/README",
      ".well-known/x",
      ".htaccess",
      "a.b/c",
    ]) {
      expect(contentTypeOf(key), key).toBe("application/octet-stream");
    }
  });

  it("goes by the last segment only", () => {
    expect(contentTypeOf("v1.html/data")).toBe("application/octet-stream");
    expect(contentTypeOf("ar/المقالات/خبر.html")).toBe("text/html; charset=utf-8");
  });
});

describe("cacheControlOf", () => {
  it("caches hashed assets under _astro/ for a year, immutable", () => {
    expect(IMMUTABLE_CACHE_CONTROL).toBe("public, max-age=31536000, immutable");
    for (const key of ["_astro/Base.C1Oits4N.css", "_astro/x.Has_8ph9.woff2", "_astro/a/b.js"]) {
      expect(cacheControlOf(key), key).toBe(IMMUTABLE_CACHE_CONTROL);
    }
  });

  it("makes browsers revalidate everything else, pages and feeds included", () => {
    expect(REVALIDATE_CACHE_CONTROL).toMatch(/^public, max-age=0\b/);
    expect(REVALIDATE_CACHE_CONTROL).toContain("must-revalidate");
    for (const key of [
      "index.html",
      "404.html",
      "ar/index.html",
      "ar/2/index.html",
      "en/articles/0123456789abcdef/index.html",
      "ar/rss.xml",
      "favicon.svg",
      "robots.txt",
      // Only the top-level _astro/ folder is hashed.
      "ar/_astro/x.css",
      "_astro",
      "_astro.css",
    ]) {
      expect(cacheControlOf(key), key).toBe(REVALIDATE_CACHE_CONTROL);
    }
  });
});

describe("publishRank", () => {
  it.each([
    ["_astro/Base.C1Oits4N.css", RANK.asset],
    ["_astro/x.Has_8ph9.woff2", RANK.asset],
    ["favicon.svg", RANK.asset],
    ["robots.txt", RANK.asset],
    ["ar/articles/0123456789abcdef/cover.webp", RANK.asset],
    ["ar/articles/0123456789abcdef/index.html", RANK.article],
    ["en/articles/fedcba9876543210/index.html", RANK.article],
    ["ar/2/index.html", RANK.page],
    ["en/17/index.html", RANK.page],
    ["404.html", RANK.page],
    ["ar/about.html", RANK.page],
    ["ar/rss.xml", RANK.feed],
    ["en/rss.xml", RANK.feed],
    ["sitemap.xml", RANK.feed],
    ["index.html", RANK.home],
    ["ar/index.html", RANK.home],
    ["en/index.html", RANK.home],
  ])("%s → %i", (key, rank) => {
    expect(publishRank(key)).toBe(rank);
  });

  it("orders assets, articles, pages, feeds, home pages", () => {
    expect([RANK.asset, RANK.article, RANK.page, RANK.feed, RANK.home]).toEqual([0, 1, 2, 3, 4]);
    const keys = [
      "index.html",
      "ar/rss.xml",
      "ar/index.html",
      "404.html",
      "ar/articles/0123456789abcdef/index.html",
      "_astro/a.B1.css",
      "ar/2/index.html",
    ];
    const sorted = [...keys].sort((a, b) => publishRank(a) - publishRank(b) || (a < b ? -1 : 1));
    expect(sorted).toEqual([
      "_astro/a.B1.css",
      "ar/articles/0123456789abcdef/index.html",
      "404.html",
      "ar/2/index.html",
      "ar/rss.xml",
      "ar/index.html",
      "index.html",
    ]);
  });
});
