/**
 * Builds the Astro site (site/) from a content folder into an output folder.
 *
 * Astro runs in a child process (`node node_modules/astro/bin/astro.mjs build`, cwd
 * site/), so a long-running process can rebuild as often as it likes without
 * accumulating Vite/Astro state. The site is built into a temporary sibling of `outDir`
 * and renamed into place only when the build succeeded: a server never sees a half-built
 * site, and a failed build leaves the previous one untouched.
 *
 * Builds are incremental: Astro's cache (a copy of every page with the cache key it was
 * rendered for, see site/src/lib/page-keys.ts) is kept between builds in a cache folder
 * beside the output (`.<outDir>.cache`), so an unchanged page is copied, not rendered. One
 * build at a time uses a cache folder (a lock file inside it); a build that finds it busy
 * builds in full with a throwaway one. A build that dies part-way
 * leaves a marker, and the next build then renders every page (the copies may be newer than
 * the manifest that describes them). Each build's Astro project root (where it writes .astro/)
 * is its own folder under <repo>/.taqrir/site-builds/, so builds side by side share nothing.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import type { Dirent } from "node:fs";
import {
  link,
  mkdir,
  mkdtemp,
  open,
  readdir,
  readFile,
  rename,
  rm,
  writeFile,
} from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface BuildSiteOptions {
  /** The content folder (articles in `<contentDir>/articles/*.md`). */
  contentDir: string;
  /** Where the built site ends up (replaced as a whole on success). */
  outDir: string;
  /** Absolute site URL for feeds and alternate links; default http://localhost:4321. */
  siteUrl?: string;
  /** Receives Astro's output, one line at a time. */
  onLog?: (line: string) => void;
  /**
   * The project to build from (site/, node_modules/, a writable .taqrir/); default this
   * repository. The publish Lambda passes a copy under /tmp (see prepareProject).
   */
  projectDir?: string;
  /**
   * Astro's cache between builds; default `.<outDir name>.cache` beside `outDir`. The
   * publish function restores it from the bucket before a build and saves it after.
   */
  cacheDir?: string;
  /** false: render every page and keep no cache (default true). */
  incremental?: boolean;
  /**
   * When the search index is made: "with-build" (default) before the site is put in place,
   * so the site and its search change together; "after" once the new site is in place,
   * which serves a new page sooner while search answers from the previous index for a
   * while (the local loop). The result's `searchIndexed` settles when it is done.
   */
  search?: "with-build" | "after";
  /** The Astro child's V8 heap limit in MB (default: heapFor(the number of articles)). */
  heapMb?: number;
  /**
   * Keep the Astro child running after a successful build, with the site compiled in memory,
   * to publish later changes without a build (site-renderer.ts). Needs the build's cache;
   * the result's `kept` is null when there was none.
   */
  keep?: boolean;
}

export interface BuildSiteResult {
  durationMs: number;
  /** HTML pages written. */
  pages: number;
  /**
   * How the cache served this build: "reused" (unchanged pages were copied), "fresh" (no
   * usable cache: every page rendered, a cache saved), "off" (incremental: false, or the
   * cache folder was busy with another build).
   */
  cache: "reused" | "fresh" | "off";
  /**
   * With `search: "after"`, the indexing of the site now in place (resolves to the pages
   * indexed; never rejects: a failure is reported through onLog and the previous index
   * stays); null otherwise. Wait for it before building into the same folder again.
   */
  searchIndexed: Promise<number> | null;
  /** Article files the schema refused, moved out of the way so the rest could be built. */
  setAside: SetAside[];
  /** With `keep`, the Astro child still running (close() stops it); null otherwise. */
  kept: KeptBuild | null;
}

/**
 * A build's Astro child kept running (astro-resident.mjs), with what it needs: the build's
 * own Astro root and the cache folder it holds, both given back by close().
 */
export interface KeptBuild {
  readonly child: ChildProcess;
  close(): Promise<void>;
}

export interface SetAside {
  /** Where the file was, relative to the content folder, and where it is now. */
  readonly file: string;
  readonly movedTo: string;
  readonly reason: string;
}

/** More invalid files than this in one build is not a few bad files: the build fails. */
const MAX_SET_ASIDE = 20;

/**
 * The article file the site refused (site/src/lib/articles.ts: "taqrir refused
 * articles/<name>.md: <reason>"), by its name without ".md", from the build's output.
 */
export function refusedEntry(output: string): string | null {
  return /taqrir refused articles\/([\w.-]{1,200})\.md: /.exec(output)?.[1] ?? null;
}

/**
 * When a build's (or an update's) output names an article file the site refused, moves that
 * file aside and records it in `setAside`, so the caller can run again without it; false
 * when the output names none, the file could not be moved, or too many were set aside.
 */
