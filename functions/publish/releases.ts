/**
 * Versioned deploys. Every publish is a release: a manifest of every file of the site (key,
 * MD5, size) plus the bytes of each file, stored once by MD5 ("blobs"), in a private place
 * (the content bucket's `releases/`, never served). Making a release live is a sync of the
 * site bucket to its manifest by server-side copies from the blobs, in the same safe order
 * as a fresh upload (assets, articles, other pages, feeds, home pages last; stale pages
 * deleted only after every copy succeeded), so only the files that differ move. Rolling
 * back is making an older release live the same way. The newest `keep` releases are kept;
 * blobs no kept release names are deleted.
 *
 *   releases/blobs/<md5>            the bytes (one object per distinct file content)
 *   releases/manifests/<id>.json    { id, createdAt, files: [{ key, md5, bytes }] }
 *   releases/current.json           { current, history: ids newest first }
 *
 * Release ids sort by creation time. A site built again with nothing changed still makes a
 * release (cheap: no new blobs, nothing to copy), so history is a log of publishes.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { DeleteObjectsCommand, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { runPool } from "../core/pool.ts";
import { S3Storage } from "../core/storage/s3-storage.ts";
import { type LocalFile, listDist, type SyncSiteResult, syncSite } from "./site-sync.ts";

export interface ReleaseStore {
  readonly client: S3Client;
  readonly bucket: string;
  /** Ends with "/": e.g. "releases/". */
  readonly prefix: string;
}

export interface SiteTarget {
  readonly client: S3Client;
  readonly bucket: string;
  /** "" or ending with "/". */
  readonly prefix?: string;
}

export interface ReleaseFile {
  readonly key: string;
  readonly md5: string;
  readonly bytes: number;
}

export interface Release {
  readonly id: string;
  readonly createdAt: string;
  readonly files: readonly ReleaseFile[];
}

export interface ReleaseLog {
  /** The live release, or null before the first. */
  readonly current: string | null;
  /** Every kept release id, newest first. */
  readonly history: readonly string[];
}

/** Releases kept by default: the live one and four to go back to. */
export const DEFAULT_KEEP = 5;

const RELEASE_ID = /^[0-9]{8}T[0-9]{9}Z-[0-9a-f]{6}$/;

/** A new release id: UTC time to the millisecond, then randomness (sorts by creation). */
export function newReleaseId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:.]/g, "");
  return `${stamp}-${randomBytes(3).toString("hex")}`;
}

export class ReleaseError extends Error {
  override name = "ReleaseError";
}

/** The store as a Storage (its keys below are relative to the store's prefix). */
const storageOf = (store: ReleaseStore) =>
  new S3Storage({ client: store.client, bucket: store.bucket, prefix: store.prefix });
const BLOBS = "blobs/";
const MANIFESTS = "manifests/";
const LOG = "current.json";
const manifestKey = (id: string) => `${MANIFESTS}${id}.json`;
/** A blob's key in the bucket (for copies inside S3, which name whole keys). */
const blobKey = (store: ReleaseStore, md5: string) => `${store.prefix}${BLOBS}${md5}`;
/** The last part of a key. */
const baseName = (key: string) => key.slice(key.lastIndexOf("/") + 1);

async function getJson(store: ReleaseStore, key: string): Promise<unknown | undefined> {
  const bytes = await storageOf(store).get(key);
  return bytes ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
}

const putJson = (store: ReleaseStore, key: string, value: unknown) =>
  storageOf(store).put(key, JSON.stringify(value), { contentType: "application/json" });

export async function readLog(store: ReleaseStore): Promise<ReleaseLog> {
  const value = (await getJson(store, LOG)) as Partial<ReleaseLog> | undefined;
  const history = Array.isArray(value?.history)
    ? value.history.filter((id): id is string => typeof id === "string" && RELEASE_ID.test(id))
    : [];
  const current = typeof value?.current === "string" ? value.current : null;
  return { current: current && history.includes(current) ? current : null, history };
}

export async function readRelease(store: ReleaseStore, id: string): Promise<Release> {
  if (!RELEASE_ID.test(id)) throw new ReleaseError(`${JSON.stringify(id)} is not a release id`);
  const value = (await getJson(store, manifestKey(id))) as Release | undefined;
  if (!value || value.id !== id || !Array.isArray(value.files)) {
    throw new ReleaseError(
      `release ${id} is not kept (no manifest at ${store.prefix}${manifestKey(id)})`,
    );
  }
  return value;
}

/**
 * Stores a built site as a release: the bytes of each file not stored yet, then the
 * manifest. Nothing is live until `activate`. Returns the release and how many new blobs.
 */
