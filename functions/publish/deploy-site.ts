/**
 * Deploys a built site folder: sync to the site bucket (only changed files, in reading
 * order, stale pages last), then invalidate what CloudFront may have cached of them.
 */
import type { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import type { S3Client } from "@aws-sdk/client-s3";
import type { Storage } from "../core/storage/storage.ts";
import { INVALIDATE_ALL, invalidateCdn, invalidationPaths } from "./invalidate.ts";
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
}

export interface DeployReport extends SyncSiteResult {
  readonly invalidation: { readonly paths: string[]; readonly id: string | null } | null;
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
  const synced = await syncSite({
    client: options.s3,
    bucket: options.bucket,
    distDir,
    ...(options.prefix ? { prefix: options.prefix } : {}),
  });
  if (!options.cdn) return { ...synced, invalidation: null };
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
  return { ...synced, invalidation: { paths, id } };
}
