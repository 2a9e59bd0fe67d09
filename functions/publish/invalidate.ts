/**
 * Tells CloudFront which cached pages a publish changed. Pages are cached at
 * the edge for a day (see REVALIDATE_CACHE_CONTROL), so without this readers
 * would keep getting the previous version. Hashed assets never need it: a
 * changed asset has a new key.
 */
import { type CloudFrontClient, CreateInvalidationCommand } from "@aws-sdk/client-cloudfront";

/** The one path that covers everything; CloudFront bills a wildcard as one path. */
export const INVALIDATE_ALL = "/*";

/**
 * The viewer paths under which CloudFront may hold a copy of each key. A
 * directory page (`ar/articles/x/index.html`) is reached as `/ar/articles/x/`,
 * `/ar/articles/x` and the file itself, and each is cached separately.
 * Segments are URL-encoded, as CloudFront wants for non-ASCII characters.
 * More than `maxPaths` paths collapse into the single wildcard.
 */
export function invalidationPaths(changedKeys: readonly string[], maxPaths = 20): string[] {
  if (!Number.isInteger(maxPaths) || maxPaths < 1) {
    throw new RangeError(`maxPaths must be a positive integer, not ${maxPaths}`);
  }
  const paths = new Set<string>();
  for (const key of changedKeys) {
    for (const path of viewerPaths(key)) paths.add(path);
  }
  if (paths.size > maxPaths) return [INVALIDATE_ALL];
  return [...paths].sort();
}

function viewerPaths(key: string): string[] {
  const file = `/${key.split("/").map(encodeURIComponent).join("/")}`;
  if (key === "index.html") return ["/", file];
  if (!file.endsWith("/index.html")) return [file];
  const dir = file.slice(0, -"index.html".length);
  return [dir, dir.slice(0, -1), file];
}

export interface InvalidateCdnOptions {
  readonly client: CloudFrontClient;
  readonly distributionId: string;
  readonly paths: readonly string[];
  /** Unique per invalidation: CloudFront treats a repeated reference as the same request. */
  readonly callerReference: string;
}

/** Starts an invalidation and returns its id, or null when there is nothing to invalidate. */
export async function invalidateCdn(options: InvalidateCdnOptions): Promise<string | null> {
  const { client, distributionId, paths, callerReference } = options;
  if (paths.length === 0) return null;
  const response = await client.send(
    new CreateInvalidationCommand({
      DistributionId: distributionId,
      InvalidationBatch: {
        CallerReference: callerReference,
        Paths: { Quantity: paths.length, Items: [...paths] },
      },
    }),
  );
  const id = response.Invalidation?.Id;
  if (!id) {
    throw new Error(`CloudFront returned no invalidation id for distribution ${distributionId}`);
  }
  return id;
}
