/**
 * `taqrir start --s3`: the whole loop against an S3 API on loopback (s3rver), through the
 * storages and publish code the Lambdas use. With an endpoint URL the inbox is polled;
 * with "embedded" the app runs s3rver itself and follows its event records.
 */

import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createS3Client } from "../../functions/core/storage/s3-storage.ts";
import { resolveConfig } from "../../functions/local/config.ts";
import { silentReporter } from "../../functions/local/reporter.ts";
import { s3ModeFromEnv, startS3App } from "../../functions/local/s3-app.ts";
import { S3RVER_CREDENTIALS, type S3rverHandle, startS3rver } from "../helpers/s3rver.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const SAMPLES = new URL("../../samples/", import.meta.url).pathname;

async function waitFor(probe: () => Promise<boolean>, what: string, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function exists(client: S3Client, bucket: string, key: string): Promise<boolean> {
  try {
    await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch {
    return false;
  }
}

async function count(client: S3Client, bucket: string, prefix: string): Promise<number> {
  const r = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return r.KeyCount ?? 0;
}

async function put(client: S3Client, bucket: string, key: string, body: Buffer) {
  await client.send(
    new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentLength: body.length }),
  );
}

const idOf = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
const configIn = (dir: string) => resolveConfig({ port: "0", dist: join(dir, "unused-dist") }, {});

describe("taqrir start --s3 URL (s3rver on loopback, inbox polled)", () => {
  let s3: S3rverHandle;
  let dir: { path: string; cleanup: () => Promise<void> };
  let app: Awaited<ReturnType<typeof startS3App>>;
  const bucket = "taqrir-poll";
  const siteBucket = "taqrir-poll-site";

  beforeAll(async () => {
    s3 = await startS3rver();
    dir = await tempDir("s3-mode");
    const mode = {
      ...s3ModeFromEnv(s3.endpoint, {
        TAQRIR_S3_BUCKET: bucket,
        TAQRIR_S3_SITE_BUCKET: siteBucket,
        TAQRIR_S3_POLL_MS: "200",
        TAQRIR_S3_STATE: dir.path,
      }),
    };
    app = await startS3App(configIn(dir.path), mode, silentReporter);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await s3?.close();
    await dir?.cleanup();
  });

  it("seeds the empty inbox bucket, extracts, publishes to the site bucket and serves", async () => {
    expect(await count(s3.client, bucket, "inbox/")).toBe(5);
    expect(await count(s3.client, bucket, "content/articles/")).toBe(5);
    expect(await exists(s3.client, siteBucket, "ar/index.html")).toBe(true);
    expect(await exists(s3.client, siteBucket, "en/rss.xml")).toBe(true);
    const home = await (await fetch(`${app.url}/ar/`)).text();
    expect(home).toContain('dir="rtl"');
  });

  it("an upload with an Arabic name reaches the site bucket and the page; deleting it removes it", async () => {
    const bytes = await readFile(join(SAMPLES, "002_661c46d4ddf144fc.txt"));
    const text = Buffer.concat([bytes, Buffer.from("\nفقرة مضافة للاختبار.\n")]);
    const id = idOf(text);
    const key = "inbox/مقالات جديدة/تقرير اليوم.txt";
    await put(s3.client, bucket, key, text);
    await waitFor(
      () => exists(s3.client, siteBucket, `en/articles/${id}/index.html`),
      "the new article's page in the site bucket",
    );
    await waitFor(async () => (await fetch(`${app.url}/ar/articles/${id}/`)).ok, "the local page");
    await s3.client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    await waitFor(
      async () => !(await exists(s3.client, siteBucket, `en/articles/${id}/index.html`)),
      "the page to leave the site bucket",
    );
    expect(await exists(s3.client, bucket, `content/articles/${id}.md`)).toBe(false);
  }, 120_000);

  it("a binary upload is quarantined with a reason and the site is untouched", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]);
    await put(s3.client, bucket, "inbox/صورة.png", png);
    const tag = createHash("sha256").update(png).digest("hex").slice(0, 12);
    await waitFor(
      () => exists(s3.client, bucket, `quarantine/reasons/صورة.png.${tag}.json`),
      "the quarantine reason",
    );
    expect(await exists(s3.client, bucket, `quarantine/files/صورة.png.${tag}`)).toBe(true);
    expect(await exists(s3.client, bucket, "inbox/صورة.png")).toBe(false);
    expect(await count(s3.client, bucket, "content/articles/")).toBe(5);
  }, 60_000);
});

describe("taqrir start --s3 embedded (s3rver started by the app, its events followed)", () => {
  it("serves the samples and follows an upload through s3rver's event records", async () => {
    const dir = await tempDir("s3-embedded");
    const app = await startS3App(
      configIn(dir.path),
      s3ModeFromEnv("embedded", { TAQRIR_S3_STATE: dir.path }),
      silentReporter,
    );
    const client = createS3Client({ endpoint: app.s3Endpoint, credentials: S3RVER_CREDENTIALS });
    try {
      expect((await fetch(`${app.url}/en/`)).ok).toBe(true);
      const text = Buffer.from(
        `${await readFile(join(SAMPLES, "004_18a2c8e27a3ab171.txt"), "utf8")}\nخاتمة.\n`,
      );
      await put(client, "taqrir", "inbox/خبر عاجل.txt", text);
      await waitFor(
        () => exists(client, "taqrir-site", `ar/articles/${idOf(text)}/index.html`),
        "the page published from s3rver's event",
      );
      // A batch delete sends no event on s3rver (AWS sends one per object): the slower
      // listing still takes the article off the site.
      await client.send(
        new DeleteObjectsCommand({
          Bucket: "taqrir",
          Delete: { Objects: [{ Key: "inbox/خبر عاجل.txt" }] },
        }),
      );
      await waitFor(
        async () => !(await exists(client, "taqrir-site", `ar/articles/${idOf(text)}/index.html`)),
        "the page to leave after a batch delete",
      );
    } finally {
      client.destroy();
      await app.close();
      await dir.cleanup();
    }
  }, 180_000);
});
