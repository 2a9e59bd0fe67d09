/**
 * Publishes a built site folder (`dist/`) to an S3 site bucket: uploads what
 * is new or changed, then removes what the build no longer has.
 *
 * Readers must never see a half-published site, so uploads go rank by rank
 * (see publishRank: assets, articles, other pages, feeds, home pages last) and
 * stale objects are deleted only once every upload has succeeded. A failed
 * publish leaves a bucket that still works: old pages stay, new ones may be
 * reachable early only through pages already live.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { runPool } from "../core/pool.ts";
import { compareKeys } from "../core/storage/fs-storage.ts";
import { cacheControlOf, contentTypeOf, isHashedAsset, publishRank } from "./site-files.ts";

export interface LocalFile {
  /** Dist-relative, posix separators: `ar/articles/<id>/index.html`. */
  readonly key: string;
  /** Absolute (or distDir-based) path on disk. */
  readonly path: string;
  /** Lower-case hex MD5 of the content: what S3 reports as a single-part upload's ETag. */
  readonly md5: string;
  readonly bytes: number;
}

export interface RemoteObject {
  readonly key: string;
  /** As S3 returns it, quotes and all. */
  readonly etag: string;
}

export interface SyncPlan {
  /** In publishing order: by publishRank, then key. */
  readonly uploads: LocalFile[];
  /** Remote keys the build no longer has, sorted. */
  readonly deletes: string[];
  /**
   * Content-hashed assets (`_astro/`) the build no longer has, left in place: pages still in
   * browser and CDN caches reference them, and deleting them would leave those pages
   * unstyled until they expire. They are immutable and only change with the code.
   */
  readonly kept: string[];
  readonly unchanged: number;
}

export interface SyncSiteOptions {
  readonly client: S3Client;
  readonly bucket: string;
  /** Where the site lives inside the bucket: "" (the default) or ending in "/". */
  readonly prefix?: string;
  /** The built site (unless `files` says what to publish). */
  readonly distDir?: string;
  /** Uploads in flight at once, within one rank. Default 8. */
  readonly concurrency?: number;
  /** The files to publish, instead of listing distDir (a release's manifest). */
  readonly files?: readonly LocalFile[];
  /**
   * Where the bytes are, instead of on disk: each upload becomes a copy inside S3 from
   * `keyOf(md5)` in this bucket (releases.ts keeps every file's bytes there).
   */
  readonly copyFrom?: { readonly bucket: string; readonly keyOf: (md5: string) => string };
}

export interface SyncSiteResult {
  /** Dist-relative keys, in publishing order. */
  readonly uploaded: string[];
  /** Dist-relative keys, sorted. */
  readonly deleted: string[];
  readonly unchanged: number;
  readonly bytesUploaded: number;
}

/** A publish step that failed, naming the object it failed on. */
export class SiteSyncError extends Error {
  readonly key: string;
  readonly operation: "list" | "upload" | "delete";

  constructor(
    operation: "list" | "upload" | "delete",
    key: string,
    message: string,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = "SiteSyncError";
    this.operation = operation;
    this.key = key;
  }
}

/** S3 takes at most this many keys per DeleteObjects request. */
const DELETE_BATCH = 1000;

function listDistOf(distDir: string | undefined): Promise<LocalFile[]> {
  if (distDir === undefined) throw new RangeError("syncSite needs a distDir or the files");
  return listDist(distDir);
}

export async function listDist(distDir: string): Promise<LocalFile[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const files: LocalFile[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const path = join(entry.parentPath, entry.name);
    // stat follows symlinks: a linked file is published as the file it points to.
    if (!(await stat(path)).isFile()) continue;
    const content = await readFile(path);
    files.push({
      key: relative(distDir, path).split(sep).join("/"),
      path,
      md5: md5Hex(content),
      bytes: content.byteLength,
    });
  }
  return files.sort((a, b) => compareKeys(a.key, b.key));
}

function md5Hex(content: Uint8Array): string {
  return createHash("md5").update(content).digest("hex");
}

/**
 * Compares by ETag: for a single-part PutObject S3 makes it the MD5 of the
 * content. A multipart ETag ("<md5>-<parts>") never matches, so such an object
 * is simply uploaded again, as one part.
 */
export function planSync(local: readonly LocalFile[], remote: readonly RemoteObject[]): SyncPlan {
  const remoteMd5 = new Map(remote.map((o) => [o.key, o.etag.replaceAll('"', "").toLowerCase()]));
  const localKeys = new Set(local.map((f) => f.key));
  const uploads = local
    .filter((f) => remoteMd5.get(f.key) !== f.md5)
    .sort((a, b) => publishRank(a.key) - publishRank(b.key) || compareKeys(a.key, b.key));
  const stale = remote
    .map((o) => o.key)
    .filter((key) => !localKeys.has(key))
    .sort(compareKeys);
  return {
    uploads,
    deletes: stale.filter((key) => !isHashedAsset(key)),
    kept: stale.filter(isHashedAsset),
    unchanged: local.length - uploads.length,
  };
}

