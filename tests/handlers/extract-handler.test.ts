/**
 * The extract handler over real folders, fed S3-shaped records exactly as AWS
 * (and s3rver) send them: drop, re-drop of the same bytes, remove, overwrite,
 * duplicates under two names, and refused uploads that disturb nothing.
 */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readArticleMarkdown } from "../../functions/core/article-document.ts";
import type { Outcome } from "../../functions/core/article-store.ts";
import { Facts } from "../../functions/core/facts.ts";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { toS3Record } from "../../functions/core/storage-event.ts";
import { handleRecord, handleS3Event } from "../../functions/handlers/extract.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const SAMPLES = new URL("../../samples/", import.meta.url);
const sample = (name: string) => readFile(new URL(name, SAMPLES));

let dir: { path: string; cleanup: () => Promise<void> };
let inbox: FsStorage;
let content: FsStorage;
const deps = () => ({ inbox, content, now: () => new Date("2026-11-22T10:00:00Z") });

const created = (key: string) => toS3Record({ kind: "created", key, bucket: "test" });
const removed = (key: string) => toS3Record({ kind: "removed", key, bucket: "test" });
const articles = async () => (await content.list("articles/")).map((o) => o.key);
const readArticle = async (id: string) =>
  readArticleMarkdown(await readFile(join(content.root, "articles", `${id}.md`), "utf8"));
const idOf = (o: Outcome) => ("id" in o ? o.id : undefined);

beforeEach(async () => {
  dir = await tempDir("handler");
  inbox = new FsStorage(join(dir.path, "inbox"), { prefix: "inbox/" });
  content = new FsStorage(join(dir.path, "content"));
});
afterEach(() => dir.cleanup());

