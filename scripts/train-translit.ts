/**
 * Trains the Arabic→English name transliteration model and writes its artefact:
 *
 *   functions/core/extract/translit/model.json
 *
 * Usage: node scripts/train-translit.ts [path/to/shared/data or its translit folder]
 *        (default ../shared/data; `npm run train:translit`)
 *
 * Data: Merhav & Ash's Wikidata name pairs (CC0), `latin<TAB>spaced Arabic<TAB>count`;
 * wd_arabic_80 trains, wd_arabic_20 is only evaluated. Prints exact-match rate and character
 * error rate on wd_arabic_20 for the model and for the fixed letter table (the baseline),
 * decoding speed, the artefact's size and its SHA-256. Same data → same bytes.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { arabicLetters } from "../functions/core/extract/translit/letters.ts";
import { GraphoneModel, tableTransliterate } from "../functions/core/extract/translit/model.ts";
import { evaluate, formatEvaluation } from "../training/translit/evaluate.ts";
import { DEFAULT_OPTIONS, parsePairs, train } from "../training/translit/train.ts";

const arg = resolve(process.argv[2] ?? join(import.meta.dirname, "..", "..", "shared", "data"));
const dataDir = existsSync(join(arg, "wd_arabic_80")) ? arg : join(arg, "translit");
const outFile = join(
  import.meta.dirname,
  "..",
  "functions",
  "core",
  "extract",
  "translit",
  "model.json",
);

for (const f of ["wd_arabic_80", "wd_arabic_20"]) {
  if (!existsSync(join(dataDir, f))) {
    console.error(`train-translit: ${join(dataDir, f)} not found`);
    process.exit(1);
  }
}

const trainPairs = parsePairs(readFileSync(join(dataDir, "wd_arabic_80"), "utf8"), arabicLetters);
const testPairs = parsePairs(readFileSync(join(dataDir, "wd_arabic_20"), "utf8"), arabicLetters);
console.log(`train pairs ${trainPairs.length}, test pairs ${testPairs.length} (${dataDir})`);

const started = performance.now();
const { artefact, dropped } = train(trainPairs, DEFAULT_OPTIONS, {
  data: "Merhav & Ash 2018 Wikidata name pairs (CC0): wd_arabic_80",
});
const trainSeconds = (performance.now() - started) / 1000;
console.log(
  `trained in ${trainSeconds.toFixed(1)} s: ${artefact.meta.graphoneTypes} graphones, ` +
    `${artefact.meta.ngrams} n-grams (order ${artefact.order}); ${dropped} noisy pairs left out`,
);

const model = new GraphoneModel(artefact);
const seen = new Set(trainPairs.map((p) => p.letters.join("")));
const modelEval = evaluate((l) => model.decode(l), testPairs, seen);
const tableEval = evaluate(tableTransliterate, testPairs, seen);

// Speed: every test word decoded once more, no cache (the API adds one).
const t0 = performance.now();
for (const p of testPairs) model.decode(p.letters);
const perSecond = testPairs.length / ((performance.now() - t0) / 1000);

const json = `${JSON.stringify(
  {
    ...artefact,
    meta: {
      ...artefact.meta,
      testPairs: modelEval.folded.n,
      testExact: Number(modelEval.folded.exact.toFixed(4)),
      testCer: Number(modelEval.folded.cer.toFixed(4)),
      baselineExact: Number(tableEval.folded.exact.toFixed(4)),
      baselineCer: Number(tableEval.folded.cer.toFixed(4)),
    },
  },
  null,
  2,
)}\n`;
writeFileSync(outFile, json);
const bytes = Buffer.byteLength(json);
const hash = createHash("sha256").update(json).digest("hex");

console.log(
  "\nwd_arabic_20 (exact match case-insensitive; CER = Σ edit distance / Σ reference length)",
);
console.log(formatEvaluation("model", modelEval));
console.log(formatEvaluation("baseline: fixed letter table", tableEval));
console.log("gazetteer hit: exact by construction (its curated English name is returned as is)");
console.log(`\ndecoding speed ${Math.round(perSecond)} words/s (one core, uncached)`);
console.log(`wrote ${outFile}: ${(bytes / 1024).toFixed(0)} KiB, sha256 ${hash}`);
