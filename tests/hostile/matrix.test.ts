/**
 * The hostile-input matrix through both paths the product has: the local inbox (reconcile, as
 * `taqrir build` and `start` run it) and an S3 bucket on s3rver (the extract handler the
 * Lambda runs, fed S3's event records). For every input: no crash, an outcome with a reason
 * when refused, the same outcome on both paths, the control article written; then the site
 * built from what was accepted carries no markup from any upload, in its pages or its feeds.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { parseFragment } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Outcome, reconcile } from "../../functions/core/article-store.ts";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { S3Storage } from "../../functions/core/storage/s3-storage.ts";
import { toS3Record } from "../../functions/core/storage-event.ts";
import { handleRecord } from "../../functions/handlers/extract.ts";
import { buildSite } from "../../functions/publish/build-site.ts";
import { type S3rverHandle, startS3rver } from "../helpers/s3rver.ts";
import { tempDir } from "../helpers/temp-dir.ts";
import { all, attr, elements, filesUnder, readPage } from "../site/html.ts";
import { type HostileInput, hostileInputs } from "./inputs.ts";

/** A smaller article limit than the default, so "too-large.txt" is over it on both paths. */
const MAX_BYTES = 1024 * 1024;

let inputs: HostileInput[];
let root: Awaited<ReturnType<typeof tempDir>>;
let s3: S3rverHandle;
const local = new Map<string, Outcome>();
const remote = new Map<string, Outcome>();
let dist: string;

beforeAll(async () => {
  inputs = await hostileInputs();
  root = await tempDir("hostile");
  const inboxDir = join(root.path, "inbox");
  await mkdir(inboxDir, { recursive: true });
  for (const i of inputs) await writeFile(join(inboxDir, i.name), i.bytes);
  const store = {
    inbox: new FsStorage(inboxDir, { prefix: "inbox/" }),
    content: new FsStorage(join(root.path, "content")),
    decode: { maxBytes: MAX_BYTES },
  };
  for (const o of await reconcile(store, "inbox/")) local.set(o.key, o);
  dist = join(root.path, "dist");
  await buildSite({
    contentDir: join(root.path, "content"),
    outDir: dist,
    siteUrl: "https://taqrir.example/",
  });

  s3 = await startS3rver();
  const bucket = await s3.createBucket();
  const deps = {
    inbox: new S3Storage({ client: s3.client, bucket }),
    content: new S3Storage({ client: s3.client, bucket, prefix: "content/" }),
    quarantine: {
      storage: new S3Storage({ client: s3.client, bucket, prefix: "quarantine/" }),
      inboxPrefix: "inbox/",
    },
    decode: { maxBytes: MAX_BYTES },
  };
  for (const i of inputs) {
    const key = `inbox/${i.name}`;
    await deps.inbox.put(key, i.bytes);
    remote.set(key, await handleRecord(toS3Record({ kind: "created", key, bucket }), deps));
  }
}, 600_000);

afterAll(async () => {
  await s3?.close();
  await root?.cleanup();
});

describe("the hostile-input matrix", () => {
  it("has at least 60 inputs", () => {
    expect(inputs.length).toBeGreaterThanOrEqual(60);
  });

  it("gives every input an outcome, a reason for every refusal, what each case expects, on both paths", () => {
    for (const [path, outcomes] of [
      ["local", local],
      ["S3", remote],
    ] as const) {
      for (const i of inputs) {
        const o = outcomes.get(`inbox/${i.name}`);
        expect(o, `${path}: ${i.name}`).toBeDefined();
        if (!o) continue;
        expect(["written", "refused"], `${path}: ${i.name}: ${JSON.stringify(o)}`).toContain(
          o.action,
        );
        if (o.action === "refused")
          expect(o.message.length, `${path}: ${i.name}`).toBeGreaterThan(10);
        if (i.expect !== "either")
          expect(o.action, `${path}: ${i.name}: ${"message" in o ? o.message : ""}`).toBe(i.expect);
      }
    }
  });

  it("treats every input the same way locally and on S3", () => {
    for (const i of inputs) {
      const a = local.get(`inbox/${i.name}`);
      const b = remote.get(`inbox/${i.name}`);
      expect(
        [b?.action, "reason" in (b ?? {}) ? (b as { reason: string }).reason : null],
        i.name,
      ).toEqual([a?.action, "reason" in (a ?? {}) ? (a as { reason: string }).reason : null]);
      if (a?.action === "written" && b?.action === "written") expect(b.id, i.name).toBe(a.id);
    }
  });

  it("builds a site from what was accepted with no markup from any upload, in pages or feeds", async () => {
    expect(local.get("inbox/control.txt")?.action).toBe("written");
    for (const page of await filesUnder(dist, ".html")) {
      const doc = await readPage(dist, page);
      for (const el of elements(doc)) {
        const ours =
          (el.tagName === "svg" &&
            /^(story-map|chart)$/.test(attr(el.parentNode as never, "class") ?? "")) ||
          (el.tagName === "script" && page.includes("/search/"));
        if (!ours)
          expect(el.tagName, `${page}: <${el.tagName}>`).not.toMatch(
            /^(script|iframe|object|embed|svg|img|base|form)$/,
          );
        for (const { name, value } of el.attrs) {
          expect(name, `${page}: <${el.tagName} ${name}>`).not.toMatch(/^on/i);
          if (/^(href|src|action|formaction)$/.test(name)) {
            expect(value, `${page}: ${name}`).not.toMatch(/^\s*javascript:/i);
          }
        }
      }
      for (const a of all(doc, (el) => el.tagName === "a"))
        expect(attr(a, "href") ?? "", page).toMatch(/^(\/|#|https:\/\/taqrir\.example\/)/);
    }
    const parser = new XMLParser({ isArray: (name) => name === "item" });
    for (const lang of ["ar", "en"]) {
      const items = parser.parse(await readFile(join(dist, lang, "rss.xml"), "utf8")).rss.channel
        .item as { description: string }[];
      for (const item of items) {
        const tags = (nodes: readonly { nodeName: string; childNodes?: unknown[] }[]): string[] =>
          nodes.flatMap((n) => [n.nodeName, ...tags((n.childNodes ?? []) as typeof nodes)]);
        const rendered = tags(parseFragment(String(item.description)).childNodes).filter(
          (t) => !t.startsWith("#") && t !== "br",
        );
        expect(rendered, String(item.description).slice(0, 80)).toEqual([]);
      }
    }
  });
});
