/**
 * The reconcile Lambda, run on a schedule: lists the inbox and the content's source pointers,
 * and hands every key that may differ (an upload with no article, changed bytes, an article
 * whose upload is gone) to the extract function as the S3 records it missed. It writes
 * nothing itself: extract stays the one writer (one event at a time), and replaying an event
 * is harmless, so a reconcile that races a live event costs a duplicate and nothing more.
 */
import { Logger } from "@aws-lambda-powertools/logger";
import { InvokeCommand, LambdaClient } from "@aws-sdk/client-lambda";
import type { S3Client } from "@aws-sdk/client-s3";
import { sourcePointers } from "../core/article-store.ts";
import { lostEvents } from "../core/lost-events.ts";
import { createS3Client, S3Storage } from "../core/storage/s3-storage.ts";
import { type S3EventRecord, toS3Record } from "../core/storage-event.ts";
import { requiredEnv, type StructuredLogger } from "./lambda-env.ts";

export interface ReconcileLambdaConfig {
  readonly s3: S3Client;
  /** The inbox bucket: uploads under `inboxPrefix`, articles and pointers under `contentPrefix`. */
  readonly bucket: string;
  readonly contentPrefix: string;
  readonly inboxPrefix: string;
  /** Hands records to the extract function (asynchronously, as S3 itself does). */
  readonly invoke: (records: S3EventRecord[]) => Promise<void>;
  readonly logger: StructuredLogger;
  /** Records per extract invocation. */
  readonly batchSize?: number;
}

export interface ReconcileSummary {
  readonly uploads: number;
  readonly pointers: number;
  readonly unapplied: number;
  readonly changed: number;
  readonly gone: number;
  readonly invocations: number;
}

export function createReconcileHandler(config: ReconcileLambdaConfig) {
  const inbox = new S3Storage({ client: config.s3, bucket: config.bucket });
  const content = new S3Storage({
    client: config.s3,
    bucket: config.bucket,
    prefix: config.contentPrefix,
  });
  const batchSize = config.batchSize ?? 50;
  return async (): Promise<ReconcileSummary> => {
    const uploads = await inbox.list(config.inboxPrefix);
    const pointers = await sourcePointers(content);
    const plan = lostEvents(uploads, pointers, config.bucket, config.inboxPrefix);
    let invocations = 0;
    for (let i = 0; i < plan.events.length; i += batchSize) {
      await config.invoke(plan.events.slice(i, i + batchSize).map(toS3Record));
      invocations++;
    }
    const summary: ReconcileSummary = {
      uploads: uploads.length,
      pointers: pointers.length,
      unapplied: plan.unapplied,
      changed: plan.changed,
      gone: plan.gone,
      invocations,
    };
    if (plan.events.length > 0) config.logger.warn("reconcile found missed events", { ...summary });
    else config.logger.info("reconcile: inbox and content agree", { ...summary });
    return summary;
  };
}

/** An asynchronous invocation per batch (InvocationType Event, as S3 invokes extract). */
export function lambdaInvoker(
  client: LambdaClient,
  functionName: string,
): (records: S3EventRecord[]) => Promise<void> {
  return async (records) => {
    await client.send(
      new InvokeCommand({
        FunctionName: functionName,
        InvocationType: "Event",
        Payload: new TextEncoder().encode(JSON.stringify({ Records: records })),
      }),
    );
  };
}

let cached: ReturnType<typeof createReconcileHandler> | null = null;

export async function handler(): Promise<ReconcileSummary> {
  cached ??= createReconcileHandler({
    s3: createS3Client({}),
    bucket: requiredEnv(process.env, "TAQRIR_CONTENT_BUCKET"),
    contentPrefix: process.env.TAQRIR_CONTENT_PREFIX ?? "content/",
    inboxPrefix: process.env.TAQRIR_INBOX_PREFIX ?? "inbox/",
    invoke: lambdaInvoker(
      new LambdaClient({}),
      requiredEnv(process.env, "TAQRIR_EXTRACT_FUNCTION"),
    ),
    logger: new Logger({ serviceName: "taqrir-reconcile" }),
  });
  return cached();
}
