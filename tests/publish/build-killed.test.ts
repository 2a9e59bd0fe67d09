/**
 * A site build killed mid-way (kill -9 of its Astro process) loses nothing: the served
 * folder keeps the previous site whole, no half-built folder is left beside it, and the
 * next build completes with everything, including what arrived meanwhile, rendering every
 * page rather than trusting an incremental cache the killed build may have half-written.
 */
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../functions/publish/build-site.ts";
import { extractSamples } from "../helpers/samples.ts";
import { articlePages } from "../helpers/site-pages.ts";
import { tempDir } from "../helpers/temp-dir.ts";

let dir: { path: string; cleanup: () => Promise<void> };
let ids: string[];
beforeAll(async () => {
  dir = await tempDir("killed");
  ids = await extractSamples(join(dir.path, "inbox"), join(dir.path, "all"));
}, 120_000);
afterAll(() => dir?.cleanup());

/** Our own Astro child: a child of this process whose environment names `outDirPart`. */
function astroChildOf(outDirPart: string): number | null {
  const out = execFileSync("ps", ["-o", "pid=", "--ppid", String(process.pid)], {
    encoding: "utf8",
  });
  for (const pid of out.split(/\s+/).filter(Boolean).map(Number)) {
    try {
      const environ = execFileSync("cat", [`/proc/${pid}/environ`], { encoding: "utf8" });
      if (environ.includes(outDirPart)) return pid;
    } catch {
      // gone already
    }
  }
  return null;
}

describe("a site build killed mid-way", () => {
  it("leaves the previous site whole, and the next build completes with everything", async () => {
    const content = join(dir.path, "content");
    await mkdir(join(content, "articles"), { recursive: true });
    const add = (id: string) =>
      copyFile(
        join(dir.path, "all", "articles", `${id}.md`),
        join(content, "articles", `${id}.md`),
      );
    for (const id of ids.slice(0, 3)) await add(id);
    const dist = join(dir.path, "site", "dist");
    await buildSite({ contentDir: content, outDir: dist });
    const before = await articlePages(dist);
    const home = await readFile(join(dist, "ar", "index.html"), "utf8");
    expect(before).toHaveLength(3);

    for (const id of ids.slice(3)) await add(id);
    let killed = false;
    const attempt = buildSite({
      contentDir: content,
      outDir: dist,
      onLog: () => {
        if (killed) return;
        // The building folder's name is in the child's environment (TAQRIR_DIST_DIR).
        const pid = astroChildOf(join(dirname(dist), ".dist.building-"));
        if (pid) {
          killed = true;
          process.kill(pid, "SIGKILL");
        }
      },
    });
    await expect(attempt).rejects.toThrow(/killed by SIGKILL/);
    expect(killed).toBe(true);
    expect(await articlePages(dist)).toEqual(before);
    expect(await readFile(join(dist, "ar", "index.html"), "utf8")).toBe(home);
    // Beside the site, only its incremental-build cache: no half-built folder.
    expect((await readdir(dirname(dist))).sort()).toEqual([".dist.cache", "dist"]);

    // The killed build may have left page copies its manifest does not describe: the next
    // build renders every page rather than trust them.
    const next = await buildSite({ contentDir: content, outDir: dist });
    expect(next.cache).toBe("fresh");
    expect(await articlePages(dist)).toEqual([...ids].sort());
    expect((await buildSite({ contentDir: content, outDir: dist })).cache).toBe("reused");
  }, 180_000);
});
