import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { harmonise, keyedDocument } from "../../functions/core/extract/ner/consistency.ts";
import {
  bioConstraints,
  LABELS,
  makeDecoder,
  viterbiWithMargins,
} from "../../functions/core/extract/ner/decoder.ts";
import {
  BOS,
  contextFeatures,
  DOC_WINDOW,
  docFeatureIds,
  EOS,
  gazetteerTags,
  makeAnalyzer,
  OFFSETS,
  wordFeatures,
} from "../../functions/core/extract/ner/features.ts";
import modelFile from "../../functions/core/extract/ner/model.json" with { type: "json" };
import {
  loadStacked,
  type NerModel,
  type StackedModelFile,
} from "../../functions/core/extract/ner/model.ts";
import {
  type DocumentTagger,
  makeDocumentTagger,
  makeTagger,
} from "../../functions/core/extract/ner/tagger.ts";
import { seededRandom } from "../../functions/core/seeded-random.ts";

const model = loadStacked(modelFile as unknown as StackedModelFile);

/** The sample articles (the first `files`) as tagger sentences: words and punctuation split on spaces. */
function sentences(files = 2): string[][] {
  const dir = new URL("../../samples/", import.meta.url);
  const text = readdirSync(dir)
    .sort()
    .slice(0, files)
    .map((f) => readFileSync(new URL(f, dir), "utf8"))
    .join("\n");
  return text
    .split(/\n+/)
    .map((p) =>
      p
        .replace(/([.،,:«»"()])/g, " $1 ")
        .split(/\s+/)
        .filter(Boolean),
    )
    .filter((ws) => ws.length > 0);
}

/**
 * The tagger's scores computed the plain way, feature by feature from tokenFeatures' parts:
 * each offset's word features summed in float32 in their order (as the tagger's per-word cache
 * holds them), everything else in float64, then the reference decoder.
 */
function referenceTag(model: NerModel, words: readonly string[]) {
  const L = LABELS.length;
  const rowOf = new Map<number, number>();
  model.hashes.forEach((h, r) => {
    rowOf.set(h, r);
  });
  const analyze = makeAnalyzer(model.lists);
  const infos = words.map((w) => analyze(w));
  const gaz = gazetteerTags(model.lists, words, infos);
  const bos = analyze(BOS);
  const eos = analyze(EOS);
  const n = words.length;
  const emit = new Float64Array(n * L);
  const weight = (h: number, y: number) => {
    const r = rowOf.get(h);
    return r === undefined ? 0 : (model.weights[r * L + y] as number);
  };
  for (let i = 0; i < n; i++) {
    const ctx: number[] = [];
    contextFeatures(infos, gaz, i, bos, eos, ctx);
    for (let y = 0; y < L; y++) {
      let score = 0;
      for (const h of ctx) score += weight(h, y);
      for (const k of OFFSETS) {
        const j = i + k;
        const feats: number[] = [];
        wordFeatures(j < 0 ? bos : j >= n ? eos : (infos[j] as (typeof infos)[number]), k, feats);
        let sum32 = 0;
        for (const h of feats) sum32 = Math.fround(sum32 + weight(h, y));
        score += sum32;
      }
      emit[i * L + y] = score;
    }
  }
  const { allowed, allowedStart } = bioConstraints(LABELS);
  return viterbiWithMargins({
    emit,
    n,
    L,
    trans: model.trans,
    start: model.start,
    allowed,
    allowedStart,
  });
}

describe("run-time tagger", () => {
  it("gives the same labels and margins whether its word cache is evicted or not", () => {
    const roomy = makeTagger(model.stage1);
    const tight = makeTagger(model.stage1, 8);
    const ss = sentences();
    expect(ss.length).toBeGreaterThan(5);
    for (const ws of [...ss, ...ss]) {
      const a = roomy.tag(ws);
      const b = tight.tag(ws);
      expect(Array.from(b.path)).toEqual(Array.from(a.path));
      expect(Array.from(b.margins)).toEqual(Array.from(a.margins));
    }
  });

  it("scores every token as the plain sum of its features' weights, whatever it caches", () => {
    // A tight word cache also empties the pair cache often; all five samples hold some 2,500
    // word pairs, so the roomy tagger's pair table grows on the way: every path, the same bits.
    const cases = [
      { tagger: makeTagger(model.stage1), files: 5 },
      { tagger: makeTagger(model.stage1, 8), files: 2 },
    ];
    for (const { tagger, files } of cases) {
      for (const ws of [...sentences(files), ...sentences(files)]) {
        const expected = referenceTag(model.stage1, ws);
        const got = tagger.tag(ws);
        expect(Array.from(got.path)).toEqual(Array.from(expected.path));
        expect(Array.from(got.margins)).toEqual(Array.from(expected.margin));
      }
    }
  });

  it("tags a document exactly as the two passes and the consistency pass run one after the other", () => {
    const ss = sentences();
    const first = makeTagger(model.stage1);
    const second = makeTagger(model.stage2);
    const pass1 = ss.map((ws) => first.tag(ws).path);
    const extra = docFeatureIds(ss, pass1, DOC_WINDOW);
    const passes = ss.map((ws, s) => second.tag(ws, extra[s]));
    const raw = makeDocumentTagger(model.stage1, model.stage2, { consistent: false });
    expect(raw.tagDocument(ss).map((r) => r.tags)).toEqual(passes.map((r) => r.tags));
    const expected = harmonise(keyedDocument(ss), passes);
    const got = makeDocumentTagger(model.stage1, model.stage2).tagDocument(ss);
    expect(got.map((r) => r.tags)).toEqual(expected.map((r) => r.tags));
    expect(got.map((r) => Array.from(r.margins))).toEqual(
      expected.map((r) => Array.from(r.margins)),
    );
    // The samples name people and places: the tagger must find some.
    expect(got.flatMap((r) => r.tags).filter((t) => t !== "O").length).toBeGreaterThan(10);
  });

  it("tags the same with tokenizer form hints, whether they are right, stale or wrong", () => {
    const ss = sentences();
    const expected = makeDocumentTagger(model.stage1, model.stage2).tagDocument(ss);
    const same = (got: ReturnType<DocumentTagger["tagDocument"]>) => {
      expect(got.map((r) => r.tags)).toEqual(expected.map((r) => r.tags));
      expect(got.map((r) => Array.from(r.margins))).toEqual(
        expected.map((r) => Array.from(r.margins)),
      );
    };
    // Right: one number per distinct word, as the tokenizer gives.
    const formOf = new Map<string, number>();
    const right = ss.map((ws) =>
      ws.map((w) => formOf.get(w) ?? formOf.set(w, formOf.size).get(w) ?? -1),
    );
    const tagger = makeDocumentTagger(model.stage1, model.stage2);
    same(tagger.tagDocument(ss, right));
    // Stale: the tokenizer emptied its table and gave the numbers to other words.
    const shifted = right.map((fs) => fs.map((f) => (f + 7) % formOf.size));
    same(tagger.tagDocument(ss, shifted));
    // Wrong: random numbers, repeated across different words.
    const random = seededRandom(3);
    same(
      tagger.tagDocument(
        ss,
        right.map((fs) => fs.map(() => Math.floor(random() * 50))),
      ),
    );
    same(tagger.tagDocument(ss, right));
  });
});

describe("makeDecoder", () => {
  it("agrees with viterbiWithMargins on random lattices, reusing its buffers", () => {
    const L = LABELS.length;
    const { allowed, allowedStart } = bioConstraints(LABELS);
    const rnd = seededRandom(7);
    const trans = Float32Array.from({ length: L * L }, () => rnd() * 4 - 2);
    const start = Float32Array.from({ length: L }, () => rnd() * 2 - 1);
    const decode = makeDecoder({ L, trans, start, allowed, allowedStart });
    for (const n of [1, 2, 7, 300, 3, 0, 150]) {
      const emit = Float64Array.from({ length: n * L }, () => rnd() * 6 - 3);
      const ref = viterbiWithMargins({ emit, n, L, trans, start, allowed, allowedStart });
      const got = decode(emit, n, true);
      expect(Array.from(got.path)).toEqual(Array.from(ref.path));
      expect(Array.from(got.margin ?? [])).toEqual(Array.from(ref.margin));
      expect(Array.from(decode(emit, n, false).path)).toEqual(Array.from(ref.path));
    }
  });
});
