/**
 * One publish at a time. The queue's event source mapping already caps concurrency, but
 * SQS may still hand two batches to two instances, and two builds syncing the same site
 * bucket could delete each other's new pages. The lock is a small JSON object next to the
 * content with an expiry, so a crashed holder cannot block publishing forever.
 *
 * The storage interface has no compare-and-set, so taking the lock is write-then-read-back:
 * two publishers racing in the same few milliseconds could both believe they hold it. That
 * window is what the concurrency cap closes; the lock covers the slower overlaps (a retry
 * starting while a long build still runs).
 */
import type { Storage } from "../core/storage/storage.ts";

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

async function readLock(storage: Storage, key: string): Promise<LockRecord | undefined> {
  const bytes = await storage.get(key);
  if (!bytes) return undefined;
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
  const now = options.now ?? (() => new Date());
  const held = await readLock(storage, options.key);
  if (held && held.owner !== options.owner && Date.parse(held.expiresAt) > now().getTime()) {
    throw new BuildBusyError(held);
  }
  const mine: LockRecord = {
    owner: options.owner,
    acquiredAt: now().toISOString(),
    expiresAt: new Date(now().getTime() + options.ttlMs).toISOString(),
  };
  await storage.put(options.key, JSON.stringify(mine), { contentType: "application/json" });
  const check = await readLock(storage, options.key);
  if (check?.owner !== options.owner) throw new BuildBusyError(check ?? mine);
  try {
    return await task();
  } finally {
    const current = await readLock(storage, options.key);
    if (current?.owner === options.owner) await storage.delete(options.key);
  }
}
