/**
 * The scheduled reconcile on s3rver: events lost to the store (an upload, a changed upload,
 * a removal) are found from the listings alone and handed to the extract handler. Lambda's
 * asynchronous Invoke is AWS-only: here it calls the extract handler in this process.
 */
import { readFile } from "node:fs/promises";
import { DeleteObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Storage } from "../../functions/core/storage/s3-storage.ts";
import { type S3EventRecord, toS3Record } from "../../functions/core/storage-event.ts";
import { createReconcileHandler } from "../../functions/handlers/reconcile-lambda.ts";
import { extractHandlerOn } from "../helpers/extract-lambda.ts";
import { type S3rverHandle, startS3rver } from "../helpers/s3rver.ts";

const sample = (name: string) => readFile(new URL(`../../samples/${name}`, import.meta.url));
const logger = { info: () => 0, warn: () => 0, error: () => 0 };

let s3: S3rverHandle;
beforeAll(async () => {
  s3 = await startS3rver();
}, 60_000);
afterAll(() => s3?.close());

describe("reconcile (Lambda's async Invoke is AWS-only: the extract handler is called in-process)", () => {
  it("finds a lost upload, a lost change and a lost removal, and hands them to extract; then finds nothing", async () => {
    const bucket = await s3.createBucket();
    const extract = extractHandlerOn(s3.client, bucket);
    const put = (key: string, body: Uint8Array) =>
      s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    const [a, b, c] = await Promise.all([
      sample("000_4a470ce0ac0b1c40.txt"),
      sample("001_7e28444f50e46fbb.txt"),
      sample("002_661c46d4ddf144fc.txt"),
    ]);
    // a and b arrive with their events; c's event is lost.
    for (const [key, body] of [
      ["inbox/a.txt", a],
      ["inbox/b.txt", b],
    ] as const) {
      await put(key, body);
      await extract({ Records: [toS3Record({ kind: "created", key, bucket })] } as never);
    }
    await put("inbox/c.txt", c);
    // a is replaced and b deleted, and both events are lost too.
    const a2 = Buffer.concat([a, Buffer.from("\nتحديث: ارتفع عدد القتلى.\n")]);
    await put("inbox/a.txt", a2);
    await s3.client.send(new DeleteObjectCommand({ Bucket: bucket, Key: "inbox/b.txt" }));

    const handed: S3EventRecord[][] = [];
    const reconcile = createReconcileHandler({
      s3: s3.client,
      bucket,
      contentPrefix: "content/",
      inboxPrefix: "inbox/",
      batchSize: 2,
      invoke: async (records) => {
        handed.push(records);
        await extract({ Records: records } as never);
      },
      logger,
    });
    const first = await reconcile();
    expect(first).toMatchObject({ uploads: 2, unapplied: 1, changed: 1, gone: 1, invocations: 2 });
    expect(
      handed
        .flat()
        .map((r) => `${r.eventName.startsWith("ObjectCreated") ? "+" : "-"}${r.s3.object.key}`),
    ).toEqual(["+inbox/a.txt", "+inbox/c.txt", "-inbox/b.txt"]);

    // The content now matches the inbox: a's new bytes and c, and nothing from b.
    const content = new S3Storage({ client: s3.client, bucket, prefix: "content/" });
    const articles = await content.list("articles/");
    expect(articles).toHaveLength(2);
    const texts = await Promise.all(
      articles.map(async (o) => new TextDecoder().decode(await content.get(o.key))),
    );
    expect(texts.some((t) => t.includes("inbox/a.txt") && t.includes("ارتفع عدد القتلى"))).toBe(
      true,
    );
    expect(texts.some((t) => t.includes("inbox/c.txt"))).toBe(true);
    expect(texts.some((t) => t.includes("inbox/b.txt"))).toBe(false);

    const second = await reconcile();
    expect(second).toMatchObject({ unapplied: 0, changed: 0, gone: 0, invocations: 0 });
  }, 60_000);
});
