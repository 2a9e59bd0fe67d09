/**
 * The event that reaches the extract handler. AWS S3 notifications, s3rver and
 * the local folder watcher all produce S3-shaped records; this is the one place
 * that reads them, so the same handler serves every environment.
 */
export type StorageEvent = {
  readonly kind: "created" | "removed";
  readonly key: string;
  readonly bucket: string;
  /**
   * S3's per-key event order (hex). Absent for the local folder watcher, where events
   * arrive in order from one process.
   */
  readonly sequencer?: string;
};

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
  const sequencer = normalSequencer(record.s3.object.sequencer);
  const extra = sequencer === undefined ? {} : { sequencer };
  if (record.eventName.startsWith("ObjectCreated:"))
    return { kind: "created", key, bucket, ...extra };
  if (record.eventName.startsWith("ObjectRemoved:"))
    return { kind: "removed", key, bucket, ...extra };
  throw new UnsupportedEventError(`unsupported S3 event ${JSON.stringify(record.eventName)}`);
}

function normalSequencer(value: unknown): string | undefined {
  const text = typeof value === "number" ? value.toString(16) : value;
  return typeof text === "string" && /^[0-9a-fA-F]{1,64}$/.test(text)
    ? text.toUpperCase()
    : undefined;
}

/**
 * Orders two sequencers of the same key: negative when `a` came first. AWS: "right pad the
 * shorter value with zeros, then compare lexicographically" (values are hex of any length).
 */
export function compareSequencers(a: string, b: string): number {
  const width = Math.max(a.length, b.length);
  const x = a.toUpperCase().padEnd(width, "0");
  const y = b.toUpperCase().padEnd(width, "0");
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Builds the record S3 would send, for the local watcher and tests. */
export function toS3Record(event: StorageEvent): S3EventRecord {
  return {
    eventName: event.kind === "created" ? "ObjectCreated:Put" : "ObjectRemoved:Delete",
    s3: {
      bucket: { name: event.bucket },
      object: {
        key: encodeS3Key(event.key),
        ...(event.sequencer === undefined ? {} : { sequencer: event.sequencer }),
      },
    },
  };
}

/** A key as S3 writes it in notifications: URL-encoded, spaces as "+", slashes kept. */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, "+").replace(/%2F/g, "/");
}
