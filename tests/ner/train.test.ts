import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { LABELS } from "../../functions/core/extract/ner/decoder.ts";
import {
  loadStacked,
  modelJson,
  serialiseModel,
  stackedFile,
} from "../../functions/core/extract/ner/model.ts";
import { makeDocumentTagger } from "../../functions/core/extract/ner/tagger.ts";
import type { Sentence } from "../../training/ner/corpus.ts";
import { averageRaw, buildLists, trainStacked } from "../../training/ner/train.ts";

/** A tiny corpus: people after «قال», places after «في», an organisation after «وكالة». */
function corpus(): Sentence[] {
  const people = ["زيد عمر", "سامي حداد", "ليلى نصار", "كريم سالم", "هدى يوسف", "رامي خليل"];
  const places = ["دمشق", "عمان", "بيروت", "القاهرة", "بغداد", "تونس"];
  const out: Sentence[] = [];
  people.forEach((p, i) => {
    const [first = "", last = ""] = p.split(" ");
    const place = places[i] ?? "";
    out.push({
      words: ["قال", first, last, "في", place, "إن", "وكالة", "الأنباء", "نشرت", "الخبر", "."],
      tags: ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O", "O"],
    });
    out.push({
      words: ["وصل", first, last, "إلى", place, "أمس", "."],
      tags: ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O"],
    });
  });
  return out;
}

function train(seed: number): string {
  // No gazetteer: what the tiny corpus tests is learning, not the live lists (which grow, and
  // may list one of its words: «الخبر» is also Khobar).
  const w = trainStacked(corpus(), { epochs: 4, seed, folds: 2, gazetteer: new Map() });
  return modelJson(
    stackedFile({ seed }, serialiseModel(w.stage1, LABELS), serialiseModel(w.stage2, LABELS)),
  );
}

describe("training", () => {
  it("is deterministic: same data and seed give the same bytes", () => {
    const a = train(7);
    const b = train(7);
    const sha = (s: string) => createHash("sha256").update(s).digest("hex");
    expect(sha(a)).toBe(sha(b));
  });

  it("learns the tiny corpus and tags its sentences back", () => {
    const m = loadStacked(JSON.parse(train(7)));
    const tagger = makeDocumentTagger(m.stage1, m.stage2);
    const data = corpus();
    const out = tagger.tagDocument(data.map((s) => s.words));
    let right = 0;
    let total = 0;
    data.forEach((s, i) => {
      s.tags.forEach((t, k) => {
        total++;
        if (out[i]?.tags[k] === t) right++;
      });
    });
    expect(right / total).toBeGreaterThan(0.95);
  });

  it("builds name lists with type and reliability", () => {
    const lists = buildLists(corpus());
    expect(lists.get("n|زيد")).toEqual(["B-PERSh"]);
    expect(lists.get("n|عمر")).toEqual(["I-PERSh"]);
    expect(lists.get("n|في")).toEqual(["O4"]); // six times, never in an entity
  });
});

describe("averaging models", () => {
  it("means each feature's weights over the models, a missing row counting as zeros", () => {
    const model = (hashes: number[], weights: number[], t: number) => ({
      hashes,
      weights,
      trans: [t, t, t, t],
      start: [t, t],
      lists: new Map(),
      meta: {},
    });
    const a = model([5, 9], [1, 2, 3, 4], 0);
    const b = model([9, 7], [6, 8, 10, 12], 2);
    const mean = averageRaw([a, b]);
    expect(Array.from(mean.hashes)).toEqual([5, 7, 9]);
    expect(Array.from(mean.weights)).toEqual([0.5, 1, 5, 6, 4.5, 6]);
    expect(Array.from(mean.trans)).toEqual([1, 1, 1, 1]);
    expect(Array.from(mean.start)).toEqual([1, 1]);
    expect(averageRaw([a])).toMatchObject({ hashes: [5, 9] });
  });
});
