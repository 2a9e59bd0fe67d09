/**
 * sst.config.ts evaluated against a recording stand-in for SST's globals (`$config`,
 * `$interpolate`, `$cli`, `sst.aws.*`). SST itself cannot run here (it downloads Pulumi),
 * so this checks the wiring it would deploy — notifications, queue, concurrency, DLQs,
 * function settings, IAM statements, the CloudFront Function code (run as JavaScript),
 * outputs — and that every handler and copied path it names exists. It cannot tell
 * whether AWS accepts or evaluates any of it as intended: see DEPLOY.md.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

type Args = Record<string, unknown>;

interface Recorded {
  component: string;
  name: string;
  args: Args;
  calls: Array<{ method: string; args: unknown[] }>;
  instance: object;
}

const recorded: Recorded[] = [];

/**
 * A stand-in component: records its construction and method calls, and exposes the
 * output-like properties sst.config.ts reads as placeholders such as "<Inbox.arn>".
 */
function recordingComponent(component: string) {
  return class {
    readonly record: Recorded;
    readonly name: string;
    readonly arn: string;
    readonly url: string;
    readonly distributionID: string;
    readonly nodes: {
      cdn: { nodes: { distribution: { arn: string } } };
      queue: { name: string };
    };
    constructor(name: string, args: Args = {}) {
      this.record = { component, name, args, calls: [], instance: this };
      recorded.push(this.record);
      this.name = `<${name}.name>`;
      this.arn = `<${name}.arn>`;
      this.url = `<${name}.url>`;
      this.distributionID = `<${name}.distributionID>`;
      this.nodes = {
        cdn: { nodes: { distribution: { arn: `<${name}.distributionArn>` } } },
        queue: { name: `<${name}.queueName>` },
      };
    }
    notify(...args: unknown[]) {
      this.record.calls.push({ method: "notify", args });
    }
    subscribe(...args: unknown[]) {
      this.record.calls.push({ method: "subscribe", args });
    }
    routeBucket(...args: unknown[]) {
      this.record.calls.push({ method: "routeBucket", args });
    }
  };
}

interface Permission {
  actions: string[];
  resources: string[];
}

interface PostbuildHook {
  postbuild: (dir: string) => Promise<void>;
}

let config: {
  app: (input: { stage: string }) => Args;
  run: () => Promise<Args>;
};
let outputs: Args;

beforeAll(async () => {
  const g = globalThis as Record<string, unknown>;
  g.$config = (c: unknown) => c;
  g.$interpolate = (strings: TemplateStringsArray, ...values: unknown[]) =>
    String.raw({ raw: strings }, ...values);
  g.$cli = { paths: { root: ROOT } };
  g.sst = {
    aws: {
      Bucket: recordingComponent("Bucket"),
      Cron: recordingComponent("Cron"),
      Function: recordingComponent("Function"),
      Queue: recordingComponent("Queue"),
      Router: recordingComponent("Router"),
      SnsTopic: recordingComponent("SnsTopic"),
      Vpc: recordingComponent("Vpc"),
      Cluster: recordingComponent("Cluster"),
      Task: recordingComponent("Task"),
    },
  };
  // Pulumi's AWS provider, for the CloudWatch alarms.
  g.aws = { cloudwatch: { MetricAlarm: recordingComponent("MetricAlarm") } };
  // Imported by URL so tsc does not type-check it here: its types come from `sst install`.
  const configUrl = new URL("../../sst.config.ts", import.meta.url).href;
  config = ((await import(configUrl)) as { default: typeof config }).default;
  outputs = await config.run();
});

const byName = (name: string): Recorded => {
  const found = recorded.find((r) => r.name === name);
  if (!found) throw new Error(`sst.config.ts creates no component named ${name}`);
  return found;
};

const callsOf = (record: Recorded, method: string) =>
  record.calls.filter((c) => c.method === method);

/** The arguments of the one call of `method` on `name`; throws unless there is exactly one. */
function onlyCall(name: string, method: string): unknown[] {
  const calls = callsOf(byName(name), method);
  const [call] = calls;
  if (!call || calls.length !== 1)
    throw new Error(`${name}.${method} called ${calls.length} times`);
  return call.args;
}

const UNIT_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400 };

