/**
 * The site at scale, as the local loop runs it (issue 21): the synthetic story of `count`
 * articles written as content, then
 *
 *   full build: a first build with an empty cache, the search index included
 *     (site_full_build_*_s; site_full_build_pages_*_s until the pages are in place, before
 *     the index), and the Astro child's peak resident memory;
 *   no change, built: the same content built again (what `taqrir build` or a restart of the
 *     loop costs), until the new site is in place (site_nochange_build_*_s) and until its
 *     search index is too;
 *   the local loop's own parts (inbox watcher, LocalLoop with extraction in a worker, the
 *     resident renderer, the static server) running on that content, as `taqrir start` runs
 *     them: the renderer's first publish (a build), then
 *   no change, updated: a publish with nothing changed (site_nochange_rebuild_*_s);
 *   add one: one real article dropped into the inbox, timed until the server answers its
 *     page with 200 (site_add_one_into_*_s), and until the search index has it too.
 *
 * Hugo, when installed, builds the same number of pages from the same facts for a ratio
 * (bench/hugo.ts).
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { articleKey, writeArticleMarkdown } from "../functions/core/article-document.ts";
import { workerRunner } from "../functions/core/extraction-runner.ts";
import type { LocalConfig } from "../functions/local/config.ts";
import { watchInbox } from "../functions/local/inbox-watcher.ts";
import { INBOX_PREFIX, localStore, publishLocal } from "../functions/local/local-app.ts";
import { LocalLoop } from "../functions/local/local-loop.ts";
import type { Reporter } from "../functions/local/reporter.ts";
import { startStaticServer } from "../functions/local/static-server.ts";
import { buildSite } from "../functions/publish/build-site.ts";
import { SiteRenderer } from "../functions/publish/site-renderer.ts";
import { watchAstroPeak } from "./build.ts";
import { buildStoryCorpus } from "./story-corpus.ts";

export interface SiteScaleBench {
  readonly articles: number;
  readonly pages: number;
  readonly fullBuildS: number;
  /** The full build until its pages are in place, without the search index (Hugo makes none). */
  readonly fullBuildPagesS: number;
  readonly peakRssMb: number;
  /** A build with nothing changed, until the site and then its index are in place. */
  readonly noChangeBuildS: number;
  readonly noChangeSearchS: number;
  /** The loop's renderer publishing with nothing changed. */
  readonly noChangeUpdateS: number;
  readonly addOneServedS: number;
  readonly addOneSearchS: number;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;
const quiet: Reporter = { info() {}, warn() {}, progress() {} };

/** Polls until `check` resolves true (every 25 ms), for at most `limitMs`. */
async function until(check: () => Promise<boolean>, limitMs: number): Promise<void> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`gave up after ${limitMs} ms`);
}

export async function benchSiteScale(dir: string, count: number): Promise<SiteScaleBench> {
  const config: LocalConfig = {
    inboxDir: join(dir, "inbox"),
    contentDir: join(dir, "content"),
    distDir: join(dir, "dist"),
    port: 0,
    host: "127.0.0.1",
    siteUrl: "http://127.0.0.1:4321",
    maxBytes: undefined,
  };
  const articles = join(config.contentDir, "articles");
  await mkdir(articles, { recursive: true });
  for (const doc of buildStoryCorpus(count)) {
    await writeFile(
      join(config.contentDir, articleKey(doc.frontmatter.id)),
      writeArticleMarkdown(doc),
    );
  }

  /** A build with search after the swap: seconds until the site, then its index, is in place. */
  const timedBuild = async () => {
    const started = performance.now();
    const result = await buildSite({
      contentDir: config.contentDir,
      outDir: config.distDir,
      siteUrl: config.siteUrl,
      search: "after",
    });
    const servedS = seconds(performance.now() - started);
    await result.searchIndexed;
    return { pages: result.pages, servedS, searchedS: seconds(performance.now() - started) };
  };

  // A first build, cache empty, search index included.
  const peak = watchAstroPeak();
  const full = await timedBuild();
  const peakRssMb = Math.round(peak.stop() / 1024);
  // Nothing changed: until the site is in place, then until search is.
  const again = await timedBuild();

  // The loop as `taqrir start` runs it: the renderer's first publish is a build, meanwhile
  // the extraction worker loads its models.
  const runner = workerRunner({ warm: true });
  const site = new SiteRenderer({
    contentDir: config.contentDir,
    outDir: config.distDir,
    siteUrl: config.siteUrl,
  });
  await (await site.update()).searchIndexed;
  const idleStarted = performance.now();
  const idle = await site.update();
  const noChangeUpdateS = seconds(performance.now() - idleStarted);
  if (idle.how !== "updated" || idle.written !== 0) {
    throw new Error(`a publish with nothing changed ${idle.how} ${idle.written} files`);
  }
  await idle.searchIndexed;

  // One real article dropped into the running loop.
  const server = await startStaticServer({ root: config.distDir, port: 0, host: config.host });
  const store = { ...localStore(config), runner };
  let lastSearch: Promise<number> = Promise.resolve(0);
  const loop = new LocalLoop({
    store,
    inboxPrefix: INBOX_PREFIX,
    reporter: quiet,
    rebuild: async () => {
      lastSearch = (await publishLocal(site, quiet)).searchIndexed;
    },
    debounceMs: 300,
  });
  const watcher = await watchInbox({
    inbox: store.inbox,
    bucket: "local",
    onEvent: (event) => {
      loop.push(event).catch(() => {});
    },
  });
  try {
    const before = new Set(await readdir(articles));
    const samples = new URL("../samples/", import.meta.url);
    const first = (await readdir(samples)).filter((n) => n.endsWith(".txt")).sort()[0] as string;
    const sample = await readFile(new URL(first, samples), "utf8");
    const started = performance.now();
    await writeFile(
      join(config.inboxDir, "dropped.txt"),
      `${sample}\nآخر تحديث: ${new Date().toISOString()}\n`,
    );
    let page: string | null = null;
    await until(async () => {
      if (page === null) {
        // An article file by its name (an id), not a write's temporary file beside it.
        const added = (await readdir(articles)).find(
          (name) => /^[0-9a-f]{16}\.md$/.test(name) && !before.has(name),
        );
        if (!added) return false;
        page = `${server.url}/ar/articles/${added.replace(/\.md$/, "")}/`;
      }
      const response = await fetch(page).catch(() => null);
      await response?.body?.cancel();
      return response?.status === 200;
    }, 600_000);
    const addOneServedS = seconds(performance.now() - started);
    await loop.idle();
    await lastSearch;
    const addOneSearchS = seconds(performance.now() - started);
    return {
      articles: count,
      pages: full.pages,
      fullBuildS: full.searchedS,
      fullBuildPagesS: full.servedS,
      peakRssMb,
      noChangeBuildS: again.servedS,
      noChangeSearchS: again.searchedS,
      noChangeUpdateS,
      addOneServedS,
      addOneSearchS,
    };
  } finally {
    watcher.close();
    loop.close();
    await runner.close();
    await site.close();
    await server.close();
  }
}
