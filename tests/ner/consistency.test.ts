import { describe, expect, it } from "vitest";
import {
  harmonise,
  keyedDocument,
  mentionKey,
} from "../../functions/core/extract/ner/consistency.ts";
import { LABELS } from "../../functions/core/extract/ner/decoder.ts";
import { DOC_WINDOW } from "../../functions/core/extract/ner/features.ts";
import type { TagResult } from "../../functions/core/extract/ner/tag-result.ts";

/** A tagger result from a space-separated label line; every word gets `margin`. */
function result(labels: string, margin = 10): TagResult {
  const tags = labels.split(" ");
  return {
    tags,
    path: Int32Array.from(tags, (t) => LABELS.indexOf(t)),
    margins: new Float64Array(tags.length).fill(margin),
  };
}

/** harmonise over sentences written as space-separated words, labels beside them. */
function run(doc: readonly (readonly [string, string, number?])[], window?: number) {
  const sentences = doc.map(([words]) => words.split(" "));
  const results = doc.map(([, labels, margin]) => result(labels, margin));
  return harmonise(keyedDocument(sentences), results, window);
}

describe("mentionKey", () => {
  it("drops a conjunction or preposition but keeps the article", () => {
    expect(mentionKey("وستودهام")).toBe(mentionKey("ستودهام"));
    expect(mentionKey("بالمشهد")).toBe(mentionKey("المشهد"));
    expect(mentionKey("للمشهد")).toBe(mentionKey("المشهد"));
    expect(mentionKey("المشهد")).not.toBe(mentionKey("مشهد"));
    expect(mentionKey("أنصاري")).toBe(mentionKey("انصاري"));
  });
});

describe("harmonise: propagate", () => {
  it("labels an unlabelled mention of a name labelled nearby, clitic aside", () => {
    const out = run([
      ["قال ستودهام إن", "O B-PERS O"],
      ["وأضاف وستودهام أن", "O O O"],
    ]);
    expect(out[1]?.tags).toEqual(["O", "B-PERS", "O"]);
    expect(Array.from(out[1]?.path ?? [])).toEqual([0, LABELS.indexOf("B-PERS"), 0]);
  });

  it("copies multi-word names whole, longest first", () => {
    const out = run([
      ["التقى أنوش أنصاري اليوم", "O B-PERS I-PERS O"],
      ["وصل أنوش أنصاري إلى", "O O O O"],
    ]);
    expect(out[1]?.tags).toEqual(["O", "B-PERS", "I-PERS", "O"]);
  });

  it("completes a name the tagger cut short when the full name was labelled nearby", () => {
    const out = run([
      ["التقى أنوش أنصاري اليوم", "O B-PERS I-PERS O"],
      ["وصل أنوش أنصاري إلى", "O O B-PERS O"],
    ]);
    expect(out[1]?.tags).toEqual(["O", "B-PERS", "I-PERS", "O"]);
  });

  it("does not join two labelled names that were never seen together", () => {
    const out = run([["استفزازات ماتيراتزي لزيدان", "O B-PERS B-PERS"]]);
    expect(out[0]?.tags).toEqual(["O", "B-PERS", "B-PERS"]);
  });

  it("never copies across the article: «المشهد» (the scene) is not «مشهد» (Mashhad)", () => {
    const out = run([
      ["وصل إلى مشهد أمس", "O O B-LOC O"],
      ["وصف المشهد بأنه", "O O O"],
    ]);
    expect(out[1]?.tags).toEqual(["O", "O", "O"]);
  });

  it("gives a copy the margin of its most confident source", () => {
    const out = run([
      ["قال ستودهام إن", "O B-PERS O", 40],
      ["رد ستودهام على", "O B-PERS O", 70],
      ["وأضاف ستودهام أن", "O O O", 5],
    ]);
    expect(out[2]?.margins[1]).toBe(70);
    expect(out[2]?.margins[0]).toBe(5);
  });

  it("copies only within DOC_WINDOW sentences", () => {
    const doc: [string, string][] = [["قال ستودهام إن", "O B-PERS O"]];
    for (let i = 0; i < DOC_WINDOW; i++) doc.push(["جملة أخرى هنا", "O O O"]);
    doc.push(["وأضاف ستودهام أن", "O O O"]);
    expect(run(doc).at(-1)?.tags).toEqual(["O", "O", "O"]);
    expect(run(doc, DOC_WINDOW + 1).at(-1)?.tags).toEqual(["O", "B-PERS", "O"]);
  });

  it("never spreads MISC", () => {
    const out = run([
      ["مهرجان كان السينمائي", "O B-MISC O"],
      ["في كان أيضا", "O O O"],
    ]);
    expect(out[1]?.tags).toEqual(["O", "O", "O"]);
  });

  it("takes the most frequent type among the sources", () => {
    const out = run([
      ["لاعب مارادونا الشهير", "O B-PERS O"],
      ["قال مارادونا إن", "O B-PERS O"],
      ["فريق مارادونا اليوم", "O B-ORG O"],
      ["عاد مارادونا إلى", "O O O"],
    ]);
    expect(out[3]?.tags).toEqual(["O", "B-PERS", "O"]);
  });
});

describe("harmonise: vote", () => {
  it("relabels a minority reading to the majority type nearby", () => {
    const out = run([
      ["لاعب مارادونا الشهير", "O B-PERS O"],
      ["قال مارادونا إن", "O B-PERS O"],
      ["فريق مارادونا اليوم", "O B-ORG O"],
    ]);
    expect(out[2]?.tags).toEqual(["O", "B-PERS", "O"]);
  });

  it("keeps a label on a tie", () => {
    const out = run([
      ["لاعب مارادونا الشهير", "O B-PERS O"],
      ["فريق مارادونا اليوم", "O B-ORG O"],
    ]);
    expect(out.map((r) => r.tags[1])).toEqual(["B-PERS", "B-ORG"]);
  });
});

describe("harmonise: contract", () => {
  it("changes nothing when every name is read one way", () => {
    const doc: [string, string][] = [
      ["قال جون كيري إن", "O B-PERS I-PERS O"],
      ["وأضاف كيري في موسكو", "O B-PERS O B-LOC"],
    ];
    const out = run(doc);
    expect(out.map((r) => r.tags.join(" "))).toEqual(doc.map(([, l]) => l));
  });

  it("leaves its input untouched", () => {
    const results = [result("O B-PERS O"), result("O O O")];
    const out = harmonise(
      keyedDocument([
        ["قال", "ستودهام", "إن"],
        ["وأضاف", "ستودهام", "أن"],
      ]),
      results,
    );
    expect(results[1]?.tags).toEqual(["O", "O", "O"]);
    expect(Array.from(results[1]?.path ?? [])).toEqual([0, 0, 0]);
    expect(out[1]?.tags).toEqual(["O", "B-PERS", "O"]);
    // A sentence nothing changed in comes back as it was given.
    expect(out[0]).toBe(results[0]);
  });

  it("handles empty documents and sentences", () => {
    expect(harmonise(keyedDocument([]), [])).toEqual([]);
    expect(harmonise(keyedDocument([[]]), [emptyResult()])).toEqual([emptyResult()]);
  });
});

function emptyResult(): TagResult {
  return { tags: [], path: new Int32Array(0), margins: new Float64Array(0) };
}
