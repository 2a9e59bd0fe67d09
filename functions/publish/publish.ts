/**
 * One publish: mirror the articles from the content store, build the site with Astro,
 * then hand the built folder to `deploy` (in AWS: sync to the site bucket and invalidate
 * CloudFront; locally: nothing more, or a sync to an S3-compatible bucket). Holds the
 * build lock throughout, so two publishes never interleave their uploads and deletes.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Storage } from "../core/storage/storage.ts";
import { hasLocalCache, restoreCache, saveCache } from "./build-cache.ts";
import { BuildBusyError, withBuildLock } from "./build-lock.ts";
import { buildSite, REPO_DIR } from "./build-site.ts";
import { type PullReport, pullContent } from "./pull-content.ts";

export interface PublishOptions<D> {
  /** Where articles are read from (`articles/*.md`) and the lock is kept. */
  readonly content: Storage;
  /** Scratch space: the content mirror and the built site go under it. */
  readonly workDir: string;
  readonly siteUrl: string;
  /** The project to build (default this repository; the Lambda passes its /tmp copy). */
  readonly projectDir?: string;
  readonly deploy: (distDir: string) => Promise<D>;
  /** Where the build lock lives (default `content`); the Lambda keeps it at the bucket root. */
  readonly lockStorage?: Storage;
  readonly lockKey?: string;
  /** How long to wait for another publish to finish before giving up (default 0). */
  readonly lockWaitMs?: number;
  /** Identifies this publisher in the lock (default a random id). */
  readonly owner?: string;
  /**
   * Whether there is time for one more build round (default: yes). A publish turned away by
   * the lock leaves a "dirty" marker; the holder builds again while it finds one, up to
   * MAX_ROUNDS, so a burst of changes becomes one follow-up build rather than one each.
   */
  readonly canBuildAgain?: () => boolean;
  readonly onLog?: (line: string) => void;
  /**
   * Where the incremental build's cache is kept between machines (build-cache.ts): restored
   * into workDir when workDir has none (a cold Lambda, a new task), saved after each build.
   */
  readonly buildCache?: Storage;
}

export interface PublishReport<D> {
  readonly pull: PullReport;
  readonly pages: number;
  /** False when the content was exactly what the site in workDir was last built from. */
  readonly rebuilt: boolean;
  readonly buildMs: number;
  /** How the incremental cache served the build (build-site.ts), or null when not rebuilt. */
  readonly cache: "reused" | "fresh" | "off" | null;
  /** Cache files brought from `buildCache` before the build (0: none, or none needed). */
  readonly cacheRestored: number;
  readonly deploy: D;
  readonly totalMs: number;
  /** Build rounds run under the lock: 1, plus one per "dirty" marker found after a round. */
  readonly rounds: number;
}

export const DEFAULT_LOCK_KEY = "locks/publish.json";
/** Longer than the publish Lambda's 900 s limit: a lock outlives no build by much. */
const LOCK_TTL_MS = 16 * 60 * 1000;
/** Most build rounds one holder runs for publishes the lock turned away. */
export const MAX_ROUNDS = 3;
/** Beside the lock: "something changed while a build held the lock". */
export const dirtyKeyOf = (lockKey: string): string => lockKey.replace(/(\.json)?$/, ".dirty.json");

export async function publish<D>(options: PublishOptions<D>): Promise<PublishReport<D>> {
  const started = performance.now();
  const lock = {
    key: options.lockKey ?? DEFAULT_LOCK_KEY,
    owner: options.owner ?? randomUUID(),
    ttlMs: LOCK_TTL_MS,
    waitMs: options.lockWaitMs ?? 0,
  };
  const lockStorage = options.lockStorage ?? options.content;
  const dirtyKey = dirtyKeyOf(lock.key);
  try {
    return await withBuildLock(lockStorage, lock, async () => {
      let rounds = 0;
      let report: Omit<PublishReport<D>, "rounds" | "totalMs">;
      do {
        // Cleared before the round reads the content: a publish turned away later marks
        // it again, and this holder (or that publish's own retry) builds once more.
        await lockStorage.delete(dirtyKey);
        report = await publishOnce(options);
        rounds++;
      } while (
        rounds < MAX_ROUNDS &&
        (await lockStorage.get(dirtyKey)) !== undefined &&
        (options.canBuildAgain?.() ?? true)
      );
      return { ...report, rounds, totalMs: Math.round(performance.now() - started) };
    });
  } catch (error) {
    if (error instanceof BuildBusyError) {
      await lockStorage.put(
        dirtyKey,
        JSON.stringify({ by: lock.owner, at: new Date().toISOString() }),
        { contentType: "application/json" },
      );
    }
    throw error;
  }
}

