/**
 * The commands' working parts, as functions a test can call: seed the inbox,
 * ingest files, bring content in line, build, and run the whole watched loop.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { type ArticleStoreDeps, type Outcome, reconcile } from "../core/article-store.ts";
import { workerRunner } from "../core/extraction-runner.ts";
import { FsStorage } from "../core/storage/fs-storage.ts";
import type { Storage } from "../core/storage/storage.ts";
import { toS3Record } from "../core/storage-event.ts";
import { handleRecord } from "../handlers/extract.ts";
import { buildSite, type SetAside } from "../publish/build-site.ts";
import { SiteRenderer, type SiteUpdate } from "../publish/site-renderer.ts";
import { BUNDLED_SAMPLES, type LocalConfig } from "./config.ts";
import { describeOutcome } from "./describe.ts";
import { watchInbox } from "./inbox-watcher.ts";
import { LocalLoop } from "./local-loop.ts";
import type { Reporter } from "./reporter.ts";
import { startStaticServer } from "./static-server.ts";

export const INBOX_PREFIX = "inbox/";
/** The "bucket" name local events carry, so they read like S3's. */
const LOCAL_BUCKET = "local";

export function localStore(
  config: LocalConfig,
): ArticleStoreDeps & { inbox: FsStorage; content: FsStorage } {
  return {
    inbox: new FsStorage(config.inboxDir, { prefix: INBOX_PREFIX }),
    content: new FsStorage(config.contentDir),
    decode: config.maxBytes === undefined ? {} : { maxBytes: config.maxBytes },
  };
}

/** Copies the bundled sample articles into an inbox folder that holds no files yet. */
export async function seedInbox(config: LocalConfig, reporter: Reporter): Promise<number> {
  return seedSamples(localStore(config).inbox, config.inboxDir, reporter);
}

/** Puts the bundled sample articles under inbox/ of any store whose inbox is empty. */
export async function seedSamples(
  inbox: Storage,
  where: string,
  reporter: Reporter,
): Promise<number> {
  if ((await inbox.list(INBOX_PREFIX)).length > 0) return 0;
  const samples = (await readdir(BUNDLED_SAMPLES)).filter((n) => !n.startsWith(".")).sort();
  for (const name of samples) {
    await inbox.put(`${INBOX_PREFIX}${name}`, await readFile(join(BUNDLED_SAMPLES, name)), {
      contentType: "text/plain; charset=utf-8",
    });
  }
  reporter.info(`inbox was empty: seeded ${where} with ${samples.length} sample articles`);
  return samples.length;
}

export async function syncContent(config: LocalConfig, reporter: Reporter): Promise<Outcome[]> {
  return syncWithReport(localStore(config), `${config.inboxDir} → ${config.contentDir}`, reporter);
}

/** Brings a store's content in line with its inbox, reporting what changed. */
export async function syncWithReport(
  store: ArticleStoreDeps,
  label: string,
  reporter: Reporter,
): Promise<Outcome[]> {
  reporter.info(`extracting facts: ${label}`);
  const outcomes = await reconcile(store, INBOX_PREFIX, (o, done, total) => {
    if (o.action !== "unchanged") reporter.info(describeOutcome(o));
    reporter.progress("  files", done, total);
  });
  const count = (action: Outcome["action"]) => outcomes.filter((o) => o.action === action).length;
  reporter.info(
    `content: ${count("written")} written, ${count("unchanged")} unchanged, ${count("removed")} removed, ${count("refused")} refused`,
  );
  return outcomes;
}

/** Astro's lines worth passing on (set-aside files are reported by reportSetAside). */
const astroLog = (reporter: Reporter) => (line: string) => {
  if (/error|warn|search index not|site renderer/i.test(line)) reporter.info(`  astro: ${line}`);
};

const seconds = (ms: number) => (ms / 1000).toFixed(1);

function reportSetAside(reporter: Reporter, setAside: readonly SetAside[]): void {
  for (const f of setAside) {
    reporter.warn(
      `${f.file} does not match the facts schema and was set aside as ${f.movedTo}: ${f.reason}`,
    );
  }
}

/** Reports the search index once it is made (nothing when it was not). */
async function reportSearch(reporter: Reporter, indexed: Promise<number> | null): Promise<void> {
  const started = performance.now();
  const pages = await indexed;
  if (pages) {
    reporter.info(
      `search index updated: ${pages} pages in ${seconds(performance.now() - started)} s`,
    );
  }
}

/**
 * One publish by the loop's resident renderer, reported; resolves once the pages are served,
 * with the search index reported when it follows.
 */
