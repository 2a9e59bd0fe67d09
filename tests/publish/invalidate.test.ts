import { CloudFrontClient, type CreateInvalidationCommand } from "@aws-sdk/client-cloudfront";
import { describe, expect, it, vi } from "vitest";
import {
  INVALIDATE_ALL,
  invalidateCdn,
  invalidationPaths,
} from "../../functions/publish/invalidate.ts";

describe("invalidationPaths", () => {
  it("gives nothing for nothing", () => {
    expect(invalidationPaths([])).toEqual([]);
  });

  it("covers a directory page with and without the slash and as the file", () => {
    expect(invalidationPaths(["ar/articles/0123456789abcdef/index.html"])).toEqual([
      "/ar/articles/0123456789abcdef",
      "/ar/articles/0123456789abcdef/",
      "/ar/articles/0123456789abcdef/index.html",
    ]);
    expect(invalidationPaths(["ar/index.html"])).toEqual(["/ar", "/ar/", "/ar/index.html"]);
  });

  it("covers the root page as / and /index.html", () => {
    expect(invalidationPaths(["index.html"])).toEqual(["/", "/index.html"]);
  });

  it("gives other files their own path", () => {
    expect(invalidationPaths(["ar/rss.xml", "404.html", "favicon.svg"])).toEqual([
      "/404.html",
      "/ar/rss.xml",
      "/favicon.svg",
    ]);
    // Only a whole "index.html" segment is a directory page.
    expect(invalidationPaths(["ar/notindex.html"])).toEqual(["/ar/notindex.html"]);
  });

  it("URL-encodes each segment, leaving the slashes", () => {
    expect(invalidationPaths(["ar/مقالات/خبر.html"])).toEqual([
      "/ar/%D9%85%D9%82%D8%A7%D9%84%D8%A7%D8%AA/%D8%AE%D8%A8%D8%B1.html",
    ]);
    expect(invalidationPaths(["a b/c+d?.txt", "x#y/index.html"])).toEqual([
      "/a%20b/c%2Bd%3F.txt",
      "/x%23y",
      "/x%23y/",
      "/x%23y/index.html",
    ]);
  });

  it("dedupes and sorts", () => {
    expect(invalidationPaths(["en/rss.xml", "ar/rss.xml", "en/rss.xml", "index.html"])).toEqual([
      "/",
      "/ar/rss.xml",
      "/en/rss.xml",
      "/index.html",
    ]);
  });

  it("collapses into the wildcard only beyond maxPaths distinct paths", () => {
    const feeds = Array.from({ length: 20 }, (_, i) => `f${String(i).padStart(2, "0")}.xml`);
    expect(invalidationPaths(feeds)).toHaveLength(20);
    expect(invalidationPaths([...feeds, feeds[0] ?? ""])).toHaveLength(20);
    expect(invalidationPaths([...feeds, "one-more.xml"])).toEqual([INVALIDATE_ALL]);
    expect(INVALIDATE_ALL).toBe("/*");
    // A directory page counts as the three paths it yields.
    expect(invalidationPaths(["ar/index.html"], 3)).toHaveLength(3);
    expect(invalidationPaths(["ar/index.html"], 2)).toEqual(["/*"]);
    expect(invalidationPaths(["a.xml", "b.xml"], 1)).toEqual(["/*"]);
  });

  it("refuses a maxPaths that is not a positive integer", () => {
    expect(() => invalidationPaths(["a.xml"], 0)).toThrow(RangeError);
    expect(() => invalidationPaths(["a.xml"], 1.5)).toThrow(RangeError);
  });
});

/** A real CloudFrontClient whose `send` records commands instead of calling AWS. */
function recordingClient(answer: () => Promise<unknown>) {
  const client = new CloudFrontClient({
    region: "us-east-1",
    credentials: { accessKeyId: "x", secretAccessKey: "x" },
  });
  const sent: CreateInvalidationCommand[] = [];
  vi.spyOn(client, "send").mockImplementation(((command: CreateInvalidationCommand) => {
    sent.push(command);
    return answer();
  }) as unknown as typeof client.send);
  return { client, sent };
}

describe("invalidateCdn (CloudFront client stubbed: AWS-only service)", () => {
  it("creates one invalidation with the paths and returns its id", async () => {
    const { client, sent } = recordingClient(async () => ({
      Invalidation: { Id: "I2J0I21PCUYOIK", Status: "InProgress" },
    }));
    const id = await invalidateCdn({
      client,
      distributionId: "E1ABCDEF",
      paths: ["/", "/ar/rss.xml"],
      callerReference: "publish-2026-01-01T00:00:00Z",
    });
    expect(id).toBe("I2J0I21PCUYOIK");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.constructor.name).toBe("CreateInvalidationCommand");
    expect(sent[0]?.input).toEqual({
      DistributionId: "E1ABCDEF",
      InvalidationBatch: {
        CallerReference: "publish-2026-01-01T00:00:00Z",
        Paths: { Quantity: 2, Items: ["/", "/ar/rss.xml"] },
      },
    });
  });

  it("sends nothing and returns null for no paths", async () => {
    const { client, sent } = recordingClient(async () => ({}));
    const id = await invalidateCdn({
      client,
      distributionId: "E1ABCDEF",
      paths: [],
      callerReference: "r",
    });
    expect(id).toBeNull();
    expect(sent).toEqual([]);
  });

  it("passes CloudFront's errors on and refuses an answer without an id", async () => {
    const failing = recordingClient(async () => {
      throw Object.assign(new Error("Your request contains too many invalidations."), {
        name: "TooManyInvalidationsInProgress",
      });
    });
    await expect(
      invalidateCdn({
        client: failing.client,
        distributionId: "E1",
        paths: ["/*"],
        callerReference: "r",
      }),
    ).rejects.toThrow("too many invalidations");
    const empty = recordingClient(async () => ({}));
    await expect(
      invalidateCdn({
        client: empty.client,
        distributionId: "E1",
        paths: ["/*"],
        callerReference: "r",
      }),
    ).rejects.toThrow("no invalidation id for distribution E1");
  });
});
