// @ts-check
/**
 * Loaded into the Astro build's process (`node --import`) when it keeps an incremental cache.
 *
 * Astro restores each unchanged page by copying it from its cache (`<cacheDir>/dist/…`) into
 * the new site: at 10,000 articles that is 24,000 copies, about 19 s of a 35 s build on this
 * project's disks. A hard link gives the same file for a directory entry's cost. Links are
 * safe only if no linked file is ever changed in place, so the cache's own writes (a page
 * rendered again) go to a new file renamed over the old one: the served site, which may link
 * the old copy, keeps its bytes. Anything that cannot be linked (another file system) is
 * copied, as Astro would.
 */
import fs from "node:fs";
import { sep } from "node:path";
import { fileURLToPath } from "node:url";

const cacheDir = process.env.TAQRIR_CACHE_DIR;
if (cacheDir) {
  const cachePages = `${cacheDir.replace(/[\\/]+$/, "")}${sep}dist${sep}`;
  /** @param {unknown} p */
  const pathOf = (p) => (p instanceof URL ? fileURLToPath(p) : typeof p === "string" ? p : "");
  /** @param {unknown} p */
  const inCache = (p) => pathOf(p).startsWith(cachePages);
  const { copyFile, writeFile } = fs.promises;
  let tmp = 0;

  fs.promises.copyFile = async (src, dest, mode) => {
    if (!inCache(src)) return copyFile(src, dest, mode);
    try {
      await fs.promises.link(pathOf(src), pathOf(dest));
    } catch {
      await copyFile(src, dest, mode);
    }
  };

  fs.promises.writeFile = async (file, data, options) => {
    if (!inCache(file)) return writeFile(file, data, options);
    const target = pathOf(file);
    const next = `${target}.${process.pid}-${tmp++}.tmp`;
    await writeFile(next, data, options);
    await fs.promises.rename(next, target);
  };
}
