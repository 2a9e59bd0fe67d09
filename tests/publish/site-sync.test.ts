/**
 * planSync as a pure function, then syncSite against a real S3 API (s3rver on
 * loopback) with a small dist folder like the one Astro builds.
 */
import { createHash } from "node:crypto";
import { mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  DeleteBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createS3Client } from "../../functions/core/storage/s3-storage.ts";
import {
  IMMUTABLE_CACHE_CONTROL,
  publishRank,
  REVALIDATE_CACHE_CONTROL,
} from "../../functions/publish/site-files.ts";
import {
  type LocalFile,
  listDist,
  planSync,
  SiteSyncError,
  syncSite,
} from "../../functions/publish/site-sync.ts";
import { S3RVER_CREDENTIALS, type S3rverHandle, startS3rver } from "../helpers/s3rver.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const md5 = (text: string) => createHash("md5").update(text).digest("hex");
const file = (key: string, content = key): LocalFile => ({
  key,
  path: `/dist/${key}`,
  md5: md5(content),
  bytes: Buffer.byteLength(content),
});

describe("planSync", () => {
  it("uploads everything to an empty bucket, in publishing order", () => {
    const local = [
      file("index.html"),
      file("ar/index.html"),
      file("ar/rss.xml"),
      file("ar/2/index.html"),
      file("404.html"),
      file("ar/articles/0123456789abcdef/index.html"),
      file("_astro/x.Has_8ph9.woff2"),
      file("favicon.svg"),
    ];
    const plan = planSync(local, []);
    expect(plan.uploads.map((f) => f.key)).toEqual([
      "_astro/x.Has_8ph9.woff2",
      "favicon.svg",
      "ar/articles/0123456789abcdef/index.html",
      "404.html",
      "ar/2/index.html",
      "ar/rss.xml",
      "ar/index.html",
      "index.html",
    ]);
    expect(plan.deletes).toEqual([]);
    expect(plan.unchanged).toBe(0);
  });

  it("skips objects whose ETag is the local MD5, quoted or not, in either case", () => {
    const local = [file("a.html", "A"), file("b.html", "B"), file("c.html", "C"), file("d.html")];
    const plan = planSync(local, [
      { key: "a.html", etag: `"${md5("A")}"` },
      { key: "b.html", etag: md5("B").toUpperCase() },
      { key: "c.html", etag: `"${md5("old C")}"` },
    ]);
    expect(plan.uploads.map((f) => f.key)).toEqual(["c.html", "d.html"]);
    expect(plan.unchanged).toBe(2);
  });

  it("uploads again over a multipart ETag, which is never a plain MD5", () => {
    const plan = planSync(
      [file("big.woff2", "X")],
      [{ key: "big.woff2", etag: `"${md5("X")}-2"` }],
    );
    expect(plan.uploads.map((f) => f.key)).toEqual(["big.woff2"]);
  });

  it("deletes remote keys the build no longer has, sorted, but keeps old hashed assets", () => {
    const plan = planSync(
      [file("index.html")],
      [
        { key: "index.html", etag: md5("index.html") },
        { key: "ar/rss.xml", etag: '"x"' },
        { key: "_astro/old.Ab12.css", etag: '"y"' },
      ],
    );
    expect(plan.uploads).toEqual([]);
    expect(plan.deletes).toEqual(["ar/rss.xml"]);
    expect(plan.kept).toEqual(["_astro/old.Ab12.css"]);
    expect(plan.unchanged).toBe(1);
  });

  it("does not touch its inputs", () => {
    const local = [file("index.html"), file("_astro/a.css")];
    const copy = structuredClone(local);
    planSync(local, [{ key: "z", etag: "" }]);
    expect(local).toEqual(copy);
  });
});

// --- against s3rver -------------------------------------------------------

const ARTICLE_AR = "ar/articles/0123456789abcdef/index.html";
const ARTICLE_EN = "en/articles/0123456789abcdef/index.html";
const OLD_ARTICLE = "ar/articles/fedcba9876543210/index.html";

/** A dist folder like Astro's: two languages, a hashed font and stylesheet, feeds. */
function siteFiles(): Record<string, string | Uint8Array> {
  return {
    "index.html": '<meta http-equiv="refresh" content="0;url=/ar/">',
    "404.html": "<h1>404</h1>",
    "favicon.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
    "_astro/Base.C1Oits4N.css": "body{font-family:'Noto Naskh Arabic'}",
    "_astro/x.Has_8ph9.woff2": new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 1, 2, 255]),
    "ar/index.html": '<html lang="ar" dir="rtl"><h1>تقرير</h1></html>',
    "ar/2/index.html": '<html lang="ar" dir="rtl"><h1>الصفحة ٢</h1></html>',
    [ARTICLE_AR]: '<html lang="ar" dir="rtl"><h1>ارتفاع أسعار القمح في القاهرة</h1></html>',
    [OLD_ARTICLE]: '<html lang="ar" dir="rtl"><h1>خبر قديم</h1></html>',
    "ar/rss.xml": '<?xml version="1.0" encoding="UTF-8"?><rss><title>تقرير</title></rss>',
    "en/index.html": '<html lang="en"><h1>Taqrir</h1></html>',
    [ARTICLE_EN]: '<html lang="en"><h1>Wheat prices rise in Cairo</h1></html>',
    "en/rss.xml": '<?xml version="1.0" encoding="UTF-8"?><rss><title>Taqrir</title></rss>',
  };
}

