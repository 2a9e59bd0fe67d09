/**
 * `taqrir rollback`: lists the kept releases, or makes an earlier one live again (the one
 * before the live one, or `--to ID`), then tells CloudFront which paths changed when a
 * distribution is named. Works on AWS (the buckets from the environment, as the Lambdas
 * have them) and on any S3-compatible server given with --s3 (the S3 mode's buckets).
 */
import { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import type { S3Client } from "@aws-sdk/client-s3";
import { createS3Client } from "../core/storage/s3-storage.ts";
import { ConfigError } from "../local/config.ts";
import { releaseStoreOf, s3ModeFromEnv } from "../local/s3-app.ts";
import { invalidateCdn, invalidationPaths } from "../publish/invalidate.ts";
import {
  type ReleaseStore,
  readLog,
  readRelease,
  rollback,
  type SiteTarget,
} from "../publish/releases.ts";

export interface RollbackTarget {
  readonly client: S3Client;
  readonly store: ReleaseStore;
  readonly site: SiteTarget;
  readonly distributionId: string | null;
}

/** Where the releases and the site are, from --s3 or the AWS environment. */
export function rollbackTarget(s3: string | undefined, env: NodeJS.ProcessEnv): RollbackTarget {
  if (s3 === "embedded") {
    throw new ConfigError(
      "rollback needs the S3 server's URL: the embedded one lives only while `taqrir start --s3 embedded` runs (it prints the URL)",
    );
  }
  if (s3) {
    const mode = s3ModeFromEnv(s3, env);
    const client = createS3Client({ endpoint: mode.endpoint, credentials: mode.credentials });
    return {
      client,
      store: releaseStoreOf(client, mode),
      site: { client, bucket: mode.siteBucket },
      distributionId: null,
    };
  }
  const contentBucket = env.TAQRIR_CONTENT_BUCKET;
  const siteBucket = env.TAQRIR_SITE_BUCKET;
  if (!contentBucket || !siteBucket) {
    throw new ConfigError(
      "rollback needs --s3 URL, or TAQRIR_CONTENT_BUCKET and TAQRIR_SITE_BUCKET (the stack's outputs; see DEPLOY.md)",
    );
  }
  const client = createS3Client({});
  return {
    client,
    store: { client, bucket: contentBucket, prefix: env.TAQRIR_RELEASES_PREFIX ?? "releases/" },
    site: { client, bucket: siteBucket },
    distributionId: env.TAQRIR_DISTRIBUTION_ID || null,
  };
}

/** The kept releases, newest first, the live one marked. */
export async function listReleases(target: RollbackTarget): Promise<string> {
  const log = await readLog(target.store);
  if (log.history.length === 0) return "no releases yet\n";
  const lines = [];
  for (const id of log.history) {
    const release = await readRelease(target.store, id);
    const mark = id === log.current ? "*" : " ";
    lines.push(`${mark} ${id}  ${release.createdAt}  ${release.files.length} files`);
  }
  return `${lines.join("\n")}\n(* live)\n`;
}

export async function rollbackCommand(target: RollbackTarget, to: string | undefined) {
  const result = await rollback(target.store, target.site, to);
  const changed = [...result.synced.uploaded, ...result.synced.deleted];
  let invalidation: string | null = null;
  if (target.distributionId && changed.length > 0) {
    invalidation = await invalidateCdn({
      client: new CloudFrontClient({}),
      distributionId: target.distributionId,
      paths: invalidationPaths(changed),
      callerReference: `rollback-${result.to}-${Date.now()}`,
    });
  }
  return {
    text:
      `live release: ${result.to} (was ${result.from ?? "none"}); ` +
      `${result.synced.uploaded.length} files put back, ${result.synced.deleted.length} removed` +
      (invalidation ? `; CloudFront invalidation ${invalidation}` : "") +
      "\n",
    result,
  };
}
