// @ts-check
/**
 * Search: after Astro has written the site, Pagefind indexes it into <dist>/pagefind/ (one
 * index per `<html lang>`). It indexes the pages whose <main> says data-pagefind-body
 * (site/src/layouts/Base.astro): each edition's pages but its lists, so a search finds the
 * article or incident itself rather than every listing it passed through. Pagefind's Arabic
 * stemmer already finds «الأسد» for «اسد», «بالأسد» or «أسد» on the Arabic edition; the
 * English edition is stemmed as English, so each English page carries, hidden and for the
 * index only, its Arabic words normalised (search-term.mjs), and the search page normalises
 * Arabic query words the same way.
 */

import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Pagefind's own program, from the platform package the `pagefind` package installs (the
 * one its Node API drives too); PAGEFIND_BINARY_PATH overrides it, as it does for Pagefind.
 */
function pagefindBinary() {
  if (process.env.PAGEFIND_BINARY_PATH) return process.env.PAGEFIND_BINARY_PATH;
  const require = createRequire(import.meta.url);
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const exe = platform === "windows" ? ".exe" : "";
  for (const name of ["pagefind_extended", "pagefind"]) {
    try {
      return require.resolve(`@pagefind/${platform}-${process.arch}/bin/${name}${exe}`);
    } catch {
      // try the next
    }
  }
  throw new Error(
    `no Pagefind program for ${platform}-${process.arch}: is the pagefind package installed?`,
  );
}

/**
 * Runs Pagefind, resolving to what it printed.
 *
 * @param {string[]} args
 * @returns {Promise<string>}
 */
function runPagefind(args) {
  return new Promise((resolve, reject) => {
    execFile(pagefindBinary(), args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`Pagefind failed: ${error.message}\n${stderr}`));
      else resolve(`${stdout}${stderr}`);
    });
  });
}

/**
 * Indexes a built site folder into `<root>/<outputName>/`, resolving to how many pages it
 * indexed. Pagefind's own program walks the folder and writes the index: several times
 * faster than its Node API fed one page at a time (which also ships every output file back
 * through a pipe), and its output does not depend on the order it read the pages in, so one
 * site always gives one index.
 *
 * @param {string} root
 * @param {{ outputName?: string }} [options]
 */
export async function indexSite(root, options = {}) {
  const output = await runPagefind([
    "--site",
    root,
    "--output-path",
    join(root, options.outputName ?? "pagefind"),
  ]);
  const indexed = /Indexed (\d+) pages?/.exec(output);
  if (!indexed) throw new Error(`Pagefind did not say what it indexed:\n${output}`);
  return Number(indexed[1]);
}

/**
 * The index as part of the build (the default), or not at all when TAQRIR_SEARCH=later:
 * then the caller indexes the site after putting it in place (functions/publish/build-site).
 *
 * @returns {import("astro").AstroIntegration}
 */
export function searchIndex() {
  return {
    name: "taqrir-search",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        if (process.env.TAQRIR_SEARCH === "later") return;
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`search index: ${pages} pages`);
      },
    },
  };
}
