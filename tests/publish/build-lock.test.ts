import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { BuildBusyError, withBuildLock } from "../../functions/publish/build-lock.ts";
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
    const first = withBuildLock(store, { key: KEY, owner: "a", ttlMs: 60_000 }, async () => {
      order.push("a start");
      await new Promise<void>((r) => {
        release = r;
      });
      order.push("a end");
    });
    await new Promise((r) => setTimeout(r, 50));
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