/** SST's duration strings ("30 seconds", "90 minutes") in seconds. */
function seconds(duration: unknown): number {
  const match = /^(\d+(?:\.\d+)?) (second|minute|hour|day)s?$/.exec(String(duration));
  if (!match?.[1] || !match[2]) throw new Error(`not an SST duration: ${String(duration)}`);
  return Number(match[1]) * (UNIT_SECONDS[match[2]] ?? Number.NaN);
}

/** SST's size strings ("3008 MB", "2 GB") in MB. */
function megabytes(size: unknown): number {
  const match = /^(\d+(?:\.\d+)?) (MB|GB)$/.exec(String(size));
  if (!match?.[1] || !match[2]) throw new Error(`not an SST size: ${String(size)}`);
  return Number(match[1]) * (match[2] === "GB" ? 1024 : 1);
}

const permissionsOf = (name: string) => (byName(name).args.permissions ?? []) as Permission[];

/** Actions granted on each resource, sorted, for exact comparison. */
function grants(name: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const p of permissionsOf(name)) {
    for (const resource of p.resources) {
      result[resource] = [...new Set([...(result[resource] ?? []), ...p.actions])].sort();
    }
  }
  return result;
}

/** The Router's edge injections, wrapped the way SST wraps them and run in a fresh VM context. */
function edge(kind: "viewerRequest" | "viewerResponse"): string {
  const edgeArgs = byName("SiteRouter").args.edge as Record<string, { injection: string }>;
  const injection = edgeArgs[kind]?.injection;
  if (typeof injection !== "string") throw new Error(`the Router has no ${kind} injection`);
  return injection;
}

async function rewrite(uri: string): Promise<string> {
  // SST: `async function handler(event) { <injection> <router code> return event.request; }`
  const handler = runInNewContext(
    `(async function handler(event) {\n${edge("viewerRequest")}\nreturn event.request;\n})`,
  ) as (event: unknown) => Promise<{ uri: string }>;
  return (await handler({ request: { uri, headers: {} } })).uri;
}

async function responseHeaders(): Promise<Record<string, string>> {
  // SST: `async function handler(event) { <injection> return event.response; }`
  const handler = runInNewContext(
    `(async function handler(event) {\n${edge("viewerResponse")}\nreturn event.response;\n})`,
  ) as (event: unknown) => Promise<{ headers: Record<string, { value: string }> }>;
  const response = await handler({
    response: { statusCode: 200, headers: { "content-type": { value: "text/html" } } },
  });
  return Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, v.value]));
}

