/**
 * Site build cost: the synthetic story (bench/story-corpus.ts: varied people, places,
 * figures, quotes and dates, so every entity, incident and timeline page has real work)
 * written as content, then the whole site built by buildSite (Astro, the story model, entity
 * pages and feeds, the Pagefind index) for each size asked (BENCH_BUILD_ARTICLES, default
 * "1000,10000"). The peak resident memory is the Astro child's, read from /proc while it
 * runs (its VmHWM, the kernel's own high-water mark). Also the front page's weight: its HTML
 * and stylesheets, raw and gzipped, without fonts (the budget is 150 KB).
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { articleKey, writeArticleMarkdown } from "../functions/core/article-document.ts";
import { buildSite } from "../functions/publish/build-site.ts";
import { buildStoryCorpus } from "./story-corpus.ts";

/** The highest VmHWM (kB) of any running `astro … build` process, polled until stopped. */
export function watchAstroPeak(): { stop: () => number } {
  let peak = 0;
  const poll = () => {
    if (process.platform !== "linux") return;
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
        if (!cmd.includes("astro.mjs") || !cmd.includes("build")) continue;
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
        if (hwm) peak = Math.max(peak, Number(hwm[1]));
      } catch {
        // The process ended between the listing and the read.
      }
    }
  };
  const timer = setInterval(poll, 200);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

async function frontPageBytes(dist: string): Promise<{ raw: number; gzip: number }> {
  const html = await readFile(join(dist, "ar", "index.html"));
  const css = [...html.toString("utf8").matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => m[1] as string)
    .filter((href) => href.startsWith("/"));
  const parts = [html, ...(await Promise.all(css.map((href) => readFile(join(dist, href)))))];
  return {
    raw: parts.reduce((n, b) => n + b.length, 0),
    gzip: parts.reduce((n, b) => n + gzipSync(b).length, 0),
  };
}

export interface BuildBench {
  readonly articles: number;
  readonly seconds: number;
  readonly pages: number;
  readonly peakRssMb: number;
  readonly frontPageKb: number;
  readonly frontPageGzipKb: number;
}

export async function benchBuild(count: number): Promise<BuildBench> {
  const dir = await mkdtemp(join(tmpdir(), "taqrir-bench-build-"));
  try {
    const content = join(dir, "content");
    await mkdir(join(content, "articles"), { recursive: true });
    for (const doc of buildStoryCorpus(count)) {
      await writeFile(join(content, articleKey(doc.frontmatter.id)), writeArticleMarkdown(doc));
    }
    const dist = join(dir, "dist");
    const watch = watchAstroPeak();
    const result = await buildSite({ contentDir: content, outDir: dist });
    const peakKb = watch.stop();
    const front = await frontPageBytes(dist);
    return {
      articles: count,
      seconds: Number((result.durationMs / 1000).toFixed(1)),
      pages: result.pages,
      peakRssMb: Math.round(peakKb / 1024),
      frontPageKb: Number((front.raw / 1024).toFixed(1)),
      frontPageGzipKb: Number((front.gzip / 1024).toFixed(1)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
