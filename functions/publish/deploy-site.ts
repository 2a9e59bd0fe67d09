/**
 * Deploys a built site folder: sync to the site bucket (only changed files, in reading
 * order, stale pages last), then invalidate what CloudFront may have cached of them.
 * With `releases`, the build is first kept as a release (releases.ts) and made live from
 * there, so any of the last `keep` publishes can be made live again (`taqrir rollback`).
 */
import type { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import type { S3Client } from "@aws-sdk/client-s3";
import type { Storage } from "../core/storage/storage.ts";
import { INVALIDATE_ALL, invalidateCdn, invalidationPaths } from "./invalidate.ts";
import { activate, DEFAULT_KEEP, prune, type ReleaseStore, saveRelease } from "./releases.ts";
import { type SyncSiteResult, syncSite } from "./site-sync.ts";

export interface DeploySiteOptions {
  readonly s3: S3Client;
  readonly bucket: string;
  readonly prefix?: string;
  /** CloudFront in front of the bucket; absent locally. */
  readonly cdn?: { readonly client: CloudFrontClient; readonly distributionId: string };
  /** Unique per publish (CloudFront deduplicates invalidations by it). */
  readonly reference: string;
  /**
   * Where to remember that an invalidation is owed. It is written before the sync and
   * removed after the invalidation succeeds; a publish that finds it (the previous one
   * failed after changing the bucket) invalidates everything, since it cannot know what
   * the failed one changed.
   */
  readonly pendingInvalidation?: { readonly storage: Storage; readonly key: string };
  /** Keep each publish as a release in this store, and the newest `keep` of them. */
  readonly releases?: { readonly store: ReleaseStore; readonly keep?: number };
}

export interface DeployReport extends SyncSiteResult {
  readonly invalidation: { readonly paths: string[]; readonly id: string | null } | null;
  /** The release this deploy made live, with how many new blobs it stored. */
  readonly release: { readonly id: string; readonly blobsUploaded: number } | null;
}

export async function deploySite(
  distDir: string,
  options: DeploySiteOptions,
): Promise<DeployReport> {
  const pending = options.cdn ? options.pendingInvalidation : undefined;
  const owed = pending ? (await pending.storage.get(pending.key)) !== undefined : false;
  if (pending && !owed) {
    await pending.storage.put(pending.key, JSON.stringify({ since: options.reference }), {
      contentType: "application/json",
    });
  }
  const site = { client: options.s3, bucket: options.bucket, prefix: options.prefix ?? "" };
  let synced: SyncSiteResult;
  let release: DeployReport["release"] = null;
  if (options.releases) {
    const { store, keep = DEFAULT_KEEP } = options.releases;
    const saved = await saveRelease(distDir, store);
    synced = await activate(saved.release, store, site);
    await prune(store, keep);
    release = { id: saved.release.id, blobsUploaded: saved.blobsUploaded };
  } else {
    synced = await syncSite({ ...site, distDir });
  }
  return { ...synced, release, invalidation: await invalidateAfter(synced, options, owed) };
}

/** Invalidates what a sync changed (everything when an earlier one was owed); null without a CDN. */
async function invalidateAfter(
  synced: SyncSiteResult,
  options: DeploySiteOptions,
  owed: boolean,
): Promise<DeployReport["invalidation"]> {
  if (!options.cdn) return null;
  const pending = options.pendingInvalidation;
  const paths = owed
    ? [INVALIDATE_ALL]
    : invalidationPaths([...synced.uploaded, ...synced.deleted]);
  const id = await invalidateCdn({
    client: options.cdn.client,
    distributionId: options.cdn.distributionId,
    paths,
    callerReference: options.reference,
  });
  if (pending) await pending.storage.delete(pending.key);
  return { paths, id };
}
