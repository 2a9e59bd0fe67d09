/**
 * Trains the speaker model and writes its weights:
 *
 *   functions/core/extract/quotes/speaker-model.json
 *
 * Usage: node scripts/train-speakers.ts [--show]   (`npm run train:speakers`; needs
 *        ../shared/data for ANERcorp)
 *
 * Data and method: training/quotes/train-speakers.ts. Prints the cross-validated accuracy per
 * L2 strength next to the rules', the chosen strength, and attribution accuracy with the rules
 * alone and with the model on ANERcorp's development and held-back articles. With --show, the
 * quotes the cross-validated model gets wrong, with their candidates' features. Same data →
 * same bytes.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Candidate } from "../functions/core/extract/quotes/candidates.ts";
import {
  choose,
  useSpeakerWeights,
  type Weights,
} from "../functions/core/extract/quotes/ranker.ts";
import { isHeldBack, scoreAttribution } from "../training/quotes/attribution.ts";
import {
  crossValidated,
  type Example,
  loadSpeakerData,
  modelFile,
  readArticle,
  speakerExamples,
  trainSpeakerModel,
} from "../training/quotes/train-speakers.ts";

const outFile = join(
  import.meta.dirname,
  "..",
  "functions",
  "core",
  "extract",
  "quotes",
  "speaker-model.json",
);
const loaded = loadSpeakerData();
if (!loaded) {
  console.error("train-speakers: ../shared/data/anercorp is absent");
  process.exit(1);
}
const data = loaded;
const { items } = data;

function accuracy(weights: Weights | null): string {
  useSpeakerWeights(weights);
  const cache = new Map<number, ReturnType<typeof readArticle>>();
  const facts = (a: number) => {
    const f = cache.get(a) ?? readArticle(data.articles[a] ?? "");
    cache.set(a, f);
    return f;
  };
  const part = (held: boolean) => {
    const s = scoreAttribution(
      items.filter((i) => isHeldBack(i.article) === held),
      facts,
    );
    return `${s.right}/${s.scored} = ${(s.right / s.scored).toFixed(3)}`;
  };
  const out = `development ${part(false)}, held back ${part(true)}`;
  useSpeakerWeights(null);
  return out;
}

function describe(e: Example, chosen: Candidate): string {
  const line = (c: Candidate | undefined) =>
    `${c?.entity?.ar ?? "nobody"} [${c?.features.join(" ")}]`;
  const ruled =
    choose(e.candidates, new Map()) === e.candidates[e.gold] ? " (the rules had it)" : "";
  return `A${e.article} «${e.quote.slice(0, 40)}»${ruled}\n  annotated ${line(e.candidates[e.gold])}\n  chosen    ${line(chosen)}`;
}

const trained = trainSpeakerModel(data);
console.log(
  `${trained.examples} quotes (${trained.unreachable} annotated speakers were no candidate); the rules right for ${trained.rules.toFixed(3)}`,
);
for (const [l2, share] of trained.crossValidated) {
  console.log(
    `  L2 ${l2}: cross-validated ${share.toFixed(3)}${l2 === trained.l2 ? "  ← chosen" : ""}`,
  );
}
console.log(`rules alone: ${accuracy(new Map())}`);
console.log(`model:       ${accuracy(trained.weights)}`);

if (process.argv.includes("--show")) {
  useSpeakerWeights(new Map());
  const examples = speakerExamples(data).examples;
  useSpeakerWeights(null);
  const right = new Set(crossValidated(examples, trained.l2));
  for (const e of examples) {
    if (!right.has(e)) console.log(describe(e, choose(e.candidates, trained.weights)));
  }
}

writeFileSync(outFile, `${JSON.stringify(modelFile(trained), null, 2)}\n`);
console.log(`wrote ${outFile}`);
