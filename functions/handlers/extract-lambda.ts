/**
 * The extract Lambda: S3 notifications from the inbox bucket → handleRecord.
 * A thin adapter: it builds S3-backed storages from the environment and logs one
 * structured JSON line per record (AWS Lambda Powertools logger); all behaviour lives
 * in the core. A record that fails with an unexpected error is logged and the
 * invocation then fails, so Lambda's asynchronous retries (and finally the
 * dead-letter queue) take over; records already applied are safe to apply again. A file
 * that gets the function itself stopped (out of time or memory) is refused on the first
 * retry, with that reason, rather than reaching the dead-letter queue (attempt-guard.ts).
 */

import { Logger } from "@aws-lambda-powertools/logger";
import type { S3Client } from "@aws-sdk/client-s3";
import type { S3Event } from "aws-lambda";
import type { Outcome } from "../core/article-store.ts";
import { attemptGuardRunner } from "../core/attempt-guard.ts";
import { inlineRunner } from "../core/extraction-runner.ts";
import { createS3Client, S3Storage } from "../core/storage/s3-storage.ts";
import type { S3EventRecord } from "../core/storage-event.ts";
import { handleRecord } from "./extract.ts";
import { requiredEnv, type StructuredLogger } from "./lambda-env.ts";

export interface ExtractLambdaConfig {
  readonly client: S3Client;
  /** The bucket articles are written to (the inbox bucket in the deployed stack). */
  readonly contentBucket: string;
  readonly contentPrefix: string;
  /** Prefix in each inbox bucket that refused uploads are moved under. */
  readonly quarantinePrefix: string;
  readonly inboxPrefix: string;
  /** The function's time limit: an attempt older than this was stopped (attempt-guard.ts). */
  readonly timeoutMs: number;
  readonly logger: StructuredLogger;
}

export function configFromEnv(env: NodeJS.ProcessEnv, client: S3Client): ExtractLambdaConfig {
  return {
    client,
    contentBucket: requiredEnv(env, "TAQRIR_CONTENT_BUCKET"),
    contentPrefix: env.TAQRIR_CONTENT_PREFIX ?? "content/",
    quarantinePrefix: env.TAQRIR_QUARANTINE_PREFIX ?? "quarantine/",
    inboxPrefix: env.TAQRIR_INBOX_PREFIX ?? "inbox/",
    timeoutMs: timeoutFrom(env.TAQRIR_EXTRACT_TIMEOUT_S),
    logger: new Logger({ serviceName: "taqrir-extract" }),
  };
}

/** Seconds from the environment (sst.config.ts sets it from the function's own timeout). */
function timeoutFrom(value: string | undefined): number {
  const seconds = Number(value ?? 60);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new Error(`TAQRIR_EXTRACT_TIMEOUT_S must be a positive number of seconds, not ${value}`);
  }
  return seconds * 1000;
}

export function createExtractHandler(config: ExtractLambdaConfig) {
  const { client, logger } = config;
  const content = new S3Storage({
    client,
    bucket: config.contentBucket,
    prefix: config.contentPrefix,
  });
  // Extraction runs in this thread; a file that gets the function stopped is refused on the
  // retry instead of running into the limit again (attempt-guard.ts).
  const runner = attemptGuardRunner(inlineRunner, {
    markers: content,
    staleAfterMs: config.timeoutMs,
  });
  return async (event: S3Event): Promise<{ outcomes: Outcome[] }> => {
    const outcomes: Outcome[] = [];
    let failure: unknown = null;
    for (const record of event.Records as unknown as S3EventRecord[]) {
      const bucket = record.s3.bucket.name;
      const inbox = new S3Storage({ client, bucket });
      const quarantine = {
        storage: new S3Storage({ client, bucket, prefix: config.quarantinePrefix }),
        inboxPrefix: config.inboxPrefix,
      };
      try {
        const outcome = await handleRecord(record, { inbox, content, quarantine, runner });
        const fields = { bucket, sequencer: record.s3.object.sequencer, ...outcome };
        if (outcome.action === "refused") logger.warn(`upload refused: ${outcome.message}`, fields);
        else logger.info(`extract ${outcome.action}`, fields);
        outcomes.push(outcome);
      } catch (error) {
        failure ??= error;
        logger.error("extract failed; the invocation will be retried", {
          bucket,
          key: record.s3.object.key,
          error: error instanceof Error ? { name: error.name, message: error.message } : error,
        });
      }
    }
    if (failure) throw failure;
    return { outcomes };
  };
}

let cached: ReturnType<typeof createExtractHandler> | null = null;

export async function handler(event: S3Event): Promise<{ outcomes: Outcome[] }> {
  cached ??= createExtractHandler(configFromEnv(process.env, createS3Client({})));
  return cached(event);
}
