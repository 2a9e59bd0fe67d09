/**
 * The event that reaches the extract handler. AWS S3 notifications, s3rver and
 * the local folder watcher all produce S3-shaped records; this is the one place
 * that reads them, so the same handler serves every environment.
 */
export type StorageEvent =
  | { readonly kind: "created"; readonly key: string; readonly bucket: string }
  | { readonly kind: "removed"; readonly key: string; readonly bucket: string };

/** The parts of an S3 event notification record we rely on. */
export interface S3EventRecord {
  readonly eventName: string;
  readonly s3: {
    readonly bucket: { readonly name: string };
    readonly object: { readonly key: string; readonly sequencer?: string; readonly eTag?: string };
  };
}

export class UnsupportedEventError extends Error {
  override name = "UnsupportedEventError";
}

export function fromS3Record(record: S3EventRecord): StorageEvent {
  // S3 URL-encodes keys in notifications and writes spaces as "+".
  const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, " "));
  const bucket = record.s3.bucket.name;
  if (record.eventName.startsWith("ObjectCreated:")) return { kind: "created", key, bucket };
  if (record.eventName.startsWith("ObjectRemoved:")) return { kind: "removed", key, bucket };
  throw new UnsupportedEventError(`unsupported S3 event ${JSON.stringify(record.eventName)}`);
}

/** Builds the record S3 would send, for the local watcher and tests. */
export function toS3Record(event: StorageEvent): S3EventRecord {
  return {
    eventName: event.kind === "created" ? "ObjectCreated:Put" : "ObjectRemoved:Delete",
    s3: {
      bucket: { name: event.bucket },
      object: { key: encodeURIComponent(event.key).replace(/%20/g, "+").replace(/%2F/g, "/") },
    },
  };
}
