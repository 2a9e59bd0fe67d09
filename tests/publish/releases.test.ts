/**
 * Versioned deploys on a real S3 API (s3rver on loopback): every deploy is kept as a
 * release, the live site is the chosen release exactly (bytes and headers), a deploy moves
 * only what changed, rollback makes an earlier release live again (and forward again), and
 * pruning keeps the newest N with every blob they need and nothing else.
 */
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  type S3Client,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createS3Client } from "../../functions/core/storage/s3-storage.ts";
import { REPO_DIR } from "../../functions/publish/build-site.ts";
import { deploySite } from "../../functions/publish/deploy-site.ts";
import {
  prune,
  type ReleaseStore,
  readLog,
  readRelease,
  rollback,
} from "../../functions/publish/releases.ts";
import { S3RVER_CREDENTIALS, type S3rverHandle, startS3rver } from "../helpers/s3rver.ts";
import { tempDir } from "../helpers/temp-dir.ts";

type Site = Record<string, string>;

/** Three builds of a small site: a page changes, one is added, one goes, an asset changes. */
const BUILDS: readonly Site[] = [
  {
    "index.html": "<p>home 1</p>",
    "ar/articles/a/index.html": "<p>a</p>",
    "ar/articles/b/index.html": "<p>b</p>",
    "ar/rss.xml": "<rss>1</rss>",
    "_astro/site.1111.css": "body{}",
  },
  {
    "index.html": "<p>home 2</p>",
    "ar/articles/a/index.html": "<p>a</p>",
    "ar/articles/b/index.html": "<p>b, corrected</p>",
    "ar/articles/c/index.html": "<p>c</p>",
    "ar/rss.xml": "<rss>2</rss>",
    "_astro/site.1111.css": "body{}",
  },
  {
    "index.html": "<p>home 3</p>",
    "ar/articles/a/index.html": "<p>a</p>",
    "ar/articles/c/index.html": "<p>c</p>",
    "ar/rss.xml": "<rss>3</rss>",
    "_astro/site.2222.css": "body{color:red}",
  },
];

let s3: S3rverHandle;
let client: S3Client;
let dir: Awaited<ReturnType<typeof tempDir>>;
let buckets = 0;

/** A content bucket and a site bucket of one test's own, and the three builds deployed. */
async function deployed() {
  buckets++;
  const names = { content: `content-${buckets}`, site: `site-${buckets}` };
  for (const bucket of Object.values(names)) {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  }
  const store: ReleaseStore = { client, bucket: names.content, prefix: "releases/" };
  const site = { client, bucket: names.site, prefix: "" };
  const reports = [];
  for (const [i, build] of BUILDS.entries()) {
    reports.push(
      await deploySite(await writeDist(`dist-${i}`, build), {
        s3: client,
        bucket: names.site,
        reference: `${names.site}-${i}`,
        releases: { store, keep: 5 },
      }),
    );
  }
  const ids = reports.map((r) => r.release?.id as string);
  return { names, store, site, reports, ids, live: () => live(names.site) };
}

async function writeDist(name: string, files: Site): Promise<string> {
  const dist = join(dir.path, `${buckets}-${name}`);
  for (const [key, text] of Object.entries(files)) {
    await mkdir(dirname(join(dist, key)), { recursive: true });
    await writeFile(join(dist, key), text);
  }
  return dist;
}

async function keys(bucket: string, prefix = ""): Promise<string[]> {
  const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (page.Contents ?? []).map((o) => o.Key as string).sort();
}

/** The live site: every key with its text and content type. */
async function live(
  bucket: string,
): Promise<Record<string, { text: string; type: string | undefined }>> {
  const out: Record<string, { text: string; type: string | undefined }> = {};
  for (const key of await keys(bucket)) {
    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    out[key] = {
      text: (await object.Body?.transformToString("utf-8")) ?? "",
      type: object.ContentType,
    };
  }
  return out;
}

/** What the live site must be for a build (the old hashed stylesheet may stay: see site-sync). */
function expectLive(got: Record<string, { text: string }>, build: Site) {
  const pages = Object.fromEntries(Object.entries(got).map(([k, v]) => [k, v.text]));
  for (const [key, text] of Object.entries(build)) expect(pages[key], key).toBe(text);
  const extra = Object.keys(pages).filter((k) => !(k in build));
  expect(extra.filter((k) => !k.startsWith("_astro/"))).toEqual([]);
}

