/**
 * One publish at a time. The queue's event source mapping already caps concurrency, but
 * SQS may still hand two batches to two instances, and two builds syncing the same site
 * bucket could delete each other's new pages. The lock is a small JSON object next to the
 * content with an expiry, so a crashed holder cannot block publishing forever.
 *
 * Taking it is one conditional write (S3's If-None-Match: *), so of two publishers racing
 * for a free lock exactly one wins; an expired lock is replaced only if it is still the
 * object that was read (If-Match on its ETag), so two publishers that both saw it expire
 * cannot both take it over. Release deletes the lock only while it still carries this
 * holder's ETag.
 */
import type { Storage } from "../core/storage/storage.ts";

const JSON_TYPE = { contentType: "application/json" };

export interface LockRecord {
  readonly owner: string;
  readonly acquiredAt: string;
  readonly expiresAt: string;
}

export class BuildBusyError extends Error {
  override name = "BuildBusyError";
  readonly holder: LockRecord;
  constructor(holder: LockRecord) {
    super(
      `another publish holds the build lock (owner ${holder.owner}, until ${holder.expiresAt})`,
    );
    this.holder = holder;
  }
}

export interface LockOptions {
  readonly key: string;
  readonly owner: string;
  /** How long the lock stays valid if its holder never releases it. */
  readonly ttlMs: number;
  readonly now?: () => Date;
  /**
   * How long to wait for a held lock before giving up with BuildBusyError (default 0).
   * A second publish that waits then builds everything the first one missed.
   */
  readonly waitMs?: number;
  /** Pause between attempts while waiting. */
  readonly pollMs?: number;
}

function parseLock(bytes: Uint8Array): LockRecord | undefined {
  try {
    const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<LockRecord>;
    if (typeof value.owner !== "string" || typeof value.expiresAt !== "string") return undefined;
    return value as LockRecord;
  } catch {
    return undefined; // an unreadable lock is treated as absent
  }
}

/**
 * Runs `task` holding the lock; throws BuildBusyError when someone else still holds it
 * after `waitMs`.
 */
export async function withBuildLock<T>(
  storage: Storage,
  options: LockOptions,
  task: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    try {
      return await attempt(storage, options, task);
    } catch (error) {
      if (!(error instanceof BuildBusyError) || Date.now() >= deadline) throw error;
      await new Promise((r) => setTimeout(r, options.pollMs ?? 2000));
    }
  }
}

async function attempt<T>(
  storage: Storage,
  options: LockOptions,
  task: () => Promise<T>,
): Promise<T> {
  const { putIf, getTagged } = storage;
  if (!putIf || !getTagged) {
    throw new Error("this storage has no conditional writes, so a build lock on it would not hold");
  }
  const put = putIf.bind(storage);
  const read = getTagged.bind(storage);
  const now = options.now ?? (() => new Date());
  const mine: LockRecord = {
    owner: options.owner,
    acquiredAt: now().toISOString(),
    expiresAt: new Date(now().getTime() + options.ttlMs).toISOString(),
  };
  const body = JSON.stringify(mine);
  let etag = await put(options.key, body, { absent: true }, JSON_TYPE);
  if (etag === null) {
    const held = await read(options.key);
    const lock = held ? parseLock(held.bytes) : undefined;
    if (lock && lock.owner !== options.owner && Date.parse(lock.expiresAt) > now().getTime()) {
      throw new BuildBusyError(lock);
    }
    // Expired, unreadable or this owner's own: take it over only if it is still that object
    // (or, if it went meanwhile, only if nobody else took it first).
    etag = held
      ? await put(options.key, body, { etag: held.etag }, JSON_TYPE)
      : await put(options.key, body, { absent: true }, JSON_TYPE);
    if (etag === null) {
      const winner = await read(options.key);
      throw new BuildBusyError((winner && parseLock(winner.bytes)) ?? mine);
    }
  }
  try {
    return await task();
  } finally {
    const current = await read(options.key);
    if (current?.etag === etag) await storage.delete(options.key);
  }
}
