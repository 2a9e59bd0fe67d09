/**
 * The publish Lambda: SQS batches of S3 notifications about content/articles/ → one
 * rebuild of the whole site, synced to the site bucket, CloudFront invalidated.
 *
 * The messages only say "content changed": the build reads all content as it is now, so
 * one successful publish answers every message in the batch. When the publish fails (or
 * another publish holds the build lock) every message is reported as a batch item
 * failure: SQS makes them visible again for a retry, and after maxReceiveCount they go
 * to the dead-letter queue. Messages without S3 records (S3's test event) are acknowledged.
 */

import { Logger } from "@aws-lambda-powertools/logger";
import { CloudFrontClient } from "@aws-sdk/client-cloudfront";
import type { S3Client } from "@aws-sdk/client-s3";
import type { SQSBatchResponse, SQSEvent } from "aws-lambda";
import { createS3Client, S3Storage } from "../core/storage/s3-storage.ts";
import { prepareProject } from "../publish/astro-project.ts";
import { BuildBusyError } from "../publish/build-lock.ts";
import { REPO_DIR } from "../publish/build-site.ts";
import { deploySite } from "../publish/deploy-site.ts";
import { publish } from "../publish/publish.ts";
import { DEFAULT_KEEP } from "../publish/releases.ts";
import { requiredEnv, type StructuredLogger } from "./lambda-env.ts";

export interface PublishLambdaConfig {
  readonly s3: S3Client;
  readonly cloudfront: CloudFrontClient | null;
  readonly contentBucket: string;
  readonly contentPrefix: string;
  readonly siteBucket: string;
  readonly distributionId: string | null;
  readonly siteUrl: string;
  readonly lockKey: string;
  /**
   * How long a publish waits for a running one (the event source mapping allows two at
   * once): waiting and then building beats handing the batch back to SQS, which would
   * only retry it after the queue's long visibility timeout.
   */
  readonly lockWaitMs: number;
  /** Writable scratch space (/tmp/taqrir in Lambda). */
  readonly workDir: string;
  /** Where each publish is kept as a release, in the content bucket (releases.ts). */
  readonly releasesPrefix: string;
  /** How many releases to keep for `taqrir rollback`. */
  readonly releasesKeep: number;
  /**
   * A place to run publishes too big for the function (the Fargate build task), and the
   * limits above which they go there; null: always build here.
   */
  readonly buildElsewhere?: BuildElsewhere | null;
  /** The deployed code (read-only in Lambda); copied to workDir/project before building. */
  readonly codeDir: string;
  readonly logger: StructuredLogger;
}

export interface BuildElsewhere {
  readonly above: { readonly articles: number; readonly buildMs: number };
  /** Starts a publish there; resolves to something that names it (a task ARN). */
  start(reference: string): Promise<string>;
}

/** Above these, a publish runs as the build task (when the stack has one). */
export const TASK_ABOVE = { articles: 20_000, buildMs: 8 * 60_000 } as const;

/**
 * The Fargate build task SST links to the function (sst.config.ts), started with SST's
 * task SDK; loaded only when configured, so nothing else needs the SST runtime.
 */
function sstBuildTask(name: string, env: NodeJS.ProcessEnv): BuildElsewhere {
  return {
    above: {
      articles: Number(env.TAQRIR_TASK_ABOVE_ARTICLES ?? TASK_ABOVE.articles),
      buildMs: Number(env.TAQRIR_TASK_ABOVE_BUILD_MS ?? TASK_ABOVE.buildMs),
    },
    async start(reference) {
      const { Resource } = await import("sst");
      const { task } = await import("sst/aws/task");
      const resource = (Resource as unknown as Record<string, Parameters<typeof task.run>[0]>)[
        name
      ];
      if (!resource) throw new Error(`the build task ${name} is not linked to this function`);
      const started = await task.run(resource, { TAQRIR_REFERENCE: reference });
      return started.arn;
    },
  };
}