describe("versioned deploys", () => {
  beforeAll(async () => {
    s3 = await startS3rver();
    client = createS3Client({ endpoint: s3.endpoint, credentials: S3RVER_CREDENTIALS });
    dir = await tempDir("releases");
  }, 60_000);
  afterAll(async () => {
    client?.destroy();
    await s3?.close();
    await dir?.cleanup();
  });

  it("keeps every deploy as a release, newest first, the last one live", async () => {
    const { store, ids, live } = await deployed();
    expect(new Set(ids).size).toBe(3);
    const log = await readLog(store);
    expect(log.history).toEqual([...ids].reverse());
    expect(log.current).toBe(ids[2]);
    const got = await live();
    expectLive(got, BUILDS[2] as Site);
    expect(got["index.html"]?.type).toMatch(/^text\/html/);
    expect(got["ar/rss.xml"]?.type).toMatch(/xml/);
  });

  it("moves only what changed and stores each content once", async () => {
    const { reports } = await deployed();
    // Build 2 against build 1: home, b, c and the feed.
    expect(reports[1]?.uploaded.sort()).toEqual(
      ["ar/articles/b/index.html", "ar/articles/c/index.html", "ar/rss.xml", "index.html"].sort(),
    );
    expect(reports[1]?.release?.blobsUploaded).toBe(4);
    // Build 3: b goes; the new stylesheet arrives; the old one stays for cached pages.
    expect(reports[2]?.deleted).toEqual(["ar/articles/b/index.html"]);
    expect(reports[2]?.uploaded).toContain("_astro/site.2222.css");
  });

  it("rolls back to the release before, and further, and forward again", async () => {
    const { store, site, ids, live } = await deployed();
    const back = await rollback(store, site);
    expect(back).toMatchObject({ from: ids[2], to: ids[1] });
    expectLive(await live(), BUILDS[1] as Site);
    // Only the differing files were copied back.
    expect(back.synced.uploaded.sort()).toEqual(
      ["ar/articles/b/index.html", "ar/rss.xml", "index.html"].sort(),
    );

    await rollback(store, site);
    expectLive(await live(), BUILDS[0] as Site);
    await expect(rollback(store, site)).rejects.toThrow(/oldest kept/);

    await rollback(store, site, ids[2]);
    expectLive(await live(), BUILDS[2] as Site);
    expect((await readLog(store)).current).toBe(ids[2]);
  });

  it("prunes to the newest N, keeping exactly the blobs they name", async () => {
    const { store, site, ids, names, live } = await deployed();
    const pruned = await prune(store, 2);
    expect(pruned.releases).toEqual([ids[0]]);
    expect((await readLog(store)).history).toEqual([ids[2], ids[1]]);
    await expect(readRelease(store, ids[0] as string)).rejects.toThrow(/not kept/);
    await expect(rollback(store, site, ids[0])).rejects.toThrow(/not kept/);

    const named = new Set<string>();
    for (const id of [ids[1], ids[2]]) {
      for (const f of (await readRelease(store, id as string)).files) named.add(f.md5);
    }
    const blobs = (await keys(names.content, "releases/blobs/")).map((k) => k.split("/").pop());
    expect(new Set(blobs)).toEqual(named);
    // "home 1", the first "b" and "<rss>1</rss>" were only in the pruned release.
    expect(pruned.blobs).toBe(3);
    // The live site is untouched by pruning.
    expectLive(await live(), BUILDS[2] as Site);
  });

  it("taqrir rollback lists the releases and puts the previous one back, on an S3 server", async () => {
    const { names, ids, live } = await deployed();
    const run = (...args: string[]) =>
      execFileSync(process.execPath, [join(REPO_DIR, "bin", "taqrir.mjs"), "rollback", ...args], {
        encoding: "utf8",
        env: {
          ...process.env,
          TAQRIR_S3_BUCKET: names.content,
          TAQRIR_S3_SITE_BUCKET: names.site,
        },
      });
    const listed = run("--s3", s3.endpoint, "--list");
    expect(listed.trim().split("\n").slice(0, 3)).toEqual([
      expect.stringMatching(new RegExp(`^\\* ${ids[2]} `)),
      expect.stringMatching(new RegExp(`^  ${ids[1]} `)),
      expect.stringMatching(new RegExp(`^  ${ids[0]} `)),
    ]);
    expect(run("--s3", s3.endpoint)).toMatch(
      new RegExp(`live release: ${ids[1]} \\(was ${ids[2]}\\); 3 files put back, 0 removed`),
    );
    expectLive(await live(), BUILDS[1] as Site);
    expect(run("--s3", s3.endpoint, "--to", ids[2] as string)).toMatch(`live release: ${ids[2]}`);
    expectLive(await live(), BUILDS[2] as Site);
  });
});
