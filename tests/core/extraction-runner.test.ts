/** Extraction off the calling thread, with a time budget a file cannot outlast. */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyEvent } from "../../functions/core/article-store.ts";
import { inlineRunner, workerRunner } from "../../functions/core/extraction-runner.ts";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const SAMPLE = fileURLToPath(new URL("../../samples/001_7e28444f50e46fbb.txt", import.meta.url));

let root: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  root = await tempDir("runner");
});
afterEach(() => root.cleanup());

describe("the worker runner", () => {
  it("extracts in a worker exactly what the calling thread extracts, file after file", async () => {
    const bytes = new Uint8Array(await readFile(SAMPLE));
    const runner = workerRunner();
    try {
      const inline = await inlineRunner.run(bytes, "inbox/a.txt", {});
      for (let i = 0; i < 3; i++) {
        expect(await runner.run(bytes, "inbox/a.txt", {})).toEqual(inline);
      }
    } finally {
      await runner.close();
    }
  }, 60_000);

  it("refuses a file that outlasts the budget, quarantines it with the reason, and goes on", async () => {
    const store = {
      inbox: new FsStorage(root.path, { prefix: "inbox/" }),
      content: new FsStorage(`${root.path}/content`),
      quarantine: { storage: new FsStorage(`${root.path}/quarantine`), inboxPrefix: "inbox/" },
      // No worker can start, load the extractor and read a file in a millisecond.
      runner: workerRunner({ budgetMs: 1 }),
    };
    try {
      await store.inbox.put("inbox/a.txt", await readFile(SAMPLE));
      const outcome = await applyEvent({ kind: "created", key: "inbox/a.txt", bucket: "x" }, store);
      expect(outcome).toMatchObject({ action: "refused", reason: "timeout" });
      expect(outcome.action === "refused" && outcome.message).toMatch(/longer than/);
      expect((await store.quarantine.storage.list("reasons/")).length).toBe(1);
      expect(await store.content.list("articles/")).toEqual([]);
      // The runner is usable again: a fresh worker for the next file (the same budget here).
      const again = await store.runner.run(
        new Uint8Array(await readFile(SAMPLE)),
        "inbox/b.txt",
        {},
      );
      expect(again).toMatchObject({ ok: false, reason: "timeout" });
    } finally {
      await store.runner.close();
    }
  }, 60_000);
});
