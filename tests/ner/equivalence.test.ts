/**
 * The tagger's speed work must not change a single label: the COMMITTED model's two-pass labels
 * on the ANERcorp test split (read from ../shared/data, like eval.test.ts) must hash to the
 * fingerprint taken with the original, unoptimised tagger. Retraining the model changes the
 * fingerprint: update EXPECTED then (print it with the failing assertion).
 *
 * Also checks that the feature groups the tagger caches (pairLeft/pairRight/cue/cue2/gaz) push
 * exactly the multiset of features contextFeatures defines, on real sentences.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readAnercorp, splitAnercorp } from "../../functions/core/extract/ner/corpus.ts";
import {
  BOS,
  contextFeatures,
  cue2Feature,
  cueContextFeatures,
  EOS,
  gazBareFeature,
  gazetteerTags,
  gazFeature,
  makeAnalyzer,
  pairLeftFeatures,
  pairRightFeatures,
  type WordInfo,
} from "../../functions/core/extract/ner/features.ts";
import { loadStacked, type StackedModelFile } from "../../functions/core/extract/ner/model.ts";
import { makeDocumentTagger } from "../../functions/core/extract/ner/tagger.ts";

const corpusPath = new URL("../../../shared/data/anercorp/ANERCorp.txt", import.meta.url);
const modelPath = new URL("../../functions/core/extract/ner/model.json", import.meta.url);
const available = existsSync(corpusPath);

/** sha256 of JSON.stringify(labels per sentence), two-pass tagging of the test split as one document. */
const EXPECTED = "5650e77d0855a6f5f60e88fa04649fa8acec03e657e1dd790a8cc93026ecc5e2";

if (!available && process.env.CI) {
  throw new Error(`ANERcorp is required in CI: ${corpusPath.pathname} is missing`);
}

describe.skipIf(!available)("NER tagger equivalence on the ANERcorp test split", () => {
  const { sentences } = available
    ? readAnercorp(readFileSync(corpusPath, "utf8"))
    : { sentences: [] };
  const split = splitAnercorp(sentences);
  const words = split.test.map((s) => s.words);
  const m = loadStacked(JSON.parse(readFileSync(modelPath, "utf8")) as StackedModelFile);

  it("labels the test split exactly as the reference tagger did", () => {
    const tagger = makeDocumentTagger(m.stage1, m.stage2);
    const tags = tagger.tagDocument(words).map((r) => r.tags);
    const sha = createHash("sha256").update(JSON.stringify(tags)).digest("hex");
    expect(sha).toBe(EXPECTED);
    // Warm caches must not change anything either.
    const again = tagger.tagDocument(words).map((r) => r.tags);
    expect(again).toEqual(tags);
  });

  it("the cached feature groups are exactly the context features", () => {
    const analyze = makeAnalyzer(m.stage1.lists);
    const bos = analyze(BOS);
    const eos = analyze(EOS);
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    for (const ws of words.slice(0, 300)) {
      const infos = ws.map(analyze);
      const gaz = gazetteerTags(ws, infos);
      for (let i = 0; i < ws.length; i++) {
        const ref: number[] = [];
        contextFeatures(infos, gaz, i, bos, eos, ref);
        const cur = infos[i] as WordInfo;
        const prev = i > 0 ? (infos[i - 1] as WordInfo) : bos;
        const prev2 = i > 1 ? (infos[i - 2] as WordInfo) : bos;
        const next = infos[i + 1] ?? eos;
        const got: number[] = [];
        pairRightFeatures(prev, cur, got);
        pairLeftFeatures(cur, next, got);
        cueContextFeatures(prev, cur, got);
        got.push(cue2Feature(prev2, prev));
        const g0 = gaz[i] ?? "";
        got.push(gazFeature(i > 0 ? (gaz[i - 1] ?? "") : "<s>", 0), gazFeature(g0, 1));
        got.push(gazFeature(gaz[i + 1] ?? "</s>", 2));
        if (g0 !== "") got.push(gazBareFeature(g0, cur));
        expect(sorted(got)).toEqual(sorted(ref));
      }
    }
  });
});
