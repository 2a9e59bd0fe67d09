// @ts-check
/**
 * Search: after Astro has written the site, Pagefind indexes every page of both editions into
 * <dist>/pagefind/ (one index per `<html lang>`). Pagefind's Arabic stemmer already finds
 * «الأسد» for «اسد», «بالأسد» or «أسد» on the Arabic edition; the English edition is stemmed as
 * English, so each English page is given to Pagefind with a normalised copy of its Arabic
 * words (hamza and alef forms, ى/ي, ة/ه, no ال or attached و/ف/ب/ل/ك), and the search page
 * normalises Arabic query words the same way (searchTerm.mjs). The copy is for the index
 * only: the page served is unchanged.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { normalizeSearchText } from "./search-term.mjs";

/** Arabic runs in the text between tags (attribute values and scripts are not text). */
const TEXT = />([^<]+)</g;
const ARABIC = /[\u0600-\u06ff]/;

/** @param {string} html */
function withArabicCopy(html) {
  const words = [];
  for (const m of html.matchAll(TEXT)) {
    const text = m[1] ?? "";
    if (ARABIC.test(text)) words.push(normalizeSearchText(text));
  }
  if (words.length === 0) return html;
  const copy = `<div>${words.join(" ").replace(/[<>&]/g, " ")}</div>`;
  return html.includes("</main>") ? html.replace("</main>", `${copy}</main>`) : html;
}

/** @returns {import("astro").AstroIntegration} */
export function searchIndex() {
  return {
    name: "taqrir-search",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index } = await pagefind.createIndex({});
        if (!index) throw new Error("Pagefind could not create an index");
        let pages = 0;
        for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
          const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join("/");
          // Only the editions' pages: not the root redirect or the 404 page.
          if (!/^(ar|en)\//.test(path)) continue;
          const html = await readFile(join(root, path), "utf8");
          const content = path.startsWith("en/") ? withArabicCopy(html) : html;
          const url = `/${path.replace(/index\.html$/, "")}`;
          const added = await index.addHTMLFile({ url, content });
          if (added.errors.length > 0)
            throw new Error(`Pagefind: ${url}: ${added.errors.join("; ")}`);
          pages++;
        }
        const written = await index.writeFiles({ outputPath: join(root, "pagefind") });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
        await pagefind.close();
        logger.info(`search index: ${pages} pages`);
      },
    },
  };
}