export async function saveRelease(
  distDir: string,
  store: ReleaseStore,
  options: { readonly id?: string; readonly concurrency?: number } = {},
): Promise<{ release: Release; files: LocalFile[]; blobsUploaded: number }> {
  const files = await listDist(distDir);
  const stored = new Set((await storageOf(store).list(BLOBS)).map((o) => baseName(o.key)));
  const missing = new Map<string, LocalFile>();
  for (const f of files) if (!stored.has(f.md5) && !missing.has(f.md5)) missing.set(f.md5, f);
  await runPool([...missing.values()], options.concurrency ?? 16, async (f) => {
    const body = await readFile(f.path);
    await store.client.send(
      new PutObjectCommand({
        Bucket: store.bucket,
        Key: blobKey(store, f.md5),
        Body: body,
        ContentLength: body.byteLength,
        ContentMD5: Buffer.from(f.md5, "hex").toString("base64"),
      }),
    );
  });
  const release: Release = {
    id: options.id ?? newReleaseId(),
    createdAt: new Date().toISOString(),
    files: files.map(({ key, md5, bytes }) => ({ key, md5, bytes })),
  };
  await putJson(store, manifestKey(release.id), release);
  return { release, files, blobsUploaded: missing.size };
}

/**
 * Makes a release live: the site bucket synced to its manifest, each differing file copied
 * from its blob inside S3, then the log names it current (and lists it first if new).
 */
export async function activate(
  release: Release,
  store: ReleaseStore,
  site: SiteTarget,
  options: { readonly concurrency?: number } = {},
): Promise<SyncSiteResult> {
  const synced = await syncSite({
    client: site.client,
    bucket: site.bucket,
    ...(site.prefix ? { prefix: site.prefix } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    files: release.files.map((f) => ({ ...f, path: "" })),
    copyFrom: { bucket: store.bucket, keyOf: (md5) => blobKey(store, md5) },
  });
  const log = await readLog(store);
  const history = log.history.includes(release.id)
    ? log.history
    : [release.id, ...log.history].sort().reverse();
  await putJson(store, LOG, { current: release.id, history });
  return synced;
}

/**
 * Keeps the newest `keep` releases (and always the live one): older manifests are deleted,
 * then every blob no kept manifest names. Returns what went.
 */
export async function prune(
  store: ReleaseStore,
  keep = DEFAULT_KEEP,
): Promise<{ releases: string[]; blobs: number }> {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`keep must be ≥ 1, not ${keep}`);
  const log = await readLog(store);
  const kept = new Set(log.history.slice(0, keep));
  if (log.current) kept.add(log.current);
  const gone = log.history.filter((id) => !kept.has(id));
  await putJson(store, LOG, {
    current: log.current,
    history: log.history.filter((id) => kept.has(id)),
  });
  const named = new Set<string>();
  for (const id of kept) for (const f of (await readRelease(store, id)).files) named.add(f.md5);
  const storage = storageOf(store);
  const manifests = (await storage.list(MANIFESTS))
    .map((o) => o.key)
    .filter((key) => !kept.has(baseName(key).replace(/\.json$/, "")));
  const blobs = (await storage.list(BLOBS))
    .map((o) => o.key)
    .filter((key) => !named.has(baseName(key)));
  // Whole keys, many to a request: a prune may drop thousands of blobs.
  const doomed = [...manifests, ...blobs].map((key) => store.prefix + key);
  for (let i = 0; i < doomed.length; i += 1000) {
    await store.client.send(
      new DeleteObjectsCommand({
        Bucket: store.bucket,
        Delete: { Objects: doomed.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true },
      }),
    );
  }
  return { releases: gone, blobs: blobs.length };
}

/**
 * Makes an earlier release live again: `to`, or else the one published just before the
 * live one. The releases stay as they are, so a later rollback can go back further, and a
 * "rollback" to the newest undoes one.
 */
export async function rollback(
  store: ReleaseStore,
  site: SiteTarget,
  to?: string,
): Promise<{ from: string | null; to: string; synced: SyncSiteResult }> {
  const log = await readLog(store);
  let target = to;
  if (target === undefined) {
    const at = log.current ? log.history.indexOf(log.current) : -1;
    target = log.history[at + 1];
    if (target === undefined) {
      throw new ReleaseError(
        log.history.length === 0
          ? "no releases have been published yet"
          : `release ${log.current} is the oldest kept: there is nothing earlier to go back to`,
      );
    }
  }
  const release = await readRelease(store, target);
  return { from: log.current, to: release.id, synced: await activate(release, store, site) };
}
