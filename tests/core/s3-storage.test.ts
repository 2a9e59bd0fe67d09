/**
 * S3Storage against a real S3 API: s3rver on loopback, one fresh bucket per
 * store. The shared contract first, then what only S3 has: the key prefix
 * inside the bucket, paging, content types, and s3rver's event records.
 */
import {
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { S3Storage } from "../../functions/core/storage/s3-storage.ts";
import { InvalidKeyError, type StoredObject } from "../../functions/core/storage/storage.ts";
import { fromS3Record } from "../../functions/core/storage-event.ts";
import { type S3rverHandle, type S3rverRecord, startS3rver } from "../helpers/s3rver.ts";
import { storageContract } from "./storage-contract.ts";

let s3: S3rverHandle;
beforeAll(async () => {
  s3 = await startS3rver();
});
afterAll(async () => {
  await s3?.close();
});

async function fresh(options: { prefix?: string; pageSize?: number } = {}): Promise<S3Storage> {
  return new S3Storage({ client: s3.client, bucket: await s3.createBucket(), ...options });
}

/** Every key in the bucket, as S3 itself stores it. */
async function rawKeys(client: S3Client, bucket: string): Promise<string[]> {
  const page = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
  return (page.Contents ?? []).map((o) => o.Key ?? "");
}

/** The listing without ETags (the contract suite checks those against the bytes). */
const keysAndSizes = (objects: readonly StoredObject[]) =>
  objects.map(({ key, size }) => ({ key, size }));
const text = (bytes: Uint8Array | undefined) =>
  bytes ? new TextDecoder().decode(bytes) : undefined;

storageContract("s3 (s3rver)", () => fresh());

describe("S3Storage specifics", () => {
  it("stores under its prefix inside the bucket and lists keys without it", async () => {
    const s = await fresh({ prefix: "content/" });
    await s.put("articles/x.md", "# x");
    await s.client.send(
      new PutObjectCommand({ Bucket: s.bucket, Key: "inbox/other.txt", Body: "not ours" }),
    );
    expect(await rawKeys(s.client, s.bucket)).toEqual(["content/articles/x.md", "inbox/other.txt"]);
    expect(keysAndSizes(await s.list())).toEqual([{ key: "articles/x.md", size: 3 }]);
    expect(keysAndSizes(await s.list("articles/"))).toEqual([{ key: "articles/x.md", size: 3 }]);
    expect(text(await s.get("articles/x.md"))).toBe("# x");
    expect(await s.get("inbox/other.txt")).toBeUndefined();

    const whole = new S3Storage({ client: s.client, bucket: s.bucket });
    expect((await whole.list()).map((o) => o.key)).toEqual([
      "content/articles/x.md",
      "inbox/other.txt",
    ]);
    await s.delete("articles/x.md");
    expect(await rawKeys(s.client, s.bucket)).toEqual(["inbox/other.txt"]);
  });

  it("refuses a prefix that is not a folder-like key", () => {
    const client = s3.client;
    expect(() => new S3Storage({ client, bucket: "b", prefix: "content" })).toThrow(
      InvalidKeyError,
    );
    expect(() => new S3Storage({ client, bucket: "b", prefix: "/content/" })).toThrow(
      InvalidKeyError,
    );
    expect(() => new S3Storage({ client, bucket: "b", pageSize: 0 })).toThrow(RangeError);
  });

  it("pages through ListObjectsV2 with continuation tokens", async () => {
    const s = await fresh({ pageSize: 2 });
    const keys = ["p/e.txt", "p/c.txt", "p/a.txt", "p/d.txt", "p/b.txt"];
    for (const key of keys) await s.put(key, key);
    await s.put("q/outside.txt", "x");

    let requests = 0;
    s.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === "ListObjectsV2Command") requests += 1;
        return next(args);
      },
      { step: "initialize", name: "countListRequests" },
    );
    try {
      expect(keysAndSizes(await s.list("p/"))).toEqual(
        [...keys].sort().map((key) => ({ key, size: Buffer.byteLength(key) })),
      );
      expect(requests).toBe(3); // 2 + 2 + 1
    } finally {
      s.client.middlewareStack.remove("countListRequests");
    }
  });

  it("keeps Arabic keys with spaces, '+' and '%' exactly", async () => {
    const s = await fresh();
    const keys = ["inbox/تقرير + ملحق.txt", "inbox/نسبة 50% من السكان.txt", "inbox/a%20b+c.txt"];
    for (const key of keys) await s.put(key, `نص ${key}`);
    expect((await s.list()).map((o) => o.key)).toEqual([...keys].sort());
    for (const key of keys) expect(text(await s.get(key))).toBe(`نص ${key}`);
    expect(await s.get("inbox/a b c.txt")).toBeUndefined();
  });

  it("sends the content type, application/octet-stream when none is given", async () => {
    const s = await fresh();
    await s.put("a.md", "# a", { contentType: "text/markdown; charset=utf-8" });
    await s.put("b.bin", new Uint8Array([1, 2]));
    const head = (Key: string) => s.client.send(new HeadObjectCommand({ Bucket: s.bucket, Key }));
    expect(await head("a.md")).toMatchObject({
      ContentType: "text/markdown; charset=utf-8",
      ContentLength: 3,
    });
    expect(await head("b.bin")).toMatchObject({
      ContentType: "application/octet-stream",
      ContentLength: 2,
    });
  });

  it("writes only the bytes of a Uint8Array view", async () => {
    const s = await fresh();
    await s.put("view.bin", new Uint8Array([9, 1, 2, 3, 9]).subarray(1, 4));
    expect(await s.get("view.bin")).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("hides objects no Storage key can name, such as folder markers", async () => {
    const s = await fresh();
    await s.put("inbox/a.txt", "a");
    await s.client.send(
      new PutObjectCommand({ Bucket: s.bucket, Key: "inbox/", Body: new Uint8Array(0) }),
    );
    expect(await rawKeys(s.client, s.bucket)).toContain("inbox/");
    expect(keysAndSizes(await s.list())).toEqual([{ key: "inbox/a.txt", size: 1 }]);
  });

  it("refuses keys longer than S3 allows in UTF-8 bytes", async () => {
    const s = await fresh();
    const key = `inbox/${"ع".repeat(600)}`; // 606 characters, 1206 bytes
    await expect(s.put(key, "x")).rejects.toThrow(InvalidKeyError);
  });

  it("treats a missing bucket as an error, not as an empty store", async () => {
    const s = new S3Storage({ client: s3.client, bucket: "taqrir-no-such-bucket" });
    await expect(s.get("a.txt")).rejects.toMatchObject({ name: "NoSuchBucket" });
    await expect(s.list()).rejects.toMatchObject({ name: "NoSuchBucket" });
  });
});

