/**
 * Every format through the article store, as the local inbox and the S3 handler both feed it
 * (one code path, storage-agnostic): articles written with their format, a refused file
 * quarantined with a reason that names the format it looked like.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readArticleMarkdown } from "../../functions/core/article-document.ts";
import { applyEvent, type QuarantineReason } from "../../functions/core/article-store.ts";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { tempDir } from "../helpers/temp-dir.ts";
import { markdownFile, plainArticle, semanticPage, wordFile } from "./pages.ts";

let root: Awaited<ReturnType<typeof tempDir>>;
let store: {
  inbox: FsStorage;
  content: FsStorage;
  quarantine: { storage: FsStorage; inboxPrefix: string };
};

beforeEach(async () => {
  root = await tempDir("formats-store");
  store = {
    inbox: new FsStorage(root.path, { prefix: "inbox/" }),
    content: new FsStorage(`${root.path}/content`),
    quarantine: { storage: new FsStorage(`${root.path}/quarantine`), inboxPrefix: "inbox/" },
  };
});
afterEach(() => root.cleanup());

async function drop(key: string, bytes: Uint8Array | string) {
  await store.inbox.put(key, bytes);
  return applyEvent({ kind: "created", key, bucket: "local" }, store);
}

describe("the article store reads every format", () => {
  const article = plainArticle("enab");
  const meta = { outlet: "عنب بلدي", date: "2021-09-14", url: "https://enabbaladi.example/a" };

  it("writes a page, a Word file and Markdown as articles with their format", async () => {
    const uploads: [string, Uint8Array | string, string][] = [
      ["inbox/page.html", semanticPage(article, meta), "html"],
      ["inbox/report.docx", await wordFile(article, { created: "2021-09-14" }), "docx"],
      ["inbox/notes.md", markdownFile(article, meta), "markdown"],
    ];
    for (const [key, bytes, format] of uploads) {
      const outcome = await drop(key, bytes);
      expect(outcome.action, key).toBe("written");
      const id = outcome.action === "written" ? outcome.id : "";
      const doc = readArticleMarkdown(
        new TextDecoder().decode(await store.content.get(`articles/${id}.md`)),
      );
      expect(doc.frontmatter.source.format, key).toBe(format);
      expect(doc.frontmatter.title.ar, key).toBe(article.title);
      expect(doc.paragraphs.join("\n"), key).not.toMatch(/<\/?[a-z]+[\s>]|\*\*/i);
    }
  });

  it("quarantines a scanned PDF with a reason that names the format", async () => {
    const scan = new Uint8Array(
      readFileSync(fileURLToPath(new URL("fixtures/scan.pdf", import.meta.url))),
    );
    const outcome = await drop("inbox/scan.pdf", scan);
    expect(outcome).toMatchObject({ action: "refused", reason: "no-text-layer", format: "pdf" });
    const tag = createHash("sha256").update(scan).digest("hex").slice(0, 12);
    const reason = JSON.parse(
      new TextDecoder().decode(await store.quarantine.storage.get(`reasons/scan.pdf.${tag}.json`)),
    ) as QuarantineReason;
    expect(reason).toMatchObject({ reason: "no-text-layer", format: "pdf" });
    expect(reason.message).toMatch(/PDF has no text layer/);
    expect(await store.content.list("articles/")).toEqual([]);
  });
});
