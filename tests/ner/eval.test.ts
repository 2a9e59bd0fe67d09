/**
 * Evaluates the COMMITTED NER model on the ANERcorp test split (read from ../shared/data; the
 * model itself never needs it) and prints entity-level P/R/F1 per type, MISC separately.
 *
 * Issue 3 asks for micro-F1 ≥ 0.78 over PERS/LOC/ORG. The tagger as the extractor runs it
 * (two passes, then the document consistency pass of consistency.ts) measured 0.7804 when
 * this was written, 0.7696 without the consistency pass (also printed). The margin over the
 * bar is smaller than the spread between training seeds (BENCHMARKS.md), so the floor is the
 * bar itself: a change that drops below it fails here.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadStacked, type StackedModelFile } from "../../functions/core/extract/ner/model.ts";
import { makeDocumentTagger } from "../../functions/core/extract/ner/tagger.ts";
import {
  formatScores,
  readAnercorp,
  scoreEntities,
  splitAnercorp,
} from "../../training/ner/corpus.ts";

const corpusPath = new URL("../../../shared/data/anercorp/ANERCorp.txt", import.meta.url);
const modelPath = new URL("../../functions/core/extract/ner/model.json", import.meta.url);
const available = existsSync(corpusPath);
const ISSUE_BAR = 0.78;

if (!available && process.env.CI) {
  throw new Error(`ANERcorp is required in CI: ${corpusPath.pathname} is missing`);
}
if (!available) {
  console.warn(`skipping the NER evaluation: ${corpusPath.pathname} is absent (not in CI)`);
}

describe.skipIf(!available)("NER tagger on the ANERcorp test split", () => {
  it("prints P/R/F1 per type and keeps micro-F1 over PERS/LOC/ORG at the issue's bar", () => {
    const { sentences } = readAnercorp(readFileSync(corpusPath, "utf8"));
    const split = splitAnercorp(sentences);
    const file = JSON.parse(readFileSync(modelPath, "utf8")) as StackedModelFile;
    const m = loadStacked(file);
    const tagger = makeDocumentTagger(m.stage1, m.stage2);
    const words = split.test.map((s) => s.words);
    const pred = tagger.tagDocument(words).map((r) => r.tags);
    const gold = split.test.map((s) => s.tags);
    const scores = scoreEntities(gold, pred);
    const f1 = scores.micro.f1;
    const raw = makeDocumentTagger(m.stage1, m.stage2, { consistent: false });
    const rawF1 = scoreEntities(
      gold,
      raw.tagDocument(words).map((r) => r.tags),
    ).micro.f1;
    console.log(
      [
        `ANERcorp test split: ${split.test.length} sentences, ${split.testTokens} tokens (${split.droppedDuplicates} duplicates of training sentences dropped)`,
        formatScores(scores),
        `without the document consistency pass: micro-F1 ${(100 * rawF1).toFixed(2)}`,
        `issue bar micro-F1 ≥ ${ISSUE_BAR}: ${f1 >= ISSUE_BAR ? "met" : `NOT met (${f1.toFixed(4)})`}`,
      ].join("\n"),
    );
    expect(split.testTokens).toBeGreaterThan(24_000);
    expect(f1).toBeGreaterThanOrEqual(ISSUE_BAR);
    expect(f1).toBeGreaterThan(rawF1);
  });
});
