/**
 * Consolidation figures: the story model of BENCH_STORY_ARTICLES (10,000) synthetic articles
 * built from scratch (median of 3), then ADD_ONE new articles added one at a time to the
 * consolidated corpus, each timed with the model read back afterwards (its median), and the
 * process's peak resident memory. Run in a child of its own so the peak is consolidation's.
 */
import { Consolidator, consolidate } from "../functions/core/consolidate/index.ts";
import { median } from "./corpus.ts";
import { buildStoryCorpus } from "./story-corpus.ts";

const ADD_ONE = 20;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

export function benchConsolidate(count: number) {
  const docs = buildStoryCorpus(count + ADD_ONE);
  const base = docs.slice(0, count);
  const later = docs.slice(count);
  consolidate(base.slice(0, 500)); // warm-up
  const full: number[] = [];
  let model = consolidate([]);
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    model = consolidate(base);
    full.push((performance.now() - t0) / 1000);
  }
  const c = new Consolidator();
  c.addAll(base);
  c.model();
  const adds: number[] = [];
  for (const doc of later) {
    const t0 = performance.now();
    c.add(doc);
    c.model();
    adds.push(performance.now() - t0);
  }
  return {
    consolidate_articles: count,
    consolidate_10k_s: round(median(full), 2),
    consolidate_runs_s: full.map((x) => round(x, 2)),
    consolidate_add_one_ms: round(median(adds)),
    consolidate_add_one_max_ms: round(Math.max(...adds)),
    consolidate_entities: model.entities.length,
    consolidate_incidents: model.incidents.length,
    consolidate_quotes: model.quotes.length,
    consolidate_timeline: model.timeline.length,
    consolidate_copies: model.articles.filter((a) => a.alsoPublishedBy.length > 0).length,
    consolidate_peak_rss_mb: round(process.resourceUsage().maxRSS / 1024),
  };
}
