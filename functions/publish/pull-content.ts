/**
 * Mirrors the articles of a content store (S3 in AWS) into a local folder for Astro:
 * writes what is new or changed, deletes what is gone, leaves the rest untouched (a warm
 * Lambda keeps its /tmp copy, so a one-article change downloads one article).
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Storage, StoredObject } from "../core/storage/storage.ts";

const ARTICLE = /^articles\/[0-9a-f]{16}\.md$/;

export interface PullReport {
  readonly articles: number;
  readonly downloaded: number;
  readonly deleted: number;
  /** SHA-256 over the names and bytes of the mirrored articles: what a build would read. */
  readonly digest: string;
}

export async function pullContent(content: Storage, localDir: string): Promise<PullReport> {
  const dir = join(localDir, "articles");
  await mkdir(dir, { recursive: true });
  const remote = (await content.list("articles/")).filter((o) => ARTICLE.test(o.key));
  const wanted = new Set(remote.map((o) => o.key.slice("articles/".length)));
  let downloaded = 0;
  let deleted = 0;
  for (const name of await readdir(dir)) {
    if (!wanted.has(name)) {
      await rm(join(dir, name), { force: true });
      deleted++;
    }
  }
  const digest = createHash("sha256");
  // Listed in key order, so the digest does not depend on the order files were written.
  for (const object of remote) {
    const name = object.key.slice("articles/".length);
    const path = join(dir, name);
    const local = await readFile(path).catch(() => null);
    const mirrored = await mirror(content, object, local);
    if (mirrored !== local && mirrored) {
      await writeFile(path, mirrored);
      downloaded++;
    }
    if (mirrored) digest.update(`${name}\0`).update(mirrored).update("\0");
  }
  return { articles: wanted.size, downloaded, deleted, digest: digest.digest("hex") };
}

/** The bytes the local copy should hold (`local` itself when it is current). */
async function mirror(
  content: Storage,
  object: StoredObject,
  local: Buffer | null,
): Promise<Uint8Array | null> {
  // S3 lists an MD5 ETag: an unchanged article is skipped without downloading it.
  if (local && object.etag && md5(local) === object.etag) return local;
  const bytes = await content.get(object.key);
  // Deleted between list and get: keep what is there; the next publish catches up.
  if (!bytes) return local;
  if (local && local.length === object.size && Buffer.compare(local, bytes) === 0) return local;
  return bytes;
}

const md5 = (bytes: Uint8Array) => createHash("md5").update(bytes).digest("hex");
