/**
 * `taqrir start --s3 URL|embedded`: the whole loop against an S3-compatible server, with
 * the same storages, handlers and publish code the Lambdas run. One bucket holds
 * inbox/, content/, quarantine/ and the build lock (as the deployed inbox bucket does);
 * a second bucket receives the built site. The site is also served locally.
 *
 * Change notifications: `embedded` starts s3rver (a real S3 API on loopback) and uses the
 * event records it emits, as AWS's notifications would arrive. Any other endpoint is
 * polled: its inbox listing is compared by ETag every `pollMs` and the differences become
 * the same events (most S3-compatible servers can only notify over webhooks or queues).
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { CreateBucketCommand, HeadBucketCommand, type S3Client } from "@aws-sdk/client-s3";
import type { ArticleStoreDeps } from "../core/article-store.ts";
import { workerRunner } from "../core/extraction-runner.ts";
import { createS3Client, S3Storage } from "../core/storage/s3-storage.ts";
import type { Storage } from "../core/storage/storage.ts";
import { fromS3Record, type StorageEvent } from "../core/storage-event.ts";
import { REPO_DIR } from "../publish/build-site.ts";
import { deploySite } from "../publish/deploy-site.ts";
import { publish } from "../publish/publish.ts";
import type { ReleaseStore } from "../publish/releases.ts";
import { ConfigError, type LocalConfig } from "./config.ts";
import { asAwsRecord, S3RVER_CREDENTIALS, type S3rverHandle, startS3rver } from "./embedded-s3.ts";
import { INBOX_PREFIX, type RunningLocalApp, seedSamples, syncWithReport } from "./local-app.ts";
import { LocalLoop } from "./local-loop.ts";
import type { Reporter } from "./reporter.ts";
import { startStaticServer } from "./static-server.ts";

export interface S3ModeConfig {
  /** An S3 endpoint URL, or "embedded" to run s3rver on loopback. */
  readonly endpoint: string;
  readonly bucket: string;
  readonly siteBucket: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** How often a non-embedded endpoint's inbox is listed for changes. */
  readonly pollMs: number;
  /** Where local state lives (s3rver's data, the build's scratch space). */
  readonly stateDir: string;
  /** Port of the embedded s3rver (0: any free one, printed at start). */
  readonly embeddedPort: number;
}

/** Where S3 mode keeps its releases: the content bucket's releases/, as the Lambda does. */
export function releaseStoreOf(client: S3Client, mode: S3ModeConfig): ReleaseStore {
  return { client, bucket: mode.bucket, prefix: "releases/" };
}

export function s3ModeFromEnv(
  endpoint: string,
  env: NodeJS.ProcessEnv = process.env,
): S3ModeConfig {
  const embedded = endpoint === "embedded";
  if (!embedded && !/^https?:\/\/[^/]+/.test(endpoint)) {
    throw new ConfigError(
      `--s3 takes an endpoint URL (http://127.0.0.1:4568) or "embedded", not ${endpoint}`,
    );
  }
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  return {
    endpoint,
    bucket: env.TAQRIR_S3_BUCKET ?? "taqrir",
    siteBucket: env.TAQRIR_S3_SITE_BUCKET ?? "taqrir-site",
    region: env.AWS_REGION ?? "us-east-1",
    // s3rver accepts only its own keys; other servers get the usual AWS variables.
    credentials:
      !embedded && accessKeyId && secretAccessKey
        ? { accessKeyId, secretAccessKey }
        : S3RVER_CREDENTIALS,
    pollMs: Number(env.TAQRIR_S3_POLL_MS ?? 1000),
    stateDir: env.TAQRIR_S3_STATE ?? join(REPO_DIR, ".taqrir", "s3-mode"),
    embeddedPort: Number(env.TAQRIR_S3_PORT ?? 0),
  };
}

async function ensureBucket(client: S3Client, bucket: string): Promise<void> {
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucket }));
  } catch {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  }
}

