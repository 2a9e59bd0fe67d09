import { describe, expect, it } from "vitest";
import { spansOf } from "../../functions/core/extract/ner/spans.ts";
import {
  readAnercorp,
  readWojood,
  repairBio,
  scoreEntities,
  splitAnercorp,
} from "../../training/ner/corpus.ts";

describe("entity-level scorer", () => {
  it("reads spans conlleval-style", () => {
    expect(spansOf(["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-ORG"])).toEqual([
      { type: "PERS", start: 0, end: 2 },
      { type: "LOC", start: 3, end: 4 },
      { type: "LOC", start: 4, end: 5 },
      { type: "ORG", start: 5, end: 6 },
    ]);
    expect(spansOf([])).toEqual([]);
    expect(spansOf(["I-PERS", "I-PERS"])).toEqual([{ type: "PERS", start: 0, end: 2 }]);
  });

  it("counts only exact span and type matches", () => {
    const gold = [
      ["B-PERS", "I-PERS", "O", "B-LOC", "O"],
      ["B-ORG", "I-ORG", "I-ORG", "O", "B-MISC"],
    ];
    const pred = [
      ["B-PERS", "I-PERS", "O", "B-ORG", "O"], // PERS right; LOC predicted as ORG
      ["B-ORG", "I-ORG", "O", "O", "B-MISC"], // ORG too short; MISC right
    ];
    const s = scoreEntities(gold, pred);
    expect(s.byType.PERS).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(s.byType.LOC).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(s.byType.ORG).toMatchObject({ tp: 0, fp: 2, fn: 1 });
    expect(s.byType.MISC).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // Micro over PERS/LOC/ORG: tp 1, fp 2, fn 2 → P = 1/3, R = 1/3.
    expect(s.micro.precision).toBeCloseTo(1 / 3, 10);
    expect(s.micro.recall).toBeCloseTo(1 / 3, 10);
    expect(s.micro.f1).toBeCloseTo(1 / 3, 10);
    // All four: tp 2, fp 2, fn 2.
    expect(s.microAll.f1).toBeCloseTo(0.5, 10);
  });
});

describe("ANERcorp reader and split", () => {
  it("repairs the corpus quirks and counts what it did", () => {
    const text = [
      "فرانكفورت B-LOC",
      " O",
      "اتحاد B-ORG",
      "صناعة I-ORG",
      "بوش I-PERS",
      "قال B-PER",
      ". Oالإصابة O",
      "الصالحية ونايفة B-LOC",
      ". O",
    ].join("\n");
    const { sentences, fixes } = readAnercorp(text);
    expect(sentences.map((s) => s.words)).toEqual([
      ["فرانكفورت", "اتحاد", "صناعة", "بوش", "قال", "."],
      ["الإصابة", "الصالحية", "ونايفة", "."],
    ]);
    expect(sentences[0]?.tags).toEqual(["B-LOC", "B-ORG", "I-ORG", "B-PERS", "B-PERS", "O"]);
    expect(sentences[1]?.tags).toEqual(["O", "B-LOC", "I-LOC", "O"]);
    expect(fixes.get("line without a token dropped")).toBe(1);
    expect(fixes.get("tag B-PER → B-PERS")).toBe(1);
    expect(fixes.get("I-PERS after I-ORG → B-PERS")).toBe(1);
    expect(repairBio(["O", "I-LOC", "I-LOC"])).toEqual(["O", "B-LOC", "I-LOC"]);
  });

  it("splits in document order and drops test sentences seen in training", () => {
    const s = (w: string) => ({
      words: [...w.split(" "), "."],
      tags: [...w.split(" "), "."].map(() => "O"),
    });
    const sentences = [s("a b c"), s("d e"), s("f g h"), s("a b c"), s("i j")];
    const split = splitAnercorp(sentences, 7);
    // The last sentences reaching 7 tokens: «i j .» (3) + «a b c .» (4).
    expect(split.train).toHaveLength(3);
    expect(split.test.map((x) => x.words.join(" "))).toEqual(["i j ."]);
    expect(split.droppedDuplicates).toBe(1);
    expect(split.duplicateSentencesInCorpus).toBe(1);
  });
});

describe("Wojood reader", () => {
  it("maps PERS/ORG/GPE/LOC, drops other types and keeps the outermost mapped entity", () => {
    const text = [
      "مجلس B-ORG",
      "الأمن I-ORG",
      "ضد I-ORG",
      "الأسد I-ORG B-PERS",
      "في O",
      "نابلس B-GPE",
      "سكرتير B-OCC",
      "اللجنة I-OCC B-ORG",
      "العربية I-OCC I-ORG",
      "$#$ O",
      "",
      "أمس B-DATE",
    ].join("\n");
    const out = readWojood(text);
    expect(out).toHaveLength(2);
    expect(out[0]?.tags).toEqual([
      "B-ORG",
      "I-ORG",
      "I-ORG",
      "I-ORG",
      "O",
      "B-LOC",
      "O",
      "B-ORG",
      "I-ORG",
    ]);
    expect(out[1]?.tags).toEqual(["O"]);
  });
});
