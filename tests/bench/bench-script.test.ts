/**
 * `npm run bench` keeps working and keeps its JSON keys (later runs are compared
 * by them). This checks the shape on a tiny corpus; it measures nothing: speed is
 * recorded by the benchmark itself in BENCHMARKS.md, never asserted in tests.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildCorpus, unseenCorpus } from "../../bench/corpus.ts";
import { buildStoryCorpus } from "../../bench/story-corpus.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("npm run bench", () => {
  it("prints one JSON object with the stable keys", () => {
    const out = execFileSync(process.execPath, ["scripts/bench.ts", "--json"], {
      cwd: ROOT,
      env: {
        ...process.env,
        BENCH_ARTICLES: "40",
        BENCH_RUNS: "1",
        BENCH_PUBLISH_ARTICLES: "6",
        BENCH_STORY_ARTICLES: "300",
        BENCH_BUILD_ARTICLES: "40",
        BENCH_SITE_ARTICLES: "40",
      },
      encoding: "utf8",
    });
    const result = JSON.parse(out) as Record<string, unknown>;
    for (const key of [
      "extract_articles_per_s",
      "extract_peak_rss_mb",
      "extract_ms_p50",
      "extract_ms_p99",
    ]) {
      expect(typeof result[key], key).toBe("number");
      expect(result[key] as number, key).toBeGreaterThan(0);
    }
    expect(result.extract_articles).toBe(40);
    // The crafted-line figures (issue 20): measured, not judged here.
    for (const key of ["adversarial_512k_s", "adversarial_2m_s", "adversarial_ratio"]) {
      expect(typeof result[key], key).toBe("number");
    }
    // Unseen text needs ../shared/data: a rate when it is there, null (not 0) when not.
    const unseen = result.extract_unseen_articles_per_s;
    expect(unseen === null || (typeof unseen === "number" && unseen > 0)).toBe(true);
    // The consolidation part (issue 17): a 300-article story here, 10,000 by default.
    expect(result.consolidate_articles).toBe(300);
    for (const key of ["consolidate_10k_s", "consolidate_add_one_ms", "consolidate_peak_rss_mb"]) {
      expect(typeof result[key], key).toBe("number");
    }
    expect(result.consolidate_entities as number).toBeGreaterThan(100);
    expect(result.consolidate_copies as number).toBeGreaterThan(0);
    // The build part (issue 18): a 40-article site here, 1,000 and 10,000 by default.
    expect(result.build_40_s as number).toBeGreaterThan(0);
    expect(result.build_40_pages as number).toBeGreaterThan(80);
    expect(result.front_page_kb as number).toBeGreaterThan(0);
    expect(typeof result.build_peak_rss_mb).toBe("number");
    // The site at scale (issue 21): a 40-article story here, 10,000 by default.
    expect(result.site_articles).toBe(40);
    for (const key of [
      "site_full_build_40_s",
      "site_full_build_pages_40_s",
      "site_nochange_rebuild_40_s",
      "site_nochange_search_40_s",
      "site_add_one_into_40_s",
      "site_add_one_search_40_s",
      "site_build_peak_rss_mb",
    ]) {
      expect(typeof result[key], key).toBe("number");
    }
    expect(result.site_40_pages as number).toBeGreaterThan(80);
    // Hugo when installed, else null with a note saying why.
    if (result.hugo_40_s === null) expect(typeof result.hugo_note).toBe("string");
    else expect(result.hugo_40_pages as number).toBeGreaterThan(80);
    // The publish part (issue 4): a small site on s3rver here, 1,000 articles by default.
    expect(result.publish_articles).toBe(6);
    expect(result.publish_s as number).toBeGreaterThan(0);
    expect(result.sync_files_uploaded_no_change).toBe(0);
    expect(result.sync_files_uploaded_one_change as number).toBeGreaterThan(0);
    expect(result.sync_files_uploaded_one_change as number).toBeLessThan(
      result.publish_files as number,
    );
    // The whole script runs (site builds and a publish included): about 110 s alone on this
    // 2-core host, more beside the suite's other files. A bound on a hang, not on speed.
  }, 300_000);

  it("re-joins tokenised sentences into articles of 6 paragraphs of 4 sentences", () => {
    const sentence = ["قال", "الوزير", "،", "إن", "الوضع", "صعب", "."];
    const corpus = unseenCorpus(Array.from({ length: 50 }, () => sentence));
    // 50 sentences: two whole articles (48); the rest does not make an article.
    expect(corpus.articles).toHaveLength(2);
    const paragraphs = (corpus.articles[0] as string).split("\n\n");
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toBe(Array(4).fill("قال الوزير، إن الوضع صعب.").join(" "));
    expect(corpus.bytes).toBe(corpus.articles.reduce((a, t) => a + Buffer.byteLength(t), 0));
  });

  it("builds the same synthetic story every time, with varied entities, figures and dates", () => {
    const a = buildStoryCorpus(300);
    expect(buildStoryCorpus(300)).toEqual(a);
    const names = new Set(a.flatMap((d) => d.frontmatter.entities.map((e) => e.name.ar)));
    expect(names.size).toBeGreaterThan(300);
    expect(new Set(a.map((d) => d.frontmatter.published)).size).toBeGreaterThan(100);
    expect(a.some((d) => d.frontmatter.figures.length > 0 && d.frontmatter.dates.length > 0)).toBe(
      true,
    );
  });

  it("builds the same article-sized corpus every time", () => {
    const a = buildCorpus(200);
    const b = buildCorpus(200);
    expect(a.articles).toEqual(b.articles);
    expect(new Set(a.articles).size).toBe(200);
    expect(a.bytes / 200).toBeGreaterThan(1500);
  });
});
