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
  /**
   * The size of the object at `key` without reading it (a stat, a HEAD request), or undefined
   * when nothing is there: uploads are weighed before they are read.
   */
  size?(key: string): Promise<number | undefined>;
  /**
   * A conditional write, atomic against every other conditional write to `key`: only when
   * nothing is there (`{ absent: true }`, S3's If-None-Match: *) or when what is there has the
   * given ETag (`{ etag }`, S3's If-Match). Resolves to the new ETag, or null when the
   * condition did not hold. Locks are built on this, never on write-then-read-back.
   */
  putIf?(
    key: string,
    body: Uint8Array | string,
    condition: WriteCondition,
    options?: { contentType?: string },
  ): Promise<string | null>;
  /** The bytes at `key` with their ETag (for a later `putIf({ etag })`), or undefined. */
  getTagged?(key: string): Promise<{ bytes: Uint8Array; etag: string } | undefined>;
}

export type WriteCondition = { readonly absent: true } | { readonly etag: string };

/**
 * Names that are never objects on any backend: hidden files and editors' temporaries
 * («.x», «x~», «x.swp», «x.tmp»). One rule for the local inbox and for S3 keys alike.
 */
export const isTemporaryName = (name: string): boolean =>
  name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp");

/** Whether any part of a key is such a name. */
export const isIgnoredKey = (key: string): boolean => key.split("/").some(isTemporaryName);

/** The longest key, in UTF-8 bytes: S3's own limit. */
export const MAX_KEY_BYTES = 1024;

export class InvalidKeyError extends Error {
  override name = "InvalidKeyError";
}

/** Refuses keys that could escape the storage root or mean different things on different backends. */
export function assertValidKey(key: string): void {
  // S3's limit, in UTF-8 bytes, for every backend: a name the local inbox takes must be one an
  // S3 bucket can hold too (an Arabic name of 600 letters is 1,200 bytes).
  const bytes = Buffer.byteLength(key);
  if (bytes === 0 || bytes > MAX_KEY_BYTES) {
    throw new InvalidKeyError(
      `invalid key length: ${bytes} UTF-8 bytes (at most ${MAX_KEY_BYTES})`,
    );
  }
  if (key.startsWith("/") || key.includes("\\") || key.includes("\0")) {
    throw new InvalidKeyError(`invalid key: ${JSON.stringify(key)}`);
  }
  for (const part of key.split("/")) {
    if (part === "" || part === "." || part === "..") {
      throw new InvalidKeyError(`invalid key segment in ${JSON.stringify(key)}`);
    }
  }
}

/** assertValidKey as a predicate. */
export function isValidKey(key: string): boolean {
  try {
    assertValidKey(key);
    return true;
  } catch {
    return false;
  }
}
