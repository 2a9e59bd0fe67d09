/**
 * One odd file never stops the others: names a storage cannot hold, files too large to read,
 * hidden and temporary files — each gets its own outcome while the rest are extracted.
 */
import { mkdir, open, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyEvent, type Outcome, reconcile } from "../../functions/core/article-store.ts";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const SAMPLE = fileURLToPath(new URL("../../samples/002_661c46d4ddf144fc.txt", import.meta.url));

let root: Awaited<ReturnType<typeof tempDir>>;
let inboxDir: string;
let store: { inbox: FsStorage; content: FsStorage };

beforeEach(async () => {
  root = await tempDir("isolation");
  inboxDir = join(root.path, "inbox");
  await mkdir(inboxDir, { recursive: true });
  store = {
    inbox: new FsStorage(inboxDir, { prefix: "inbox/" }),
    content: new FsStorage(join(root.path, "content")),
  };
});
afterEach(() => root.cleanup());

const byKey = (outcomes: Outcome[]) => new Map(outcomes.map((o) => [o.key, o]));

describe("per-file isolation", () => {
  it("reconciles the good files past a backslash name, an over-long name and a 3 GB file", async () => {
    const sample = await readFile(SAMPLE);
    await writeFile(join(inboxDir, "good.txt"), sample);
    await writeFile(join(inboxDir, "back\\slash.txt"), sample);
    // A key over 1,024 characters: folders deep enough (each name within the file system's 255).
    const deep = Array.from({ length: 6 }, (_, i) => `${"د".repeat(100)}${i}`);
    await mkdir(join(inboxDir, ...deep), { recursive: true });
    await writeFile(join(inboxDir, ...deep, "long.txt"), "نص قصير");
    // A sparse 3 GB file: weighed, never read.
    const huge = await open(join(inboxDir, "huge.txt"), "w");
    await huge.truncate(3 * 1024 * 1024 * 1024);
    await huge.close();

    const outcomes = byKey(await reconcile(store, "inbox/"));
    expect(outcomes.get("inbox/good.txt")?.action).toBe("written");
    expect(outcomes.get("inbox/back\\slash.txt")).toMatchObject({
      action: "refused",
      reason: "bad-name",
    });
    const long = [...outcomes.values()].find((o) => o.key.endsWith("long.txt"));
    expect(long).toMatchObject({ action: "refused", reason: "bad-name" });
    expect(outcomes.get("inbox/huge.txt")).toMatchObject({
      action: "refused",
      reason: "too-large",
    });
    expect((await store.content.list("articles/")).length).toBe(1);
    // The process never held the 3 GB: it was refused by its size alone.
    expect(process.memoryUsage().rss).toBeLessThan(2 * 1024 * 1024 * 1024);
  });

  it("never follows a symbolic link out of the inbox, watching or reconciling", async () => {
    const outside = join(root.path, "secret.txt");
    await writeFile(outside, await readFile(SAMPLE));
    await symlink(outside, join(inboxDir, "link.txt"));
    const event = await applyEvent(
      { kind: "created", key: "inbox/link.txt", bucket: "local" },
      store,
    );
    expect(event.action).toBe("ignored");
    const outcomes = await reconcile(store, "inbox/");
    expect(outcomes.filter((o) => o.action === "written")).toEqual([]);
    expect(await store.content.list("articles/")).toEqual([]);
  });

  it("ignores hidden and temporary files the same way whatever the storage", async () => {
    for (const key of [
      "inbox/.DS_Store",
      "inbox/draft.txt~",
      "inbox/a.txt.swp",
      "inbox/x.tmp",
      "inbox/.git/config",
    ]) {
      const outcome = await applyEvent({ kind: "created", key, bucket: "any" }, store);
      expect(outcome, key).toMatchObject({ action: "ignored" });
    }
  });
});