export async function syncSite(options: SyncSiteOptions): Promise<SyncSiteResult> {
  const { client, bucket, distDir } = options;
  const prefix = options.prefix ?? "";
  if (prefix !== "" && !prefix.endsWith("/")) {
    throw new RangeError(`prefix must be empty or end with "/": ${JSON.stringify(prefix)}`);
  }
  const concurrency = options.concurrency ?? 8;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, not ${concurrency}`);
  }

  const [local, remote] = await Promise.all([
    options.files ?? listDistOf(distDir),
    listRemote(client, bucket, prefix),
  ]);
  const plan = planSync(local, remote);
  for (const batch of byRank(plan.uploads)) {
    await runPool(batch, concurrency, (file) =>
      place(client, bucket, prefix, file, options.copyFrom),
    );
  }
  for (let i = 0; i < plan.deletes.length; i += DELETE_BATCH) {
    await deleteBatch(client, bucket, prefix, plan.deletes.slice(i, i + DELETE_BATCH));
  }

  return {
    uploaded: plan.uploads.map((f) => f.key),
    deleted: plan.deletes,
    unchanged: plan.unchanged,
    bytesUploaded: plan.uploads.reduce((sum, f) => sum + f.bytes, 0),
  };
}

async function listRemote(
  client: S3Client,
  bucket: string,
  prefix: string,
): Promise<RemoteObject[]> {
  const found: RemoteObject[] = [];
  let token: string | undefined;
  do {
    let page: Awaited<ReturnType<typeof listPage>>;
    try {
      page = await listPage(client, bucket, prefix, token);
    } catch (error) {
      throw new SiteSyncError(
        "list",
        prefix,
        `listing s3://${bucket}/${prefix} failed: ${messageOf(error)}`,
        error,
      );
    }
    for (const object of page.Contents ?? []) {
      if (object.Key === undefined || !object.Key.startsWith(prefix)) continue;
      found.push({ key: object.Key.slice(prefix.length), etag: object.ETag ?? "" });
    }
    if (page.IsTruncated && !page.NextContinuationToken) {
      // Stopping here would plan uploads of objects that exist and miss deletes.
      throw new SiteSyncError(
        "list",
        prefix,
        `truncated listing of s3://${bucket}/${prefix} without a continuation token`,
      );
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return found;
}

function listPage(client: S3Client, bucket: string, prefix: string, token: string | undefined) {
  return client.send(
    new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
  );
}

/** The uploads split into runs of equal rank; they arrive sorted by rank. */
function byRank(uploads: readonly LocalFile[]): LocalFile[][] {
  const runs: LocalFile[][] = [];
  let rank: number | undefined;
  for (const file of uploads) {
    if (publishRank(file.key) !== rank) runs.push([]);
    rank = publishRank(file.key);
    runs.at(-1)?.push(file);
  }
  return runs;
}

/**
 * Puts one file in place with its own headers: uploaded from disk, or, with `copyFrom`,
 * copied inside S3 from its stored bytes (what a browser is told comes from the key either way).
 */
async function place(
  client: S3Client,
  bucket: string,
  prefix: string,
  file: LocalFile,
  copyFrom: SyncSiteOptions["copyFrom"],
): Promise<void> {
  const Key = prefix + file.key;
  const headers = { ContentType: contentTypeOf(file.key), CacheControl: cacheControlOf(file.key) };
  const source = copyFrom ? copyFrom.keyOf(file.md5) : null;
  try {
    if (copyFrom && source !== null) {
      await client.send(
        new CopyObjectCommand({
          Bucket: bucket,
          Key,
          CopySource: `${copyFrom.bucket}/${source.split("/").map(encodeURIComponent).join("/")}`,
          MetadataDirective: "REPLACE",
          ...headers,
        }),
      );
    } else {
      // A Buffer, not a stream: the SDK then sends Content-Length, which S3 requires.
      const body = await readFile(file.path);
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key,
          Body: body,
          ContentLength: body.byteLength,
          // S3 refuses the object if the bytes it got do not hash to this.
          ContentMD5: Buffer.from(file.md5, "hex").toString("base64"),
          ...headers,
        }),
      );
    }
  } catch (error) {
    const what = copyFrom ? `copy of s3://${copyFrom.bucket}/${source}` : `upload of ${file.key}`;
    const also = copyFrom ? ` (${file.key})` : "";
    throw new SiteSyncError(
      "upload",
      file.key,
      `${what} to s3://${bucket}/${Key}${also} failed: ${messageOf(error)}`,
      error,
    );
  }
}

async function deleteBatch(
  client: S3Client,
  bucket: string,
  prefix: string,
  keys: readonly string[],
): Promise<void> {
  const first = keys[0] ?? "";
  let errors: { Key?: string; Code?: string; Message?: string }[];
  try {
    const response = await client.send(
      new DeleteObjectsCommand({
        Bucket: bucket,
        // Quiet: the response lists only the keys that failed.
        Delete: { Objects: keys.map((key) => ({ Key: prefix + key })), Quiet: true },
      }),
    );
    errors = response.Errors ?? [];
  } catch (error) {
    const what = keys.length === 1 ? first : `${first} and ${keys.length - 1} more`;
    throw new SiteSyncError(
      "delete",
      first,
      `deleting ${what} from s3://${bucket}/${prefix} failed: ${messageOf(error)}`,
      error,
    );
  }
  // DeleteObjects answers 200 even when some keys could not be deleted.
  const failed = errors[0];
  if (failed) {
    const key = (failed.Key ?? "").slice(prefix.length);
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more keys)` : "";
    throw new SiteSyncError(
      "delete",
      key,
      `deleting ${key} from s3://${bucket}/${prefix} failed: ${failed.Code ?? "error"}: ${failed.Message ?? ""}${more}`,
    );
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