export async function setAsideRefused(
  contentDir: string,
  output: string,
  setAside: SetAside[],
  onLog?: (line: string) => void,
): Promise<boolean> {
  const refused = refusedEntry(output);
  if (!refused || setAside.length >= MAX_SET_ASIDE) return false;
  const moved = await setAsideArticle(contentDir, refused, output);
  if (!moved) return false;
  setAside.push(moved);
  onLog?.(`set aside ${moved.file}: it does not match the facts schema (${moved.reason})`);
  return true;
}

/** Moves `articles/<id>.md` to `invalid/<id>.md` with a reason file beside it. */
async function setAsideArticle(
  contentDir: string,
  id: string,
  output: string,
): Promise<SetAside | null> {
  const from = join(contentDir, "articles", `${id}.md`);
  const toDir = join(contentDir, "invalid");
  const to = join(toDir, `${id}.md`);
  const said = `taqrir refused articles/${id}.md: `;
  const line = output.split("\n").find((l) => l.includes(said)) ?? "";
  const reason =
    line
      .slice(line.indexOf(said) + said.length)
      .trim()
      .slice(0, 300) || "refused";
  try {
    await mkdir(toDir, { recursive: true });
    await rename(from, to);
    await writeFile(join(toDir, `${id}.reason.txt`), `${output.slice(-4000)}\n`);
  } catch {
    return null;
  }
  return { file: `articles/${id}.md`, movedTo: `invalid/${id}.md`, reason };
}

/** The project this module belongs to: site/, functions/ and node_modules/ side by side. */
export const REPO_DIR = fileURLToPath(new URL("../../", import.meta.url));

/** Where a project keeps its site/, the Astro CLI and its per-build folders. */
function projectPaths(projectDir: string) {
  return {
    siteDir: join(projectDir, "site"),
    astroCli: join(projectDir, "node_modules", "astro", "bin", "astro.mjs"),
    // Inside the project (and gitignored), so the per-build Astro root resolves node_modules.
    buildsDir: join(projectDir, ".taqrir", "site-builds"),
  };
}

const TAIL_LINES = 40;

export class SiteBuildError extends Error {
  override name = "SiteBuildError";
}

/**
 * The Astro child's heap limit for a site of `articles` articles. V8 otherwise lets the heap
 * grow towards its own, much larger, default before collecting: a 10,000-article build peaked
 * at 3.1 GB resident with a live set that fits in 1.8 GB (measured: 2.4 GB resident and 5%
 * slower with this limit). Above 10,000 articles it grows by 0.1 MB an article, a guess from
 * that one measurement; TAQRIR_BUILD_HEAP_MB overrides it.
 */
export function heapFor(articles: number, env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.TAQRIR_BUILD_HEAP_MB);
  if (Number.isFinite(configured) && configured >= 256) return Math.round(configured);
  return Math.round(1792 + Math.max(0, articles - 10_000) * 0.1);
}

async function countArticles(contentDir: string): Promise<number> {
  try {
    return (await readdir(join(contentDir, "articles"))).filter((n) => n.endsWith(".md")).length;
  } catch {
    return 0;
  }
}

/** The preload that restores unchanged pages by hard links (astro-link-restore.mjs). */
const LINK_RESTORE = new URL("./astro-link-restore.mjs", import.meta.url).href;

/** The Astro child that builds, then stays to publish changes (astro-resident.mjs). */
const RESIDENT = fileURLToPath(new URL("./astro-resident.mjs", import.meta.url));

/** The manifest Astro keeps in its cacheDir for incremental builds. */
const INCREMENTAL_MANIFEST = "incremental-build.json";

/** Is a process with this id running (on this machine)? */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

interface CacheLease {
  readonly dir: string;
  readonly state: "reused" | "fresh";
  /** The build succeeded: the cache describes the pages it holds. */
  done(): Promise<void>;
  release(): Promise<void>;
}

/**
 * Takes a cache folder for one build, or null when another running build holds it. A lock
 * file names the holder's process; one left by a process that is gone is taken over. The
 * "building" marker stays if the build does not finish, and makes the next build render
 * every page: Astro writes its page copies as it renders but the manifest that says which
 * key each copy is for only at the end, so after a crash they may disagree.
 */
async function leaseCache(dir: string): Promise<CacheLease | null> {
  await mkdir(dir, { recursive: true });
  const lock = join(dir, "taqrir.lock");
  const marker = join(dir, "taqrir.building");
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) return null;
      const holder = Number((await readFile(lock, "utf8").catch(() => "")).trim());
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) return null;
      await rm(lock, { force: true });
    }
  }
  let state: CacheLease["state"] = "reused";
  const interrupted = await readFile(marker).then(
    () => true,
    () => false,
  );
  const manifest = await readFile(join(dir, INCREMENTAL_MANIFEST)).then(
    () => true,
    () => false,
  );
  if (interrupted || !manifest) {
    await rm(join(dir, INCREMENTAL_MANIFEST), { force: true });
    state = "fresh";
  }
  await writeFile(marker, String(process.pid));
  return {
    dir,
    state,
    done: () => rm(marker, { force: true }),
    release: () => rm(lock, { force: true }),
  };
}