describe("sst.config.ts wiring (SST stubbed: a recording stand-in, since SST cannot run here)", () => {
  it("names the app and keeps production data on removal", () => {
    expect(config.app({ stage: "prod" })).toMatchObject({
      name: "taqrir",
      home: "aws",
      removal: "retain",
      protect: true,
    });
    expect(config.app({ stage: "dev" })).toMatchObject({ removal: "remove", protect: false });
  });

  it("notifies extract of inbox/ and the publish queue of content/articles/, created and removed", () => {
    // S3 keeps one notification configuration per bucket: a second notify would replace it.
    const notifications = (onlyCall("Inbox", "notify")[0] as Args).notifications as Args[];
    expect(notifications).toHaveLength(2);
    const both = ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"];
    expect(notifications).toContainEqual(
      expect.objectContaining({ function: "<Extract.arn>", events: both, filterPrefix: "inbox/" }),
    );
    expect(notifications).toContainEqual(
      expect.objectContaining({
        queue: byName("PublishQueue").instance,
        events: both,
        filterPrefix: "content/articles/",
      }),
    );
  });

  it("never lets a function's own writes re-trigger extract (prefixes do not overlap)", () => {
    const notified = ["inbox/", "content/articles/"];
    const writes = ["content/articles/x.md", "content/sources/x.json", "quarantine/x.txt"];
    const lock = String((byName("Publish").args.environment as Args).TAQRIR_LOCK_KEY);
    for (const key of [...writes, lock]) expect(key.startsWith("inbox/"), key).toBe(false);
    expect(lock.startsWith("content/articles/")).toBe(false);
    expect(notified[0]?.startsWith(notified[1] ?? "")).toBe(false);
    expect(notified[1]?.startsWith(notified[0] ?? "")).toBe(false);
  });

  it("batches queue messages for ≥ 20 s into the publish function, with partial batch responses", () => {
    const [subscriber, args] = onlyCall("PublishQueue", "subscribe") as [unknown, Args];
    expect(subscriber).toBe("<Publish.arn>");
    const batch = args.batch as Args;
    expect(seconds(batch.window)).toBeGreaterThanOrEqual(20);
    expect(seconds(batch.window)).toBeLessThanOrEqual(300); // AWS's maximum batching window
    expect(batch.size).toBeGreaterThan(10);
    expect(batch.size).toBeLessThanOrEqual(10000);
    expect(batch.partialResponses).toBe(true);
  });

  it("caps publish concurrency at the event source mapping (2) without throttling reserved concurrency", () => {
    const [, args] = onlyCall("PublishQueue", "subscribe") as [unknown, Args];
    const mapping = (args.transform as Args).eventSourceMapping as Args;
    expect(mapping).toEqual({ scalingConfig: { maximumConcurrency: 2 } });
    // Reserved concurrency below the mapping's maximum would throttle it, and throttled
    // batches count towards the DLQ's receive limit. None, or at least 2, is coherent.
    const reserved = (byName("Publish").args.concurrency as Args | undefined)?.reserved;
    if (reserved !== undefined) expect(reserved).toBeGreaterThanOrEqual(2);
  });

  it("keeps messages invisible for ≥ 6 × the publish timeout and dead-letters them after 5 receives", () => {
    const queue = byName("PublishQueue").args;
    const timeout = seconds(byName("Publish").args.timeout);
    expect(seconds(queue.visibilityTimeout)).toBeGreaterThanOrEqual(6 * timeout);
    expect(seconds(queue.visibilityTimeout)).toBeLessThanOrEqual(12 * 3600); // SQS's maximum
    expect(queue.dlq).toEqual({ queue: "<PublishDlq.arn>", retry: 5 });
  });

  it("sends extract events that fail after 2 retries to their own DLQ, which it may write to", () => {
    const extract = byName("Extract").args;
    expect(extract.retries).toBe(2);
    expect((extract.transform as Args).eventInvokeConfig).toEqual({
      destinationConfig: { onFailure: { destination: "<ExtractDlq.arn>" } },
    });
    expect(grants("Extract")["<ExtractDlq.arn>"]).toEqual(["sqs:SendMessage"]);
    for (const dlq of ["ExtractDlq", "PublishDlq"]) {
      const queue = byName(dlq);
      expect(queue.component).toBe("Queue");
      // Longer than the source queue's 4-day default, so nothing expires in the DLQ first.
      expect(queue.args.transform).toEqual({ queue: { messageRetentionSeconds: 14 * 86400 } });
    }
  });

  it("runs publish on Node 24 with 3008 MB, 900 s and 10 GB of /tmp, and the agreed environment", () => {
    const publish = byName("Publish");
    expect(publish.component).toBe("Function");
    expect(publish.args.runtime).toBe("nodejs24.x");
    expect(megabytes(publish.args.memory)).toBeGreaterThanOrEqual(3008);
    expect(seconds(publish.args.timeout)).toBe(900);
    // Two sites and the incremental cache: ~260 KB an article at the peak (DEPLOY.md).
    expect(megabytes(publish.args.storage)).toBe(10240);
    expect(publish.args.environment).toEqual({
      TAQRIR_CONTENT_BUCKET: "<Inbox.name>",
      TAQRIR_CONTENT_PREFIX: "content/",
      TAQRIR_SITE_BUCKET: "<Site.name>",
      TAQRIR_DISTRIBUTION_ID: "<SiteRouter.distributionID>",
      TAQRIR_SITE_URL: "<SiteRouter.url>",
      TAQRIR_LOCK_KEY: "locks/publish.json",
      TAQRIR_LOCK_WAIT_MS: "300000",
      TAQRIR_WORK_DIR: "/tmp/taqrir",
      TAQRIR_RELEASES_PREFIX: "releases/",
      TAQRIR_RELEASES_KEEP: "5",
      TAQRIR_BUILD_TASK: "PublishTask",
    });
  });

  it("ships publish with site/ and functions/ as files and Astro's packages as real node_modules", () => {
    const publish = byName("Publish").args;
    const copyFiles = publish.copyFiles as Array<{ from: string; to?: string }>;
    expect(copyFiles.map((c) => c.from).sort()).toEqual(["functions", "site"]);
    for (const { from } of copyFiles) expect(existsSync(join(ROOT, from)), from).toBe(true);
    const install = (publish.nodejs as { install: string[] }).install;
    // Every package the shipped site imports by name must be installed: site/'s own modules
    // and, followed import by import, every module of functions/ they load (fonts are
    // imported by the site's CSS).
    const imported = new Set<string>();
    const visited = new Set<string>();
    const IMPORT =
      /^\s*(?:@?import\b[^"'\n]*?(?:from\s*)?|export\b[^"'\n]*?from\s*)["']([^"']+)["']/gm;
    const visit = (path: string) => {
      if (visited.has(path)) return;
      visited.add(path);
      for (const m of readFileSync(path, "utf8").matchAll(IMPORT)) {
        const spec = m[1] as string;
        // Type-only imports are erased: nothing to install or load for them.
        if (/^\s*(import|export)\s+type\b/.test(m[0])) continue;
        if (spec.startsWith(".")) {
          const target = join(dirname(path), spec);
          if (existsSync(target) && /\.(astro|ts|mjs|css)$/.test(target)) visit(target);
          continue;
        }
        if (/^(\/|node:|astro:)/.test(spec)) continue;
        const parts = spec.split("/");
        imported.add(spec.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] as string));
      }
    };
    const scan = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) scan(path);
        else if (/\.(astro|ts|mjs|css)$/.test(entry.name)) visit(path);
      }
    };
    scan(join(ROOT, "site"));
    // The walk reaches into functions/ (the schema, the article reader, consolidation).
    expect([...visited]).toContain(join(ROOT, "functions/core/facts.ts"));
    // The scan must see the site's real imports, or the check below proves nothing.
    expect([...imported]).toEqual(expect.arrayContaining(["astro", "@astrojs/rss", "zod"]));
    for (const name of imported) expect(install, `site imports ${name}`).toContain(name);
    expect(install).toContain("astro");
    // SST takes the versions from package.json `dependencies`.
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    for (const name of install) expect(pkg.dependencies[name], name).toBeDefined();
  });

  it("replaces SST's generated package.json in the publish package with the project's", async () => {
    const hook = byName("Publish").args.hook as PostbuildHook;
    const dir = await mkdtemp(join(tmpdir(), "taqrir-postbuild-"));
    try {
      await writeFile(join(dir, "package.json"), JSON.stringify({ dependencies: { astro: "*" } }));
      await hook.postbuild(dir);
      expect(await readFile(join(dir, "package.json"), "utf8")).toBe(
        readFileSync(join(ROOT, "package.json"), "utf8"),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("runs extract on Node 24, events side by side, and tells it where content and quarantine go", () => {
    const extract = byName("Extract").args;
    expect(extract.runtime).toBe("nodejs24.x");
    // No reserved concurrency: conditional writes keep parallel events apart
    // (tests/core/parallel-events.test.ts), and reserving fails on accounts with a quota of 10.
    expect(extract.concurrency).toBeUndefined();
    expect(extract.environment).toEqual({
      TAQRIR_CONTENT_BUCKET: "<Inbox.name>",
      TAQRIR_CONTENT_PREFIX: "content/",
      TAQRIR_QUARANTINE_PREFIX: "quarantine/",
      TAQRIR_EXTRACT_TIMEOUT_S: "60",
    });
    // The limit it is told is its own, so a stopped attempt is recognised on the retry.
    expect(extract.timeout).toBe(
      `${(extract.environment as Args).TAQRIR_EXTRACT_TIMEOUT_S} seconds`,
    );
  });

  it("reconciles hourly: lists the inbox, reads source pointers only, and may only invoke extract", () => {
    const cron = byName("Reconcile").args;
    expect(cron.schedule).toBe("rate(1 hour)");
    const fn = cron.function as Args;
    expect(existsSync(join(ROOT, `${String(fn.handler).replace(/\.handler$/, "")}.ts`))).toBe(true);
    expect(fn.runtime).toBe("nodejs24.x");
    expect(fn.environment).toEqual({
      TAQRIR_CONTENT_BUCKET: "<Inbox.name>",
      TAQRIR_CONTENT_PREFIX: "content/",
      TAQRIR_EXTRACT_FUNCTION: "<Extract.name>",
    });
    expect(fn.permissions).toEqual([
      { actions: ["s3:ListBucket"], resources: ["<Inbox.arn>"] },
      { actions: ["s3:GetObject"], resources: ["<Inbox.arn>/content/sources/*"] },
      { actions: ["lambda:InvokeFunction"], resources: ["<Extract.arn>"] },
    ]);
  });

  it("alarms on every dead-letter queue: any message, and a message over a day old, to the Alerts topic", () => {
    for (const queue of ["ExtractDlq", "PublishDlq"]) {
      const depth = byName(`${queue}Depth`);
      const age = byName(`${queue}Age`);
      expect(depth.component).toBe("MetricAlarm");
      expect(depth.args).toMatchObject({
        namespace: "AWS/SQS",
        metricName: "ApproximateNumberOfMessagesVisible",
        dimensions: { QueueName: `<${queue}.queueName>` },
        comparisonOperator: "GreaterThanOrEqualToThreshold",
        threshold: 1,
        alarmActions: ["<Alerts.arn>"],
      });
      expect(age.args).toMatchObject({
        metricName: "ApproximateAgeOfOldestMessage",
        dimensions: { QueueName: `<${queue}.queueName>` },
        threshold: 86_400,
        alarmActions: ["<Alerts.arn>"],
      });
    }
    expect(outputs.alertsTopic).toBe("<Alerts.arn>");
  });

  it("grants least privilege: no link but to the build task, no '*' resource, no wildcard action (ListBucket is bucket-level by nature)", () => {
    // Linking a bucket or a queue grants s3:* or sqs:* on all of it; linking the task grants
    // only running it (and passing its roles), which is what the publish function needs.
    expect(byName("Extract").args.link).toBeUndefined();
    expect(byName("Publish").args.link).toEqual([byName("PublishTask").instance]);
    for (const name of ["Extract", "Publish"]) {
      const fn = byName(name).args;
      expect(fn.policies, `${name} policies`).toBeUndefined();
      for (const p of permissionsOf(name)) {
        for (const resource of p.resources) expect(resource, name).not.toBe("*");
        for (const action of p.actions) expect(action, name).not.toMatch(/\*/);
      }
    }
    expect(grants("Extract")).toEqual({
      "<Inbox.arn>/inbox/*": ["s3:DeleteObject", "s3:GetObject"],
      "<Inbox.arn>/content/*": ["s3:DeleteObject", "s3:GetObject", "s3:PutObject"],
      "<Inbox.arn>/quarantine/*": ["s3:DeleteObject", "s3:PutObject"],
      "<Inbox.arn>": ["s3:ListBucket"],
      "<ExtractDlq.arn>": ["sqs:SendMessage"],
    });
    expect(grants("Publish")).toEqual({
      "<Inbox.arn>/content/*": ["s3:GetObject"],
      "<Inbox.arn>/locks/*": ["s3:DeleteObject", "s3:GetObject", "s3:PutObject"],
      "<Inbox.arn>/releases/*": ["s3:DeleteObject", "s3:GetObject", "s3:PutObject"],
      "<Inbox.arn>/stats/*": ["s3:GetObject", "s3:PutObject"],
      "<Inbox.arn>/build-cache/*": ["s3:DeleteObject", "s3:GetObject", "s3:PutObject"],
      "<Inbox.arn>": ["s3:ListBucket"],
      "<Site.arn>/*": ["s3:DeleteObject", "s3:GetObject", "s3:PutObject"],
      "<Site.arn>": ["s3:ListBucket"],
      "<SiteRouter.distributionArn>": ["cloudfront:CreateInvalidation"],
      "<PublishQueue.arn>": [
        "sqs:ChangeMessageVisibility",
        "sqs:DeleteMessage",
        "sqs:GetQueueAttributes",
        "sqs:ReceiveMessage",
      ],
    });
  });

  it("keeps both buckets private; only this distribution may read the site bucket", () => {
    for (const name of ["Inbox", "Site"]) {
      const bucket = byName(name);
      expect(bucket.component).toBe("Bucket");
      expect(bucket.args.access, name).toBeUndefined();
      expect(bucket.args.public, name).toBeUndefined();
    }
    expect(byName("Inbox").args.policy).toBeUndefined();
    expect(byName("Site").args.policy).toEqual([
      {
        actions: ["s3:GetObject"],
        principals: [{ type: "service", identifiers: ["cloudfront.amazonaws.com"] }],
        conditions: [
          {
            test: "StringEquals",
            variable: "AWS:SourceArn",
            values: ["<SiteRouter.distributionArn>"],
          },
        ],
        paths: ["*"],
      },
    ]);
  });

  it("serves the site bucket at / through the Router", () => {
    const router = byName("SiteRouter");
    expect(router.component).toBe("Router");
    const [pattern, bucket] = onlyCall("SiteRouter", "routeBucket");
    expect(pattern).toBe("/");
    expect(bucket).toBe(byName("Site").instance);
  });

  it("rewrites directory URLs to index.html at the edge (the injected CloudFront Function, run as JavaScript)", async () => {
    expect(await rewrite("/")).toBe("/index.html");
    expect(await rewrite("/ar/")).toBe("/ar/index.html");
    expect(await rewrite("/en/articles/abc/")).toBe("/en/articles/abc/index.html");
    expect(await rewrite("/ar/articles/abc")).toBe("/ar/articles/abc/index.html");
    expect(await rewrite("/ar")).toBe("/ar/index.html");
    expect(await rewrite("/_astro/x.css")).toBe("/_astro/x.css");
    expect(await rewrite("/ar/rss.xml")).toBe("/ar/rss.xml");
    expect(await rewrite("/_astro/noto.Dajb6q3W.woff2")).toBe("/_astro/noto.Dajb6q3W.woff2");
    expect(await rewrite("/404.html")).toBe("/404.html");
    // SST runs the Router's own routing after the injection: returning early would skip it.
    expect(edge("viewerRequest")).not.toMatch(/\breturn\b/);
  });

  it("adds the security headers to responses (the injected CloudFront Function, run as JavaScript)", async () => {
    const headers = await responseHeaders();
    expect(headers).toEqual({
      "content-type": "text/html",
      "content-security-policy":
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
        "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
      "strict-transport-security": "max-age=63072000; includeSubDomains",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    // No inline script is ever allowed: 'unsafe-inline' is for styles only.
    const scriptSrc = headers["content-security-policy"]
      ?.split("; ")
      .find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self'");
  });

  it("outputs the site URL, the alerts topic, the inbox bucket and the queue URLs", () => {
    expect(outputs).toEqual({
      siteUrl: "<SiteRouter.url>",
      alertsTopic: "<Alerts.arn>",
      inboxBucket: "<Inbox.name>",
      publishQueue: "<PublishQueue.url>",
      publishDlq: "<PublishDlq.url>",
      extractDlq: "<ExtractDlq.url>",
    });
  });

  it("names only handlers that exist and export the named function", async () => {
    const handlers = [
      ...recorded.filter((r) => r.component === "Function").map((r) => String(r.args.handler)),
      ...recorded
        .filter((r) => r.component === "Cron")
        .map((r) => String((r.args.function as Args).handler)),
    ];
    expect(handlers.sort()).toEqual([
      "functions/handlers/extract-lambda.handler",
      "functions/handlers/publish-lambda.handler",
      "functions/handlers/reconcile-lambda.handler",
    ]);
    for (const handler of handlers) {
      const dot = handler.lastIndexOf(".");
      const file = `${handler.slice(0, dot)}.ts`;
      expect(existsSync(join(ROOT, file)), file).toBe(true);
      const module = (await import(join(ROOT, file))) as Record<string, unknown>;
      expect(typeof module[handler.slice(dot + 1)], handler).toBe("function");
    }
  });

  it("runs publishes too big for the function as a Fargate task with the same code, environment and S3 grants", () => {
    const task = byName("PublishTask");
    expect(task.component).toBe("Task");
    const args = task.args;
    expect(args.cluster).toBe(byName("BuildCluster").instance);
    expect(byName("BuildCluster").args.vpc).toBe(byName("BuildVpc").instance);
    // The image runs functions/handlers/publish-task.ts, built from a Dockerfile in the repo.
    const image = args.image as { context: string; dockerfile: string };
    const dockerfile = readFileSync(join(ROOT, image.context, image.dockerfile), "utf8");
    expect(dockerfile).toMatch(/CMD \["node", "functions\/handlers\/publish-task\.ts"\]/);
    // The function's environment, bar the task's own name; the function's grants, bar SQS.
    const fnEnv = byName("Publish").args.environment as Args;
    expect(fnEnv.TAQRIR_BUILD_TASK).toBe("PublishTask");
    const { TAQRIR_BUILD_TASK: _, ...shared } = fnEnv;
    expect(args.environment).toEqual(shared);
    const fnGrants = (byName("Publish").args.permissions as Permission[]).filter(
      (p) => !p.actions.some((a) => a.startsWith("sqs:")),
    );
    expect(args.permissions).toEqual(fnGrants);
    expect(String(args.storage)).toMatch(/GB$/);
  });
});
