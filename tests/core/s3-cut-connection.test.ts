/**
 * S3Storage when a connection breaks before S3's answer is read (seen on s3rver under load:
 * "aborted", ECONNRESET, with no HTTP status). A cut cannot be made to order on a real
 * server, so these tests use a stand-in S3 client (mocked: it keeps objects in a Map and
 * cuts the answer of chosen calls); the S3 API itself is tested on s3rver elsewhere.
 */
import { createHash } from "node:crypto";
import type { S3Client } from "@aws-sdk/client-s3";
import { describe, expect, it } from "vitest";
import { S3Storage } from "../../functions/core/storage/s3-storage.ts";

const md5 = (bytes: Uint8Array) => createHash("md5").update(bytes).digest("hex");
const cut = () => Object.assign(new Error("aborted"), { code: "ECONNRESET" });

/** A bucket in a Map; `cutNext` names commands whose next answer is lost (after acting). */
function standIn() {
  const objects = new Map<string, Uint8Array>();
  const cutNext = new Map<string, number>();
  const calls: string[] = [];
  const answerLost = (name: string) => {
    const n = cutNext.get(name) ?? 0;
    if (n > 0) cutNext.set(name, n - 1);
    return n > 0;
  };
  const client = {
    async send(command: { constructor: { name: string }; input: Record<string, unknown> }) {
      const name = command.constructor.name;
      const { Key, Body, IfNoneMatch, IfMatch } = command.input as {
        Key: string;
        Body?: Uint8Array;
        IfNoneMatch?: string;
        IfMatch?: string;
      };
      calls.push(name);
      const held = objects.get(Key);
      const missing = () =>
        Object.assign(new Error("NoSuchKey"), {
          name: "NoSuchKey",
          $metadata: { httpStatusCode: 404 },
        });
      if (name === "GetObjectCommand") {
        if (!held) throw missing();
        if (answerLost(name)) throw cut();
        return { ETag: `"${md5(held)}"`, Body: { transformToByteArray: async () => held } };
      }
      if (name === "HeadObjectCommand") {
        if (!held) throw missing();
        return { ETag: `"${md5(held)}"`, ContentLength: held.byteLength };
      }
      if (name === "PutObjectCommand") {
        const failed =
          (IfNoneMatch === "*" && held) || (IfMatch && (!held || IfMatch !== `"${md5(held)}"`));
        if (failed)
          throw Object.assign(new Error("PreconditionFailed"), {
            $metadata: { httpStatusCode: 412 },
          });
        objects.set(Key, Body as Uint8Array);
        if (answerLost(name)) throw cut();
        return { ETag: `"${md5(Body as Uint8Array)}"` };
      }
      throw new Error(`the stand-in does not do ${name}`);
    },
  };
  const storage = new S3Storage({ client: client as unknown as S3Client, bucket: "b" });
  return { storage, objects, cutNext, calls };
}

describe("S3Storage when the connection breaks mid-answer (stand-in S3 client, mocked)", () => {
  it("reads again after a GET whose answer was cut", async () => {
    const s = standIn();
    await s.storage.putIf("k", "hello", { absent: true });
    s.cutNext.set("GetObjectCommand", 1);
    const got = await s.storage.getTagged("k");
    expect(new TextDecoder().decode(got?.bytes)).toBe("hello");
    expect(s.calls.filter((c) => c === "GetObjectCommand")).toHaveLength(2);
  });

  it("a conditional write whose answer was lost is an error, not a guess", async () => {
    const s = standIn();
    s.cutNext.set("PutObjectCommand", 1);
    await expect(s.storage.putIf("k", "mine", { absent: true })).rejects.toThrow("aborted");
    expect(s.calls.filter((c) => c === "PutObjectCommand")).toHaveLength(1);
  });

  it("gives up after three cut answers to a read", async () => {
    const s = standIn();
    await s.storage.putIf("k", "x", { absent: true });
    s.cutNext.set("GetObjectCommand", 5);
    await expect(s.storage.getTagged("k")).rejects.toThrow("aborted");
  });
});
