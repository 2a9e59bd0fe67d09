/**
 * The tagger reads the gazetteer from a snapshot stored with its model, not from the live
 * gazetteer: these tests check that the snapshot reads names exactly as the live trie does,
 * that the committed model carries the committed snapshot, and that a name outside the
 * snapshot never reaches the tagger's features however the live gazetteer grows.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { candidatesInSequence } from "../../functions/core/extract/gazetteer/index.ts";
import { gazetteerTags, makeAnalyzer } from "../../functions/core/extract/ner/features.ts";
import {
  gazetteerView,
  liveGazetteerSnapshot,
  snapshotLists,
} from "../../functions/core/extract/ner/gazetteer-view.ts";
import modelFile from "../../functions/core/extract/ner/model.json" with { type: "json" };
import { loadStacked, type StackedModelFile } from "../../functions/core/extract/ner/model.ts";
import { normalizeArabic } from "../../functions/core/extract/text/normalize.ts";

const ROOT = new URL("../../", import.meta.url);
const live = snapshotLists(liveGazetteerSnapshot());

/** The live gazetteer's reading: longest candidate with a name that is not a local form. */
function liveTags(words: readonly string[]): string[] {
  const refs = words.map((w) => ({ norm: normalizeArabic(w) || w }));
  const out = new Array<string>(words.length).fill("");
  let i = 0;
  while (i < refs.length) {
    const c = /^[\u0621-\u064A]/.test(refs[i]?.norm ?? "")
      ? candidatesInSequence(refs, i).find((c) => c.hits.some((h) => h.kind !== "local"))
      : undefined;
    const hit = c?.hits.find((h) => h.kind !== "local");
    if (!c || !hit) {
      i++;
      continue;
    }
    const tag = `${hit.entity.type}${hit.cue !== null ? "~" : ""}`;
    out[i] = `B-${tag}`;
    for (let j = i + 1; j < c.end; j++) out[j] = `I-${tag}`;
    i = c.end;
  }
  return out;
}

/** Words of the bundled articles, punctuation split off (the tagger's tokens). */
function articleSentences(): string[][] {
  const dirs = [new URL("samples/", ROOT), new URL("tests/fresh/articles/", ROOT)];
  return dirs.flatMap((dir) =>
    readdirSync(dir).flatMap((f) =>
      readFileSync(new URL(f, dir), "utf8")
        .split(/\n+/)
        .map((line) => line.split(/\s+|(?=[،؛.:«»"()])|(?<=[،؛.:«»"()])/).filter(Boolean)),
    ),
  );
}

describe("gazetteer snapshot for the tagger", () => {
  it("reads names exactly as the live gazetteer does when it holds the same names", () => {
    const sentences = articleSentences();
    expect(sentences.length).toBeGreaterThan(50);
    let names = 0;
    for (const words of sentences) {
      const tags = gazetteerTags(live, words);
      expect(tags, words.join(" ")).toEqual(liveTags(words));
      names += tags.filter((t) => t.startsWith("B-")).length;
    }
    expect(names).toBeGreaterThan(100);
  });

  it("gives words the roles they have inside full names", () => {
    const view = gazetteerView(live);
    expect(view.rolesOf(normalizeArabic("حلب"))).toContain("place:only");
    expect(view.rolesOf(normalizeArabic("كيري"))).toContain("person:last");
    expect(view.rolesOf("قال")).toEqual([]);
    expect(view.mayStart(normalizeArabic("وحلب"))).toBe(true);
    expect(view.mayStart("قال")).toBe(false);
  });

  it("is what the committed model carries: the committed snapshot file, entry for entry", () => {
    const committed = snapshotLists(
      readFileSync(new URL("functions/core/extract/ner/gazetteer-snapshot.tsv", ROOT), "utf8"),
    );
    const { lists } = loadStacked(modelFile as unknown as StackedModelFile).stage1;
    const inModel = [...lists].filter(([k]) => k.startsWith("g|") || k.startsWith("r|"));
    expect(inModel.length).toBe(committed.size);
    for (const [k, v] of inModel) expect(committed.get(k), k).toEqual(v);
  });

  it("keeps a name out of the tagger's features when only the live gazetteer knows it", () => {
    const words = ["قصفت", "الطائرات", "مدينة", "حلب", "أمس"];
    const without = new Map(live);
    without.delete(`g|${normalizeArabic("حلب")}`);
    without.delete(`r|${normalizeArabic("حلب")}`);
    expect(liveTags(words)[3]).toBe("B-place");
    expect(gazetteerTags(without, words)[3]).toBe("");
    const info = makeAnalyzer(without)("حلب");
    expect(info.gazWord).toEqual([]);
    expect(info.startsName).toBe(false);
    // Lists without any snapshot (a model trained before there was one) see no gazetteer.
    expect(gazetteerTags(new Map(), words)).toEqual(["", "", "", "", ""]);
  });
});
