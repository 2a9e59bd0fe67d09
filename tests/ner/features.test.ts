import { describe, expect, it } from "vitest";
import { LABELS } from "../../functions/core/extract/ner/decoder.ts";
import {
  BOS,
  bareStem,
  contextFeatures,
  DOC_HASHES,
  docFeatureHashes,
  docFeatureIds,
  docFeatureIdsOfKeys,
  docFeatures,
  docKey,
  docKeyOf,
  EOS,
  gazetteerTags,
  makeAnalyzer,
  mapDocCodes,
  tokenFeatures,
  wordFeatures,
} from "../../functions/core/extract/ner/features.ts";
import {
  liveGazetteerSnapshot,
  snapshotLists,
} from "../../functions/core/extract/ner/gazetteer-view.ts";

const lists = new Map<string, readonly string[]>([
  // The tagger reads the gazetteer from its lists (the snapshot stored with the model).
  ...snapshotLists(liveGazetteerSnapshot()),
  ["n|بوش", ["B-PERSh"]],
  ["b|بوش", ["B-PERSh"]],
  ["n|في", ["O10"]],
  ["w|ماكين", ["d5"]],
]);

describe("NER features", () => {
  it("gives an analysed word the same document key as its raw form", () => {
    const analyze = makeAnalyzer(lists);
    const words = [
      "وقال",
      "الرئيس",
      "بوش",
      "لبوش",
      "والسوريين",
      "في",
      "قال",
      "مع",
      "الأسد",
      "بالأسد",
      "إدلب",
      "حلب",
      "كيري",
      "ولافروف",
      "دي",
      "ميستورا",
      "2016",
      "،",
      "ABC",
      "سُوريّة",
      "ـ",
    ];
    for (const w of words) {
      const info = analyze(w);
      expect(docKeyOf(info.norm, info.bare), w).toBe(docKey(w));
    }
    expect(docKey("والسوريين")).not.toBeNull();
    expect(docKey("في")).toBeNull();
  });

  it("strips clitics and the article conservatively", () => {
    expect(bareStem("والرئيس")).toEqual({ clitic: "وال", bare: "رئيس" });
    expect(bareStem("بالعراق")).toEqual({ clitic: "بال", bare: "عراق" });
    expect(bareStem("للامم")).toEqual({ clitic: "لل", bare: "امم" });
    expect(bareStem("ولبنان")).toEqual({ clitic: "و", bare: "لبنان" });
    // A bare ب/ل is not stripped: «بغداد», «لبنان» keep their first letter.
    expect(bareStem("بغداد")).toEqual({ clitic: "", bare: "بغداد" });
    expect(bareStem("لبنان")).toEqual({ clitic: "", bare: "لبنان" });
    // Short words stay whole («ولد», «الى»).
    expect(bareStem("ولد")).toEqual({ clitic: "", bare: "ولد" });
  });

  it("analyses a word once: normal form, shape, cue class, lists", () => {
    const analyze = makeAnalyzer(lists);
    const w = analyze("والرئيس");
    expect(w).toMatchObject({ norm: "والرييس", bare: "رييس", clitic: "وال", shape: "a" });
    expect(analyze("والرئيس")).toBe(w);
    expect(analyze("وزير").cue).toBe("role");
    expect(analyze("بمدينة").cue).toBe("place");
    expect(analyze("وكالة").cue).toBe("org");
    expect(analyze("بوش").lists).toEqual(["nB-PERSh", "bB-PERSh"]);
    expect(analyze("ماكين").lists).toEqual(["wd5"]);
    expect(analyze("2006").shape).toBe("d");
    expect(analyze("،").shape).toBe("p");
    expect(analyze("CNN").shape).toBe("L");
    expect(analyze("أ.ف.ب").shape).toBe("apap+");
  });

  it("gives each offset its own features and only cue classes at ±3", () => {
    const analyze = makeAnalyzer(lists);
    const w = analyze("بوش");
    const at = (k: number) => {
      const out: number[] = [];
      wordFeatures(w, k, out);
      return out;
    };
    expect(at(3)).toEqual([]); // no cue word
    expect(at(-3)).toEqual([]);
    expect(at(-3)).toEqual(at(3));
    const f0 = at(0);
    const f1 = at(1);
    expect(f0.length).toBeGreaterThan(f1.length);
    // Same word at different offsets: disjoint feature hashes.
    expect(f0.some((h) => f1.includes(h))).toBe(false);
    expect(at(0)).toEqual(f0); // deterministic
    const cue: number[] = [];
    wordFeatures(analyze("وزير"), 3, cue);
    expect(cue).toHaveLength(1);
  });

  it("marks gazetteer names over the sequence, longest match first", () => {
    const words = ["زار", "الرئيس", "بشار", "الأسد", "مدينة", "حلب", "والولايات", "المتحدة", "."];
    const tags = gazetteerTags(lists, words);
    expect(tags).toEqual(["", "", "B-person", "I-person", "", "B-place", "B-place", "I-place", ""]);
    // From analysed words (the tagger's way: each knows whether a name can start there).
    const analyze = makeAnalyzer(lists);
    expect(gazetteerTags(lists, words, words.map(analyze))).toEqual(tags);
    tags.forEach((t, i) => {
      if (t.startsWith("B-")) expect(analyze(words[i] as string).startsName).toBe(true);
    });
    expect(analyze(".").startsName).toBe(false);
  });

  it("builds token features from word features at every offset plus context", () => {
    const analyze = makeAnalyzer(lists);
    const words = ["قال", "بوش", "في", "واشنطن"];
    const infos = words.map((w) => analyze(w));
    const gaz = gazetteerTags(lists, words);
    const all: number[] = [];
    tokenFeatures(infos, gaz, 1, analyze(BOS), analyze(EOS), all);
    const ctx: number[] = [];
    contextFeatures(infos, gaz, 1, analyze(BOS), analyze(EOS), ctx);
    const own: number[] = [];
    wordFeatures(infos[1] ?? analyze(EOS), 0, own);
    for (const h of [...ctx, ...own]) expect(all).toContain(h);
  });

  it("gives the second pass document features from first-pass labels", () => {
    const sentences = [
      ["وقال", "فيم", "دويسنبرج", "امس"],
      ["وكان", "دويسنبرج", "قد", "قال"],
    ];
    const first = [
      ["O", "B-PERS", "I-PERS", "O"],
      ["O", "O", "O", "O"],
    ];
    const f = docFeatures(sentences, first, 15);
    expect(f[1]?.[1]).toEqual(["s1=O", "d=I-PERS", "dm=I-PERS", "dm=I-PERS|s1=O", "s1=O|O|O"]);
    expect(f[0]?.[2]).toEqual(["s1=I-PERS", "d=O", "dm=O", "dm=O|s1=I-PERS", "s1=B-PERS|I-PERS|O"]);
    // Function words link nothing.
    expect(f[1]?.[2]).toEqual(["s1=O", "s1=O|O|O"]);
    // Out of the window, nothing links.
    expect(docFeatures(sentences, first, 0)[1]?.[1]).toEqual(["s1=O", "s1=O|O|O"]);
  });

  it("computes the same document features as hashes, without strings", () => {
    const sentences = [
      ["وقال", "فيم", "دويسنبرج", "امس", "في", "فرانكفورت"],
      ["وكان", "دويسنبرج", "قد", "قال", "."],
      ["دويسنبرج", "و", "فرانكفورت", "و", "دويسنبرج"],
    ];
    const first = [
      ["O", "B-PERS", "I-PERS", "O", "O", "B-LOC"],
      ["O", "B-PERS", "O", "O", "O"],
      ["B-ORG", "O", "B-LOC", "O", "O"],
    ];
    for (const window of [0, 1, 15]) {
      const strings = docFeatures(sentences, first, window);
      const ids = docFeatureIds(
        sentences,
        first.map((ts) => ts.map((t) => LABELS.indexOf(t))),
        window,
      );
      sentences.forEach((ws, s) => {
        ws.forEach((_, i) => {
          const expected: number[] = [];
          docFeatureHashes(strings[s]?.[i], expected);
          const d = ids[s];
          const got = Array.from(d?.ids.subarray(d.offs[i], d.offs[i + 1]) ?? []);
          expect(got.sort()).toEqual(expected.sort());
        });
      });
    }
  });

  it("writes document features as any codes the caller maps them to, leaving negatives out", () => {
    // Sentences «دويسنبرج قال في فرانكفورت» and «وكان دويسنبرج في فرانكفورت .»: label indices
    // of the first pass and the two names' keys.
    const first = [
      [1, 0, 0, 3],
      [0, 1, 0, 3, 0],
    ];
    const keys = [Int32Array.of(0, -1, -1, 1), Int32Array.of(-1, 0, -1, 1, -1)];
    const hashes = docFeatureIdsOfKeys(keys, 2, first, 15);
    // A stand-in for a weight table: every third hash is "not in the model".
    const known = [...new Set(hashes.flatMap((d) => Array.from(d.ids)))];
    const entryOf = new Map(known.map((h, k) => [h, k % 3 === 0 ? -1 : k]));
    const codes = mapDocCodes(DOC_HASHES, (h) => entryOf.get(h) ?? -1);
    const mapped = docFeatureIdsOfKeys(keys, 2, first, 15, codes);
    hashes.forEach((d, s) => {
      const m = mapped[s];
      for (let i = 0; i + 1 < d.offs.length; i++) {
        const expected = Array.from(d.ids.subarray(d.offs[i], d.offs[i + 1]))
          .map((h) => entryOf.get(h) ?? -1)
          .filter((e) => e >= 0);
        expect(Array.from(m?.ids.subarray(m.offs[i], m.offs[i + 1]) ?? [])).toEqual(expected);
      }
    });
    expect(mapped.some((d) => d.ids.length > 0)).toBe(true);
    expect(known.some((h) => entryOf.get(h) === -1)).toBe(true);
  });
});