export async function startS3App(
  config: LocalConfig,
  mode: S3ModeConfig,
  reporter: Reporter,
): Promise<RunningLocalApp & { readonly s3Endpoint: string }> {
  let server: S3rverHandle | null = null;
  let endpoint = mode.endpoint;
  if (endpoint === "embedded") {
    await mkdir(join(mode.stateDir, "s3rver"), { recursive: true });
    server = await startS3rver({ dataDir: join(mode.stateDir, "s3rver"), port: mode.embeddedPort });
    endpoint = server.endpoint;
    reporter.info(`embedded S3 (s3rver) listening at ${endpoint}`);
  }
  const client = createS3Client({ endpoint, region: mode.region, credentials: mode.credentials });
  const stops: (() => Promise<void> | void)[] = [];
  try {
    await ensureBucket(client, mode.bucket);
    await ensureBucket(client, mode.siteBucket);
    const runner = workerRunner({ warm: true });
    stops.push(() => runner.close());
    const store: ArticleStoreDeps = {
      inbox: new S3Storage({ client, bucket: mode.bucket }),
      content: new S3Storage({ client, bucket: mode.bucket, prefix: "content/" }),
      quarantine: {
        storage: new S3Storage({ client, bucket: mode.bucket, prefix: "quarantine/" }),
        inboxPrefix: INBOX_PREFIX,
      },
      ...(config.maxBytes === undefined ? {} : { decode: { maxBytes: config.maxBytes } }),
      // As in the local loop and the Lambda: extraction in a worker, with a time budget.
      runner,
    };
    const workDir = join(mode.stateDir, "publish");
    const rebuild = async () => {
      const report = await publish({
        content: store.content,
        // One owner per state folder: a run stopped mid-build (Ctrl-C) leaves a lock the
        // next start may take over at once instead of waiting out its expiry.
        owner: `taqrir-local:${mode.stateDir}`,
        workDir,
        siteUrl: config.siteUrl,
        deploy: (distDir) =>
          deploySite(distDir, {
            s3: client,
            bucket: mode.siteBucket,
            reference: `${Date.now()}`,
            // As in AWS: every publish kept as a release, for `taqrir rollback`.
            releases: { store: releaseStoreOf(client, mode) },
          }),
      });
      reporter.info(
        `published ${report.pages} pages${report.rebuilt ? "" : " (content unchanged, not rebuilt)"} in ${(report.totalMs / 1000).toFixed(1)} s: ` +
          `${report.deploy.uploaded.length} uploaded, ${report.deploy.deleted.length} deleted, ` +
          `${report.deploy.unchanged} unchanged in s3://${mode.siteBucket}`,
      );
    };
    const loop = new LocalLoop({ store, inboxPrefix: INBOX_PREFIX, reporter, rebuild });
    stops.push(async () => {
      loop.close();
      await loop.idle();
    });
    // Listen before the first sync so nothing uploaded meanwhile is missed; hold the events
    // until the first publish is done (the loop then applies them; repeats are harmless).
    let held: StorageEvent[] | null = [];
    const push = (event: StorageEvent) => {
      if (held) held.push(event);
      else loop.push(event).catch(() => {});
    };
    if (server) {
      // s3rver sends no event for a batch delete (DeleteObjects), which AWS reports one
      // object at a time: a slower listing catches those removals. Every key an event
      // names is noted to it, so a file uploaded and batch-deleted between two listings
      // is still seen to go.
      const sweeper = pollInbox(store.inbox, mode.bucket, mode.pollMs * 5, push, reporter, {
        removalsOnly: true,
      });
      const unsubscribe = server.onEvent((record) => {
        if (record.s3.bucket.name !== mode.bucket || !record.s3.object.key.startsWith(INBOX_PREFIX))
          return;
        const event = fromS3Record(asAwsRecord(record));
        sweeper.note(event.key);
        push(event);
      });
      stops.unshift(unsubscribe);
      stops.unshift(() => sweeper.stop());
      await sweeper.ready;
    } else {
      const poller = pollInbox(store.inbox, mode.bucket, mode.pollMs, push, reporter);
      stops.unshift(() => poller.stop());
      await poller.ready;
    }

    await seedSamples(store.inbox, `s3://${mode.bucket}/${INBOX_PREFIX}`, reporter);
    await syncWithReport(store, `s3://${mode.bucket}/${INBOX_PREFIX}`, reporter);
    await rebuild();
    const site = await startStaticServer({
      root: join(workDir, "dist"),
      port: config.port,
      host: config.host,
    });
    stops.push(() => site.close());
    const early = held;
    held = null;
    for (const event of early) push(event);
    reporter.info(
      `\nTaqrir (S3 mode) is serving the report at ${site.url}/ar/ (English: ${site.url}/en/)`,
    );
    reporter.info(
      `Drop articles into s3://${mode.bucket}/${INBOX_PREFIX} at ${endpoint}; the site is published to s3://${mode.siteBucket}. Ctrl-C stops.`,
    );
    return {
      url: site.url,
      s3Endpoint: endpoint,
      loop,
      async close() {
        for (const stop of stops) await stop();
        client.destroy();
        await server?.close();
      },
    };
  } catch (error) {
    for (const stop of stops) await stop();
    client.destroy();
    await server?.close();
    throw error;
  }
}

/**
 * Lists the inbox every `intervalMs` and turns differences (new key, changed ETag, key
 * gone) into events — only the removals with `removalsOnly`. Sequencers count up, so the
 * store orders them like S3's.
 */
export function pollInbox(
  inbox: Pick<Storage, "list">,
  bucket: string,
  intervalMs: number,
  push: (event: StorageEvent) => void,
  reporter: Reporter,
  options: { readonly removalsOnly?: boolean } = {},
): { readonly ready: Promise<void>; note(key: string): void; stop(): Promise<void> } {
  let known: Map<string, string> | null = null;
  /** Keys named by events since the last listing began: known even if that listing missed them. */
  let noted = new Set<string>();
  let last = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  // In s3rver's format (milliseconds in hex), kept strictly increasing, so pointers written
  // in embedded mode and in polling mode order against each other.
  const sequencer = () => {
    last = Math.max(Date.now(), last + 1);
    return last.toString(16).toUpperCase();
  };
  const tick = async () => {
    const pending = noted;
    noted = new Set();
    try {
      const now = new Map(
        (await inbox.list(INBOX_PREFIX)).map((o) => [o.key, o.etag ?? `${o.size}`] as const),
      );
      if (known) {
        for (const [key, etag] of now) {
          if (!options.removalsOnly && known.get(key) !== etag)
            push({ kind: "created", key, bucket, sequencer: sequencer() });
        }
        for (const key of known.keys()) {
          if (!now.has(key)) push({ kind: "removed", key, bucket, sequencer: sequencer() });
        }
      }
      known = now;
      // A key an event named that this listing does not hold (gone already, or listed
      // before it came) is kept: the next listing reports it removed if it is still absent,
      // and the store ignores a removal of a file that is there.
      for (const key of pending) if (!known.has(key)) known.set(key, "");
    } catch (error) {
      for (const key of pending) noted.add(key);
      reporter.warn(
        `could not list the inbox: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!stopped)
      timer = setTimeout(() => {
        running = tick();
      }, intervalMs);
  };
  running = tick();
  return {
    ready: running,
    note(key) {
      noted.add(key);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
