import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { tempDir } from "../helpers/temp-dir.ts";
import { storageContract } from "./storage-contract.ts";

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

async function freshFs(prefix = ""): Promise<FsStorage> {
  const dir = await tempDir("fs");
  cleanups.push(dir.cleanup);
  return new FsStorage(dir.path, { prefix });
}

storageContract("filesystem", () => freshFs());

describe("FsStorage specifics", () => {
  it("maps a key prefix onto the folder, as an S3 prefix would", async () => {
    const s = await freshFs("inbox/");
    await s.put("inbox/a.txt", "x");
    expect(await readdir(s.root)).toEqual(["a.txt"]);
    expect(s.pathOf("inbox/a.txt")).toBe(join(s.root, "a.txt"));
    expect(s.pathOf("content/a.txt")).toBeUndefined();
    expect(await s.list("inbox/")).toEqual([{ key: "inbox/a.txt", size: 1 }]);
  });

  it("hides editors' temporaries and hidden files, and leaves none behind after a write", async () => {
    const s = await freshFs();
    await s.put("a.txt", "x");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(s.root, ".a.txt.swp"), "x");
    await writeFile(join(s.root, "b.txt~"), "x");
    expect((await s.list()).map((o) => o.key)).toEqual(["a.txt"]);
    expect(s.keyOf(join(s.root, ".hidden"))).toBeUndefined();
  });

  it("lists nothing, without error, when the folder does not exist yet", async () => {
    const s = new FsStorage("/nonexistent/taqrir-test-folder");
    expect(await s.list()).toEqual([]);
  });
});