export async function publishLocal(site: SiteRenderer, reporter: Reporter): Promise<SiteUpdate> {
  const update = await site.update();
  reportSetAside(reporter, update.setAside);
  if (update.how === "built") {
    reporter.info(`site built: ${update.pages} pages in ${seconds(update.durationMs)} s`);
  } else {
    reporter.info(
      `site updated: ${update.written} files written, ${update.removed} removed (${update.pages} pages) in ${seconds(update.durationMs)} s`,
    );
  }
  void reportSearch(reporter, update.searchIndexed);
  return update;
}

export async function buildLocalSite(config: LocalConfig, reporter: Reporter): Promise<void> {
  reporter.info(`building the site into ${config.distDir} …`);
  const result = await buildSite({
    contentDir: config.contentDir,
    outDir: config.distDir,
    siteUrl: config.siteUrl,
    // The new pages are served first; search catches up a moment later.
    search: "after",
    onLog: astroLog(reporter),
  });
  reportSetAside(reporter, result.setAside);
  reporter.info(`site built: ${result.pages} pages in ${seconds(result.durationMs)} s`);
  await reportSearch(reporter, result.searchIndexed);
}

/** Copies files (or the files under folders) into the inbox and applies them. */
export async function ingest(
  paths: readonly string[],
  config: LocalConfig,
  reporter: Reporter,
): Promise<Outcome[]> {
  const store = localStore(config);
  const outcomes: Outcome[] = [];
  for (const given of paths) {
    const source = resolve(given);
    const info = await stat(source).catch(() => undefined);
    if (!info) throw new Error(`${given}: no such file or folder`);
    const files = info.isDirectory() ? await filesUnder(source) : [source];
    const base = info.isDirectory() ? source : resolve(source, "..");
    const prefix = info.isDirectory() ? `${basename(source)}/` : "";
    for (const file of files) {
      const key = INBOX_PREFIX + prefix + relative(base, file).split(sep).join("/");
      const target = store.inbox.pathOf(key);
      if (!target) {
        reporter.warn(`${file}: skipped (hidden or temporary file name)`);
        continue;
      }
      if (resolve(target) !== file) await store.inbox.put(key, await readFile(file));
      const record = toS3Record({ kind: "created", key, bucket: LOCAL_BUCKET });
      const outcome = await handleRecord(record, store);
      reporter.info(describeOutcome(outcome));
      outcomes.push(outcome);
    }
  }
  return outcomes;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export interface RunningLocalApp {
  readonly url: string;
  readonly loop: LocalLoop;
  close(): Promise<void>;
}

/** `taqrir start`: seed, sync, build, serve, then watch the inbox and rebuild on change. */
export async function startLocalApp(
  config: LocalConfig,
  reporter: Reporter,
): Promise<RunningLocalApp> {
  await seedInbox(config, reporter);
  await syncContent(config, reporter);
  // The site is built once, then kept in line by a renderer that stays running: a dropped
  // article is published by rendering only the pages it changes.
  const site = new SiteRenderer({
    contentDir: config.contentDir,
    outDir: config.distDir,
    siteUrl: config.siteUrl,
    onLog: astroLog(reporter),
  });
  reporter.info(`building the site into ${config.distDir} …`);
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  try {
    await (await publishLocal(site, reporter)).searchIndexed;
    server = await startStaticServer({
      root: config.distDir,
      port: config.port,
      host: config.host,
    });
  } catch (error) {
    await site.close();
    throw error;
  }
  // Extraction in a worker with a time budget: the server keeps answering while a file is
  // read, and no upload can stall the loop.
  const runner = workerRunner({ warm: true });
  const store = { ...localStore(config), runner };
  const loop = new LocalLoop({
    store,
    inboxPrefix: INBOX_PREFIX,
    reporter,
    rebuild: async () => {
      await publishLocal(site, reporter);
    },
  });
  const watcher = await watchInbox({
    inbox: store.inbox,
    bucket: LOCAL_BUCKET,
    onEvent: (event) => {
      loop.push(event).catch(() => {});
    },
  });
  reporter.info(`\nTaqrir is serving the report at ${server.url}/ar/ (English: ${server.url}/en/)`);
  reporter.info(`Feeds: ${server.url}/ar/rss.xml and ${server.url}/en/rss.xml`);
  reporter.info(
    `Watching ${config.inboxDir}: drop an article in (or remove one) and the site follows. Ctrl-C stops.`,
  );
  return {
    url: server.url,
    loop,
    async close() {
      watcher.close();
      loop.close();
      await loop.idle();
      await runner.close();
      await site.close();
      await server.close();
    },
  };
}
