/**
 * Publishes too big for the function go to the build task (Fargate in AWS): here the task is
 * started the way it would be started there, as its own process running the same entry point
 * (functions/handlers/publish-task.ts) with the function's environment, against a real S3
 * API (s3rver). ECS itself is AWS-only: `start` spawns the process instead of RunTask.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BuildElsewhere,
  createPublishHandler,
  type PublishLambdaConfig,
} from "../../functions/handlers/publish-lambda.ts";
import { REPO_DIR } from "../../functions/publish/build-site.ts";
import { S3RVER_CREDENTIALS, type S3rverHandle, startS3rver } from "../helpers/s3rver.ts";
import { extractSamples } from "../helpers/samples.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const quiet = { info() {}, warn() {}, error() {}, debug() {} };
let s3: S3rverHandle;
let dir: Awaited<ReturnType<typeof tempDir>>;
let ids: string[];
let stores = 0;

beforeAll(async () => {
  s3 = await startS3rver();
  dir = await tempDir("build-task");
  ids = await extractSamples(join(dir.path, "inbox"), join(dir.path, "content"));
}, 120_000);
afterAll(async () => {
  await s3?.close();
  await dir?.cleanup();
});

/** A content bucket holding the samples' articles and an empty site bucket. */
async function buckets() {
  stores++;
  const names = { content: `content-${stores}`, site: `site-${stores}` };
  for (const bucket of Object.values(names)) {
    await s3.client.send(new CreateBucketCommand({ Bucket: bucket }));
  }
  for (const name of await readdir(join(dir.path, "content", "articles"))) {
    await s3.client.send(
      new PutObjectCommand({
        Bucket: names.content,
        Key: `content/articles/${name}`,
        Body: await readFile(join(dir.path, "content", "articles", name)),
      }),
    );
  }
  return names;
}

async function siteArticles(bucket: string): Promise<string[]> {
  const page = await s3.client.send(
    new ListObjectsV2Command({ Bucket: bucket, Prefix: "ar/articles/" }),
  );
  return [
    ...new Set(
      (page.Contents ?? []).flatMap(
        (o) => /^ar\/articles\/([0-9a-f]{16})\//.exec(o.Key ?? "")?.[1] ?? [],
      ),
    ),
  ].sort();
}

const event = {
  Records: [
    {
      messageId: "m1",
      body: JSON.stringify({ Records: [{ s3: { object: { key: "content/articles/x.md" } } }] }),
    },
  ],
};

function config(
  names: { content: string; site: string },
  buildElsewhere: BuildElsewhere | null,
  workDir: string,
): PublishLambdaConfig {
  return {
    s3: s3.client,
    cloudfront: null,
    contentBucket: names.content,
    contentPrefix: "content/",
    siteBucket: names.site,
    distributionId: null,
    siteUrl: "https://report.example.org",
    lockKey: "locks/publish.json",
    lockWaitMs: 0,
    workDir,
    codeDir: REPO_DIR,
    releasesPrefix: "releases/",
    releasesKeep: 3,
    buildElsewhere,
    logger: quiet,
  };
}

describe("the build task (ECS is AWS-only: started here as a local process)", () => {
  it("takes a publish above the function's limit, with the same code and environment", async () => {
    const names = await buckets();
    const children: ChildProcess[] = [];
    const task: BuildElsewhere = {
      above: { articles: ids.length - 1, buildMs: Number.POSITIVE_INFINITY },
      async start(reference) {
        const child = spawn(
          process.execPath,
          [join(REPO_DIR, "functions", "handlers", "publish-task.ts")],
          {
            env: {
              ...process.env,
              TAQRIR_S3_ENDPOINT: s3.endpoint,
              AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
              AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
              TAQRIR_CONTENT_BUCKET: names.content,
              TAQRIR_SITE_BUCKET: names.site,
              TAQRIR_SITE_URL: "https://report.example.org",
              TAQRIR_WORK_DIR: join(dir.path, "task-work"),
              TAQRIR_REFERENCE: reference,
            },
            stdio: ["ignore", "ignore", "inherit"],
          },
        );
        children.push(child);
        return `local-${child.pid}`;
      },
    };
    const lambdaWork = join(dir.path, "lambda-work");
    const handler = createPublishHandler(config(names, task, lambdaWork));
    expect(await handler(event as never, { awsRequestId: "r1" })).toEqual({
      batchItemFailures: [],
    });
    expect(children).toHaveLength(1);
    const code = await new Promise((resolve) => children[0]?.on("exit", resolve));
    expect(code).toBe(0);
    expect(await siteArticles(names.site)).toEqual([...ids].sort());
    // The function itself built nothing.
    await expect(readdir(lambdaWork)).rejects.toThrow(/ENOENT/);
  }, 180_000);

  it("leaves a publish within the limits to the function", async () => {
    const names = await buckets();
    let started = 0;
    const task: BuildElsewhere = {
      above: { articles: ids.length, buildMs: Number.POSITIVE_INFINITY },
      async start() {
        started++;
        return "never";
      },
    };
    const handler = createPublishHandler(config(names, task, join(dir.path, "lambda-2")));
    expect(await handler(event as never, { awsRequestId: "r2" })).toEqual({
      batchItemFailures: [],
    });
    expect(started).toBe(0);
    expect(await siteArticles(names.site)).toEqual([...ids].sort());
  }, 180_000);
});
