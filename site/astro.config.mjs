// @ts-check
/**
 * The Taqrir site. Everything that varies per build comes from the environment so the
 * CLI and the publish function can point one site/ at any content and output folder:
 *
 *   TAQRIR_CONTENT_DIR  absolute path of the content folder (articles in <dir>/articles/*.md);
 *                       default <repo>/content
 *   TAQRIR_DIST_DIR     absolute output folder; default <repo>/dist
 *   TAQRIR_SITE_URL     absolute site URL for feeds and alternate links; default http://localhost:4321
 *   TAQRIR_CACHE_DIR    Astro's cache/data store; default <repo>/node_modules/.astro-taqrir.
 *                       Give every concurrent build its own (buildSite does).
 *   TAQRIR_WORK_DIR     Astro's project root (where it writes .astro/); default site/. buildSite
 *                       gives every build its own, so parallel builds never share generated files.
 *   TAQRIR_INCREMENTAL  "0": a full build that keeps no incremental cache (default: incremental).
 */
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { searchIndex } from "./integrations/search.mjs";

const siteDir = fileURLToPath(new URL(".", import.meta.url));
const repoDir = resolve(siteDir, "..");

/** An absolute folder from the environment, or the default. */
function dirFromEnv(name, fallback) {
  const value = process.env[name];
  if (!value) return fallback;
  if (!isAbsolute(value)) throw new Error(`${name} must be an absolute path, got ${value}`);
  return value;
}

const contentDir = dirFromEnv("TAQRIR_CONTENT_DIR", resolve(repoDir, "content"));
const outDir = dirFromEnv("TAQRIR_DIST_DIR", resolve(repoDir, "dist"));
const cacheDir = dirFromEnv("TAQRIR_CACHE_DIR", resolve(repoDir, "node_modules/.astro-taqrir"));
const workDir = dirFromEnv("TAQRIR_WORK_DIR", siteDir);
const site = new URL(process.env.TAQRIR_SITE_URL || "http://localhost:4321").href;

// The site reads the articles from the resolved folder (src/lib/articles.ts).
process.env.TAQRIR_CONTENT_DIR = contentDir;

export default defineConfig({
  root: workDir,
  srcDir: resolve(siteDir, "src"),
  publicDir: resolve(siteDir, "public"),
  outDir,
  cacheDir,
  site,
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
  i18n: {
    locales: ["ar", "en"],
    defaultLocale: "ar",
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() cache key (src/lib/page-keys.ts) and code are unchanged are
  // restored from the previous build's copy in cacheDir instead of being rendered again.
  // TAQRIR_INCREMENTAL=0 (buildSite's incremental: false) renders everything and keeps no copies.
  experimental: { incrementalBuild: process.env.TAQRIR_INCREMENTAL !== "0" },
  integrations: [searchIndex()],
});
