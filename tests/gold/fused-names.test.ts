/**
 * Names a scraper fused, on real news: every multi-word name the extractor finds in ANERcorp's
 * re-joined articles is written again without its spaces, and the articles extracted again.
 * Prints how many of those entities are still found (0.149 before fused names were read).
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadUnseenCorpus } from "../../bench/corpus.ts";
import { extractArticle } from "../../functions/core/extract/index.ts";

const corpus = existsSync(new URL("../../../shared/data/anercorp/ANERCorp.txt", import.meta.url))
  ? loadUnseenCorpus()
  : null;
if (!corpus) console.warn("skipping the fused-name check: ../shared/data is absent");

/** Whole multi-word aliases of 3+ letters a word, written without their spaces. */
function fuse(text: string, aliases: readonly string[]): { text: string; fused: number } {
  let out = text;
  let fused = 0;
  for (const al of aliases) {
    if (!al.includes(" ") || !al.split(" ").every((w) => w.length >= 3) || !out.includes(al)) {
      continue;
    }
    out = out.split(al).join(al.replace(/ /g, ""));
    fused++;
  }
  return { text: out, fused };
}

describe.skipIf(!corpus)("fused names in ANERcorp", () => {
  it("still finds most multi-word entities once their spaces are gone", () => {
    let fusions = 0;
    let wanted = 0;
    let found = 0;
    for (const text of corpus?.articles ?? []) {
      const entities = extractArticle(text).facts.entities;
      const multi = entities.filter((e) => e.aliases.some((al) => al.includes(" ")));
      const f = fuse(
        text,
        multi.flatMap((e) => e.aliases),
      );
      fusions += f.fused;
      const after = new Set(extractArticle(f.text).facts.entities.map((e) => e.name.ar));
      wanted += multi.length;
      found += multi.filter((e) => after.has(e.name.ar)).length;
    }
    console.log(
      `fused ${fusions} names; multi-word entities still found: ${found}/${wanted} = ${(found / wanted).toFixed(3)}`,
    );
    expect(fusions).toBeGreaterThan(1000);
    expect(found / wanted).toBeGreaterThanOrEqual(0.35);
  });
});
