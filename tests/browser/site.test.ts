/// <reference lib="dom" />
/**
 * The built site in a real browser (Debian's Chromium through playwright-core), from the five
 * real samples run through the pipeline plus the site fixtures: / lands on the Arabic report,
 * the language switch keeps the page, an article links its names to their pages, the report's
 * pages pass axe-core with no violation of any impact at 360 px and 1280 px in both languages
 * (screenshots in test-results/screenshots/), and search finds «الأسد» however it is typed.
 * Skipped without Chromium only outside CI (in CI a missing browser fails the run).
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startStaticServer } from "../../functions/local/static-server.ts";
import { buildSite } from "../../functions/publish/build-site.ts";
import { extractSamples } from "../helpers/samples.ts";
import { tempDir } from "../helpers/temp-dir.ts";
import { ALEPPO, NORMAL_NEWEST_FIRST, writeContent } from "../site/fixtures/articles.ts";

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const runs = available || Boolean(process.env.CI);
const screenshots = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** The pages the issue names, by a path under /ar/ or /en/. */
const PAGES = {
  front: "",
  entity: "people/john-kerry/",
  incidents: "incidents/",
  timeline: "timeline/",
  article: `articles/${ALEPPO.frontmatter.id}/`,
  search: "search/",
} as const;

describe.runIf(runs)("the site in Chromium", () => {
  let root: Awaited<ReturnType<typeof tempDir>>;
  let server: RunningServer;
  let browser: Browser;
  const external: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is required in CI but ${CHROMIUM} is missing`);
    root = await tempDir("browser");
    const content = join(root.path, "content");
    const inbox = join(root.path, "inbox");
    await extractSamples(inbox, content);
    // After reconcile, which removes the articles whose inbox files are gone.
    await writeContent(content, NORMAL_NEWEST_FIRST);
    const dist = join(root.path, "dist");
    await buildSite({ contentDir: content, outDir: dist });
    server = await startStaticServer({ root: dist, port: 0 });
    expect(new URL(server.url).hostname).toMatch(/^(localhost|127\.0\.0\.1)$/);
    await mkdir(screenshots, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await root?.cleanup();
  });

  /** A page at a width, allowed to reach nothing but the loopback server. */
  async function open(path: string, width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.route("**/*", (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === "localhost" || hostname === "127.0.0.1") return route.continue();
      external.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${server.url}${path}`);
    return page;
  }

  it("sends / to the Arabic report, right to left, in its own font", async () => {
    const page = await open("/");
    try {
      await page.waitForURL(`${server.url}/ar/`);
      expect(await page.getAttribute("html", "dir")).toBe("rtl");
      expect(await page.getAttribute("html", "lang")).toBe("ar");
      expect(await page.locator("h1").textContent()).toBe("التقرير");
      await page.evaluate(() => document.fonts.ready);
      expect(
        await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', "تقرير")),
      ).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("switches to the same page in English, and links an article's names to their pages", async () => {
    const page = await open(`/ar/${PAGES.article}`);
    try {
      await Promise.all([
        page.waitForURL(`${server.url}/en/${PAGES.article}`),
        page.click("a[data-lang-switch]"),
      ]);
      expect(await page.getAttribute("html", "dir")).toBe("ltr");
      expect(await page.locator("h1").textContent()).toBe(ALEPPO.frontmatter.title.ar);
      expect(await page.getByText("more than 250 killed", { exact: true }).isVisible()).toBe(true);
      const direction = await page
        .locator(".article-text")
        .evaluate((el) => getComputedStyle(el).direction);
      expect(direction).toBe("rtl");
      await Promise.all([
        page.waitForURL(/\/en\/people\/rami-abdel-rahman\/$/),
        page.click("section[data-entity-type=person] a:has-text('Rami Abdel Rahman')"),
      ]);
      expect(await page.locator("h1").textContent()).toBe("Rami Abdel Rahman");
    } finally {
      await page.close();
    }
  });

  for (const lang of ["ar", "en"] as const) {
    for (const width of [360, 1280]) {
      it(`passes axe-core on the report's pages in ${lang} at ${width} px`, async () => {
        for (const [name, path] of Object.entries(PAGES)) {
          const page = await open(`/${lang}/${path}`, width);
          try {
            await page.evaluate(() => document.fonts.ready);
            if (name === "search") await page.waitForSelector(".pagefind-ui__search-input");
            await page.screenshot({
              path: join(screenshots, `${lang}-${name}-${width}.png`),
              fullPage: true,
            });
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect(overflow, `${lang}/${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(
              0,
            );
            await page.addScriptTag({ path: AXE });
            const violations = await page.evaluate(async () => {
              const axe = (
                window as unknown as {
                  axe: {
                    run: () => Promise<{
                      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
                    }>;
                  };
                }
              ).axe;
              const result = await axe.run();
              return result.violations.map(
                (v) =>
                  `${v.impact} ${v.id}: ${v.nodes
                    .map((n) => n.target.join(" "))
                    .slice(0, 3)
                    .join(", ")}`,
              );
            });
            expect(violations, `${lang}/${path} at ${width} px`).toEqual([]);
          } finally {
            await page.close();
          }
        }
      }, 120_000);
    }
  }

  it("finds the same article for «الأسد» and «اسد», on both editions", async () => {
    for (const lang of ["ar", "en"] as const) {
      const found = new Map<string, string[]>();
      for (const query of ["الأسد", "اسد"]) {
        const page = await open(`/${lang}/search/`);
        try {
          await page.fill(".pagefind-ui__search-input", query);
          await page.waitForSelector(".pagefind-ui__result-link");
          // Results fill in one by one as their fragments load: read them once all have.
          await page.waitForFunction(
            () =>
              document.querySelectorAll(".pagefind-ui__result .pagefind-ui__loading").length === 0,
          );
          const paths = await page
            .locator(".pagefind-ui__result-link")
            .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname).sort());
          found.set(query, paths);
        } finally {
          await page.close();
        }
      }
      const articles = (found.get("الأسد") ?? []).filter((p) => p.includes("/articles/"));
      expect(articles.length, lang).toBeGreaterThan(0);
      expect(
        found.get("اسد")?.filter((p) => p.includes("/articles/")),
        lang,
      ).toEqual(articles);
    }
  }, 60_000);

  it("requested nothing outside the loopback server", () => {
    expect(external).toEqual([]);
  });
});
