import { describe, expect, it } from "vitest";
import { arabicLetters } from "../../functions/core/extract/translit/letters.ts";
import { GraphoneModel } from "../../functions/core/extract/translit/model.ts";
import { levenshtein, score } from "../../training/translit/evaluate.ts";
import { DEFAULT_OPTIONS, parsePairs, train } from "../../training/translit/train.ts";

// A toy corpus in the data's format: latin TAB spaced Arabic TAB count.
const DATA = [
  "karim\tك ر ي م\t3",
  "karima\tك ر ي م ة\t2",
  "kamal\tك م ا ل\t4",
  "kamil\tك ا م ل\t2",
  "malik\tم ا ل ك\t3",
  "salim\tس ا ل م\t2",
  "salima\tس ل ي م ة\t1",
  "samir\tس م ي ر\t5",
  "amira\tأ م ي ر ة\t2",
  "amir\tأ م ي ر\t3",
  "rami\tر ا م ي\t2",
  "lama\tل م ى\t1",
  "sami\tس ا م ي\t4",
  "marwan\tم ر و ا ن\t2",
  "mira\tم ي ر ا\t1",
  "bad line without tabs",
  "\t\t",
]
  .map((l) => `${l}\n`)
  .join("");

const OPTS = { ...DEFAULT_OPTIONS, minCount: 1, minBigram: 1, minGraphone: 1, dropWorst: 0 };

describe("training", () => {
  it("parses pairs, skipping unusable lines", () => {
    const pairs = parsePairs(DATA, arabicLetters);
    expect(pairs).toHaveLength(15);
    expect(pairs[0]).toEqual({
      letters: ["ك", "ر", "ي", "م"],
      latin: "karim",
      raw: "karim",
      count: 3,
    });
  });

  it("is deterministic: same data, same artefact bytes", () => {
    const pairs = parsePairs(DATA, arabicLetters);
    const a = JSON.stringify(train(pairs, OPTS).artefact);
    const b = JSON.stringify(train(parsePairs(DATA, arabicLetters), OPTS).artefact);
    expect(a).toBe(b);
  });

  it("learns its training names back and generalises to a new combination", () => {
    const pairs = parsePairs(DATA, arabicLetters);
    const model = new GraphoneModel(train(pairs, OPTS).artefact);
    const outs = pairs.map((p) => model.decode(p.letters));
    expect(
      score(
        outs,
        pairs.map((p) => p.latin),
      ).exact,
    ).toBeGreaterThan(0.7);
    // سامر: not in the data, built from known pieces.
    expect(levenshtein(model.decode(arabicLetters("سامر")), "samir")).toBeLessThanOrEqual(2);
  });

  it("levenshtein and scores", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("", "abc")).toBe(3);
    const s = score(["abc", "abd"], ["abc", "abc"]);
    expect(s.exact).toBe(0.5);
    expect(s.cer).toBeCloseTo(1 / 6);
  });
});