async function writeDist(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [key, content] of Object.entries(files)) {
    const path = join(dir, ...key.split("/"));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
}

interface Sent {
  readonly phase: "start" | "end" | "error";
  readonly command: string;
  readonly keys: string[];
}

/**
 * A client of its own whose `send` records each command as it starts and
 * settles, then passes it on to s3rver unchanged, unless `fault` throws or
 * returns a response of its own first.
 */
function recordingClient(fault?: (command: string, key: string | undefined) => unknown) {
  const client = createS3Client({ endpoint: s3.endpoint, credentials: S3RVER_CREDENTIALS });
  const log: Sent[] = [];
  const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
  const recording = async (command: { constructor: { name: string }; input: unknown }) => {
    const name = command.constructor.name;
    const input = command.input as { Key?: string; Delete?: { Objects?: { Key?: string }[] } };
    const keys =
      input.Key !== undefined ? [input.Key] : (input.Delete?.Objects ?? []).map((o) => o.Key ?? "");
    log.push({ phase: "start", command: name, keys });
    try {
      const result = (await fault?.(name, input.Key)) ?? (await send(command));
      log.push({ phase: "end", command: name, keys });
      return result;
    } catch (error) {
      log.push({ phase: "error", command: name, keys });
      throw error;
    }
  };
  client.send = recording as unknown as S3Client["send"];
  clients.push(client);
  return { client, log };
}

async function bucketKeys(bucket: string, prefix = ""): Promise<string[]> {
  const page = await s3.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (page.Contents ?? []).map((o) => o.Key ?? "").sort();
}

let s3: S3rverHandle;
const clients: S3Client[] = [];
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  s3 = await startS3rver();
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(async () => {
  await s3?.close();
});

async function freshDist(files = siteFiles()): Promise<string> {
  const dir = await tempDir("dist");
  cleanups.push(dir.cleanup);
  await writeDist(dir.path, files);
  return dir.path;
}

describe("listDist", () => {
  it("lists files with posix keys, MD5 and size, sorted, following symlinked files", async () => {
    const distDir = await freshDist({ "ar/rss.xml": "تقرير", "_astro/a.B1.css": "" });
    await symlink(join(distDir, "ar", "rss.xml"), join(distDir, "feed.xml"));
    const files = await listDist(distDir);
    expect(files).toEqual([
      { key: "_astro/a.B1.css", path: join(distDir, "_astro", "a.B1.css"), md5: md5(""), bytes: 0 },
      { key: "ar/rss.xml", path: join(distDir, "ar", "rss.xml"), md5: md5("تقرير"), bytes: 10 },
      { key: "feed.xml", path: join(distDir, "feed.xml"), md5: md5("تقرير"), bytes: 10 },
    ]);
  });
});

