/**
 * reconcile (what `taqrir build` and `npm start` run first): content/ is brought in line with
 * whatever the inbox holds now — new files written, files removed while nothing was running
 * taken away, and articles a crash or hand edit left without a pointer swept.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeArticleMarkdown } from "../../functions/core/article-document.ts";
import { reconcile } from "../../functions/core/article-store.ts";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const sample = (name: string) => readFile(new URL(`../../samples/${name}`, import.meta.url));

let dir: { path: string; cleanup: () => Promise<void> };
let inbox: FsStorage;
let content: FsStorage;
beforeEach(async () => {
  dir = await tempDir("reconcile");
  inbox = new FsStorage(join(dir.path, "inbox"), { prefix: "inbox/" });
  content = new FsStorage(join(dir.path, "content"));
});
afterEach(() => dir.cleanup());

const articleIds = async () =>
  (await content.list("articles/")).map((o) => o.key.replace(/^articles\/|\.md$/g, ""));

describe("reconcile", () => {
  it("writes new uploads, then changes nothing on a second run", async () => {
    await inbox.put("inbox/a.txt", await sample("000_4a470ce0ac0b1c40.txt"));
    await inbox.put("inbox/b.txt", await sample("003_7a41c80445518d85.txt"));
    const first = await reconcile({ inbox, content }, "inbox/");
    expect(first.map((o) => o.action)).toEqual(["written", "written"]);
    const second = await reconcile({ inbox, content }, "inbox/");
    expect(second.map((o) => o.action)).toEqual(["unchanged", "unchanged"]);
    expect(await articleIds()).toHaveLength(2);
  });

  it("takes away articles whose files left the inbox while nothing was running", async () => {
    await inbox.put("inbox/a.txt", await sample("000_4a470ce0ac0b1c40.txt"));
    await inbox.put("inbox/b.txt", await sample("003_7a41c80445518d85.txt"));
    const [a, b] = await reconcile({ inbox, content }, "inbox/");
    await inbox.delete("inbox/a.txt");
    const outcomes = await reconcile({ inbox, content }, "inbox/");
    expect(outcomes).toContainEqual({
      action: "removed",
      key: "inbox/a.txt",
      id: a && "id" in a ? a.id : "",
    });
    expect(await articleIds()).toEqual([b && "id" in b ? b.id : ""]);
    expect(await content.list("sources/")).toHaveLength(1);
  });

  it("sweeps an article no pointer leads to and no inbox file holds", async () => {
    await inbox.put("inbox/a.txt", await sample("000_4a470ce0ac0b1c40.txt"));
    const orphan = "00000000000000aa";
    await content.put(
      `articles/${orphan}.md`,
      writeArticleMarkdown({
        frontmatter: {
          id: orphan,
          title: { ar: "مقال يتيم", en: null },
          published: null,
          entities: [],
          figures: [],
          quotes: [],
          dates: [],
          source: {
            keys: ["inbox/gone.txt"],
            sha256: "0".repeat(64),
            bytes: 10,
            encoding: "utf-8",
          },
          extractor: "0.0.1",
          ingested: "2026-01-01T00:00:00.000Z",
        },
        paragraphs: ["نص"],
      }),
    );
    const outcomes = await reconcile({ inbox, content }, "inbox/");
    expect(outcomes).toContainEqual({ action: "removed", key: "inbox/gone.txt", id: orphan });
    expect(await articleIds()).not.toContain(orphan);
    expect(await articleIds()).toHaveLength(1);
  });
});