/** A short stable name for a path (to give each output its own Astro root). */
const pathTag = (path: string) => createHash("sha256").update(path).digest("hex").slice(0, 16);

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = performance.now();
  const { siteDir, astroCli, buildsDir } = projectPaths(resolve(options.projectDir ?? REPO_DIR));
  const outDir = resolve(options.outDir);
  const contentDir = resolve(options.contentDir);
  const siteUrl = new URL(options.siteUrl ?? "http://localhost:4321").href;
  const tag = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const staging = join(dirname(outDir), `.${basename(outDir)}.building-${tag}`);

  await mkdir(dirname(outDir), { recursive: true });
  await mkdir(buildsDir, { recursive: true });
  const lease =
    options.incremental === false
      ? null
      : await leaseCache(
          resolve(options.cacheDir ?? join(dirname(outDir), `.${basename(outDir)}.cache`)),
        );
  // With a cache, the Astro root is the same path every build (the page module paths Astro
  // hashes to decide what changed are relative to it); without, a throwaway one.
  const workDir = lease
    ? join(buildsDir, `out-${pathTag(lease.dir)}`)
    : await mkdtemp(join(buildsDir, "build-"));
  const projectRoot = join(workDir, "root");
  let kept: KeptBuild | null = null;
  let child: ChildProcess | null = null;
  try {
    await rm(workDir, { recursive: true, force: true });
    await mkdir(projectRoot, { recursive: true });
    const env = {
      TAQRIR_CONTENT_DIR: contentDir,
      TAQRIR_DIST_DIR: staging,
      TAQRIR_SITE_URL: siteUrl,
      TAQRIR_CACHE_DIR: lease ? lease.dir : join(workDir, "cache"),
      TAQRIR_WORK_DIR: projectRoot,
      TAQRIR_SEARCH: options.search === "after" ? "later" : "with-build",
      // Without a cache of its own (turned off, or busy) a build keeps no page copies either.
      TAQRIR_INCREMENTAL: lease ? "1" : "0",
    };
    const heapMb = options.heapMb ?? heapFor(await countArticles(contentDir));
    // One invalid article file must not stop the site: the site names the file it refused;
    // that file is set aside (with the reason) and the build runs again without it.
    const setAside: SetAside[] = [];
    const keep = options.keep === true && lease !== null;
    for (;;) {
      try {
        child = await runAstroBuild(
          { cwd: projectRoot, siteDir, astroCli, heapMb, keep },
          env,
          options.onLog,
        );
        break;
      } catch (error) {
        if (!(error instanceof SiteBuildError)) throw error;
        if (!(await setAsideRefused(contentDir, error.message, setAside, options.onLog))) {
          throw error;
        }
      }
    }
    const pages = await countPages(staging);
    // Until the new index is made, the new site answers searches from the previous one.
    if (options.search === "after")
      await linkTree(join(outDir, SEARCH_DIR), join(staging, SEARCH_DIR));
    await swapIntoPlace(staging, outDir, tag);
    await lease?.done();
    if (child && lease) {
      const running = child;
      const held = lease;
      child = null; // its folder and the cache are the kept build's now
      kept = {
        child: running,
        async close() {
          await stopChild(running);
          await rm(workDir, { recursive: true, force: true });
          await held.release();
        },
      };
    }
    return {
      durationMs: Math.round(performance.now() - started),
      pages,
      setAside,
      cache: lease?.state ?? "off",
      searchIndexed: options.search === "after" ? reindex(outDir, tag, options.onLog) : null,
      kept,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
    if (!kept) {
      if (child) await stopChild(child);
      await rm(workDir, { recursive: true, force: true });
      await lease?.release();
    }
  }
}

/** Has this child process ended (by exiting or by a signal)? */
export const hasExited = (child: ChildProcess): boolean =>
  child.exitCode !== null || child.signalCode !== null;

/** Ends a kept Astro child and waits for it to be gone. */
function stopChild(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((done) => {
    child.once("exit", () => done());
    child.kill("SIGTERM");
  });
}

/**
 * Runs `astro build` with the build's own folder as working directory: Astro puts
 * its prerender chunks under `<cwd>/.astro/` when outDir lies outside the cwd, so a
 * shared cwd would let parallel builds delete each other's chunks. The config file
 * is named relative to that folder (Astro joins --config onto the root).
 */
