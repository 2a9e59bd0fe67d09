/**
 * sst.config.ts evaluated against a recording stand-in for SST's globals
 * (`$config`, `sst.aws.*`): SST itself cannot run here (it downloads Pulumi),
 * so this asserts the wiring it would deploy — names, events, prefixes, links,
 * runtime — and that every handler it names exists and exports its function.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface Recorded {
  component: string;
  name: string;
  args: Record<string, unknown>;
  calls: Array<{ method: string; args: Record<string, unknown> }>;
}

const recorded: Recorded[] = [];

/** A component that records its construction and method calls, and exposes output-like names. */
function recordingComponent(component: string) {
  return class {
    readonly name: string;
    readonly arn: string;
    readonly record: Recorded;
    constructor(name: string, args: Record<string, unknown> = {}) {
      this.record = { component, name, args, calls: [] };
      recorded.push(this.record);
      this.name = `<${name}.name>`;
      this.arn = `<${name}.arn>`;
    }
    notify(args: Record<string, unknown>) {
      this.record.calls.push({ method: "notify", args });
    }
  };
}

let config: {
  app: (input: { stage: string }) => Record<string, unknown>;
  run: () => Promise<Record<string, unknown>>;
};
let outputs: Record<string, unknown>;

beforeAll(async () => {
  const g = globalThis as Record<string, unknown>;
  g.$config = (c: unknown) => c;
  g.sst = {
    aws: { Bucket: recordingComponent("Bucket"), Function: recordingComponent("Function") },
  };
  // Imported by URL so tsc does not type-check it here: its types come from `sst install`.
  const configUrl = new URL("../../sst.config.ts", import.meta.url).href;
  config = ((await import(configUrl)) as { default: typeof config }).default;
  outputs = await config.run();
});

const byName = (name: string) => {
  const found = recorded.find((r) => r.name === name);
  if (!found) throw new Error(`sst.config.ts creates no component named ${name}`);
  return found;
};

describe("sst.config.ts (recording stand-in for SST; AWS itself is not reachable here)", () => {
  it("names the app, keeps production data on removal", () => {
    expect(config.app({ stage: "prod" })).toMatchObject({
      name: "taqrir",
      home: "aws",
      removal: "retain",
    });
    expect(config.app({ stage: "dev" })).toMatchObject({ removal: "remove" });
  });

  it("notifies the extract function of created and removed objects under inbox/ only", () => {
    const inbox = byName("Inbox");
    expect(inbox.component).toBe("Bucket");
    const notify = inbox.calls.find((c) => c.method === "notify");
    const notifications = (notify?.args.notifications ?? []) as Array<Record<string, unknown>>;
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      function: "<Extract.arn>",
      events: ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"],
      filterPrefix: "inbox/",
    });
  });

  it("runs the extract function on Node 24, linked to the bucket, writing under content/", () => {
    const extract = byName("Extract");
    expect(extract.args).toMatchObject({
      runtime: "nodejs24.x",
      environment: { TAQRIR_CONTENT_BUCKET: "<Inbox.name>", TAQRIR_CONTENT_PREFIX: "content/" },
    });
    expect(extract.args.link).toHaveLength(1);
    // Content is written outside the notified prefix, so writes never re-trigger the function.
    expect("content/".startsWith("inbox/")).toBe(false);
  });

  it("names only handlers that exist and export the named function", async () => {
    const handlers = recorded
      .filter((r) => r.component === "Function")
      .map((r) => String(r.args.handler));
    expect(handlers.length).toBeGreaterThan(0);
    for (const handler of handlers) {
      const dot = handler.lastIndexOf(".");
      const file = `${handler.slice(0, dot)}.ts`;
      expect(existsSync(`${ROOT}${file}`), file).toBe(true);
      const module = (await import(`${ROOT}${file}`)) as Record<string, unknown>;
      expect(typeof module[handler.slice(dot + 1)], handler).toBe("function");
    }
  });

  it("outputs the inbox bucket name", () => {
    expect(outputs).toEqual({ inboxBucket: "<Inbox.name>" });
  });
});
