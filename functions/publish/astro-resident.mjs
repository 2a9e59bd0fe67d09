// @ts-check
/**
 * An Astro build that stays: run as the Astro child of buildSite({ keep: true }) (see
 * site-renderer.ts) in place of `astro build`. It builds the site once, exactly as the CLI
 * would, then keeps the compiled site in memory and, for each "update" message, publishes
 * only what changed since into the served folder:
 *
 *   1. start a new round (site/src/lib/round.ts), so the site reads the content again and
 *      computes every page's cache key (site/src/lib/page-keys.ts) over it;
 *   2. render the pages whose key is new or changed, and the pages that carry no key (the
 *      ones that summarise everything: written only if their bytes changed);
 *   3. write them, each by a rename so a reader never sees half a page: new pages first, then
 *      changed ones, then remove the pages that are gone, so no link points nowhere.
 *
 * This works because the site reads its articles from the content folder (not from Astro's
 * content store, which would be bundled into the code): the same code renders any later
 * state of the content. Rendering goes through Astro's own prerenderer (the one the build
 * used, captured through the `setPrerenderer` integration hook), so a page is the same
 * bytes as a build would write; the site tests compare the two.
 *
 * Messages in: { type: "update", id, outDir }. Out: { type: "built", residentError? } once,
 * then { type: "updated", id, written, removed, rendered, pages } or { type: "failed", id,
 * message } per update. A failed build exits with Astro's error on stderr, as the CLI does.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { build } from "astro";
// The site's own round counter: it lives on globalThis, so the compiled site sees the bump.
import { nextRound } from "../../site/src/lib/round.ts";

/** @typedef {{ pathname: string, route: any, cacheKey?: string }} StaticPath */

/** @type {any} the prerenderer the build used, kept for the updates */
let prerenderer;
/** @type {StaticPath[]} the paths of the last build or update */
let lastPaths = [];

/** @type {import("astro").AstroIntegration} */
const keepPrerenderer = {
  name: "taqrir-resident",
  hooks: {
    "astro:build:start": ({ setPrerenderer }) => {
      setPrerenderer((defaultPrerenderer) => {
        prerenderer = defaultPrerenderer;
        return {
          name: "taqrir-resident",
          setup: () => defaultPrerenderer.setup?.(),
          getStaticPaths: async () => {
            lastPaths = await defaultPrerenderer.getStaticPaths();
            return lastPaths;
          },
          render: (request, options) => defaultPrerenderer.render(request, options),
          teardown: () => defaultPrerenderer.teardown?.(),
        };
      });
    },
  },
};

/**
 * Where the build writes a path, relative to the output folder: Astro's rule for
 * `build.format: "directory"` (core/build/common.js), which the first build checks.
 *
 * @param {StaticPath} path
 */
function fileOf({ pathname, route }) {
  const bare = pathname.replace(/^\/+/, "");
  if (route.type === "endpoint") return bare;
  if (pathname === "/404" || pathname === "/500") return `${bare}.html`;
  return join(bare, "index.html");
}

/** The URL a path is requested at while prerendering (Astro's getUrlForPath for directories). */
const origin = new URL(process.env.TAQRIR_SITE_URL || "http://localhost:4321").origin;
/** @param {StaticPath} path */
function urlOf({ pathname, route }) {
  if (route.type === "endpoint" || pathname === "/") return new URL(pathname, origin);
  return new URL(`${pathname.replace(/\/+$/, "")}/`, origin);
}

/**
 * Paths by file, the first of two paths to the same file winning, as in Astro's build.
 *
 * @param {StaticPath[]} paths
 * @returns {Map<string, StaticPath>}
 */
function byFile(paths) {
  const out = new Map();
  for (const path of paths) {
    const file = fileOf(path);
    if (!out.has(file)) out.set(file, path);
  }
  return out;
}

/** @type {Map<string, StaticPath>} what the served folder holds, by file */
let served = new Map();