export function configFromEnv(env: NodeJS.ProcessEnv): PublishLambdaConfig {
  const distributionId = env.TAQRIR_DISTRIBUTION_ID || null;
  // An S3-compatible endpoint instead of AWS's (the build task run locally against s3rver).
  const endpoint = env.TAQRIR_S3_ENDPOINT;
  const key = env.AWS_ACCESS_KEY_ID;
  const secret = env.AWS_SECRET_ACCESS_KEY;
  return {
    s3: createS3Client(
      endpoint
        ? {
            endpoint,
            ...(key && secret
              ? { credentials: { accessKeyId: key, secretAccessKey: secret } }
              : {}),
          }
        : {},
    ),
    buildElsewhere: env.TAQRIR_BUILD_TASK ? sstBuildTask(env.TAQRIR_BUILD_TASK, env) : null,
    cloudfront: distributionId ? new CloudFrontClient({}) : null,
    contentBucket: requiredEnv(env, "TAQRIR_CONTENT_BUCKET"),
    contentPrefix: env.TAQRIR_CONTENT_PREFIX ?? "content/",
    siteBucket: requiredEnv(env, "TAQRIR_SITE_BUCKET"),
    distributionId,
    siteUrl: requiredEnv(env, "TAQRIR_SITE_URL"),
    lockKey: env.TAQRIR_LOCK_KEY ?? "locks/publish.json",
    lockWaitMs: Number(env.TAQRIR_LOCK_WAIT_MS ?? 300_000),
    workDir: env.TAQRIR_WORK_DIR ?? "/tmp/taqrir",
    releasesPrefix: env.TAQRIR_RELEASES_PREFIX ?? "releases/",
    releasesKeep: Number(env.TAQRIR_RELEASES_KEEP ?? DEFAULT_KEEP),
    // SST bundles the handler into /var/task/bundle.mjs, so the module's own URL does not
    // point at the shipped project; Lambda names its root.
    codeDir: env.LAMBDA_TASK_ROOT ?? REPO_DIR,
    logger: new Logger({ serviceName: "taqrir-publish" }),
  };
}

/** Does this SQS body carry an S3 notification record (not S3's one-off test event)? */
export function isContentNotification(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { Records?: unknown };
    return Array.isArray(parsed.Records) && parsed.Records.length > 0;
  } catch {
    return false;
  }
}

/** The parts of Lambda's context object the handler uses. */
export interface InvocationContext {
  readonly awsRequestId?: string;
  getRemainingTimeInMillis?(): number;
}

/** Beside the build lock (the function may write locks/*). */
const PENDING_INVALIDATION_KEY = "locks/invalidation-pending.json";

/** Time a build of the largest supported site needs, kept free after waiting for the lock. */
const BUILD_BUDGET_MS = 600_000;

/**
 * How long this invocation may wait for the lock: never so long that the build it then runs
 * could be cut off by the function's timeout (and leave the lock held until it expires).
 */
export function lockWait(configured: number, context?: InvocationContext): number {
  const remaining = context?.getRemainingTimeInMillis?.();
  if (remaining === undefined) return configured;
  return Math.max(0, Math.min(configured, remaining - BUILD_BUDGET_MS));
}

/** The content bucket's root: the lock and pending invalidation (locks/), the build figures (stats/). */
function lockStorageOf(config: PublishLambdaConfig): S3Storage {
  // Relative to the bucket root (locks/…), beside content/, not inside it.
  return new S3Storage({ client: config.s3, bucket: config.contentBucket });
}

function contentOf(config: PublishLambdaConfig): S3Storage {
  return new S3Storage({
    client: config.s3,
    bucket: config.contentBucket,
    prefix: config.contentPrefix,
  });
}

/** Where the incremental build's cache is kept between machines (build-cache.ts). */
const BUILD_CACHE_PREFIX = "build-cache/";

/** The last build's size and duration, which say where the next one should run. */
const BUILD_STATS_KEY = "stats/last-build.json";

interface BuildStats {
  readonly articles: number;
  readonly buildMs: number;
  readonly at: string;
}

/**
 * One publish (pull, build, deploy under the lock), as the Lambda and the build task run it:
 * the same code wherever it runs. Records how big and how long the build was.
 */
