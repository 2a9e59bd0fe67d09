/**
 * The incremental build's cache kept in a bucket (s3rver) between publishes that do not share
 * a disk (a cold Lambda, a new build task): a publish on a fresh machine restores it and
 * reuses its pages; saving moves only what changed; a cut-short save is never trusted.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { S3Storage } from "../../functions/core/storage/s3-storage.ts";
import { restoreCache, saveCache } from "../../functions/publish/build-cache.ts";
import { publish } from "../../functions/publish/publish.ts";
import { type S3rverHandle, startS3rver } from "../helpers/s3rver.ts";
import { extractSamples } from "../helpers/samples.ts";
import { articlePages } from "../helpers/site-pages.ts";
import { tempDir } from "../helpers/temp-dir.ts";

let s3: S3rverHandle;
let dir: Awaited<ReturnType<typeof tempDir>>;
let ids: string[];

beforeAll(async () => {
  s3 = await startS3rver();
  dir = await tempDir("build-cache");
  ids = await extractSamples(join(dir.path, "inbox"), join(dir.path, "all"));
}, 120_000);
afterAll(async () => {
  await s3?.close();
  await dir?.cleanup();
});

async function add(contentDir: string, from: number, to: number) {
  await mkdir(join(contentDir, "articles"), { recursive: true });
  for (const id of ids.slice(from, to)) {
    await copyFile(
      join(dir.path, "all", "articles", `${id}.md`),
      join(contentDir, "articles", `${id}.md`),
    );
  }
}

describe("the build cache in a bucket", () => {
  it("lets a publish on a fresh disk reuse the pages an earlier one rendered", async () => {
    const cache = new S3Storage({
      client: s3.client,
      bucket: await s3.createBucket(),
      prefix: "build-cache/",
    });
    const contentDir = join(dir.path, "content-a");
    await add(contentDir, 0, 3);
    let restored = 0;
    const run = (machine: string) =>
      publish({
        content: new FsStorage(contentDir),
        workDir: join(dir.path, machine),
        siteUrl: "https://report.example.org",
        buildCache: cache,
        deploy: async (dist) => articlePages(dist),
        onLog: (line) => {
          if (/\(restored\)/.test(line)) restored++;
        },
      });

    const first = await run("machine-1");
    expect(first.cache).toBe("fresh");
    expect(first.cacheRestored).toBe(0);
    expect((await cache.list()).some((o) => o.key === "incremental-build.json")).toBe(true);

    await add(contentDir, 3, 5);
    const second = await run("machine-2");
    expect(second.cacheRestored).toBeGreaterThan(0);
    expect(second.cache).toBe("reused");
    // Pages the first machine rendered were copied, not rendered again.
    expect(restored).toBeGreaterThan(0);
    expect(second.deploy).toEqual([...ids].sort());
    // Nothing of one build's lock or marker is shared.
    expect((await cache.list()).map((o) => o.key)).not.toContain("taqrir.lock");
  }, 180_000);

  it("saves only what changed, and never leaves a manifest for a cache cut short", async () => {
    const cache = new S3Storage({
      client: s3.client,
      bucket: await s3.createBucket(),
      prefix: "c/",
    });
    const local = join(dir.path, "cache-local");
    const files = new FsStorage(local);
    await files.put("dist/ar/a/index.html", "a");
    await files.put("dist/ar/b/index.html", "b");
    await files.put("data-store.json", "{}");
    // Without a manifest there is no cache to save.
    expect(await saveCache(local, cache)).toEqual({ uploaded: 0, deleted: 0 });
    await files.put("incremental-build.json", "{}");
    await files.put("taqrir.lock", "123");
    expect(await saveCache(local, cache)).toEqual({ uploaded: 4, deleted: 0 });
    await files.put("dist/ar/b/index.html", "b2");
    await files.delete("dist/ar/a/index.html");
    // The changed page and the manifest; the removed page deleted.
    expect(await saveCache(local, cache)).toEqual({ uploaded: 2, deleted: 1 });

    // A save cut short after its first step: the stored cache has no manifest, so a
    // restore brings nothing and the next build renders every page.
    await cache.delete("incremental-build.json");
    const fresh = join(dir.path, "cache-fresh");
    expect(await restoreCache(cache, fresh)).toEqual({ downloaded: 0, removed: 0 });
  });
});
