/**
 * The incremental build's cache (Astro's cacheDir: a copy of every page and the manifest of
 * their keys) kept in storage between publishes, for builds whose
 * local disk does not survive: a Lambda's cold start, a fresh Fargate task. Restored before a
 * build when the local copy is missing; saved after a build that succeeded. Both directions
 * move only the files that differ (by MD5, which S3 reports as a single-part upload's ETag),
 * so saving after a publish that changed a few pages uploads those pages and the manifest.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { runPool } from "../core/pool.ts";
import type { Storage } from "../core/storage/storage.ts";

/** Files in the cache folder that belong to one build on one machine, never shared. */
const LOCAL_ONLY = new Set(["taqrir.lock", "taqrir.building"]);
/** Astro's manifest: without it a cache is no cache. */
const MANIFEST = "incremental-build.json";
const CONCURRENCY = 32;

async function localFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const key = relative(dir, path).split(sep).join("/");
    if (LOCAL_ONLY.has(key)) continue;
    files.set(
      key,
      createHash("md5")
        .update(await readFile(path))
        .digest("hex"),
    );
  }
  return files;
}

/** Whether `dir` holds a usable cache already. */
export const hasLocalCache = (dir: string): boolean => existsSync(join(dir, MANIFEST));

/**
 * Brings `dir` in line with the stored cache: downloads what differs, removes local files the
 * store does not have. Nothing happens when the store holds no manifest (no cache yet).
 */
export async function restoreCache(
  storage: Storage,
  dir: string,
): Promise<{ downloaded: number; removed: number }> {
  const stored = await storage.list();
  if (!stored.some((o) => o.key === MANIFEST)) return { downloaded: 0, removed: 0 };
  const local = await localFiles(dir);
  const wanted = stored.filter((o) => !LOCAL_ONLY.has(o.key) && local.get(o.key) !== o.etag);
  // The manifest last: a restore cut short leaves no manifest, so no half cache is trusted.
  await rm(join(dir, MANIFEST), { force: true });
  const last = wanted.filter((o) => o.key === MANIFEST);
  const rest = wanted.filter((o) => o.key !== MANIFEST);
  for (const batch of [rest, last]) {
    await runPool(batch, CONCURRENCY, async (o) => {
      const bytes = await storage.get(o.key);
      if (!bytes) return;
      const path = join(dir, o.key);
      await mkdir(dirname(path), { recursive: true });
      // A new file renamed into place: a cached page may be hard-linked into the served site
      // (astro-link-restore.mjs), which must not change under its readers.
      await writeFile(`${path}.restoring`, bytes);
      await rename(`${path}.restoring`, path);
    });
  }
  const keep = new Set(stored.map((o) => o.key));
  const extra = [...local.keys()].filter((key) => !keep.has(key));
  await runPool(extra, CONCURRENCY, (key) => rm(join(dir, key), { force: true }));
  return { downloaded: wanted.length, removed: extra.length };
}

/** Brings the stored cache in line with `dir`: uploads what differs, deletes what is gone. */
export async function saveCache(
  dir: string,
  storage: Storage,
): Promise<{ uploaded: number; deleted: number }> {
  const local = await localFiles(dir);
  if (!local.has(MANIFEST)) return { uploaded: 0, deleted: 0 };
  const stored = new Map((await storage.list()).map((o) => [o.key, o.etag]));
  // The manifest is removed first and written last: a save cut short leaves no manifest.
  if (stored.has(MANIFEST)) await storage.delete(MANIFEST);
  const changed = [...local].filter(([key, md5]) => key !== MANIFEST && stored.get(key) !== md5);
  await runPool(changed, CONCURRENCY, async ([key]) => {
    await storage.put(key, await readFile(join(dir, key)));
  });
  const gone = [...stored.keys()].filter((key) => !local.has(key) && key !== MANIFEST);
  await runPool(gone, CONCURRENCY, (key) => storage.delete(key));
  await storage.put(MANIFEST, await readFile(join(dir, MANIFEST)));
  return { uploaded: changed.length + 1, deleted: gone.length };
}
