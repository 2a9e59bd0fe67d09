/// <reference lib="dom" />
/**
 * The built site in a real browser: / lands on the Arabic edition, the language switch
 * goes to the English one, and an article shows its title and entities. Screenshots
 * go to test-results/screenshots/. Needs Debian's Chromium at /usr/bin/chromium; skipped
 * without it only outside CI (in CI a missing browser fails the run).
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startStaticServer } from "../../functions/local/static-server.ts";
import { buildSite } from "../../functions/publish/build-site.ts";
import { tempDir } from "../helpers/temp-dir.ts";
import { ALEPPO, GENEVA, NORMAL_NEWEST_FIRST, writeContent } from "../site/fixtures/articles.ts";

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const runs = available || Boolean(process.env.CI);
const screenshots = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));

describe.runIf(runs)("the site in Chromium", () => {
  let root: Awaited<ReturnType<typeof tempDir>>;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is required in CI but ${CHROMIUM} is missing`);
    root = await tempDir("browser");
    await writeContent(join(root.path, "content"), NORMAL_NEWEST_FIRST);
    const dist = join(root.path, "dist");
    await buildSite({ contentDir: join(root.path, "content"), outDir: dist });
    server = await startStaticServer({ root: dist, port: 0 });
    expect(new URL(server.url).hostname).toMatch(/^(localhost|127\.0\.0\.1)$/);
    await mkdir(screenshots, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Only loopback: any request elsewhere fails the test.
    await page.route("**/*", (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === "localhost" || hostname === "127.0.0.1") return route.continue();
      return route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await root?.cleanup();
  });

  const shoot = (name: string) =>
    page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  const external: string[] = [];

  it("sends / to the Arabic edition, right to left", async () => {
    page.on("request", (request) => {
      const { hostname } = new URL(request.url());
      if (hostname !== "localhost" && hostname !== "127.0.0.1") external.push(request.url());
    });
    await page.goto(`${server.url}/`);
    await page.waitForURL(`${server.url}/ar/`);
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    await expect
      .poll(() => page.locator("article[data-article-id]").count())
      .toBe(NORMAL_NEWEST_FIRST.length);
    // The Arabic font from @fontsource is loaded, not a fallback.
    await page.evaluate(() => document.fonts.ready);
    expect(
      await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', "تقرير")),
    ).toBe(true);
    await shoot("ar-home");
  });

  it("switches to the same page in English, left to right", async () => {
    await page.click("a[data-lang-switch]");
    await page.waitForURL(`${server.url}/en/`);
    expect(await page.getAttribute("html", "dir")).toBe("ltr");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await expect.poll(() => page.locator("h1").textContent()).toBe("Latest articles");
    await shoot("en-home");
  });

  it("opens an article with its title and entities", async () => {
    await page.click(`a[href="/en/articles/${ALEPPO.frontmatter.id}/"]`);
    await page.waitForURL(`${server.url}/en/articles/${ALEPPO.frontmatter.id}/`);
    const h1 = page.locator("h1");
    expect(await h1.textContent()).toBe(ALEPPO.frontmatter.title.ar);
    expect(await h1.isVisible()).toBe(true);
    for (const name of ["Rami Abdel Rahman", "Syrian Observatory for Human Rights", "Aleppo"]) {
      expect(await page.getByText(name, { exact: true }).first().isVisible(), name).toBe(true);
    }
    expect(await page.locator("section[data-entity-type=person] h2").textContent()).toBe("People");
    expect(await page.getByText("more than 250 killed", { exact: true }).isVisible()).toBe(true);
    // The Arabic text block is laid out right to left inside the English page.
    const direction = await page
      .locator(".article-text")
      .evaluate((el) => getComputedStyle(el).direction);
    expect(direction).toBe("rtl");
    await shoot("en-article");

    await page.click("a[data-lang-switch]");
    await page.waitForURL(`${server.url}/ar/articles/${ALEPPO.frontmatter.id}/`);
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.locator("section[data-entity-type=person] h2").textContent()).toBe("أشخاص");
    expect(await page.getByText("رامي عبد الرحمن", { exact: true }).first().isVisible()).toBe(true);
    await shoot("ar-article");
  });

  it("reads well on a phone", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await phone.goto(`${server.url}/ar/articles/${GENEVA.frontmatter.id}/`);
      const overflow = await phone.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await phone.screenshot({ path: join(screenshots, "ar-article-phone.png"), fullPage: true });
    } finally {
      await phone.close();
    }
  });

  it("requested nothing outside the loopback server", () => {
    expect(external).toEqual([]);
  });
});
