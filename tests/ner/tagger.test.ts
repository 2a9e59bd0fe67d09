import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  bioConstraints,
  LABELS,
  makeDecoder,
  viterbiWithMargins,
} from "../../functions/core/extract/ner/decoder.ts";
import { DOC_WINDOW, docFeatureIds } from "../../functions/core/extract/ner/features.ts";
import modelFile from "../../functions/core/extract/ner/model.json" with { type: "json" };
import { loadStacked, type StackedModelFile } from "../../functions/core/extract/ner/model.ts";
import { makeDocumentTagger, makeTagger } from "../../functions/core/extract/ner/tagger.ts";
import { seededRandom } from "../../functions/core/seeded-random.ts";

const model = loadStacked(modelFile as unknown as StackedModelFile);

/** The sample articles as tagger sentences: words and punctuation split on spaces. */
function sentences(): string[][] {
  const dir = new URL("../../samples/", import.meta.url);
  const text = readdirSync(dir)
    .sort()
    .slice(0, 2)
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

  it("tags a document exactly as the two passes run one after the other", () => {
    const ss = sentences();
    const first = makeTagger(model.stage1);
    const second = makeTagger(model.stage2);
    const pass1 = ss.map((ws) => first.tag(ws).path);
    const extra = docFeatureIds(ss, pass1, DOC_WINDOW);
    const expected = ss.map((ws, s) => second.tag(ws, extra[s]));
    const got = makeDocumentTagger(model.stage1, model.stage2).tagDocument(ss);
    expect(got.map((r) => r.tags)).toEqual(expected.map((r) => r.tags));
    expect(got.map((r) => Array.from(r.margins))).toEqual(
      expected.map((r) => Array.from(r.margins)),
    );
    // The samples name people and places: the tagger must find some.
    expect(got.flatMap((r) => r.tags).filter((t) => t !== "O").length).toBeGreaterThan(10);
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
