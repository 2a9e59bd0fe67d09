/**
 * Events applied side by side, as parallel extract functions apply them: on the local file
 * system and on a real S3 API (s3rver, whose missing conditional writes the embedded stand-in
 * enforces as S3 does). The same text uploaded under many names at once is one article that
 * lists every name; many different uploads at once are all written; an upload and its
 * removal racing end as the inbox ends. Without conditional writes, the first case loses
 * names (each writer reads the article, adds its own name and overwrites the others').
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArticleMarkdown } from "../../functions/core/article-document.ts";
import {
  type ArticleStoreDeps,
  applyEvent,
  sourcePointers,
} from "../../functions/core/article-store.ts";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { S3Storage } from "../../functions/core/storage/s3-storage.ts";
import type { Storage } from "../../functions/core/storage/storage.ts";
import { REPO_DIR } from "../../functions/publish/build-site.ts";
import { type S3rverHandle, startS3rver } from "../helpers/s3rver.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const SAMPLES = join(REPO_DIR, "samples");
const sample = (name: string) => readFile(join(SAMPLES, name), "utf8");
const NAMES = [
  "000_4a470ce0ac0b1c40.txt",
  "001_7e28444f50e46fbb.txt",
  "002_661c46d4ddf144fc.txt",
  "003_7a41c80445518d85.txt",
  "004_18a2c8e27a3ab171.txt",
];

let dir: Awaited<ReturnType<typeof tempDir>>;
let s3: S3rverHandle;
let stores = 0;

beforeAll(async () => {
  dir = await tempDir("parallel");
  s3 = await startS3rver();
}, 60_000);
afterAll(async () => {
  await s3?.close();
  await dir?.cleanup();
});

const backends: Record<string, () => Promise<ArticleStoreDeps & { content: Storage }>> = {
  "the file system": async () => {
    const root = join(dir.path, `store-${++stores}`);
    return {
      inbox: new FsStorage(join(root, "inbox"), { prefix: "inbox/" }),
      content: new FsStorage(join(root, "content")),
    };
  },
  "S3 (s3rver)": async () => {
    const bucket = await s3.createBucket();
    return {
      inbox: new S3Storage({ client: s3.client, bucket }),
      content: new S3Storage({ client: s3.client, bucket, prefix: "content/" }),
    };
  },
};

async function articles(content: Storage) {
  const out = [];
  for (const o of await content.list("articles/")) {
    const bytes = await content.get(o.key);
    out.push(readArticleMarkdown(new TextDecoder().decode(bytes)));
  }
  return out;
}

for (const [backend, make] of Object.entries(backends)) {
  describe(`events applied side by side on ${backend}`, () => {
    it("the same text under eight names at once is one article listing all eight", async () => {
      const deps = await make();
      const text = await sample(NAMES[1] as string);
      const keys = Array.from({ length: 8 }, (_, i) => `inbox/copy-${i}.txt`);
      for (const key of keys) await deps.inbox.put(key, text);
      const outcomes = await Promise.all(
        keys.map((key) => applyEvent({ kind: "created", key, bucket: "test" }, deps)),
      );
      expect(outcomes.every((o) => o.action === "written" || o.action === "unchanged")).toBe(true);
      const stored = await articles(deps.content);
      expect(stored).toHaveLength(1);
      expect([...(stored[0]?.frontmatter.source.keys ?? [])].sort()).toEqual(keys);
      expect((await sourcePointers(deps.content)).map((p) => p.key)).toEqual(keys);
    }, 60_000);

    it("five different uploads at once are five articles", async () => {
      const deps = await make();
      for (const name of NAMES) await deps.inbox.put(`inbox/${name}`, await sample(name));
      await Promise.all(
        NAMES.map((name) =>
          applyEvent({ kind: "created", key: `inbox/${name}`, bucket: "test" }, deps),
        ),
      );
      expect(await articles(deps.content)).toHaveLength(5);
    }, 60_000);

    it("an upload and its removal racing end as the inbox ends: no article", async () => {
      const deps = await make();
      const key = "inbox/gone.txt";
      await deps.inbox.put(key, await sample(NAMES[2] as string));
      const created = applyEvent({ kind: "created", key, bucket: "test" }, deps);
      await deps.inbox.delete(key);
      await Promise.all([created, applyEvent({ kind: "removed", key, bucket: "test" }, deps)]);
      // Whichever finished last, a later look at the key (the event S3 sends for the
      // removal, delivered at least once, or the hourly reconcile) leaves nothing behind.
      await applyEvent({ kind: "removed", key, bucket: "test" }, deps);
      expect(await articles(deps.content)).toEqual([]);
    }, 60_000);
  });
}
