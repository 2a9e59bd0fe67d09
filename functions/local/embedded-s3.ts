/**
 * A real S3 API (s3rver) on loopback, in a child Node process: the tests' S3 server and
 * `taqrir start --s3 embedded`.
 *
 * Why a child process: s3rver 3.7 encrypts ListObjectsV2 continuation tokens
 * with DES, which OpenSSL 3 (Node >= 17) only offers through its legacy
 * provider. In-process, every truncated listing fails with a 500 InternalError.
 * The child runs with --openssl-legacy-provider, which can only be set at
 * start-up; the test process itself is left alone.
 *
 * s3rver emits an "event" on its instance, `{ Records: [record] }`, for
 * ObjectCreated:Put/Post/Copy and ObjectRemoved:Delete (the last only when the
 * object existed). The child forwards each record over IPC; `onEvent` delivers
 * them. Unlike AWS, s3rver puts the key in the record as is, NOT URL-encoded
 * (a "+" in a key stays "+"). Records also travel apart from the HTTP response,
 * so one may arrive just after the request that caused it resolves: wait for it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { CreateBucketCommand, type S3Client } from "@aws-sdk/client-s3";
import { createS3Client } from "../core/storage/s3-storage.ts";
import { encodeS3Key, type S3EventRecord } from "../core/storage-event.ts";

/** What s3rver sends: the S3 record shape, plus a few fields the core ignores. */
export interface S3rverRecord extends S3EventRecord {
  readonly eventTime: string;
  readonly awsRegion: string;
}

/** The record as AWS would send it: s3rver leaves the key unencoded, AWS URL-encodes it. */
export function asAwsRecord(record: S3rverRecord): S3rverRecord {
  const object = { ...record.s3.object, key: encodeS3Key(record.s3.object.key) };
  return { ...record, s3: { ...record.s3, object } };
}

export interface S3rverHandle {
  readonly endpoint: string;
  readonly client: S3Client;
  /** Creates a bucket (a fresh unique name unless one is given) and returns its name. */
  createBucket(name?: string): Promise<string>;
  /** Calls `listener` with every record s3rver emits; returns the unsubscribe function. */
  onEvent(listener: (record: S3rverRecord) => void): () => void;
  close(): Promise<void>;
}

/** s3rver's default credentials. */
export const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;

