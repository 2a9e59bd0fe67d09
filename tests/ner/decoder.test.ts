import { describe, expect, it } from "vitest";
import {
  bioConstraints,
  LABELS,
  viterbi,
  viterbiWithMargins,
} from "../../functions/core/extract/ner/decoder.ts";

/** A lattice over the given labels with no constraints unless asked. */
function lattice(
  labels: readonly string[],
  emit: number[][],
  trans: number[][],
  start: number[],
  constrained = false,
) {
  const L = labels.length;
  const c = bioConstraints(labels);
  return {
    emit: Float64Array.from(emit.flat()),
    n: emit.length,
    L,
    trans: Float64Array.from(trans.flat()),
    start: Float64Array.from(start),
    allowed: constrained ? c.allowed : new Uint8Array(L * L).fill(1),
    allowedStart: constrained ? c.allowedStart : new Uint8Array(L).fill(1),
  };
}

describe("Viterbi", () => {
  it("finds the best path of a hand-computed two-label lattice", () => {
    // Labels A, B. Scores of all 8 paths (start + emission, then transition + emission):
    //   AAA = 1+2 +0+1 +0+0 = 4      AAB = 1+2 +0+1 +3+2 = 9
    //   ABA = 1+2 +3+0 +1+0 = 7      ABB = 1+2 +3+0 +0+2 = 8
    //   BAA = 0+0 +1+1 +0+0 = 2      BAB = 0+0 +1+1 +3+2 = 7
    //   BBA = 0+0 +0+0 +1+0 = 1      BBB = 0+0 +0+0 +0+2 = 2
    const lat = lattice(
      ["A", "B"],
      [
        [2, 0],
        [1, 0],
        [0, 2],
      ],
      [
        [0, 3],
        [1, 0],
      ],
      [1, 0],
    );
    expect(Array.from(viterbi(lat))).toEqual([0, 0, 1]);
    const { path, margin } = viterbiWithMargins(lat);
    expect(Array.from(path)).toEqual([0, 0, 1]);
    // Position 0: best with B there is BAB = 7 → margin 2. Position 1: best with B is ABB = 8 → 1.
    // Position 2: best with A there is ABA = 7 → 2.
    expect(Array.from(margin)).toEqual([2, 1, 2]);
  });

  it("never puts I-X after O or after another type, nor at the start", () => {
    const L = LABELS.length;
    const iPers = LABELS.indexOf("I-PERS");
    const bPers = LABELS.indexOf("B-PERS");
    const bLoc = LABELS.indexOf("B-LOC");
    // Emissions love I-PERS everywhere and hate B-PERS; O is second best.
    const row = (boost: Record<number, number>) =>
      Array.from({ length: L }, (_, y) => boost[y] ?? (y === 0 ? 1 : y === bPers ? -10 : 0));
    const zero = Array.from({ length: L }, () => new Array<number>(L).fill(0));
    const lat = lattice(
      LABELS,
      [row({ [iPers]: 5 }), row({ [iPers]: 5 })],
      zero,
      new Array<number>(L).fill(0),
      true,
    );
    const path = Array.from(viterbi(lat)).map((y) => LABELS[y]);
    // Unconstrained, I-PERS I-PERS (10) would win; B-PERS I-PERS scores -5, O O scores 2.
    expect(path).toEqual(["O", "O"]);
    // With B-PERS plausible first, I-PERS may follow it.
    const lat2 = lattice(
      LABELS,
      [row({ [bPers]: 3, [bLoc]: 3.5 }), row({ [iPers]: 5 })],
      zero,
      new Array<number>(L).fill(0),
      true,
    );
    // B-LOC I-PERS is illegal, so B-PERS I-PERS (3 + 5) beats B-LOC O (3.5 + 1).
    expect(Array.from(viterbi(lat2)).map((y) => LABELS[y])).toEqual(["B-PERS", "I-PERS"]);
    const c = bioConstraints(LABELS);
    expect(c.allowed[0 * L + iPers]).toBe(0);
    expect(c.allowed[bLoc * L + iPers]).toBe(0);
    expect(c.allowed[bPers * L + iPers]).toBe(1);
    expect(c.allowed[iPers * L + iPers]).toBe(1);
    expect(c.allowedStart[iPers]).toBe(0);
  });

  it("handles empty and one-word inputs", () => {
    expect(
      Array.from(
        viterbi(
          lattice(
            ["A", "B"],
            [],
            [
              [0, 0],
              [0, 0],
            ],
            [0, 0],
          ),
        ),
      ),
    ).toEqual([]);
    expect(
      Array.from(
        viterbi(
          lattice(
            ["A", "B"],
            [[0, 1]],
            [
              [0, 0],
              [0, 0],
            ],
            [0, 0],
          ),
        ),
      ),
    ).toEqual([1]);
  });
});