describe("syncSite against s3rver", () => {
  it("publishes a site, then only what changed, deleting stale pages after all uploads", async () => {
    const distDir = await freshDist();
    const bucket = await s3.createBucket();
    const all = Object.keys(siteFiles());

    // First publish: everything, with the right headers.
    const first = recordingClient();
    const result = await syncSite({ client: first.client, bucket, distDir });
    expect([...result.uploaded].sort()).toEqual([...all].sort());
    expect(result.deleted).toEqual([]);
    expect(result.unchanged).toBe(0);
    const totalBytes = Object.values(siteFiles()).reduce(
      (sum, c) => sum + (typeof c === "string" ? Buffer.byteLength(c) : c.byteLength),
      0,
    );
    expect(result.bytesUploaded).toBe(totalBytes);
    expect(await bucketKeys(bucket)).toEqual([...all].sort());

    const head = (Key: string) => s3.client.send(new HeadObjectCommand({ Bucket: bucket, Key }));
    const expected: [string, string, string][] = [
      [ARTICLE_AR, "text/html; charset=utf-8", REVALIDATE_CACHE_CONTROL],
      ["index.html", "text/html; charset=utf-8", REVALIDATE_CACHE_CONTROL],
      ["ar/rss.xml", "application/xml; charset=utf-8", REVALIDATE_CACHE_CONTROL],
      ["_astro/x.Has_8ph9.woff2", "font/woff2", IMMUTABLE_CACHE_CONTROL],
      ["_astro/Base.C1Oits4N.css", "text/css; charset=utf-8", IMMUTABLE_CACHE_CONTROL],
      ["favicon.svg", "image/svg+xml; charset=utf-8", REVALIDATE_CACHE_CONTROL],
    ];
    for (const [key, type, cache] of expected) {
      const h = await head(key);
      expect(h.ContentType, key).toBe(type);
      expect(h.CacheControl, key).toBe(cache);
    }
    const article = await s3.client.send(new GetObjectCommand({ Bucket: bucket, Key: ARTICLE_AR }));
    expect(await article.Body?.transformToString("utf-8")).toBe(siteFiles()[ARTICLE_AR]);

    // Rank by rank: every upload of a rank has finished before the next rank starts.
    const puts = first.log.filter((s) => s.command === "PutObjectCommand");
    const lastEnd = new Map<number, number>();
    const firstStart = new Map<number, number>();
    puts.forEach((s, i) => {
      const rank = publishRank(s.keys[0] ?? "");
      if (s.phase === "start" && !firstStart.has(rank)) firstStart.set(rank, i);
      if (s.phase === "end") lastEnd.set(rank, i);
    });
    for (let rank = 1; rank <= 4; rank++) {
      expect(firstStart.get(rank), `rank ${rank}`).toBeGreaterThan(lastEnd.get(rank - 1) ?? -1);
    }
    const startOrder = puts.filter((s) => s.phase === "start").map((s) => s.keys[0]);
    expect(startOrder.slice(-3).sort()).toEqual(["ar/index.html", "en/index.html", "index.html"]);

    // Second publish of the same build: nothing to do.
    const second = await syncSite({ client: s3.client, bucket, distDir });
    expect(second).toEqual({ uploaded: [], deleted: [], unchanged: all.length, bytesUploaded: 0 });

    // One article changed: exactly one upload.
    const edited = '<html lang="ar" dir="rtl"><h1>ارتفاع أسعار القمح والذرة</h1></html>';
    await writeFile(join(distDir, ...ARTICLE_AR.split("/")), edited);
    const third = await syncSite({ client: s3.client, bucket, distDir });
    expect(third.uploaded).toEqual([ARTICLE_AR]);
    expect(third.deleted).toEqual([]);
    expect(third.unchanged).toBe(all.length - 1);
    expect(third.bytesUploaded).toBe(Buffer.byteLength(edited));
    const after = await s3.client.send(new GetObjectCommand({ Bucket: bucket, Key: ARTICLE_AR }));
    expect(await after.Body?.transformToString("utf-8")).toBe(edited);

    // A page removed (and the pages linking to it rebuilt): deleted after the uploads.
    await rm(join(distDir, "ar", "articles", "fedcba9876543210"), { recursive: true });
    await writeFile(join(distDir, "ar", "index.html"), '<html lang="ar"><h1>تقرير ٢</h1></html>');
    await writeFile(
      join(distDir, "ar", "rss.xml"),
      '<?xml version="1.0"?><rss><title>٢</title></rss>',
    );
    const fourth = recordingClient();
    const removed = await syncSite({ client: fourth.client, bucket, distDir });
    expect(removed.uploaded).toEqual(["ar/rss.xml", "ar/index.html"]);
    expect(removed.deleted).toEqual([OLD_ARTICLE]);
    expect(await bucketKeys(bucket)).toEqual(all.filter((k) => k !== OLD_ARTICLE).sort());
    const steps = fourth.log.map((s) => `${s.phase} ${s.command} ${s.keys.join(",")}`);
    expect(steps).toEqual([
      "start ListObjectsV2Command ",
      "end ListObjectsV2Command ",
      "start PutObjectCommand ar/rss.xml",
      "end PutObjectCommand ar/rss.xml",
      "start PutObjectCommand ar/index.html",
      "end PutObjectCommand ar/index.html",
      `start DeleteObjectsCommand ${OLD_ARTICLE}`,
      `end DeleteObjectsCommand ${OLD_ARTICLE}`,
    ]);
  });

  it("keeps to its prefix inside the bucket and reports dist-relative keys", async () => {
    const distDir = await freshDist({ "index.html": "home", "ar/rss.xml": "feed" });
    const bucket = await s3.createBucket();
    await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: "inbox/a.txt", Body: "x" }));
    await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: "site/old.html", Body: "x" }));
    const result = await syncSite({ client: s3.client, bucket, prefix: "site/", distDir });
    expect(result.uploaded).toEqual(["ar/rss.xml", "index.html"]);
    expect(result.deleted).toEqual(["old.html"]);
    expect(await bucketKeys(bucket)).toEqual(["inbox/a.txt", "site/ar/rss.xml", "site/index.html"]);
    await expect(syncSite({ client: s3.client, bucket, prefix: "site", distDir })).rejects.toThrow(
      RangeError,
    );
  });

  it("publishes non-ASCII keys and deletes many stale keys in one request", async () => {
    const distDir = await freshDist({ "ar/وسوم/القاهرة/index.html": "<h1>القاهرة</h1>" });
    const bucket = await s3.createBucket();
    const stale = Array.from({ length: 30 }, (_, i) => `ar/${i}/index.html`);
    for (const Key of stale) {
      await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key, Body: "old" }));
    }
    const { client, log } = recordingClient();
    const result = await syncSite({ client, bucket, distDir, concurrency: 3 });
    expect(result.uploaded).toEqual(["ar/وسوم/القاهرة/index.html"]);
    expect(result.deleted).toEqual([...stale].sort());
    expect(await bucketKeys(bucket)).toEqual(["ar/وسوم/القاهرة/index.html"]);
    expect(
      log.filter((s) => s.command === "DeleteObjectsCommand" && s.phase === "end"),
    ).toHaveLength(1);
    const again = await syncSite({ client, bucket, distDir });
    expect(again.uploaded).toEqual([]);
  });

  it("names the key when an upload fails against a real error (the bucket vanished) and deletes nothing", async () => {
    const distDir = await freshDist();
    const bucket = await s3.createBucket();
    // Empty after listing, so it can go: the first upload then meets NoSuchBucket.
    let vanished = false;
    const { client, log } = recordingClient(async (command) => {
      if (command !== "PutObjectCommand" || vanished) return;
      vanished = true;
      await s3.client.send(new DeleteBucketCommand({ Bucket: bucket }));
    });
    const failure = syncSite({ client, bucket, distDir, concurrency: 1 });
    await expect(failure).rejects.toThrow(SiteSyncError);
    const error = (await failure.catch((e: unknown) => e)) as SiteSyncError;
    expect(error.operation).toBe("upload");
    expect(error.key).toBe("_astro/Base.C1Oits4N.css");
    expect(error.message).toContain("_astro/Base.C1Oits4N.css");
    expect(error.message).toContain("NoSuchBucket");
    expect(log.filter((s) => s.phase === "start").map((s) => s.command)).toEqual([
      "ListObjectsV2Command",
      "PutObjectCommand",
    ]);
  });

  it("stops at a failed upload: later ranks not published, stale objects kept (fault injected into send)", async () => {
    const distDir = await freshDist();
    const bucket = await s3.createBucket();
    await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: "stale.html", Body: "x" }));
    const { client, log } = recordingClient((command, key) => {
      if (command === "PutObjectCommand" && key === ARTICLE_EN) {
        throw Object.assign(new Error("We encountered an internal error."), {
          name: "InternalError",
        });
      }
    });
    await expect(syncSite({ client, bucket, distDir, concurrency: 2 })).rejects.toThrow(
      `upload of ${ARTICLE_EN} to s3://${bucket}/${ARTICLE_EN} failed: InternalError`,
    );
    expect(log.some((s) => s.command === "DeleteObjectsCommand")).toBe(false);
    const keys = await bucketKeys(bucket);
    expect(keys).toContain("stale.html");
    expect(keys).toContain("_astro/x.Has_8ph9.woff2");
    for (const later of [
      "404.html",
      "ar/2/index.html",
      "ar/rss.xml",
      "ar/index.html",
      "index.html",
    ]) {
      expect(keys).not.toContain(later);
    }
  });

  it("fails on keys DeleteObjects could not delete (per-key errors stubbed: s3rver never reports them)", async () => {
    const distDir = await freshDist({ "index.html": "home" });
    const bucket = await s3.createBucket();
    for (const Key of ["a.html", "b.html", "c.html"]) {
      await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key, Body: "old" }));
    }
    const { client } = recordingClient((command) =>
      command === "DeleteObjectsCommand"
        ? {
            Errors: [
              { Key: "b.html", Code: "AccessDenied", Message: "Access Denied" },
              { Key: "c.html", Code: "AccessDenied", Message: "Access Denied" },
            ],
          }
        : undefined,
    );
    const failure = syncSite({ client, bucket, distDir });
    await expect(failure).rejects.toThrow(
      `deleting b.html from s3://${bucket}/ failed: AccessDenied: Access Denied (and 1 more keys)`,
    );
    await expect(failure).rejects.toMatchObject({ operation: "delete", key: "b.html" });
  });

  it("names the bucket when listing fails", async () => {
    const distDir = await freshDist();
    await expect(
      syncSite({ client: s3.client, bucket: "no-such-bucket-here", distDir }),
    ).rejects.toThrow(/listing s3:\/\/no-such-bucket-here\/ failed: NoSuchBucket/);
  });
});
