/**
 * `npm run bench` — the figures the issues ask for, measured, not timed in tests.
 *
 *   extract: articles per second through extractArticle on one core (the median
 *   of several passes over ≥ 10,000 article-sized inputs), per-article latency
 *   percentiles, and the process's peak resident memory. The inputs are recombined from
 *   the bundled samples, so after the first pass every word is one the extractor has met;
 *   when ../shared/data is there, one pass over ANERcorp re-joined into articles (words
 *   never met) adds extract_unseen_articles_per_s (null without the data). Hostile text:
 *   a crafted line at 512 KB and 2 MB (adversarial_*), and every shape of
 *   bench/hostile-shapes.ts at 1 MB (hostile_1m_max_s, the slowest). Transliteration:
 *   news names and unseen words per second (bench/translit.ts).
 *
 *   consolidate: the story model of BENCH_STORY_ARTICLES (10,000) synthetic articles from
 *   scratch, one more article added to it, and that child's peak memory (bench/consolidate.ts).
 *
 *   build: the whole site of the synthetic story at each of BENCH_BUILD_ARTICLES ("1000"):
 *   build_1k_s, the Astro child's peak memory and the front page's weight (bench/build.ts).
 *
 *   site at scale: BENCH_SITE_ARTICLES (10,000; 0 skips) through the local loop's own parts
 *   (bench/site-scale.ts): site_full_build_10k_s (empty cache, search included),
 *   site_nochange_build_10k_s (a build with nothing changed, until search too),
 *   site_nochange_rebuild_10k_s (the loop's resident renderer with nothing changed) and
 *   site_add_one_into_10k_s (a real article dropped into the inbox of the running loop,
 *   until the server answers its page; site_add_one_search_10k_s until search has it),
 *   site_build_peak_rss_mb; and hugo_10k_s, Hugo building the same story (bench/hugo.ts),
 *   null with hugo_note when hugo is not installed. Takes about ten minutes at 10,000.
 *
 *   publish: a site of BENCH_PUBLISH_ARTICLES (1,000) articles on s3rver, published by
 *   the publish Lambda's code: first publish, a no-change republish, and a republish
 *   after one article changed (publish_s, sync_files_uploaded_one_change, …).
 *
 * `npm run bench -- --json` prints the same as one JSON object with stable keys.
 * On Linux extraction and consolidation each run in a child pinned to one CPU with taskset
 * so "one core" holds even while the garbage collector's helper threads run.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchBuild } from "../bench/build.ts";
import { benchConsolidate } from "../bench/consolidate.ts";
import { buildCorpus, loadUnseenCorpus, median } from "../bench/corpus.ts";
import { HOSTILE_SHAPES } from "../bench/hostile-shapes.ts";
import { benchHugo } from "../bench/hugo.ts";
import { benchPublish } from "../bench/publish.ts";
import { benchSiteScale } from "../bench/site-scale.ts";
import { buildStoryCorpus } from "../bench/story-corpus.ts";
import { benchTranslit } from "../bench/translit.ts";
import { EXTRACTOR_VERSION, extractArticle } from "../functions/core/extract/index.ts";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PUBLISH_ARTICLES = Number(process.env.BENCH_PUBLISH_ARTICLES ?? 1000);
const STORY_ARTICLES = Number(process.env.BENCH_STORY_ARTICLES ?? 10_000);
const SITE_ARTICLES = Number(process.env.BENCH_SITE_ARTICLES ?? 10_000);
const BUILD_ARTICLES = (process.env.BENCH_BUILD_ARTICLES ?? "1000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
/** "1k" for 1000, "10k" for 10000, else the number: the keys the issues name. */
const sizeLabel = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
const json = process.argv.includes("--json");

/**
 * Runs one part of the benchmark in a child pinned to CPU 0 and returns its JSON, or null
 * where taskset is missing (the caller then measures in-process, unpinned).
 */
