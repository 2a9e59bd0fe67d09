/**
 * A burst into a running local loop: 200 files dropped at once are all published, by a
 * handful of publishes (builds or updates, counted from the loop's own report), not one
 * per file.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningLocalApp } from "../../functions/local/local-app.ts";
import type { Reporter } from "../../functions/local/reporter.ts";
import { startLocalAppIn } from "../helpers/local-app.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const SAMPLES = new URL("../../samples/", import.meta.url).pathname;
let dir: { path: string; cleanup: () => Promise<void> };
let app: RunningLocalApp;
const builds: string[] = [];
const reporter: Reporter = {
  info: (line: string) => {
    if (/^site (built|updated):/.test(line)) builds.push(line);
  },
  warn: () => {},
  progress: () => {},
};

beforeAll(async () => {
  dir = await tempDir("burst");
  app = await startLocalAppIn(dir.path, reporter);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await dir?.cleanup();
});

describe("a burst of uploads into the running local loop", () => {
  it("publishes all 200 files dropped at once with a handful of publishes", async () => {
    const startBuilds = builds.length;
    const names = (await readdir(SAMPLES)).sort();
    const texts = await Promise.all(names.map((n) => readFile(join(SAMPLES, n), "utf8")));
    const ids: string[] = [];
    await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        // New bytes per file: a sample with a closing line of its own.
        const body = `${texts[i % texts.length]}\nملاحظة المحرر رقم ${i + 1}.\n`;
        ids.push(createHash("sha256").update(body).digest("hex").slice(0, 16));
        await writeFile(join(dir.path, "inbox", `دفعة ${i + 1}.txt`), body);
      }),
    );
    const served = async (id: string) =>
      (await fetch(`${app.url}/ar/articles/${id}/`)).status === 200;
    const deadline = Date.now() + 240_000;
    let missing = ids;
    while (missing.length > 0) {
      if (Date.now() > deadline) throw new Error(`${missing.length} of 200 never published`);
      await new Promise((r) => setTimeout(r, 1000));
      const checks = await Promise.all(missing.map(async (id) => [id, await served(id)] as const));
      missing = checks.filter(([, ok]) => !ok).map(([id]) => id);
    }
    const used = builds.length - startBuilds;
    expect(used).toBeGreaterThanOrEqual(1);
    // A handful, not one per file: how many depends on how far extraction keeps ahead of the
    // renderer (one on an idle host, four beside the whole suite on a loaded 2-core one).
    expect(used, builds.slice(startBuilds).join("\n")).toBeLessThanOrEqual(5);
  }, 300_000);
});