// CommonJS, run by `node -e` in the child: argv[1] is s3rver's entry, argv[2] the data folder, argv[3] the port.
const CHILD = `
const S3rver = require(process.argv[1]);
const server = new S3rver({
  address: "127.0.0.1",
  port: Number(process.argv[3]),
  silent: true,
  directory: process.argv[2],
});
// s3rver ignores If-None-Match / If-Match on PUT; AWS S3 honours them (conditional writes,
// which the build lock relies on). This stand-in enforces them the way S3 does, one
// conditional write per key at a time, so the lock is tested against the semantics it
// will meet in AWS. (A fake on a real HTTP server: say so where it matters.)
// A read of a key waits for a conditional write of it in flight: S3 reads are strongly
// consistent, so a reader sees an object and its ETag from before a write or after it.
const inFlight = new Map();
server.middleware.unshift(async (ctx, next) => {
  const ifNoneMatch = ctx.get("if-none-match");
  const ifMatch = ctx.get("if-match");
  const [bucket, ...rest] = decodeURIComponent(ctx.path).slice(1).split("/");
  const key = rest.join("/");
  const id = bucket + "/" + key;
  if (ctx.method === "GET" || ctx.method === "HEAD") {
    await inFlight.get(id);
    return next();
  }
  if (ctx.method !== "PUT" || (!ifNoneMatch && !ifMatch) || ctx.get("x-amz-copy-source")) return next();
  const before = inFlight.get(id) || Promise.resolve();
  let release;
  const gate = new Promise((r) => (release = r));
  const mine = before.then(() => gate);
  inFlight.set(id, mine);
  await before;
  try {
    const meta = await server.store.getMetadata(bucket, key).catch(() => null);
    const etag = meta ? String(meta.etag || "").replace(/"/g, "") : null;
    const failed =
      (ifNoneMatch === "*" && etag !== null) ||
      (ifMatch && ifMatch.replace(/"/g, "") !== etag);
    if (failed) {
      // Read the upload to its end first, as a server should before answering: otherwise
      // Node closes the connection after the answer, under a client that may still send.
      if (!ctx.req.readableEnded) await new Promise((done) => {
        ctx.req.on("end", done);
        ctx.req.on("error", done);
        ctx.req.resume();
      });
      ctx.status = etag === null && ifMatch ? 404 : 412;
      ctx.type = "application/xml";
      ctx.body = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>' +
        (ctx.status === 404 ? "NoSuchKey" : "PreconditionFailed") +
        "</Code><Message>At least one of the pre-conditions you specified did not hold</Message></Error>";
      return;
    }
    await next();
  } finally {
    release();
    if (inFlight.get(id) === mine) inFlight.delete(id);
  }
});
// s3rver bug: putObject writes the object file in place and records its MD5 (the ETag) once
// it has hashed the upload, not once the file is flushed, so a read in between can get a
// short body under the new ETag, and a writer conditional on that ETag then overwrites what
// it never saw. Write a temporary file, rename it over the object, then record the MD5.
const fsp = require("fs/promises");
let temporaries = 0;
server.store.putObject = async function (object) {
  const objectPath = this.getResourcePath(object.bucket, object.key, "object");
  await fsp.mkdir(require("path").dirname(objectPath), { recursive: true });
  let content = object.content;
  if (!Buffer.isBuffer(content)) {
    const chunks = [];
    for await (const chunk of content) chunks.push(chunk);
    content = Buffer.concat(chunks);
  }
  const md5 = require("crypto").createHash("md5").update(content).digest("hex");
  const temporary = objectPath + "." + process.pid + "." + ++temporaries + ".tmp";
  await fsp.writeFile(temporary, content);
  await fsp.rename(temporary, objectPath);
  await this.putMetadata(object.bucket, object.key, object.metadata, md5);
  return { size: content.length, md5 };
};
// s3rver bug: a copy that replaces the metadata (x-amz-metadata-directive: REPLACE) keeps
// the MD5 file of whatever the key held before, so the copy reports a stale ETag. AWS gives
// a copy its content's MD5 as ETag; dropping the stale file makes s3rver compute it anew.
const copyObject = server.store.copyObject.bind(server.store);
server.store.copyObject = async (srcBucket, srcKey, destBucket, destKey, replacement) => {
  if (replacement) {
    await require("fs/promises").rm(server.store.getResourcePath(destBucket, destKey, "object.md5"), { force: true });
  }
  const result = await copyObject(srcBucket, srcKey, destBucket, destKey, replacement);
  return replacement ? server.store.getMetadata(destBucket, destKey) : result;
};
server.on("event", (event) => {
  for (const record of event.Records) process.send({ type: "event", record });
});
process.on("message", (message) => {
  if (message.type === "close") server.close().finally(() => process.disconnect());
});
process.on("disconnect", () => process.exit(0));
server.run().then(
  (address) => process.send({ type: "ready", port: address.port }),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
`;

type ChildMessage = { type: "ready"; port: number } | { type: "event"; record: S3rverRecord };

let buckets = 0;

export interface S3rverOptions {
  /** Where s3rver keeps the buckets' files. */
  readonly dataDir: string;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
}

export async function startS3rver(options: S3rverOptions): Promise<S3rverHandle> {
  const entry = createRequire(import.meta.url).resolve("s3rver");
  const args = [
    "--openssl-legacy-provider",
    "-e",
    CHILD,
    entry,
    options.dataDir,
    String(options.port ?? 0),
  ];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe", "ipc"] });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (code) =>
        reject(new Error(`s3rver exited (${code}) before listening:\n${stderr}`)),
      );
      child.on("message", (message: ChildMessage) => {
        if (message.type === "ready") resolve(message.port);
      });
    });
  } catch (error) {
    await stop(child, exited);
    throw error;
  }

  const listeners = new Set<(record: S3rverRecord) => void>();
  child.on("message", (message: ChildMessage) => {
    if (message.type !== "event") return;
    for (const listener of listeners) listener(message.record);
  });

  const endpoint = `http://127.0.0.1:${port}`;
  const client = createS3Client({ endpoint, credentials: S3RVER_CREDENTIALS });

  return {
    endpoint,
    client,
    async createBucket(name) {
      buckets += 1;
      const bucket = name ?? `taqrir-test-${process.pid}-${buckets}`;
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
      return bucket;
    },
    onEvent(listener) {
      const wrapped = (record: S3rverRecord) => listener(record);
      listeners.add(wrapped);
      return () => {
        listeners.delete(wrapped);
      };
    },
    async close() {
      listeners.clear();
      client.destroy();
      await stop(child, exited);
    },
  };
}

/** Asks the child to close s3rver and leave; kills it if it has not gone within 5 s. */
async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  // Never started (spawn failed), or already gone.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  if (child.connected) child.send({ type: "close" });
  else child.kill();
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}
