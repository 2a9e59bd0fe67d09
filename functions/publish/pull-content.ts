/**
 * Mirrors the articles of a content store (S3 in AWS) into a local folder for Astro:
 * writes what is new or changed, deletes what is gone, leaves the rest untouched (a warm
 * Lambda keeps its /tmp copy, so a one-article change downloads one article).
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Storage } from "../core/storage/storage.ts";

const ARTICLE = /^articles\/[0-9a-f]{16}\.md$/;

export interface PullReport {
  readonly articles: number;
  readonly downloaded: number;
  readonly deleted: number;
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
  for (const object of remote) {
    const path = join(dir, object.key.slice("articles/".length));
    const local = await readFile(path).catch(() => null);
    // S3 lists an MD5 ETag: an unchanged article is skipped without downloading it.
    if (local && object.etag && md5(local) === object.etag) continue;
    const bytes = await content.get(object.key);
    if (!bytes) continue; // deleted between list and get: the next publish catches up
    if (local && local.length === object.size && Buffer.compare(local, bytes) === 0) continue;
    await writeFile(path, bytes);
    downloaded++;
  }
  return { articles: wanted.size, downloaded, deleted };
}

const md5 = (bytes: Uint8Array) => createHash("md5").update(bytes).digest("hex");
