import {
  DeleteObjectCommand,
  GetObjectCommand,
  type GetObjectCommandOutput,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { compareKeys } from "./fs-storage.ts";
import {
  assertValidKey,
  InvalidKeyError,
  isValidKey,
  MAX_KEY_BYTES,
  type Storage,
  type StoredObject,
  type WriteCondition,
} from "./storage.ts";

export interface S3StorageOptions {
  readonly client: S3Client;
  readonly bucket: string;
  /**
   * A key prefix PREPENDED inside the bucket: with `prefix: "content/"`, key
   * `articles/x.md` is the object `content/articles/x.md`, and `list()` strips
   * the prefix back off, so callers never see it. This lets several stores
   * share one bucket. It is NOT FsStorage's `prefix`, which works the other
   * way round: there the keys carry the prefix and a folder stands in for it.
   * Empty (the default), or ending in "/".
   */
  readonly prefix?: string;
  /** Keys asked for per ListObjectsV2 request; S3 never returns more than 1000. */
  readonly pageSize?: number;
}

export class S3Storage implements Storage {
  readonly client: S3Client;
  readonly bucket: string;
  readonly prefix: string;
  readonly pageSize: number;

  constructor(options: S3StorageOptions) {
    const prefix = options.prefix ?? "";
    if (prefix !== "") {
      if (!prefix.endsWith("/")) {
        throw new InvalidKeyError(`S3 prefix must end with "/": ${JSON.stringify(prefix)}`);
      }
      assertValidKey(prefix.slice(0, -1));
    }
    const pageSize = options.pageSize ?? 1000;
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) {
      throw new RangeError(`pageSize must be an integer from 1 to 1000, not ${pageSize}`);
    }
    this.client = options.client;
    this.bucket = options.bucket;
    this.prefix = prefix;
    this.pageSize = pageSize;
  }

  /** The S3 object key behind `key` (the store's prefix prepended). */
  objectKey(key: string): string {
    assertValidKey(key);
    const objectKey = this.prefix + key;
    if (Buffer.byteLength(objectKey) > MAX_KEY_BYTES) {
      throw new InvalidKeyError(`key longer than ${MAX_KEY_BYTES} UTF-8 bytes: ${objectKey}`);
    }
    return objectKey;
  }

  async size(key: string): Promise<number | undefined> {
    try {
      const head = await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
      );
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isMissingKey(error) || (error as { name?: string }).name === "NotFound") return undefined;
      throw error;
    }
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    return (await this.getTagged(key))?.bytes;
  }

  /** One PUT: S3 replaces whole objects atomically, so readers see old or new bytes. */
  async put(
    key: string,
    body: Uint8Array | string,
    options: { contentType?: string } = {},
  ): Promise<void> {
    const Key = this.objectKey(key);
    // Bytes with a known length: the SDK then sends Content-Length rather than a
    // chunked stream, which S3 refuses for PutObject without a length.
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key,
        Body: bytes,
        ContentLength: bytes.byteLength,
        ContentType: options.contentType ?? "application/octet-stream",
      }),
    );
  }

  /** S3's conditional PUT: 412 (or 409, a conflicting conditional write) means not written. */
  async putIf(
    key: string,
    body: Uint8Array | string,
    condition: WriteCondition,
    options: { contentType?: string } = {},
  ): Promise<string | null> {
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
    try {
      const response = await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.objectKey(key),
          Body: bytes,
          ContentLength: bytes.byteLength,
          ContentType: options.contentType ?? "application/octet-stream",
          ...("absent" in condition ? { IfNoneMatch: "*" } : { IfMatch: `"${condition.etag}"` }),
        }),
      );
      return (response.ETag ?? "").replace(/"/g, "");
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata
        ?.httpStatusCode;
      // If-Match on a missing key is 404 on S3: the object it named is gone.
      if (status === 412 || status === 409 || (status === 404 && "etag" in condition)) return null;
      // A write whose answer was lost is not tried again here: the request may still be
      // queued at the server and land after any check or retry, so whether it was written
      // cannot be known; the caller sees the error (tried with a cut-and-check, it made
      // two publishers both hold the build lock on s3rver).
      throw error;
    }
  }

  /**
   * One GET: the bytes and the ETag they were read with. A read is safe to repeat, so one
   * whose connection broke mid-answer is tried again (twice at most).
   */
  async getTagged(key: string): Promise<{ bytes: Uint8Array; etag: string } | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.getOnce(key);
      } catch (error) {
        if (attempt >= 3 || !isCutConnection(error)) throw error;
      }
    }
  }

  private async getOnce(key: string): Promise<{ bytes: Uint8Array; etag: string } | undefined> {
    let response: GetObjectCommandOutput;
    try {
      response = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
      );
    } catch (error) {
      if (isMissingKey(error)) return undefined;
      throw error;
    }
    const bytes = response.Body ? await response.Body.transformToByteArray() : new Uint8Array(0);
    return {
      // A plain Uint8Array, like FsStorage returns, whatever view the SDK hands back.
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      etag: (response.ETag ?? "").replace(/"/g, ""),
    };
  }

  /** S3's DELETE succeeds whether or not the object exists. */
  async delete(key: string): Promise<void> {
    const Key = this.objectKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key }));
  }

  async list(prefix = ""): Promise<StoredObject[]> {
    const found: StoredObject[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: this.prefix + prefix,
          MaxKeys: this.pageSize,
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key === undefined || !object.Key.startsWith(this.prefix)) continue;
        const key = object.Key.slice(this.prefix.length);
        // Objects no Storage key can name (console "folder/" markers, "a//b") are
        // not objects of this store: FsStorage could never list them either.
        if (!isValidKey(key)) continue;
        const etag = object.ETag?.replace(/"/g, "");
        found.push(etag ? { key, size: object.Size ?? 0, etag } : { key, size: object.Size ?? 0 });
      }
      if (page.IsTruncated && !page.NextContinuationToken) {
        throw new Error(
          `truncated listing of s3://${this.bucket}/${this.prefix + prefix} without a continuation token`,
        );
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return found.sort((a, b) => compareKeys(a.key, b.key));
  }
}

