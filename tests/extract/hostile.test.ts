/** Odd and hostile texts the extractor must neither lose nor let grow without bound. */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../functions/core/extract/index.ts";
import { MAX_HEADLINE } from "../../functions/core/extract/page/title.ts";

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("texts that once lost their body or broke their title", () => {
  it("keeps a brief whose sentences end in a bidi mark or an emoji, with both its figures", () => {
    const lines = [
      "قتل 12 شخصا في قصف على مدينة حلب اليوم بحسب المرصد السوري",
      "وأصيب 30 آخرون بجروح في القصف نفسه على الأحياء الشرقية",
    ];
    for (const end of ["\u200f", " 😢", "\u200e", " 🙏🏽"]) {
      const r = extractArticle(lines.map((l) => `${l}${end}`).join("\n"));
      expect(r.paragraphs.length, JSON.stringify(end)).toBeGreaterThan(0);
      expect(
        r.facts.figures.map((f) => [f.kind, f.count]),
        JSON.stringify(end),
      ).toEqual([
        ["killed", 12],
        ["injured", 30],
      ]);
    }
  });

  it("caps a title at a word boundary, whatever its length, never splitting a character", () => {
    const body = "\nقتل 5 أشخاص في حلب اليوم بحسب المرصد السوري لحقوق الإنسان في بيان له.";
    for (const headline of [
      "عنوان ".repeat(60_000),
      `${"😀".repeat(400)} عنوان`,
      `---\ntitle: ${"ت".repeat(5000)}\n---`,
    ]) {
      const { title } = extractArticle(`${headline}${body}`).facts;
      expect(title.ar.length).toBeLessThanOrEqual(MAX_HEADLINE + 1);
      expect(title.ar).not.toMatch(loneSurrogate);
      expect(title.ar).not.toContain("\ufffd");
    }
  });
});
