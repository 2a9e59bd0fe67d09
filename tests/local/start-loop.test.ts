/**
 * `taqrir start` end to end on loopback: seed from the bundled samples, build,
 * serve; then a file dropped into the inbox folder appears on /ar/, /en/ and in
 * both feeds without a restart, and deleting it takes it away again.
 */
import { copyFile, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningLocalApp } from "../../functions/local/local-app.ts";
import { silentReporter } from "../../functions/local/reporter.ts";
import { startLocalAppIn } from "../helpers/local-app.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const SAMPLES = new URL("../../samples/", import.meta.url).pathname;
let dir: { path: string; cleanup: () => Promise<void> };
let app: RunningLocalApp;

async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  ms = 90_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const get = async (path: string) => (await fetch(`${app.url}${path}`)).text();
const feedItems = async (lang: string) => {
  const xml = new XMLParser({ isArray: (name) => name === "item" }).parse(
    await get(`/${lang}/rss.xml`),
  );
  return (xml.rss.channel.item ?? []) as Array<{ link: string; guid: unknown }>;
};
const articleLinks = (html: string, lang: string) =>
  new Set(
    [...html.matchAll(new RegExp(`href="/${lang}/articles/([0-9a-f]{16})/"`, "g"))].map(
      (m) => m[1],
    ),
  );

beforeAll(async () => {
  dir = await tempDir("start");
  app = await startLocalAppIn(dir.path, silentReporter);
});
afterAll(async () => {
  await app?.close();
  await dir?.cleanup();
});

describe("taqrir start (watched local loop)", () => {
  it("seeds the empty inbox with the five samples and serves them in both languages", async () => {
    expect((await readdir(join(dir.path, "inbox"))).sort()).toEqual(
      (await readdir(SAMPLES)).sort(),
    );
    expect(articleLinks(await get("/ar/"), "ar").size).toBe(5);
    expect(articleLinks(await get("/en/"), "en").size).toBe(5);
    expect(await feedItems("ar")).toHaveLength(5);
    expect(await feedItems("en")).toHaveLength(5);
  });

  it("shows a dropped file on both editions and feeds, and removes it when deleted", async () => {
    const before = articleLinks(await get("/ar/"), "ar");
    // A new article: one of the samples under another name with its text changed, so new bytes.
    const { readFile, writeFile } = await import("node:fs/promises");
    const text = await readFile(join(SAMPLES, "003_7a41c80445518d85.txt"), "utf8");
    const dropped = join(dir.path, "inbox", "مقال جديد.txt");
    await writeFile(join(dir.path, "draft.tmp"), `${text}\nوقال كيري إن المحادثات ستستمر في جنيف.`);
    await copyFile(join(dir.path, "draft.tmp"), dropped);

    const added = await waitFor(async () => {
      const now = articleLinks(await get("/ar/"), "ar");
      const fresh = [...now].filter((id) => !before.has(id));
      return fresh.length === 1 ? fresh[0] : undefined;
    }, "the dropped article on /ar/");
    await app.loop.idle();
    expect(articleLinks(await get("/en/"), "en").has(added)).toBe(true);
    expect((await feedItems("ar")).some((i) => i.link.endsWith(`/ar/articles/${added}/`))).toBe(
      true,
    );
    expect((await feedItems("en")).some((i) => i.link.endsWith(`/en/articles/${added}/`))).toBe(
      true,
    );
    expect(await get(`/ar/articles/${added}/`)).toContain("جنيف");

    await rm(dropped);
    await waitFor(
      async () => (articleLinks(await get("/ar/"), "ar").has(added) ? undefined : true),
      "removal",
    );
    await app.loop.idle();
    expect(articleLinks(await get("/en/"), "en").has(added)).toBe(false);
    expect(await feedItems("ar")).toHaveLength(5);
    expect(await feedItems("en")).toHaveLength(5);
  });
});
