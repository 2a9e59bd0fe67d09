/**
 * A small static file server for `dist/`: directory URLs serve index.html,
 * unknown paths the site's 404 page. It reads the folder on every request, so
 * a rebuilt site shows at once, and refuses any path that would leave the folder.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize, sep } from "node:path";
import { pipeline } from "node:stream";
// The same types the site bucket gets, so the preview behaves like CloudFront.
import { contentTypeOf } from "../publish/site-files.ts";

export interface StaticServerOptions {
  readonly root: string;
  readonly port: number;
  readonly host?: string;
}

export interface RunningServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const server = createServer((req, res) => {
    serve(options.root, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("internal error");
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host === "127.0.0.1" || host === "::1" ? "localhost" : host;
  return {
    url: `http://${shownHost}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serve(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    res.writeHead(400).end("bad request");
    return;
  }
  const file = await resolveFile(root, pathname);
  if (file === "redirect") {
    res.writeHead(301, { location: `${encodeURI(pathname)}/` }).end();
    return;
  }
  const found = file ?? (await resolveFile(root, "/404.html"));
  if (!found || found === "redirect") {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    return;
  }
  res.writeHead(file ? 200 : 404, {
    "content-type": contentTypeOf(found),
    // A local preview: always revalidate so a rebuilt page shows on reload.
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  // pipeline, not pipe: a reader that goes away mid-response closes the file too (with
  // pipe, every aborted request kept a file descriptor open).
  pipeline(createReadStream(found), res, () => {});
}

/** The file for a URL path; "redirect" for a directory asked without its trailing slash. */
async function resolveFile(
  root: string,
  pathname: string,
): Promise<string | "redirect" | undefined> {
  if (pathname.includes("\0")) return undefined;
  const path = normalize(join(root, pathname));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    if (!pathname.endsWith("/")) return "redirect";
    const index = join(path, "index.html");
    return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
  }
  return undefined;
}
