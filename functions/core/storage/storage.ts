/**
 * Storage: the one interface the core uses for inbox, content and site files.
 * Keys are `/`-separated, relative, S3-style (`inbox/مقال.txt`,
 * `articles/0123456789abcdef.md`). Filesystem and S3 implementations must
 * behave identically, which the shared storage test suite checks.
 */
export interface StoredObject {
  readonly key: string;
  readonly size: number;
  /** S3's ETag without quotes (the MD5 of a single-part upload), where the backend has one. */
  readonly etag?: string;
}

export interface Storage {
  /** The bytes at `key`, or undefined when nothing is there. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Writes atomically: a reader sees the old bytes or the new, never a mix. */
  put(key: string, body: Uint8Array | string, options?: { contentType?: string }): Promise<void>;
  /** Removes `key`; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
  /** Every object whose key starts with `prefix`, sorted by key. */
  list(prefix?: string): Promise<StoredObject[]>;
}

export class InvalidKeyError extends Error {
  override name = "InvalidKeyError";
}

/** Refuses keys that could escape the storage root or mean different things on different backends. */
export function assertValidKey(key: string): void {
  if (key.length === 0 || key.length > 1024)
    throw new InvalidKeyError(`invalid key length: ${key.length}`);
  if (key.startsWith("/") || key.includes("\\") || key.includes("\0")) {
    throw new InvalidKeyError(`invalid key: ${JSON.stringify(key)}`);
  }
  for (const part of key.split("/")) {
    if (part === "" || part === "." || part === "..") {
      throw new InvalidKeyError(`invalid key segment in ${JSON.stringify(key)}`);
    }
  }
}
