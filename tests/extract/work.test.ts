/**
 * Bounded work on crafted input, counted rather than timed: each pass that could compare
 * every item with every other (issue 20: a line of «وقال جون كيري إن» was quadratic) reports
 * the items it examined, and four times the input must cost about four times the work.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../functions/core/extract/index.ts";
import { harmonise, keyedDocument } from "../../functions/core/extract/ner/consistency.ts";
import { LABELS } from "../../functions/core/extract/ner/decoder.ts";
import type { TagResult } from "../../functions/core/extract/ner/tag-result.ts";
import { countingWork } from "../../functions/core/extract/work.ts";
import { expectLinearWork, PASSES } from "../helpers/work.ts";

/** `unit` repeated to about `bytes` bytes of UTF-8 (Arabic letters are two bytes). */
const repeat = (unit: string, bytes: number) =>
  unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

const CRAFTED: Record<string, string> = {
  "one line of a speech cue and a name": "وقال جون كيري إن ",
  "one line of figures and places": "قتل 5 أشخاص في حلب وأصيب 7 في إدلب و",
  "one line of quotes with their speaker": "قال سيرغي لافروف «إن الهدنة صامدة حتى الآن» ثم ",
  "one line of names and nothing else": "بشار الأسد ستيفان دي ميستورا المرصد السوري ",
  "short sentences of one name repeated": "قال كيري. ",
};

describe("work per pass grows linearly with crafted input", () => {
  for (const [what, unit] of Object.entries(CRAFTED)) {
    it(what, () => {
      const small = countingWork(() => extractFacts(repeat(unit, 24_000))).work;
      const large = countingWork(() => extractFacts(repeat(unit, 96_000))).work;
      // Something was counted, so the test can fail.
      expect(PASSES.some((p) => (large[p] ?? 0) > 0)).toBe(true);
      expectLinearWork(small, large);
    });
  }

  it("the consistency pass, on a name the tagger read half the time", () => {
    // The tagger is too consistent to be fooled by repetition, so its output is crafted: the
    // name «أنصاري» labelled a person at every other word, in one sentence or in many.
    const person = LABELS.indexOf("B-PERS");
    const doc = (words: number, perSentence: number) => {
      const sentences: string[][] = [];
      const results: TagResult[] = [];
      for (let w = 0; w < words; w += perSentence) {
        const n = Math.min(perSentence, words - w);
        sentences.push(Array.from({ length: n }, () => "أنصاري"));
        const path = Int32Array.from({ length: n }, (_, i) => (i % 2 === 0 ? person : 0));
        results.push({
          tags: Array.from(path, (y) => LABELS[y] ?? "O"),
          path,
          margins: new Float64Array(n).fill(1),
        });
      }
      return { doc: keyedDocument(sentences), results };
    };
    for (const perSentence of [5, 1_000_000]) {
      const work = (words: number) => {
        const { doc: d, results } = doc(words, perSentence);
        const run = countingWork(() => harmonise(d, results));
        // The pass did its job: every word is now the person.
        expect(run.result.every((r) => r.tags.every((t) => t === "B-PERS"))).toBe(true);
        return run.work["consistency-readings"] ?? 0;
      };
      const a = work(4_000);
      const b = work(16_000);
      expect(a).toBeGreaterThan(0);
      expect(b, `${perSentence} words a sentence: ${a} → ${b}`).toBeLessThanOrEqual(5 * a + 64);
    }
  });

  it("counts nothing when nobody asked, and nests", () => {
    const inner = countingWork(() =>
      countingWork(() =>
        extractFacts("عنوان الخبر هنا اليوم\nقال كيري «إن الهدنة صامدة حتى الآن» أمس."),
      ),
    );
    expect(inner.work).toEqual({});
    expect(Object.values(inner.result.work).some((n) => (n ?? 0) > 0)).toBe(true);
  });
});
