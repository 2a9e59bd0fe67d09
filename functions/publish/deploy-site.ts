/**
 * Deploys a built site folder: sync to the site bucket (only changed files, in reading
 * order, stale pages last), then invalidate what CloudFront may have cached of them.
 */
import type { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import type { S3Client } from "@aws-sdk/client-s3";
import { invalidateCdn, invalidationPaths } from "./invalidate.ts";
import { type SyncSiteResult, syncSite } from "./site-sync.ts";

export interface DeploySiteOptions {
  readonly s3: S3Client;
  readonly bucket: string;
  readonly prefix?: string;
  /** CloudFront in front of the bucket; absent locally. */
  readonly cdn?: { readonly client: CloudFrontClient; readonly distributionId: string };
  /** Unique per publish (CloudFront deduplicates invalidations by it). */
  readonly reference: string;
}

export interface DeployReport extends SyncSiteResult {
  readonly invalidation: { readonly paths: string[]; readonly id: string | null } | null;
}

export async function deploySite(
  distDir: string,
  options: DeploySiteOptions,
): Promise<DeployReport> {
  const synced = await syncSite({
    client: options.s3,
    bucket: options.bucket,
    distDir,
    ...(options.prefix ? { prefix: options.prefix } : {}),
  });
  if (!options.cdn) return { ...synced, invalidation: null };
  const paths = invalidationPaths([...synced.uploaded, ...synced.deleted]);
  const id = await invalidateCdn({
    client: options.cdn.client,
    distributionId: options.cdn.distributionId,
    paths,
    callerReference: options.reference,
  });
  return { ...synced, invalidation: { paths, id } };
}
