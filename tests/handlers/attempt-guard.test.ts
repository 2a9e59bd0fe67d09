/**
 * The extract Lambda cannot put extraction in a worker with a budget, so a file that gets the
 * function stopped must be refused on the retry, not tried until the dead-letter queue. A
 * stopped attempt is played by a runner whose promise never settles, abandoned, as a killed
 * process abandons it; the Lambda's own handler then runs against s3rver. (The Lambda runtime
 * and its retry policy are AWS-only: the retry is a second call of the handler.)
 */
import { readFile } from "node:fs/promises";
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AttemptInFlightError,
  attemptGuardRunner,
  markerKey,
} from "../../functions/core/attempt-guard.ts";
import { type ExtractionRunner, inlineRunner } from "../../functions/core/extraction-runner.ts";
import { S3Storage } from "../../functions/core/storage/s3-storage.ts";
import { toS3Record } from "../../functions/core/storage-event.ts";
import { extractHandlerOn } from "../helpers/extract-lambda.ts";
import { type S3rverHandle, startS3rver } from "../helpers/s3rver.ts";

const SAMPLE = new URL("../../samples/003_7a41c80445518d85.txt", import.meta.url);
const never: ExtractionRunner = { run: () => new Promise(() => {}), close: async () => {} };

let s3: S3rverHandle;
let bucket: string;
beforeAll(async () => {
  s3 = await startS3rver();
  bucket = await s3.createBucket();
}, 60_000);
afterAll(() => s3?.close());

const keysUnder = async (prefix: string) =>
  (
    (await s3.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))).Contents ??
    []
  )
    .map((o) => o.Key ?? "")
    .sort();
const upload = (key: string, body: Uint8Array) =>
  s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
const created = (key: string) => ({
  Records: [toS3Record({ kind: "created", key, bucket })],
});

describe("a file that got the extract function stopped (Lambda runtime: AWS-only, the retry played by a second call)", () => {
  it("is refused with a reason on the retry and quarantined, while other files go on", async () => {
    const bytes = new Uint8Array(await readFile(SAMPLE));
    await upload("inbox/killer.txt", bytes);
    const content = new S3Storage({ client: s3.client, bucket, prefix: "content/" });

    // The first attempt: its marker is written, then the function is stopped mid-file.
    const t0 = new Date("2026-12-01T10:00:00Z");
    void attemptGuardRunner(never, { markers: content, staleAfterMs: 60_000, now: () => t0 }).run(
      bytes,
      "inbox/killer.txt",
      {},
    );
    await expect
      .poll(() => keysUnder("content/attempts/"))
      .toEqual([`content/${markerKey(bytes)}`]);

    // Lambda's retry, more than the time limit later (the handler's real clock is now).
    const handler = extractHandlerOn(s3.client, bucket);
    const { outcomes } = await handler(created("inbox/killer.txt") as never);
    expect(outcomes).toMatchObject([
      { action: "refused", key: "inbox/killer.txt", reason: "timeout" },
    ]);
    expect(outcomes[0]?.action === "refused" && outcomes[0].message).toMatch(/never finished/);
    expect(await keysUnder("inbox/killer.txt")).toEqual([]);
    const quarantined = await keysUnder("quarantine/");
    expect(quarantined.filter((k) => k.startsWith("quarantine/files/killer.txt."))).toHaveLength(1);
    const reasonKey = quarantined.find((k) => k.startsWith("quarantine/reasons/killer.txt."));
    const reason = await s3.client.send(new GetObjectCommand({ Bucket: bucket, Key: reasonKey }));
    expect(await reason.Body?.transformToString()).toMatch(/timeout/);
    expect(await keysUnder("content/attempts/")).toEqual([]);

    // The same handler goes on with the next file, and leaves no marker behind.
    await upload(
      "inbox/fine.txt",
      new TextEncoder().encode(`${new TextDecoder().decode(bytes)}\nخاتمة.`),
    );
    const next = await handler(created("inbox/fine.txt") as never);
    expect(next.outcomes).toMatchObject([{ action: "written", key: "inbox/fine.txt" }]);
    expect(await keysUnder("content/attempts/")).toEqual([]);
  }, 60_000);

  it("is not refused while another attempt at the same bytes may still be running: that call fails, to be retried", async () => {
    const content = new S3Storage({ client: s3.client, bucket, prefix: "busy/" });
    const bytes = new TextEncoder().encode("نص ما");
    const now = new Date("2026-12-01T10:00:00Z");
    void attemptGuardRunner(never, { markers: content, staleAfterMs: 60_000, now: () => now }).run(
      bytes,
      "inbox/a.txt",
      {},
    );
    await expect.poll(() => keysUnder("busy/attempts/")).toHaveLength(1);
    const soon = new Date(now.getTime() + 30_000);
    const second = attemptGuardRunner(inlineRunner, {
      markers: content,
      staleAfterMs: 60_000,
      now: () => soon,
    });
    await expect(second.run(bytes, "inbox/a.txt", {})).rejects.toBeInstanceOf(AttemptInFlightError);
    // The marker stays for the attempt that may be running.
    expect(await keysUnder("busy/attempts/")).toHaveLength(1);
  });

  it("removes its marker when the reader throws, so a passing S3 error is simply retried", async () => {
    const content = new S3Storage({ client: s3.client, bucket, prefix: "throws/" });
    const failing: ExtractionRunner = {
      run: async () => {
        throw new Error("SlowDown");
      },
      close: async () => {},
    };
    const guard = attemptGuardRunner(failing, { markers: content, staleAfterMs: 60_000 });
    await expect(guard.run(new Uint8Array([1, 2, 3]), "inbox/b.txt", {})).rejects.toThrow(
      "SlowDown",
    );
    expect(await keysUnder("throws/attempts/")).toEqual([]);
  });
});
