/** Syndicated copies: grouped as "also published by", never counted twice. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { consolidate } from "../../functions/core/consolidate/index.ts";
import { at, docOf, SAMPLES, sampleDocs } from "./docs.ts";

const s002 = readFileSync(join(SAMPLES, "002_661c46d4ddf144fc.txt"), "utf8");

/** An agency story as another site runs it: its own headline, a word changed, a paragraph cut. */
function syndicated(text: string): string {
  const lines = text.split("\n");
  const body = lines.slice(1).filter((_, i) => i !== 4);
  return ["لافروف ودي ميستورا يبحثان في موسكو استئناف التهدئة", ...body]
    .join("\n")
    .replace("العاصمة الروسية", "العاصمة موسكو")
    .replace("مضيفا", "وأضاف");
}

describe("near-duplicates", () => {
  const docs = sampleDocs();
  const copy = docOf(syndicated(s002), "inbox/copy-of-002.txt", at(20));
  const model = consolidate([...docs, copy]);
  const alone = consolidate(docs);
  const original = docs[2]?.frontmatter.id as string;
  const copyId = copy.frontmatter.id;

  it("groups a syndicated copy with its original, both ways", () => {
    expect(copyId).not.toBe(original);
    const a = model.articles.find((x) => x.id === original);
    const b = model.articles.find((x) => x.id === copyId);
    expect(a?.alsoPublishedBy).toEqual([copyId]);
    expect(b?.alsoPublishedBy).toEqual([original]);
    expect(b?.primary).toBe(original);
    // The other samples are about the same story but are not copies of one another.
    for (const x of model.articles) {
      if (x.id !== original && x.id !== copyId) expect(x.alsoPublishedBy).toEqual([]);
    }
  });

  it("lists the copy on the original's reports instead of counting it again", () => {
    const inc = model.incidents.find((i) => i.reports.some((r) => r.count === 250));
    expect(inc?.reports).toHaveLength(2);
    expect(inc?.reports.find((r) => r.article === original)?.alsoIn).toEqual([copyId]);
    expect(model.incidents).toHaveLength(alone.incidents.length);
  });

  it("counts the copy group once in entity and quote tallies", () => {
    const lavrov = (m: typeof model) => m.entities.find((e) => e.name.en === "Sergey Lavrov");
    expect(lavrov(model)?.articles).toEqual(lavrov(alone)?.articles);
    expect(lavrov(model)?.mentions).toBe(lavrov(alone)?.mentions);
    for (const q of model.quotes) expect(q.articles).not.toContain(copyId);
  });
});
