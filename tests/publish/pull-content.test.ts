/**
 * Mirroring content for a build, on s3rver: a cold mirror downloads with bounded parallel
 * requests (counted, not timed), the digest is the same whatever the order requests finish
 * in, and a warm mirror downloads only what changed.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Storage } from "../../functions/core/storage/s3-storage.ts";
import type { Storage } from "../../functions/core/storage/storage.ts";
import { pullContent } from "../../functions/publish/pull-content.ts";
import { type S3rverHandle, startS3rver } from "../helpers/s3rver.ts";
import { tempDir } from "../helpers/temp-dir.ts";

let s3: S3rverHandle;
let dir: { path: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  s3 = await startS3rver();
  dir = await tempDir("pull");
}, 60_000);
afterAll(async () => {
  await s3?.close();
  await dir?.cleanup();
});

const idOf = (i: number) => createHash("sha256").update(String(i)).digest("hex").slice(0, 16);

/** A storage that counts the GETs in flight at once. */
function counting(inner: Storage): Storage & { most: number; gets: number } {
  let inFlight = 0;
  const counter = {
    most: 0,
    gets: 0,
    list: (prefix?: string) => inner.list(prefix),
    put: inner.put.bind(inner),
    delete: inner.delete.bind(inner),
    async get(key: string) {
      counter.gets++;
      inFlight++;
      counter.most = Math.max(counter.most, inFlight);
      try {
        return await inner.get(key);
      } finally {
        inFlight--;
      }
    },
  };
  return counter;
}

describe("pullContent", () => {
  it("downloads a cold mirror with at most `concurrency` requests at once, then only what changed", async () => {
    const content = new S3Storage({ client: s3.client, bucket: await s3.createBucket() });
    for (let i = 0; i < 60; i++) {
      await content.put(`articles/${idOf(i)}.md`, `---\nid: ${idOf(i)}\n---\nمقال رقم ${i}\n`);
    }
    await content.put("articles/not-an-article.txt", "ignored");

    const parallel = counting(content);
    const cold = await pullContent(parallel, join(dir.path, "a"), 8);
    expect(cold).toMatchObject({ articles: 60, downloaded: 60, deleted: 0 });
    expect(parallel.gets).toBe(60);
    expect(parallel.most).toBeLessThanOrEqual(8);
    expect(parallel.most).toBeGreaterThan(1);

    // One request at a time gives the same digest.
    const serial = counting(content);
    const one = await pullContent(serial, join(dir.path, "b"), 1);
    expect(serial.most).toBe(1);
    expect(one.digest).toBe(cold.digest);

    // Warm: nothing downloaded; then one change and one removal.
    const warm = counting(content);
    expect(await pullContent(warm, join(dir.path, "a"), 8)).toMatchObject({
      downloaded: 0,
      deleted: 0,
      digest: cold.digest,
    });
    expect(warm.gets).toBe(0);
    await content.put(`articles/${idOf(3)}.md`, "---\nid: changed\n---\nتغير\n");
    await content.delete(`articles/${idOf(4)}.md`);
    const after = counting(content);
    const changed = await pullContent(after, join(dir.path, "a"), 8);
    expect(changed).toMatchObject({ articles: 59, downloaded: 1, deleted: 1 });
    expect(after.gets).toBe(1);
    expect(changed.digest).not.toBe(cold.digest);
  }, 60_000);
});
