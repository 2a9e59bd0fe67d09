/**
 * The AWS pipeline end to end against a real S3 API (s3rver on loopback) with the real
 * @aws-sdk/client-s3: s3rver's own event records drive the extract Lambda's handler, the
 * content notifications become an SQS-shaped batch for the publish Lambda's handler, which
 * builds the site with Astro and syncs it to the site bucket. Lambda, SQS and CloudFront
 * themselves cannot run here: the handlers are called directly and the CloudFront client is
 * a recording stub (AWS-only service).
 */
import { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from "@aws-sdk/client-s3";
import type { SQSEvent } from "aws-lambda";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../bench/corpus.ts";
import type { S3EventRecord } from "../../functions/core/storage-event.ts";
import type { createExtractHandler } from "../../functions/handlers/extract-lambda.ts";
import { createPublishHandler } from "../../functions/handlers/publish-lambda.ts";
import { asAwsRecord } from "../../functions/local/embedded-s3.ts";
import { REPO_DIR } from "../../functions/publish/build-site.ts";
import { readLog, readRelease, rollback } from "../../functions/publish/releases.ts";
import { extractHandlerOn } from "../helpers/extract-lambda.ts";
import { type S3rverHandle, type S3rverRecord, startS3rver } from "../helpers/s3rver.ts";
import { tempDir } from "../helpers/temp-dir.ts";

interface LogEntry {
  level: string;
  message: string;
  extra: Record<string, unknown>;
}

let s3: S3rverHandle;
let work: { path: string; cleanup: () => Promise<void> };
let inboxBucket: string;
let siteBucket: string;
const logs: LogEntry[] = [];
const logger = {
  info: (message: string, extra: Record<string, unknown>) =>
    logs.push({ level: "INFO", message, extra }),
  warn: (message: string, extra: Record<string, unknown>) =>
    logs.push({ level: "WARN", message, extra }),
  error: (message: string, extra: Record<string, unknown>) =>
    logs.push({ level: "ERROR", message, extra }),
};
const invalidations: { InvalidationBatch?: { Paths?: { Items?: string[] } } }[] = [];
let failNextInvalidation = false;
let extract: ReturnType<typeof createExtractHandler>;
let publishHandler: ReturnType<typeof createPublishHandler>;
/** Content notifications waiting for the next publish (what SQS would batch). */
let queued: S3EventRecord[] = [];
/** Every inbox record s3rver sent, for the replay test. */
const inboxRecords: S3EventRecord[] = [];
let pending: Promise<unknown> = Promise.resolve();
let lastEventAt = 0;

function onRecord(record: S3rverRecord) {
  if (record.s3.bucket.name !== inboxBucket) return;
  lastEventAt = Date.now();
  const key = record.s3.object.key;
  const aws = asAwsRecord(record);
  if (key.startsWith("inbox/")) {
    inboxRecords.push(aws);
    pending = pending.then(() => extract({ Records: [aws] } as never));
  } else if (key.startsWith("content/articles/")) {
    queued.push(aws);
  }
}

/** Waits until s3rver has been quiet for a while and every extraction has finished. */
async function settled(): Promise<void> {
  for (;;) {
    await pending;
    if (Date.now() - lastEventAt > 400) {
      await pending;
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Key → ETag of every object under a prefix: what a bucket holds, byte for byte. */
async function listETags(bucket: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let token: string | undefined;
  do {
    const page = await s3.client.send(
      new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? []) if (o.Key) out.set(o.Key, o.ETag ?? "");
    token = page.NextContinuationToken;
  } while (token);
  return out;
}

async function listKeys(bucket: string, prefix = ""): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
    token = page.NextContinuationToken;
  } while (token);
  return keys.sort();
}

async function text(bucket: string, key: string): Promise<string> {
  const r = await s3.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return (await r.Body?.transformToString("utf-8")) ?? "";
}

async function upload(key: string, body: string) {
  const bytes = Buffer.from(body, "utf8");
  await s3.client.send(
    new PutObjectCommand({
      Bucket: inboxBucket,
      Key: key,
      Body: bytes,
      ContentLength: bytes.length,
    }),
  );
}

/** Runs the publish Lambda on what the queue holds; returns its "site published" log. */
async function publishQueued(): Promise<Record<string, unknown>> {
  await settled();
  const batch: SQSEvent = {
    Records: (queued.length ? queued : [null]).map((r, i) => ({
      messageId: `m-${Date.now()}-${i}`,
      body: JSON.stringify({ Records: r ? [r] : [{ note: "forced publish" }] }),
    })) as never,
  };
  queued = [];
  const before = logs.length;
  const result = await publishHandler(batch, { awsRequestId: `req-${Date.now()}` });
  const entry = logs.slice(before).find((l) => l.message === "site published");
  expect(result.batchItemFailures, JSON.stringify(logs.slice(before))).toEqual([]);
  expect(entry).toBeDefined();
  return entry?.extra ?? {};
}

const articleIds = async () =>
  (await listKeys(inboxBucket, "content/articles/")).map((k) => k.slice(-19, -3));
const feedItems = async (lang: string) => {
  const xml = new XMLParser().parse(await text(siteBucket, `${lang}/rss.xml`));
  const items = xml.rss.channel.item ?? [];
  return (Array.isArray(items) ? items : [items]) as { link: string; title: string }[];
};

const corpus = buildCorpus(21, 4242).articles;
const keyOf = (i: number) => `inbox/تقارير سوريا/مقال رقم ${i + 1}.txt`;

beforeAll(async () => {
  s3 = await startS3rver();
  work = await tempDir("s3-pipeline");
  inboxBucket = await s3.createBucket();
  siteBucket = await s3.createBucket();
  s3.onEvent(onRecord);
  extract = extractHandlerOn(s3.client, inboxBucket, logger);
  const cloudfront = new CloudFrontClient({ region: "us-east-1" });
  cloudfront.send = (async (command: { input: (typeof invalidations)[number] }) => {
    if (failNextInvalidation) {
      failNextInvalidation = false;
      throw Object.assign(new Error("Too many invalidations in progress"), {
        name: "TooManyInvalidationsInProgress",
      });
    }
    invalidations.push(command.input);
    return { Invalidation: { Id: `I${invalidations.length}` } };
  }) as never;
  publishHandler = createPublishHandler({
    s3: s3.client,
    cloudfront,
    contentBucket: inboxBucket,
    contentPrefix: "content/",
    siteBucket,
    distributionId: "EDFDVBD6EXAMPLE",
    siteUrl: "https://report.example.org",
    lockKey: "locks/publish.json",
    lockWaitMs: 0,
    workDir: work.path,
    codeDir: REPO_DIR,
    releasesPrefix: "releases/",
    releasesKeep: 3,
    logger,
  });
}, 60_000);

afterAll(async () => {
  await s3?.close();
  await work?.cleanup();
});

describe("AWS pipeline on s3rver (Lambda, SQS and CloudFront stubbed: AWS-only services)", () => {
  it("20 uploads with Arabic names and spaces become 20 articles", async () => {
    for (let i = 0; i < 20; i++) await upload(keyOf(i), corpus[i] as string);
    await settled();
    expect(await articleIds()).toHaveLength(20);
    const written = logs.filter((l) => l.message === "extract written");
    expect(written).toHaveLength(20);
    expect(written.map((l) => l.extra.key)).toContain("inbox/تقارير سوريا/مقال رقم 1.txt");
  }, 120_000);

  it("publish puts a page per article per language, both feeds, with the right types", async () => {
    const report = await publishQueued();
    const ids = await articleIds();
    const keys = new Set(await listKeys(siteBucket));
    for (const id of ids) {
      expect(keys).toContain(`ar/articles/${id}/index.html`);
      expect(keys).toContain(`en/articles/${id}/index.html`);
    }
    for (const k of ["ar/rss.xml", "en/rss.xml", "ar/index.html", "en/index.html", "index.html"]) {
      expect(keys).toContain(k);
    }
    const type = async (key: string) =>
      (await s3.client.send(new HeadObjectCommand({ Bucket: siteBucket, Key: key }))).ContentType;
    expect(await type(`ar/articles/${ids[0]}/index.html`)).toBe("text/html; charset=utf-8");
    expect(await type("en/rss.xml")).toMatch(/xml; charset=utf-8$/);
    const font = [...keys].find((k) => k.startsWith("_astro/") && k.endsWith(".woff2"));
    expect(font && (await type(font))).toBe("font/woff2");
    expect(await feedItems("ar")).toHaveLength(20);
    expect(report.uploaded).toBe(keys.size);
    expect(invalidations).toHaveLength(1);
  }, 180_000);

  it("publishing again with no change uploads 0 files", async () => {
    const report = await publishQueued();
    expect(report.uploaded).toBe(0);
    expect(report.deleted).toBe(0);
    // The content is what the site was built from: no Astro build at all.
    expect(report.rebuilt).toBe(false);
    // The build lock lives at the bucket root (where sst.config.ts grants it) and is released.
    expect(await listKeys(inboxBucket, "locks/")).toEqual([]);
    expect(await listKeys(inboxBucket, "content/locks/")).toEqual([]);
  }, 120_000);

  it("changing one article uploads only the files that changed", async () => {
    const before = await listETags(siteBucket);
    await upload(keyOf(3), corpus[20] as string);
    const report = await publishQueued();
    expect(report.rebuilt).toBe(true);
    const after = await listETags(siteBucket);
    const changed = [...after].filter(([key, etag]) => before.get(key) !== etag).length;
    const gone = [...before.keys()].filter((key) => !after.has(key)).length;
    console.log(
      `one changed article: ${report.uploaded} of ${after.size} files uploaded, ${report.deleted} deleted`,
    );
    // Exactly the files whose bytes changed or are new: its new pages, and the report's pages,
    // feeds and search index chunks that list it. Its old pages (its id changed with its
    // bytes) and their index fragments are deleted. Never the whole site.
    expect(report.uploaded).toBe(changed);
    expect(report.deleted).toBe(gone);
    expect(report.deleted).toBeGreaterThanOrEqual(2);
    expect(report.uploaded).toBeLessThan(after.size);
  }, 120_000);

  it("deleting an article removes its pages and feed items", async () => {
    const before = new Set(await articleIds());
    await s3.client.send(new DeleteObjectCommand({ Bucket: inboxBucket, Key: keyOf(5) }));
    await settled();
    const after = new Set(await articleIds());
    const gone = [...before].filter((id) => !after.has(id));
    expect(gone).toHaveLength(1);
    await publishQueued();
    const keys = new Set(await listKeys(siteBucket));
    expect(keys).not.toContain(`ar/articles/${gone[0]}/index.html`);
    expect(keys).not.toContain(`en/articles/${gone[0]}/index.html`);
    for (const lang of ["ar", "en"]) {
      const items = await feedItems(lang);
      expect(items).toHaveLength(19);
      expect(items.some((i) => i.link.includes(gone[0] as string))).toBe(false);
    }
  }, 120_000);

  it("replaying old events changes nothing", async () => {
    const snapshot = async () =>
      Promise.all(
        (await listKeys(inboxBucket, "content/")).map(async (k) => [k, await text(inboxBucket, k)]),
      );
    const before = await snapshot();
    // Every inbox event s3rver ever sent, again, oldest first: the first upload of the
    // changed file, the removed file's creation, and the rest.
    for (const record of inboxRecords.slice()) await extract({ Records: [record] } as never);
    await settled();
    expect(await snapshot()).toEqual(before);
    const report = await publishQueued();
    expect(report.uploaded).toBe(0);
    expect(report.rebuilt).toBe(false);
  }, 120_000);

  it("an invalidation that failed is made up by the next publish, with a wildcard", async () => {
    await upload(keyOf(7), `${corpus[7]}\nفقرة أخيرة مضافة.`);
    await settled();
    failNextInvalidation = true;
    const batch = queued.map((r, i) => ({
      messageId: `f-${i}`,
      body: JSON.stringify({ Records: [r] }),
    }));
    queued = [];
    const failed = await publishHandler({ Records: batch } as never, { awsRequestId: "req-fail" });
    // The bucket was synced but CloudFront was not told: the batch is handed back to SQS…
    expect(failed.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(
      batch.map((b) => b.messageId),
    );
    expect(await listKeys(inboxBucket, "locks/")).toEqual(["locks/invalidation-pending.json"]);
    // …and its retry finds nothing left to upload, but still invalidates everything.
    const before = invalidations.length;
    const retry = await publishQueued();
    expect(retry.uploaded).toBe(0);
    expect(invalidations.slice(before).map((i) => i.InvalidationBatch?.Paths?.Items)).toEqual([
      ["/*"],
    ]);
    expect(await listKeys(inboxBucket, "locks/")).toEqual([]);
  }, 120_000);

  it("keeps the newest 3 publishes as releases, and rolls the site back to the one before", async () => {
    const store = { client: s3.client, bucket: inboxBucket, prefix: "releases/" };
    const log = await readLog(store);
    expect(log.history).toHaveLength(3);
    expect(log.current).toBe(log.history[0]);
    const previous = await readRelease(store, log.history[1] as string);
    const result = await rollback(store, { client: s3.client, bucket: siteBucket });
    expect(result.to).toBe(previous.id);
    // The live site is now that release, file for file (kept hashed assets aside).
    const live = await listETags(siteBucket);
    for (const f of previous.files) expect(live.get(f.key)?.replaceAll(`"`, ""), f.key).toBe(f.md5);
    const extra = [...live.keys()].filter(
      (k) => !k.startsWith("_astro/") && !previous.files.some((f) => f.key === k),
    );
    expect(extra).toEqual([]);
  }, 120_000);
});
