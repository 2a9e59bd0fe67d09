/**
 * The extract Lambda: S3 notifications from the inbox bucket → handleRecord.
 * A thin adapter: it only builds S3-backed storages from the environment and
 * logs one structured JSON line per record; all behaviour lives in the core.
 */
import type { S3Event } from "aws-lambda";
import type { Outcome } from "../core/article-store.ts";
import { createS3Client, S3Storage } from "../core/storage/s3-storage.ts";
import type { S3EventRecord } from "../core/storage-event.ts";
import { handleRecord } from "./extract.ts";

const client = createS3Client({});

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: the function is deployed by sst.config.ts, which sets it`);
  return value;
}

export async function handler(event: S3Event): Promise<{ outcomes: Outcome[] }> {
  const content = new S3Storage({
    client,
    bucket: requireEnv("TAQRIR_CONTENT_BUCKET"),
    prefix: process.env.TAQRIR_CONTENT_PREFIX ?? "content/",
  });
  const inboxes = new Map<string, S3Storage>();
  const outcomes: Outcome[] = [];
  for (const record of event.Records as unknown as S3EventRecord[]) {
    const bucket = record.s3.bucket.name;
    const inbox = inboxes.get(bucket) ?? new S3Storage({ client, bucket });
    inboxes.set(bucket, inbox);
    const outcome = await handleRecord(record, { inbox, content });
    const level = outcome.action === "refused" ? "WARN" : "INFO";
    console.log(
      JSON.stringify({ level, message: `extract ${outcome.action}`, bucket, ...outcome }),
    );
    outcomes.push(outcome);
  }
  return { outcomes };
}
