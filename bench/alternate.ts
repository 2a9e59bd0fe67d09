/**
 * One process, two versions of the extractor: loads `extractArticle` from two source trees
 * (each its own module instances and caches), warms both on the bench corpus, then alternates
 * them over the same inputs, so both meet the same moment of a drifting host.
 *
 *   node bench/alternate.ts <first root> <second root>
 *
 * Prints one JSON object: per root, the median articles/s of the alternating passes over the
 * bench corpus (`warm`) and, when ../shared/data is there, over ANERcorp re-joined into articles
 * in chunks unseen by either version (`unseen`, null without the data or with BENCH_UNSEEN=0;
 * BENCH_ARTICLES and BENCH_RUNS size the warm part). Which version is loaded
 * first matters by a few percent, so scripts/bench-compare.ts runs this in both orders.
 */
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildCorpus, loadUnseenCorpus, median } from "./corpus.ts";

type Extract = (text: string) => unknown;

const WARM_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1200);
const PASSES = Number(process.env.BENCH_RUNS ?? 8);
/** Unseen articles per alternation: small enough that the host's drift hits both alike. */
const CHUNK = 25;

async function load(root: string): Promise<Extract> {
  const url = pathToFileURL(join(resolve(root), "functions/core/extract/index.ts")).href;
  return ((await import(url)) as { extractArticle: Extract }).extractArticle;
}

function time(extract: Extract, articles: readonly string[]): number {
  const start = performance.now();
  for (const text of articles) extract(text);
  return performance.now() - start;
}

const roots = process.argv.slice(2, 4);
if (roots.length !== 2)
  throw new Error("usage: node bench/alternate.ts <first root> <second root>");
const versions = [await load(roots[0] as string), await load(roots[1] as string)];
const warm = buildCorpus(WARM_ARTICLES).articles;
for (const extract of versions) time(extract, warm);

const rates: number[][] = [[], []];
for (let pass = 0; pass < PASSES; pass++) {
  // Alternate which goes first within the pass too.
  for (const k of pass % 2 === 0 ? [0, 1] : [1, 0]) {
    rates[k]?.push(warm.length / (time(versions[k] as Extract, warm) / 1000));
  }
}

let unseen: number[] | null = null;
const articles = process.env.BENCH_UNSEEN === "0" ? null : loadUnseenCorpus()?.articles;
if (articles) {
  const ms = [0, 0];
  for (let c = 0; c * CHUNK < articles.length; c++) {
    const chunk = articles.slice(c * CHUNK, (c + 1) * CHUNK);
    for (const k of c % 2 === 0 ? [0, 1] : [1, 0]) {
      ms[k] = (ms[k] as number) + time(versions[k] as Extract, chunk);
    }
  }
  unseen = ms.map((t) => articles.length / (t / 1000));
}

const round = (x: number) => Number(x.toFixed(1));
process.stdout.write(
  `${JSON.stringify(
    roots.map((root, k) => ({
      root,
      warm: round(median(rates[k] as number[])),
      unseen: unseen ? round(unseen[k] as number) : null,
    })),
  )}\n`,
);