/** Pull, build (unless the content is what was last built) and deploy, once. */
async function publishOnce<D>(
  options: PublishOptions<D>,
): Promise<Omit<PublishReport<D>, "rounds" | "totalMs">> {
  const contentDir = join(options.workDir, "content");
  const distDir = join(options.workDir, "dist");
  const pull = await pullContent(options.content, contentDir);
  // A duplicate or replayed message finds the content unchanged: the site built from it
  // last time (kept in workDir, e.g. a warm Lambda's /tmp) is still right. Deploying it
  // again is cheap and repairs a bucket a failed sync left behind.
  const state = JSON.stringify({
    content: pull.digest,
    // The code that renders it: a changed template, schema or Astro means a rebuild.
    project: await projectFingerprint(options.projectDir ?? REPO_DIR),
    siteUrl: options.siteUrl,
  });
  const marker = join(options.workDir, "built-from.json");
  const previous = await readMarker(marker);
  const cacheDir = join(options.workDir, "build-cache");
  let built: {
    pages: number;
    durationMs: number;
    rebuilt: boolean;
    cache: PublishReport<D>["cache"];
  };
  let cacheRestored = 0;
  if (previous?.state === state && existsSync(distDir)) {
    built = { pages: previous.pages, durationMs: 0, rebuilt: false, cache: null };
  } else {
    await rm(marker, { force: true });
    if (options.buildCache && !hasLocalCache(cacheDir)) {
      cacheRestored = (await restoreCache(options.buildCache, cacheDir)).downloaded;
    }
    const result = await buildSite({
      contentDir,
      outDir: distDir,
      cacheDir,
      siteUrl: options.siteUrl,
      ...(options.projectDir ? { projectDir: options.projectDir } : {}),
      ...(options.onLog ? { onLog: options.onLog } : {}),
    });
    await writeFile(marker, JSON.stringify({ state, pages: result.pages }));
    if (options.buildCache && result.cache !== "off") {
      await saveCache(cacheDir, options.buildCache);
    }
    built = { ...result, rebuilt: true };
  }
  const deploy = await options.deploy(distDir);
  return {
    pull,
    cache: built.cache,
    cacheRestored,
    pages: built.pages,
    rebuilt: built.rebuilt,
    buildMs: built.durationMs,
    deploy,
  };
}

/** The last build's marker, or null when absent or unreadable (then the site is rebuilt). */
async function readMarker(path: string): Promise<{ state: string; pages: number } | null> {
  try {
    const value = JSON.parse(await readFile(path, "utf8")) as { state?: unknown; pages?: unknown };
    if (typeof value.state !== "string" || typeof value.pages !== "number") return null;
    return { state: value.state, pages: value.pages };
  } catch {
    return null;
  }
}

/** SHA-256 over the site's sources, the shared schema and the installed Astro version. */
async function projectFingerprint(projectDir: string): Promise<string> {
  const hash = createHash("sha256");
  const site = join(projectDir, "site");
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !/[/\\](node_modules|\.astro)[/\\]/.test(path))
    .sort();
  const extra = [
    join(projectDir, "functions", "core", "facts.ts"),
    join(projectDir, "node_modules", "astro", "package.json"),
  ];
  for (const path of [...files, ...extra]) {
    hash.update(`${path.slice(projectDir.length)}\0`);
    hash.update(await readFile(path).catch(() => Buffer.from("missing")));
    hash.update("\0");
  }
  return hash.digest("hex");
}
