import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { S3Storage } from "../../functions/core/storage/s3-storage.ts";
import type { Storage } from "../../functions/core/storage/storage.ts";
import { BuildBusyError, withBuildLock } from "../../functions/publish/build-lock.ts";
import { type S3rverHandle, startS3rver } from "../helpers/s3rver.ts";
import { tempDir } from "../helpers/temp-dir.ts";

let dir: { path: string; cleanup: () => Promise<void> };
let store: FsStorage;
beforeEach(async () => {
  dir = await tempDir("lock");
  store = new FsStorage(dir.path);
});
afterEach(() => dir.cleanup());

const KEY = "locks/publish.json";
const at = (iso: string) => () => new Date(iso);

describe("build lock", () => {
  it("runs the task holding the lock and releases it afterwards, also on failure", async () => {
    const seen = await withBuildLock(store, { key: KEY, owner: "a", ttlMs: 60_000 }, async () =>
      JSON.parse(new TextDecoder().decode(await store.get(KEY))),
    );
    expect(seen.owner).toBe("a");
    expect(await store.get(KEY)).toBeUndefined();
    await expect(
      withBuildLock(store, { key: KEY, owner: "a", ttlMs: 60_000 }, async () => {
        throw new Error("build broke");
      }),
    ).rejects.toThrow("build broke");
    expect(await store.get(KEY)).toBeUndefined();
  });

  it("refuses a second publisher while the lock is live, and lets it in once it expired", async () => {
    let inner: unknown = null;
    await withBuildLock(
      store,
      { key: KEY, owner: "a", ttlMs: 60_000, now: at("2026-11-22T10:00:00Z") },
      async () => {
        inner = await withBuildLock(
          store,
          { key: KEY, owner: "b", ttlMs: 60_000, now: at("2026-11-22T10:00:30Z") },
          async () => "ran",
        ).catch((e: unknown) => e);
      },
    );
    expect(inner).toBeInstanceOf(BuildBusyError);
    expect((inner as BuildBusyError).holder.owner).toBe("a");
    expect((inner as Error).message).toMatch(/owner a, until 2026-11-22T10:01:00.000Z/);

    // A holder that crashed never released: after its expiry another publisher takes over.
    await store.put(
      KEY,
      JSON.stringify({ owner: "dead", acquiredAt: "x", expiresAt: "2026-11-22T10:00:00Z" }),
    );
    const result = await withBuildLock(
      store,
      { key: KEY, owner: "b", ttlMs: 60_000, now: at("2026-11-22T10:05:00Z") },
      async () => "ran",
    );
    expect(result).toBe("ran");
    expect(await store.get(KEY)).toBeUndefined();
  });

  it("treats an unreadable lock object as absent", async () => {
    await store.put(KEY, "not json");
    expect(await withBuildLock(store, { key: KEY, owner: "a", ttlMs: 1000 }, async () => 1)).toBe(
      1,
    );
  });

  it("with waitMs, a second publisher waits for the first to finish, then runs", async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    let started: () => void = () => {};
    const inside = new Promise<void>((r) => {
      started = r;
    });
    const first = withBuildLock(store, { key: KEY, owner: "a", ttlMs: 60_000 }, async () => {
      order.push("a start");
      started();
      await new Promise<void>((r) => {
        release = r;
      });
      order.push("a end");
    });
    // The second publisher starts once the first holds the lock, however busy the machine.
    await inside;
    const second = withBuildLock(
      store,
      { key: KEY, owner: "b", ttlMs: 60_000, waitMs: 5000, pollMs: 20 },
      async () => {
        order.push("b");
      },
    );
    await new Promise((r) => setTimeout(r, 100));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(["a start", "a end", "b"]);
  });
});

/**
 * The races write-then-read-back could not close, on S3's HTTP API (s3rver, whose PUT
 * ignores conditions: functions/local/embedded-s3.ts enforces If-None-Match / If-Match as AWS
 * S3 does, one conditional write per key at a time) and on the filesystem.
 */
/**
 * `n` publishers racing: the one that builds holds the lock until every other has given up,
 * so that on a slow machine a late attempt cannot find the lock already released (and then,
 * rightly, build too). Two builders would both wait out the cap and be counted.
 */
function race(n: number) {
  let settled = 0;
  let release = () => {};
  const othersDone = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    track: <T>(attempt: Promise<T>) =>
      attempt.finally(() => {
        if (++settled >= n - 1) release();
      }),
    hold: () => Promise.race([othersDone, new Promise((r) => setTimeout(r, 10_000))]),
  };
}

describe("build lock races", () => {
  let s3: S3rverHandle;
  beforeAll(async () => {
    s3 = await startS3rver();
  }, 60_000);
  afterAll(() => s3?.close());

  const backends: [string, () => Promise<Storage>][] = [
    ["s3rver", async () => new S3Storage({ client: s3.client, bucket: await s3.createBucket() })],
    ["filesystem", async () => new FsStorage(join(dir.path, "race"))],
  ];

  for (const [name, fresh] of backends) {
    it(`${name}: of eight publishers racing for a free lock, exactly one builds`, async () => {
      const storage = await fresh();
      let inside = 0;
      let most = 0;
      const { track, hold } = race(8);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          track(
            withBuildLock(storage, { key: KEY, owner: `p${i}`, ttlMs: 60_000 }, async () => {
              inside++;
              most = Math.max(most, inside);
              await hold();
              inside--;
              return "built";
            }).catch((e: unknown) => e),
          ),
        ),
      );
      expect(results.filter((r) => r === "built")).toHaveLength(1);
      expect(results.filter((r) => r instanceof BuildBusyError)).toHaveLength(7);
      expect(most).toBe(1);
      expect(await storage.get(KEY)).toBeUndefined();
    });

    it(`${name}: of publishers that all see the lock expired, exactly one takes it over`, async () => {
      const storage = await fresh();
      await storage.put(
        KEY,
        JSON.stringify({ owner: "dead", acquiredAt: "x", expiresAt: "2026-11-22T10:00:00Z" }),
      );
      let built = 0;
      const { track, hold } = race(6);
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          track(
            withBuildLock(
              storage,
              { key: KEY, owner: `p${i}`, ttlMs: 60_000, now: at("2026-11-22T10:05:00Z") },
              async () => {
                built++;
                await hold();
              },
            ).catch((e: unknown) => e),
          ),
        ),
      );
      expect(built).toBe(1);
      expect(results.filter((r) => r instanceof BuildBusyError)).toHaveLength(5);
    });

    it(`${name}: a holder whose lock expired and was taken over does not delete the new one`, async () => {
      const storage = await fresh();
      await withBuildLock(
        storage,
        { key: KEY, owner: "slow", ttlMs: 1000, now: at("2026-11-22T10:00:00Z") },
        async () => {
          // Meanwhile its lock expired and another publisher took it over.
          await storage.put(
            KEY,
            JSON.stringify({ owner: "next", acquiredAt: "x", expiresAt: "2026-11-22T10:02:00Z" }),
          );
        },
      );
      const left = await storage.get(KEY);
      expect(JSON.parse(new TextDecoder().decode(left)).owner).toBe("next");
    });
  }
});