export interface S3ClientOptions {
  /** A non-AWS endpoint such as s3rver's `http://127.0.0.1:4568`; implies path-style. */
  readonly endpoint?: string;
  /** Defaults to the SDK's own lookup (AWS_REGION...), or us-east-1 with an endpoint. */
  readonly region?: string;
  readonly credentials?: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken?: string;
  };
  readonly forcePathStyle?: boolean;
}

/**
 * An S3 client for AWS or an S3-compatible server. Checksums only when an
 * operation requires them: the current SDK otherwise adds CRC32 trailers and
 * validates response checksums, which s3rver does not understand; AWS accepts both.
 */
export function createS3Client(options: S3ClientOptions = {}): S3Client {
  const config: S3ClientConfig = {
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  };
  if (options.endpoint !== undefined) {
    config.endpoint = options.endpoint;
    config.region = options.region ?? "us-east-1";
    config.forcePathStyle = options.forcePathStyle ?? true;
  } else {
    if (options.region !== undefined) config.region = options.region;
    if (options.forcePathStyle !== undefined) config.forcePathStyle = options.forcePathStyle;
  }
  if (options.credentials) config.credentials = { ...options.credentials };
  return new S3Client(config);
}

/**
 * A connection that broke before the answer was complete (reset, cut mid-answer, timed
 * out): no HTTP status, so nothing is known of what the server did.
 */
function isCutConnection(error: unknown): boolean {
  const e = error as { code?: string; name?: string; message?: string } | undefined;
  return (
    ["ECONNRESET", "EPIPE", "ETIMEDOUT"].includes(e?.code ?? "") ||
    e?.name === "TimeoutError" ||
    e?.message === "aborted"
  );
}

/** NoSuchKey, or a bare 404 (HEAD-style responses carry no error code); a missing bucket is an error. */
function isMissingKey(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  if (e?.name === "NoSuchKey") return true;
  return e?.$metadata?.httpStatusCode === 404 && e.name !== "NoSuchBucket";
}