function runAstroBuild(
  where: {
    readonly cwd: string;
    readonly siteDir: string;
    readonly astroCli: string;
    readonly heapMb: number;
    /** Run astro-resident.mjs, and resolve to the child once it has built (it stays). */
    readonly keep: boolean;
  },
  env: Record<string, string>,
  onLog?: (line: string) => void,
): Promise<ChildProcess | null> {
  const { cwd, siteDir, astroCli, heapMb, keep } = where;
  const config = relative(cwd, join(siteDir, "astro.config.mjs"));
  const args = [`--max-old-space-size=${heapMb}`];
  // With a cache of its own, unchanged pages are hard-linked from it rather than copied.
  if (env.TAQRIR_INCREMENTAL === "1") args.push(`--import=${LINK_RESTORE}`);
  if (keep) args.push(RESIDENT, config);
  else args.push(astroCli, "build", "--config", config);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: {
        ...process.env,
        ...env,
        ASTRO_TELEMETRY_DISABLED: "1",
        FORCE_COLOR: "0",
        NO_COLOR: "1",
        // Vitest and friends set these; Astro must build for production regardless.
        NODE_ENV: "production",
      },
      stdio: keep ? ["ignore", "pipe", "pipe", "ipc"] : ["ignore", "pipe", "pipe"],
    });
    const tail: string[] = [];
    const emit = (line: string) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      onLog?.(line);
    };
    const pending = { stdout: "", stderr: "" };
    const pipe = (stream: NodeJS.ReadableStream, name: "stdout" | "stderr") => {
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        const lines = (pending[name] + chunk).split(/\r?\n/);
        pending[name] = lines.pop() ?? "";
        for (const line of lines) emit(line);
      });
      stream.on("end", () => {
        if (pending[name]) emit(pending[name]);
        pending[name] = "";
      });
    };
    if (child.stdout) pipe(child.stdout, "stdout");
    if (child.stderr) pipe(child.stderr, "stderr");
    child.on("error", (error) =>
      reject(new SiteBuildError(`could not start astro: ${error.message}`)),
    );
    let built = false;
    child.on("message", (message: { type?: string; residentError?: string }) => {
      if (message?.type !== "built" || built) return;
      built = true;
      if (message.residentError) {
        emit(`the site cannot be updated without a build: ${message.residentError}`);
        resolvePromise(null);
      } else resolvePromise(child);
    });
    child.on("close", (code, signal) => {
      if (built) return;
      if (code === 0) {
        resolvePromise(null);
        return;
      }
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const output = tail.filter((l) => l.trim() !== "").join("\n");
      reject(new SiteBuildError(`astro build ${how}; the last lines of its output:\n${output}`));
    });
  });
}

/** Where Pagefind's index lives in a built site. */
const SEARCH_DIR = "pagefind";

/** Hard-links every file of a folder into another (nothing when the source is missing). */
async function linkTree(from: string, to: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(from, { recursive: true, withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    if (entry.isDirectory()) await mkdir(target, { recursive: true });
    else if (entry.isFile()) {
      await mkdir(dirname(target), { recursive: true });
      await link(source, target);
    }
  }
}

/**
 * Indexes the site in `outDir` for search into a new folder, then puts it in place of the
 * previous index by two renames. Pagefind runs in this process (it drives its own binary).
 */
export async function reindex(
  outDir: string,
  tag: string,
  onLog?: (line: string) => void,
): Promise<number> {
  const fresh = `.${SEARCH_DIR}-${tag}`;
  const old = join(outDir, `.${SEARCH_DIR}-old-${tag}`);
  try {
    const { indexSite } = (await import(SEARCH_MODULE)) as {
      indexSite: (root: string, options: { outputName: string }) => Promise<number>;
    };
    const pages = await indexSite(outDir, { outputName: fresh });
    await rename(join(outDir, SEARCH_DIR), old).catch(() => undefined);
    await rename(join(outDir, fresh), join(outDir, SEARCH_DIR));
    await rm(old, { recursive: true, force: true });
    onLog?.(`search index: ${pages} pages`);
    return pages;
  } catch (error) {
    await rm(join(outDir, fresh), { recursive: true, force: true });
    onLog?.(`search index not updated: ${(error as Error).message}`);
    return 0;
  }
}

/** The site's search indexer (an Astro integration module, also callable on its own). */
const SEARCH_MODULE = new URL("../../site/integrations/search.mjs", import.meta.url).href;

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).length;
}

/** Replaces `outDir` with the freshly built `staging` folder by renames on one file system. */
async function swapIntoPlace(staging: string, outDir: string, tag: string): Promise<void> {
  const old = join(dirname(outDir), `.${basename(outDir)}.old-${tag}`);
  let moved = false;
  try {
    await rename(outDir, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (moved) await rename(old, outDir); // put the previous site back
    throw error;
  }
  if (moved) await rm(old, { recursive: true, force: true });
}