function pinned(part: "extract" | "consolidate"): Record<string, unknown> | null {
  if (process.platform !== "linux") return null;
  const probe = spawnSync("taskset", ["-c", "0", "true"]);
  if (probe.status !== 0) return null;
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync("taskset", ["-c", "0", process.execPath, self], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    env: { ...process.env, TAQRIR_BENCH_PART: part, TAQRIR_BENCH_PINNED: "1" },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the pinned ${part} benchmark failed (${run.status})`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

function benchExtract() {
  const corpus = buildCorpus(ARTICLES);
  // Warm-up: let the JIT settle before anything is measured.
  for (const text of corpus.articles.slice(0, 500)) extractArticle(text);
  const rates: number[] = [];
  let latencies: number[] = [];
  let entities = 0;
  for (let run = 0; run < RUNS; run++) {
    const times: number[] = [];
    const start = performance.now();
    for (const text of corpus.articles) {
      const t0 = performance.now();
      entities += extractArticle(text).facts.entities.length;
      times.push(performance.now() - t0);
    }
    rates.push(corpus.articles.length / ((performance.now() - start) / 1000));
    if (run === 0) latencies = times.sort((a, b) => a - b);
  }
  return {
    extract_articles_per_s: round(median(rates)),
    extract_articles_per_s_runs: rates.map((r) => round(r)),
    extract_articles: corpus.articles.length,
    extract_mean_article_kb: round(corpus.bytes / corpus.articles.length / 1024, 2),
    extract_ms_p50: round(percentile(latencies, 50), 3),
    extract_ms_p99: round(percentile(latencies, 99), 3),
    extract_entities_per_article: round(entities / (RUNS * corpus.articles.length), 2),
  };
}

/** One pass over text whose words the warmed-up extractor has not met (null without the data). */
function benchUnseen() {
  const corpus = loadUnseenCorpus();
  if (!corpus) {
    return {
      extract_unseen_articles_per_s: null,
      extract_unseen_articles: null,
      extract_unseen_mean_article_kb: null,
    };
  }
  const start = performance.now();
  for (const text of corpus.articles) extractArticle(text);
  const rate = corpus.articles.length / ((performance.now() - start) / 1000);
  return {
    extract_unseen_articles_per_s: round(rate),
    extract_unseen_articles: corpus.articles.length,
    extract_unseen_mean_article_kb: round(corpus.bytes / corpus.articles.length / 1024, 2),
  };
}

/**
 * A crafted upload: one line repeating «وقال جون كيري إن» (every word a name, a verb of saying
 * or a particle) at 512 KB and at 2 MB. Linear extraction takes about four times as long for
 * four times the text; the bar is a ratio of at most 5.
 */
function benchAdversarial() {
  const unit = "وقال جون كيري إن ";
  const time = (bytes: number) => {
    const text = unit.repeat(Math.floor(bytes / (unit.length * 2)));
    const t0 = performance.now();
    extractArticle(text, { maxBytes: 4 * 1024 * 1024 });
    return (performance.now() - t0) / 1000;
  };
  const small = time(512 * 1024);
  const large = time(2 * 1024 * 1024);
  return {
    adversarial_512k_s: round(small, 2),
    adversarial_2m_s: round(large, 2),
    adversarial_ratio: round(large / small, 2),
  };
}

/**
 * Every hostile shape of bench/hostile-shapes.ts at 1 MB (the tests count their work at
 * smaller sizes instead of timing them): the slowest, and which shape it was.
 */
function benchHostile() {
  let slowest = { name: "", seconds: 0 };
  for (const shape of HOSTILE_SHAPES) {
    const text = shape.text(1024 * 1024);
    const t0 = performance.now();
    extractArticle(text, { maxBytes: 4 * 1024 * 1024 });
    const seconds = (performance.now() - t0) / 1000;
    if (seconds > slowest.seconds) slowest = { name: shape.name, seconds };
  }
  return { hostile_1m_max_s: round(slowest.seconds, 2), hostile_1m_slowest: slowest.name };
}

function extractResult() {
  return {
    extractor_version: EXTRACTOR_VERSION,
    node: process.versions.node,
    pinned_to_one_core: process.env.TAQRIR_BENCH_PINNED === "1",
    ...benchExtract(),
    ...benchUnseen(),
    ...benchAdversarial(),
    ...benchHostile(),
    ...benchTranslit(),
    extract_peak_rss_mb: round(process.resourceUsage().maxRSS / 1024),
  };
}

if (process.env.TAQRIR_BENCH_PART === "extract") {
  process.stdout.write(`${JSON.stringify(extractResult())}\n`);
  process.exit(0);
}
if (process.env.TAQRIR_BENCH_PART === "consolidate") {
  process.stdout.write(`${JSON.stringify(benchConsolidate(STORY_ARTICLES))}\n`);
  process.exit(0);
}

const extract = (pinned("extract") ?? extractResult()) as ReturnType<typeof extractResult>;
const story = (
  STORY_ARTICLES > 0 ? (pinned("consolidate") ?? benchConsolidate(STORY_ARTICLES)) : null
) as ReturnType<typeof benchConsolidate> | null;
// Building and publishing are not one-core figures: Astro and the uploads use what the machine has.
const builds = [];
for (const n of BUILD_ARTICLES) builds.push(await benchBuild(n));
const largest = builds.at(-1);
const building = largest
  ? {
      ...Object.fromEntries(builds.map((b) => [`build_${sizeLabel(b.articles)}_s`, b.seconds])),
      ...Object.fromEntries(builds.map((b) => [`build_${sizeLabel(b.articles)}_pages`, b.pages])),
      build_peak_rss_mb: largest.peakRssMb,
      front_page_kb: largest.frontPageKb,
      front_page_gzip_kb: largest.frontPageGzipKb,
    }
  : {};

/** The site at scale and Hugo on the same story, in one scratch folder. */
async function siteAtScale(count: number) {
  const dir = await mkdtemp(join(tmpdir(), "taqrir-bench-site-"));
  try {
    const site = await benchSiteScale(join(dir, "taqrir"), count);
    const hugo = await benchHugo(dir, buildStoryCorpus(count));
    const l = sizeLabel(count);
    return {
      site_articles: count,
      [`site_${l}_pages`]: site.pages,
      [`site_full_build_${l}_s`]: site.fullBuildS,
      [`site_full_build_pages_${l}_s`]: site.fullBuildPagesS,
      [`site_nochange_build_${l}_s`]: site.noChangeBuildS,
      [`site_nochange_search_${l}_s`]: site.noChangeSearchS,
      [`site_nochange_rebuild_${l}_s`]: site.noChangeUpdateS,
      [`site_add_one_into_${l}_s`]: site.addOneServedS,
      [`site_add_one_search_${l}_s`]: site.addOneSearchS,
      site_build_peak_rss_mb: site.peakRssMb,
      [`hugo_${l}_s`]: hugo.ran ? hugo.seconds : null,
      [`hugo_${l}_pages`]: hugo.ran ? hugo.pages : null,
      hugo_version: hugo.ran ? hugo.version : null,
      hugo_note: hugo.ran ? null : hugo.note,
      site_full_build_vs_hugo: hugo.ran
        ? Math.round((site.fullBuildS / hugo.seconds) * 100) / 100
        : null,
      // Hugo makes no search index: the same pages, without Taqrir's.
      site_full_build_pages_vs_hugo: hugo.ran
        ? Math.round((site.fullBuildPagesS / hugo.seconds) * 100) / 100
        : null,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
const scale = SITE_ARTICLES > 0 ? await siteAtScale(SITE_ARTICLES) : null;
const publishing = PUBLISH_ARTICLES > 0 ? await benchPublish(PUBLISH_ARTICLES) : null;
const result = { ...extract, ...story, ...building, ...scale, ...publishing };

if (json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const lines = [
    `Taqrir benchmark — extractor ${result.extractor_version}, Node ${result.node}, ${result.pinned_to_one_core ? "pinned to one core" : "not pinned"}`,
    `extraction: ${result.extract_articles_per_s} articles/s (median of ${RUNS} passes over ${result.extract_articles} articles, mean ${result.extract_mean_article_kb} KB; passes: ${result.extract_articles_per_s_runs.join(", ")})`,
    `            per article p50 ${result.extract_ms_p50} ms, p99 ${result.extract_ms_p99} ms; ${result.extract_entities_per_article} entities per article`,
    result.extract_unseen_articles_per_s === null
      ? "unseen text: not measured (../shared/data/anercorp is not there)"
      : `unseen text: ${result.extract_unseen_articles_per_s} articles/s (one pass over ${result.extract_unseen_articles} ANERcorp articles of ${result.extract_unseen_mean_article_kb} KB, words never met before)`,
    `peak memory: ${result.extract_peak_rss_mb} MB resident`,
    `crafted line («وقال جون كيري إن» repeated): ${result.adversarial_512k_s} s at 512 KB, ${result.adversarial_2m_s} s at 2 MB (ratio ${result.adversarial_ratio}; linear is 4)`,
    `hostile shapes at 1 MB: the slowest ${result.hostile_1m_max_s} s («${result.hostile_1m_slowest}»)`,
    `transliteration: ${result.translit_names_per_s} news names/s, ${result.translit_unseen_words_per_s} unseen words/s (model, no cache)`,
  ];
  if (story) {
    lines.push(
      `consolidation (${story.consolidate_articles} synthetic articles, one core): ${story.consolidate_10k_s} s from scratch (runs: ${story.consolidate_runs_s.join(", ")}), peak ${story.consolidate_peak_rss_mb} MB resident`,
      `            one more article: ${story.consolidate_add_one_ms} ms (median of 20, slowest ${story.consolidate_add_one_max_ms} ms); ${story.consolidate_entities} entities, ${story.consolidate_incidents} incidents, ${story.consolidate_quotes} quotes, ${story.consolidate_timeline} timeline entries, ${story.consolidate_copies} articles in copy groups`,
    );
  }
  for (const b of builds) {
    lines.push(
      `site build (${b.articles} synthetic articles): ${b.seconds} s, ${b.pages} pages, Astro's peak ${b.peakRssMb} MB resident; front page ${b.frontPageKb} KB (${b.frontPageGzipKb} KB gzipped) without fonts`,
    );
  }
  if (scale) {
    const l = sizeLabel(SITE_ARTICLES);
    const at = (key: string) => scale[`${key.replace("{l}", l)}`];
    lines.push(
      `site at scale (${SITE_ARTICLES} synthetic articles, ${at("site_{l}_pages")} pages): full build ${at("site_full_build_{l}_s")} s (empty cache, search included; pages in place at ${at("site_full_build_pages_{l}_s")} s), Astro's peak ${scale.site_build_peak_rss_mb} MB`,
      `            no change, built again: served in ${at("site_nochange_build_{l}_s")} s, search caught up at ${at("site_nochange_search_{l}_s")} s`,
      `            no change, published by the loop's renderer: ${at("site_nochange_rebuild_{l}_s")} s`,
      `            one article dropped into the local loop: its page served in ${at("site_add_one_into_{l}_s")} s, search caught up at ${at("site_add_one_search_{l}_s")} s`,
      scale.hugo_note
        ? `            Hugo: not measured (${scale.hugo_note})`
        : `            Hugo (${scale.hugo_version}) on the same story: ${at("hugo_{l}_s")} s for ${at("hugo_{l}_pages")} pages; Taqrir's full build is ${scale.site_full_build_vs_hugo}× that (${scale.site_full_build_pages_vs_hugo}× without its search index)`,
    );
  }
  if (publishing) {
    lines.push(
      `publish (${publishing.publish_articles} articles, s3rver on loopback): ${publishing.publish_s} s for the first publish (${publishing.publish_files} files; Astro build ${publishing.publish_build_s} s)`,
      `            no change: ${publishing.publish_s_no_change} s, ${publishing.sync_files_uploaded_no_change} files uploaded`,
      `            one article changed: ${publishing.publish_s_one_change} s, ${publishing.sync_files_uploaded_one_change} files uploaded, ${publishing.sync_files_deleted_one_change} deleted`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}
