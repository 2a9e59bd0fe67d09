import { mkdir, readdir, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startStaticServer } from "../../functions/local/static-server.ts";
import { tempDir } from "../helpers/temp-dir.ts";

let server: RunningServer;
let cleanup: () => Promise<void>;
let root: string;

function rawGet(path: string): Promise<{ status: number; text: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        text += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    })
      .on("error", reject)
      .end();
  });
}

beforeAll(async () => {
  const dir = await tempDir("static");
  cleanup = dir.cleanup;
  // The served root is a child folder, so "../secret-outside.txt" exists just outside it.
  await writeFile(join(dir.path, "secret-outside.txt"), "secret");
  root = join(dir.path, "site");
  await mkdir(join(root, "ar", "مقال"), { recursive: true });
  await writeFile(join(root, "ar", "index.html"), "<html lang=ar>home</html>");
  await writeFile(join(root, "ar", "مقال", "index.html"), "article");
  await writeFile(join(root, "ar", "rss.xml"), "<rss/>");
  await writeFile(join(root, "404.html"), "custom 404");
  server = await startStaticServer({ root, port: 0 });
});
afterAll(async () => {
  await server.close();
  await cleanup();
});

describe("static server (loopback)", () => {
  it("serves directory URLs from index.html with an HTML content type", async () => {
    const res = await fetch(`${server.url}/ar/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toContain("home");
  });

  it("redirects a directory without its slash, and serves Arabic paths", async () => {
    const res = await fetch(`${server.url}/ar`, { redirect: "manual" });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/ar/");
    const article = await fetch(`${server.url}/ar/${encodeURIComponent("مقال")}/`);
    expect(await article.text()).toBe("article");
  });

  it("serves feeds as XML", async () => {
    const res = await fetch(`${server.url}/ar/rss.xml`);
    expect(res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
  });

  it("answers unknown paths with the site's 404 page", async () => {
    const res = await fetch(`${server.url}/nope/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("custom 404");
  });

  it("never serves a file outside its folder", async () => {
    // Raw request paths: fetch would normalise "..", hiding what the server does with it.
    const paths = [
      "/../secret-outside.txt",
      "/%2e%2e/secret-outside.txt",
      "/ar/..%2f..%2fsecret-outside.txt",
    ];
    for (const path of paths) {
      const body = await rawGet(path);
      expect(body.status, path).toBe(404);
      expect(body.text, path).not.toBe("secret");
    }
  });

  it("refuses methods other than GET and HEAD", async () => {
    expect((await fetch(`${server.url}/ar/`, { method: "POST" })).status).toBe(405);
  });

  it("closes each file it opened, even for readers that leave before the end", async () => {
    // A large page, so the response is still being written when the reader goes away.
    await writeFile(join(root, "ar", "big.html"), "x".repeat(4 * 1024 * 1024));
    const openFiles = async () => (await readdir("/proc/self/fd")).length;
    const before = await openFiles();
    for (let i = 0; i < 40; i++) {
      const controller = new AbortController();
      const response = await fetch(`${server.url}/ar/big.html`, { signal: controller.signal });
      expect(response.status).toBe(200);
      controller.abort();
      await response.body?.cancel().catch(() => {});
    }
    // Let the server see the closed sockets.
    await new Promise((r) => setTimeout(r, 300));
    expect((await openFiles()) - before).toBeLessThan(10);
  });
});