describe("s3rver event records", () => {
  /**
   * The first record named `eventName`, once it has arrived (records travel apart
   * from the HTTP response). Each test has its own bucket, so the first is ours.
   */
  function firstRecord(records: S3rverRecord[], eventName: string): Promise<S3rverRecord> {
    return vi.waitFor(
      () => {
        const record = records.find((r) => r.eventName === eventName);
        if (!record) throw new Error(`no ${eventName} record yet`);
        return record;
      },
      { timeout: 5000, interval: 20 },
    );
  }

  it("emits ObjectCreated/ObjectRemoved records that fromS3Record reads", async () => {
    const s = await fresh({ prefix: "inbox/" });
    const records: S3rverRecord[] = [];
    const unsubscribe = s3.onEvent((r) => {
      if (r.s3.bucket.name === s.bucket) records.push(r);
    });
    try {
      const key = "مقال جديد عن الاقتصاد.txt";
      await s.put(key, "نص");
      const created = await firstRecord(records, "ObjectCreated:Put");
      const encoded = created.s3.object.key;
      expect(decodeURIComponent(encoded.replace(/\+/g, " "))).toBe(`inbox/${key}`);
      expect(fromS3Record(created)).toEqual({
        kind: "created",
        key: `inbox/${key}`,
        bucket: s.bucket,
        sequencer: expect.stringMatching(/^[0-9A-F]+$/),
      });

      await s.delete(key);
      const removed = await firstRecord(records, "ObjectRemoved:Delete");
      expect(fromS3Record(removed)).toEqual({
        kind: "removed",
        key: `inbox/${key}`,
        bucket: s.bucket,
        sequencer: expect.stringMatching(/^[0-9A-F]+$/),
      });
    } finally {
      unsubscribe();
    }
  });

  it("sends keys unencoded, unlike AWS: '+' does not survive fromS3Record", async () => {
    const s = await fresh();
    const records: S3rverRecord[] = [];
    const unsubscribe = s3.onEvent((r) => {
      if (r.s3.bucket.name === s.bucket) records.push(r);
    });
    try {
      await s.put("inbox/أ+ب.txt", "x");
      const record = await firstRecord(records, "ObjectCreated:Put");
      // AWS would send "inbox/%D8%A3%2B%D8%A8.txt"; s3rver sends the key as stored.
      expect(record.s3.object.key).toBe("inbox/أ+ب.txt");
      expect(fromS3Record(record).key).toBe("inbox/أ ب.txt");
    } finally {
      unsubscribe();
    }
  });

  it("stops delivering after unsubscribe", async () => {
    const s = await fresh();
    const before: S3rverRecord[] = [];
    const after: S3rverRecord[] = [];
    const stopBefore = s3.onEvent((r) => {
      if (r.s3.bucket.name === s.bucket) before.push(r);
    });
    const stopAfter = s3.onEvent((r) => {
      if (r.s3.bucket.name === s.bucket) after.push(r);
    });
    try {
      await s.put("one.txt", "1");
      await firstRecord(before, "ObjectCreated:Put");
      stopBefore();
      await s.put("two.txt", "2");
      await vi.waitFor(() => expect(after).toHaveLength(2), { timeout: 5000, interval: 20 });
      expect(before.map((r) => r.s3.object.key)).toEqual(["one.txt"]);
    } finally {
      stopBefore();
      stopAfter();
    }
  });
});