export async function runPublish(
  config: PublishLambdaConfig,
  run: {
    readonly reference: string;
    readonly lockWaitMs: number;
    readonly canBuildAgain: () => boolean;
  },
) {
  const lockStorage = lockStorageOf(config);
  const projectDir = await prepareProject(config.codeDir, `${config.workDir}/project`);
  const cdn =
    config.cloudfront && config.distributionId
      ? { client: config.cloudfront, distributionId: config.distributionId }
      : undefined;
  const report = await publish({
    content: contentOf(config),
    workDir: config.workDir,
    siteUrl: config.siteUrl,
    projectDir,
    lockStorage,
    lockKey: config.lockKey,
    lockWaitMs: run.lockWaitMs,
    owner: run.reference,
    canBuildAgain: run.canBuildAgain,
    // A cold function or a new task starts from the last build's cache, not from nothing.
    buildCache: new S3Storage({
      client: config.s3,
      bucket: config.contentBucket,
      prefix: BUILD_CACHE_PREFIX,
    }),
    deploy: (distDir) =>
      deploySite(distDir, {
        s3: config.s3,
        bucket: config.siteBucket,
        reference: run.reference,
        ...(cdn ? { cdn } : {}),
        pendingInvalidation: { storage: lockStorage, key: PENDING_INVALIDATION_KEY },
        releases: {
          store: { client: config.s3, bucket: config.contentBucket, prefix: config.releasesPrefix },
          keep: config.releasesKeep,
        },
      }),
  });
  if (report.rebuilt) {
    const stats: BuildStats = {
      articles: report.pull.articles,
      buildMs: report.buildMs,
      at: new Date().toISOString(),
    };
    await lockStorage.put(BUILD_STATS_KEY, JSON.stringify(stats), {
      contentType: "application/json",
    });
  }
  return report;
}

/**
 * Whether this publish should run as the build task instead of here: the content has more
 * articles than the function is trusted with, or the last build took longer than it should.
 */
export async function tooBigForHere(
  config: PublishLambdaConfig,
): Promise<{ readonly articles: number; readonly lastBuildMs: number | null } | null> {
  const limits = config.buildElsewhere?.above;
  if (!limits) return null;
  const articles = (await contentOf(config).list("articles/")).length;
  const bytes = await lockStorageOf(config).get(BUILD_STATS_KEY);
  let lastBuildMs: number | null = null;
  try {
    const stats = bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as Partial<BuildStats>) : {};
    lastBuildMs = typeof stats.buildMs === "number" ? stats.buildMs : null;
  } catch {
    // unreadable figures: judge by the article count alone
  }
  const big = articles > limits.articles || (lastBuildMs !== null && lastBuildMs > limits.buildMs);
  return big ? { articles, lastBuildMs } : null;
}

export function createPublishHandler(config: PublishLambdaConfig) {
  const { logger } = config;
  return async (event: SQSEvent, context?: InvocationContext): Promise<SQSBatchResponse> => {
    const relevant = event.Records.filter((r) => isContentNotification(r.body));
    const skipped = event.Records.length - relevant.length;
    if (skipped > 0) logger.info("messages without S3 records skipped", { skipped });
    if (relevant.length === 0) return { batchItemFailures: [] };
    const reference = context?.awsRequestId ?? `publish-${Date.now()}`;
    try {
      const big = config.buildElsewhere ? await tooBigForHere(config) : null;
      if (big && config.buildElsewhere) {
        // The task runs the same publish, under the same lock: a burst of batches meanwhile
        // starts tasks that find the lock held, mark the site dirty and leave, and the
        // running one builds again.
        const task = await config.buildElsewhere.start(reference);
        logger.info("publish handed to the build task", {
          ...big,
          task,
          messages: relevant.length,
        });
        return { batchItemFailures: [] };
      }
      const report = await runPublish(config, {
        reference,
        lockWaitMs: lockWait(config.lockWaitMs, context),
        // Another round for publishes turned away meanwhile, only with a full build's time left.
        canBuildAgain: () =>
          (context?.getRemainingTimeInMillis?.() ?? Number.POSITIVE_INFINITY) > BUILD_BUDGET_MS,
      });
      logger.info("site published", {
        messages: relevant.length,
        articles: report.pull.articles,
        downloaded: report.pull.downloaded,
        pages: report.pages,
        rebuilt: report.rebuilt,
        buildMs: report.buildMs,
        uploaded: report.deploy.uploaded.length,
        deleted: report.deploy.deleted.length,
        unchanged: report.deploy.unchanged,
        invalidation: report.deploy.invalidation,
        release: report.deploy.release,
        totalMs: report.totalMs,
      });
      return { batchItemFailures: [] };
    } catch (error) {
      const busy = error instanceof BuildBusyError;
      logger[busy ? "warn" : "error"](
        busy ? "publish deferred: build lock held" : "publish failed",
        {
          messages: relevant.length,
          error:
            error instanceof Error ? { name: error.name, message: error.message } : String(error),
        },
      );
      return { batchItemFailures: relevant.map((r) => ({ itemIdentifier: r.messageId })) };
    }
  };
}

let cached: ReturnType<typeof createPublishHandler> | null = null;

export async function handler(
  event: SQSEvent,
  context?: InvocationContext,
): Promise<SQSBatchResponse> {
  cached ??= createPublishHandler(configFromEnv(process.env));
  return cached(event, context);
}