describe("extract handler", () => {
  it("drop: writes content/articles/<id>.md with schema-valid facts and the cleaned text", async () => {
    await inbox.put("inbox/000.txt", await sample("000_4a470ce0ac0b1c40.txt"));
    const outcome = await handleRecord(created("inbox/000.txt"), deps());
    expect(outcome.action).toBe("written");
    const id = idOf(outcome) as string;
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(await articles()).toEqual([`articles/${id}.md`]);
    const doc = await readArticle(id);
    expect(Facts.parse(doc.frontmatter).id).toBe(id);
    expect(doc.frontmatter.source).toMatchObject({ keys: ["inbox/000.txt"], encoding: "utf-8" });
    expect(doc.frontmatter.entities.length).toBeGreaterThan(5);
    expect(doc.paragraphs.join(" ")).toContain("الهدنة");
  });

  it("re-drop of the same bytes: same id, file untouched (bytes and mtime)", async () => {
    await inbox.put("inbox/000.txt", await sample("000_4a470ce0ac0b1c40.txt"));
    const first = await handleRecord(created("inbox/000.txt"), deps());
    const path = join(content.root, "articles", `${idOf(first)}.md`);
    const before = { bytes: await readFile(path), mtime: (await stat(path)).mtimeMs };
    await new Promise((r) => setTimeout(r, 20));
    const again = await handleRecord(created("inbox/000.txt"), {
      ...deps(),
      now: () => new Date(),
    });
    expect(again).toEqual({ action: "unchanged", key: "inbox/000.txt", id: idOf(first) });
    expect(await readFile(path)).toEqual(before.bytes);
    expect((await stat(path)).mtimeMs).toBe(before.mtime);
  });

  it("remove: ObjectRemoved takes the article away and leaves the others", async () => {
    await inbox.put("inbox/a.txt", await sample("000_4a470ce0ac0b1c40.txt"));
    await inbox.put("inbox/b.txt", await sample("001_7e28444f50e46fbb.txt"));
    const [a, b] = await handleS3Event(
      { Records: [created("inbox/a.txt"), created("inbox/b.txt")] },
      deps(),
    );
    await inbox.delete("inbox/a.txt");
    const outcome = await handleRecord(removed("inbox/a.txt"), deps());
    expect(outcome).toEqual({ action: "removed", key: "inbox/a.txt", id: idOf(a as Outcome) });
    expect(await articles()).toEqual([`articles/${idOf(b as Outcome)}.md`]);
    expect(await content.list("sources/")).toHaveLength(1);
  });

  it("the same bytes under two names make one article that lives until both are gone", async () => {
    const bytes = await sample("003_7a41c80445518d85.txt");
    await inbox.put("inbox/one.txt", bytes);
    await inbox.put("inbox/two.txt", bytes);
    const [one, two] = await handleS3Event(
      { Records: [created("inbox/one.txt"), created("inbox/two.txt")] },
      deps(),
    );
    expect(idOf(one as Outcome)).toBe(idOf(two as Outcome));
    const id = idOf(one as Outcome) as string;
    expect((await readArticle(id)).frontmatter.source.keys).toEqual([
      "inbox/one.txt",
      "inbox/two.txt",
    ]);
    await inbox.delete("inbox/one.txt");
    expect(await handleRecord(removed("inbox/one.txt"), deps())).toMatchObject({
      action: "detached",
      id,
    });
    expect(await articles()).toEqual([`articles/${id}.md`]);
    await inbox.delete("inbox/two.txt");
    expect(await handleRecord(removed("inbox/two.txt"), deps())).toMatchObject({
      action: "removed",
      id,
    });
    expect(await articles()).toEqual([]);
  });

  it("overwriting a file with new text replaces its article", async () => {
    await inbox.put("inbox/x.txt", await sample("000_4a470ce0ac0b1c40.txt"));
    const old = await handleRecord(created("inbox/x.txt"), deps());
    await inbox.put("inbox/x.txt", await sample("004_18a2c8e27a3ab171.txt"));
    const updated = await handleRecord(created("inbox/x.txt"), deps());
    expect(updated.action).toBe("written");
    expect(idOf(updated)).not.toBe(idOf(old));
    expect(await articles()).toEqual([`articles/${idOf(updated)}.md`]);
  });

  it("decodes URL-encoded keys with Arabic letters, spaces and plus signs", async () => {
    const key = "inbox/تقارير حلب/مقال + ملحق.txt";
    await inbox.put(key, await sample("002_661c46d4ddf144fc.txt"));
    const record = created(key);
    expect(record.s3.object.key).not.toContain(" ");
    const outcome = await handleRecord(record, deps());
    expect(outcome).toMatchObject({ action: "written", key });
  });

  it("reads UTF-16 and Windows-1256 uploads into the same facts as UTF-8", async () => {
    const text =
      "قال وزير الخارجية الأميركي جون كيري في جنيف إن الهدنة في سوريا صامدة، بعد مقتل 20 شخصا في حلب.";
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++)
      new DataView(le.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    await inbox.put("inbox/utf8.txt", text);
    await inbox.put("inbox/utf16.txt", le);
    const [u8, u16] = await handleS3Event(
      { Records: [created("inbox/utf8.txt"), created("inbox/utf16.txt")] },
      deps(),
    );
    const a = await readArticle(idOf(u8 as Outcome) as string);
    const b = await readArticle(idOf(u16 as Outcome) as string);
    expect(b.frontmatter.source.encoding).toBe("utf-16le");
    expect(b.frontmatter.entities).toEqual(a.frontmatter.entities);
    expect(b.frontmatter.figures).toEqual(a.frontmatter.figures);
  });

  it("refuses empty, binary and oversized uploads with a reason, disturbing nothing", async () => {
    await inbox.put("inbox/good.txt", await sample("001_7e28444f50e46fbb.txt"));
    await handleRecord(created("inbox/good.txt"), deps());
    const snapshot = async () =>
      Promise.all(
        (await content.list()).map(async (o) => [o.key, await readFile(join(content.root, o.key))]),
      );
    const before = await snapshot();

    await inbox.put("inbox/empty.txt", new Uint8Array());
    await inbox.put(
      "inbox/image.png",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    await inbox.put("inbox/huge.txt", "ا".repeat(2 * 1024 * 1024));
    const outcomes = await handleS3Event(
      {
        Records: [
          created("inbox/empty.txt"),
          created("inbox/image.png"),
          created("inbox/huge.txt"),
        ],
      },
      deps(),
    );
    expect(outcomes.map((o) => (o.action === "refused" ? o.reason : o.action))).toEqual([
      "empty",
      "binary",
      "too-large",
    ]);
    for (const o of outcomes)
      expect(o.action === "refused" && o.message.length).toBeGreaterThan(10);
    expect(await snapshot()).toEqual(before);
    // The refused files stay in the inbox for the user to fix; nothing deleted them.
    expect((await inbox.list("inbox/")).length).toBe(4);
  });

  it("refuses a legacy-encoded upload that grows past the limit once decoded", async () => {
    // 1.5 MB of Windows-1256 Arabic (one byte a letter) is 2.6 MB of UTF-8 (two bytes a letter).
    const line = new Uint8Array(1000).fill(0xc7);
    line[999] = 0x0a;
    const bytes = new Uint8Array(1_500_000);
    for (let i = 0; i < bytes.length; i += 1000)
      bytes.set(line.subarray(0, Math.min(1000, bytes.length - i)), i);
    await inbox.put("inbox/legacy.txt", bytes);
    const outcome = await handleRecord(created("inbox/legacy.txt"), deps());
    expect(outcome).toMatchObject({ action: "refused", reason: "too-large" });
    expect(outcome.action === "refused" && outcome.message).toMatch(
      /once decoded to UTF-8.*2\.0 MB/,
    );
    expect(await articles()).toEqual([]);
  });

  it("ignores events it cannot act on instead of failing the batch", async () => {
    const outcomes = await handleS3Event(
      {
        Records: [
          {
            eventName: "ObjectRestore:Completed",
            s3: { bucket: { name: "b" }, object: { key: "inbox/a.txt" } },
          },
          {
            eventName: "ObjectCreated:Put",
            s3: { bucket: { name: "b" }, object: { key: "inbox/%E0%A4%A.txt" } },
          },
          created("inbox/vanished.txt"),
          removed("inbox/never-seen.txt"),
        ],
      },
      deps(),
    );
    expect(outcomes.map((o) => o.action)).toEqual(["ignored", "ignored", "ignored", "ignored"]);
  });
});
