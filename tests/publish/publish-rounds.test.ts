/**
 * Two publishes at once: one builds, the other is turned away by the lock and marks the
 * site dirty, and the holder builds once more with what changed meanwhile. Real builds
 * (Astro) from the samples; the deploy step only records what it was handed.
 */
import { copyFile, mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { BuildBusyError } from "../../functions/publish/build-lock.ts";
import { DEFAULT_LOCK_KEY, dirtyKeyOf, publish } from "../../functions/publish/publish.ts";
import { extractSamples } from "../helpers/samples.ts";
import { articlePages } from "../helpers/site-pages.ts";
import { tempDir } from "../helpers/temp-dir.ts";

let dir: { path: string; cleanup: () => Promise<void> };
let ids: string[];
beforeAll(async () => {
  dir = await tempDir("rounds");
  ids = await extractSamples(join(dir.path, "inbox"), join(dir.path, "all"));
}, 120_000);
afterAll(() => dir?.cleanup());

/** Articles of `all` copied into `content/articles/`: the first `n` of them. */
async function contentWith(n: number): Promise<string> {
  const content = join(dir.path, `content-${n}-${Date.now()}`);
  await mkdir(join(content, "articles"), { recursive: true });
  for (const id of ids.slice(0, n)) {
    await copyFile(
      join(dir.path, "all", "articles", `${id}.md`),
      join(content, "articles", `${id}.md`),
    );
  }
  return content;
}

describe("publish under the build lock", () => {
  it("a publish turned away marks the site dirty; the holder builds again with the change", async () => {
    const contentDir = await contentWith(4);
    const content = new FsStorage(contentDir);
    const late = ids[4] as string;
    const deployed: string[][] = [];
    let turnedAway: unknown = null;
    const report = await publish({
      content,
      workDir: join(dir.path, "work-a"),
      siteUrl: "https://report.example.org",
      owner: "a",
      deploy: async (dist) => {
        deployed.push(await articlePages(dist));
        if (deployed.length === 1) {
          // An article arrives while "a" holds the lock, and its publish is turned away.
          await copyFile(
            join(dir.path, "all", "articles", `${late}.md`),
            join(contentDir, "articles", `${late}.md`),
          );
          turnedAway = await publish({
            content,
            workDir: join(dir.path, "work-b"),
            siteUrl: "https://report.example.org",
            owner: "b",
            deploy: async () => {
              throw new Error("b must not deploy");
            },
          }).catch((e: unknown) => e);
          expect(await content.get(dirtyKeyOf(DEFAULT_LOCK_KEY))).toBeDefined();
        }
        return dist;
      },
    });
    expect(turnedAway).toBeInstanceOf(BuildBusyError);
    expect(report.rounds).toBe(2);
    expect(report.rebuilt).toBe(true);
    expect(deployed[0]).not.toContain(late);
    expect(deployed[1]).toContain(late);
    expect(deployed[1]).toHaveLength(5);
    // Nothing left behind: no lock, no dirty marker.
    expect(await content.get(DEFAULT_LOCK_KEY)).toBeUndefined();
    expect(await content.get(dirtyKeyOf(DEFAULT_LOCK_KEY))).toBeUndefined();
    await rm(contentDir, { recursive: true, force: true });
  }, 180_000);

  it("with no time left for another build it stops after one round, leaving the marker", async () => {
    const contentDir = await contentWith(2);
    const content = new FsStorage(contentDir);
    let deploys = 0;
    const report = await publish({
      content,
      workDir: join(dir.path, "work-c"),
      siteUrl: "https://report.example.org",
      deploy: async (dist) => {
        deploys++;
        // Marked dirty every round, but there is no time for another build.
        await content.put(dirtyKeyOf(DEFAULT_LOCK_KEY), "{}");
        return dist;
      },
      canBuildAgain: () => false,
    });
    expect(report.rounds).toBe(1);
    expect(deploys).toBe(1);
    // The marker stays for the next publish (the turned-away batch's retry) to act on.
    expect(
      JSON.parse(await readFile(join(contentDir, "locks", "publish.dirty.json"), "utf8")),
    ).toEqual({});
  }, 180_000);
});
