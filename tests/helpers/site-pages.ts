import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** The ids of the articles a built site has pages for (their folders, not the lists' page/). */
export const articlePages = async (dist: string): Promise<string[]> =>
  (await readdir(join(dist, "ar", "articles"), { withFileTypes: true }))
    .filter((e) => e.isDirectory() && /^[0-9a-f]{16}$/.test(e.name))
    .map((e) => e.name)
    .sort();