/** Renders one path to its bytes. @param {StaticPath} path */
async function renderPath(path) {
  const result = await prerenderer.render(new Request(urlOf(path), { headers: new Headers() }), {
    routeData: path.route,
  });
  const response = result instanceof Response ? result : result.response;
  // As the build does: any status's body is the page (the 404 page answers 404), but a
  // redirect or an empty body is written differently, so that is left to a build.
  if ((response.status >= 300 && response.status < 400) || response.body === null) {
    throw new Error(`${path.pathname} answered ${response.status}: only a build can write that`);
  }
  return Buffer.from(await response.arrayBuffer());
}

/** Writes a file by a rename, so a reader sees the old bytes or the new ones. */
async function put(/** @type {string} */ target, /** @type {Buffer} */ bytes) {
  await mkdir(dirname(target), { recursive: true });
  const next = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(next, bytes);
  await rename(next, target);
}

/** Removes a file, then its folders while they are empty (never the output folder). */
async function remove(/** @type {string} */ outDir, /** @type {string} */ file) {
  await rm(join(outDir, file), { force: true });
  for (let dir = dirname(join(outDir, file)); dir.startsWith(`${outDir}/`); dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      break;
    }
  }
}

/** One update of the served folder to the content as it is now. @param {string} outDir */
async function update(outDir) {
  nextRound();
  prerenderer.app.routeCache.clearAll();
  const next = byFile(await prerenderer.getStaticPaths());
  // Render everything before writing anything: a page that fails leaves the site as it was.
  // New pages first in the list, so they are written before the pages that link to them.
  const isNew = (/** @type {string} */ file) => !served.has(file);
  /** @type {[string, Buffer][]} */
  const writes = [];
  for (const [file, path] of [...next].sort(([a], [b]) => Number(isNew(b)) - Number(isNew(a)))) {
    const before = served.get(file);
    if (before && path.cacheKey !== undefined && path.cacheKey === before.cacheKey) continue;
    const bytes = await renderPath(path);
    // A page without a key is written only when its bytes changed.
    const same =
      before &&
      path.cacheKey === undefined &&
      (await readFile(join(outDir, file)).catch(() => null))?.equals(bytes);
    if (!same) writes.push([file, bytes]);
  }
  for (const [file, bytes] of writes) await put(join(outDir, file), bytes);
  const gone = [...served.keys()].filter((file) => !next.has(file));
  for (const file of gone) await remove(outDir, file);
  served = next;
  const pages = [...next.keys()].filter((file) => file.endsWith(".html")).length;
  return { written: writes.map(([file]) => file), removed: gone, pages };
}

async function main() {
  const configFile = process.argv[2];
  if (!configFile) throw new Error("usage: astro-resident.mjs <config file, relative to cwd>");
  await build({ root: process.cwd(), configFile, integrations: [keepPrerenderer] });
  const builtInto = process.env.TAQRIR_DIST_DIR ?? "";
  served = byFile(lastPaths);
  const missing = [...served.keys()].filter((file) => !existsSync(join(builtInto, file)));
  const residentError = !prerenderer?.app
    ? "Astro did not use the prerenderer it was given"
    : missing.length > 0
      ? `pages are not where this renderer expects them (${missing.slice(0, 3).join(", ")})`
      : undefined;
  send({ type: "built", residentError });
  if (residentError) process.exit(0);
  process.on("message", (/** @type {any} */ message) => {
    if (message?.type !== "update") return;
    queue = queue.then(() =>
      update(message.outDir).then(
        (result) => send({ type: "updated", id: message.id, ...result }),
        (error) => send({ type: "failed", id: message.id, message: describe(error) }),
      ),
    );
  });
  process.on("disconnect", () => process.exit(0));
}

/** @type {Promise<unknown>} updates one at a time */
let queue = Promise.resolve();

/** @param {unknown} message */
function send(message) {
  process.send?.(message);
}

/** @param {unknown} error */
function describe(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
