/**
 * A writable copy of the Astro project for places where the code itself is read-only
 * (a Lambda's /var/task): Astro writes into its project (generated types, prerender
 * chunks), so the publish function builds from a copy under /tmp.
 *
 * Only site/ is copied (about a hundred small files). functions/ (which the site imports
 * for the shared schema), node_modules/ and package.json are symlinks: they are only read,
 * and Node resolves packages from the copy through the node_modules link.
 */
import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

const LINKED = ["functions", "node_modules", "package.json"] as const;
const MARKER = ".taqrir-project.json";

/**
 * Prepares `targetDir` as a buildable project from `sourceDir` and returns it. A warm
 * Lambda finds the copy from its previous invocation and reuses it.
 */
export async function prepareProject(sourceDir: string, targetDir: string): Promise<string> {
  const marker = join(targetDir, MARKER);
  const stamp = JSON.stringify({ source: sourceDir });
  const existing = await readFile(marker, "utf8").catch(() => null);
  if (existing === stamp) return targetDir;

  await rm(targetDir, { recursive: true, force: true });
  await mkdir(targetDir, { recursive: true });
  await cp(join(sourceDir, "site"), join(targetDir, "site"), {
    recursive: true,
    filter: (path) => !/[/\\](node_modules|\.astro)([/\\]|$)/.test(path),
  });
  for (const name of LINKED) await symlink(join(sourceDir, name), join(targetDir, name));
  await writeFile(marker, stamp);
  return targetDir;
}
