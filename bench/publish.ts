/**
 * The publish benchmark: a site of N articles on s3rver (a real S3 API on loopback),
 * published by the same code the publish Lambda runs (mirror content, Astro build, hash
 * sync to the site bucket), then republished after one article changes.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyEvent } from "../functions/core/article-store.ts";
import { S3Storage } from "../functions/core/storage/s3-storage.ts";
import { startS3rver } from "../functions/local/embedded-s3.ts";
import { deploySite } from "../functions/publish/deploy-site.ts";
import { publish } from "../functions/publish/publish.ts";
import { buildCorpus } from "./corpus.ts";

export interface PublishBench {
  readonly publish_articles: number;
  /** Seconds for the first publish of the whole site (every file uploaded). */
  readonly publish_s: number;
  readonly publish_build_s: number;
  readonly publish_files: number;
  /** Seconds to republish when nothing changed, and files it uploaded (should be 0). */
  readonly publish_s_no_change: number;
  readonly sync_files_uploaded_no_change: number;
  /** Whether the no-change publish ran Astro (it should find its last build still valid). */
  readonly publish_rebuilt_no_change: boolean;
  /** Seconds to republish after one article changed, and what it uploaded and deleted. */
  readonly publish_s_one_change: number;
  readonly sync_files_uploaded_one_change: number;
  readonly sync_files_deleted_one_change: number;
}

const seconds = (ms: number) => Number((ms / 1000).toFixed(2));

export async function benchPublish(count: number): Promise<PublishBench> {
  const dir = await mkdtemp(join(tmpdir(), "taqrir-bench-publish-"));
  const s3 = await startS3rver({ dataDir: join(dir, "s3") });
  try {
    const bucket = await s3.createBucket("bench-inbox");
    const siteBucket = await s3.createBucket("bench-site");
    const store = {
      inbox: new S3Storage({ client: s3.client, bucket }),
      content: new S3Storage({ client: s3.client, bucket, prefix: "content/" }),
    };
    const corpus = buildCorpus(count + 1, 777).articles;
    const keyOf = (i: number) => `inbox/مقال ${i}.txt`;
    for (let i = 0; i < count; i++) {
      await store.inbox.put(keyOf(i), corpus[i] as string);
      await applyEvent({ kind: "created", key: keyOf(i), bucket }, store);
    }
    const run = () =>
      publish({
        content: store.content,
        workDir: join(dir, "work"),
        siteUrl: "https://report.example.org",
        deploy: (distDir) =>
          deploySite(distDir, { s3: s3.client, bucket: siteBucket, reference: "bench" }),
      });
    const first = await run();
    const again = await run();
    await store.inbox.put(keyOf(0), corpus[count] as string);
    await applyEvent({ kind: "created", key: keyOf(0), bucket }, store);
    const changed = await run();
    return {
      publish_articles: first.pull.articles,
      publish_s: seconds(first.totalMs),
      publish_build_s: seconds(first.buildMs),
      publish_files: first.deploy.uploaded.length,
      publish_s_no_change: seconds(again.totalMs),
      sync_files_uploaded_no_change: again.deploy.uploaded.length,
      publish_rebuilt_no_change: again.rebuilt,
      publish_s_one_change: seconds(changed.totalMs),
      sync_files_uploaded_one_change: changed.deploy.uploaded.length,
      sync_files_deleted_one_change: changed.deploy.deleted.length,
    };
  } finally {
    await s3.close();
    await rm(dir, { recursive: true, force: true });
  }
}
