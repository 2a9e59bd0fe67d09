/**
 * The extract handler: S3-shaped event records in, articles in content out.
 * The Lambda, s3rver's events and the local folder watcher all call this, so
 * the same code path runs everywhere. Records are applied in order; one bad
 * record is reported and does not stop the others.
 */
import { type ArticleStoreDeps, applyEvent, type Outcome } from "../core/article-store.ts";
import { assertValidKey, InvalidKeyError } from "../core/storage/storage.ts";
import { fromS3Record, type S3EventRecord, UnsupportedEventError } from "../core/storage-event.ts";

export interface S3Event {
  readonly Records: readonly S3EventRecord[];
}

export async function handleRecord(
  record: S3EventRecord,
  deps: ArticleStoreDeps,
): Promise<Outcome> {
  let event: ReturnType<typeof fromS3Record>;
  try {
    event = fromS3Record(record);
  } catch (error) {
    if (error instanceof UnsupportedEventError || error instanceof URIError) {
      return { action: "ignored", key: record.s3.object.key, why: error.message };
    }
    throw error;
  }
  // A key no Storage can name (the S3 console's "folder" markers like `inbox/sub/`, `..`
  // segments) can never become an article: say so instead of failing into retries and the DLQ.
  try {
    assertValidKey(event.key);
  } catch (error) {
    if (error instanceof InvalidKeyError) {
      return { action: "ignored", key: event.key, why: error.message };
    }
    throw error;
  }
  return applyEvent(event, deps);
}

export async function handleS3Event(event: S3Event, deps: ArticleStoreDeps): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const record of event.Records) outcomes.push(await handleRecord(record, deps));
  return outcomes;
}
