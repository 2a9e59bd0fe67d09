/**
 * Fuzz: 10,000 generated inputs through the extractor and the Markdown writer and reader.
 * Whatever the text, extraction returns schema-valid facts without throwing, and the stored
 * article reads back as exactly what was written (facts and paragraphs), so no upload can
 * corrupt its own file or break out of it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  readArticleMarkdown,
  storedParagraph,
  writeArticleMarkdown,
} from "../../functions/core/article-document.ts";
import { articleDocument } from "../../functions/core/article-store.ts";
import { extractArticle } from "../../functions/core/extract/index.ts";

const PIECES = [
  "قتل",
  "5",
  "أشخاص",
  "في",
  "حلب",
  "وقال",
  "جون كيري",
  "إن",
  "«",
  "»",
  '"',
  "'",
  "---",
  "\n",
  "\n\n",
  "title:",
  "date: 2016-05-03",
  "<script>",
  "</p>",
  "&amp;",
  "*",
  "_",
  "#",
  "[",
  "](",
  ")",
  "`",
  ">",
  "\\",
  "\u0000",
  "\u200f",
  "\ud800",
  "😢",
  "١٢٣",
  "ـــ",
  ":",
  "-",
  "بحسب المرصد السوري",
  "أيار",
  "2016",
  "(رويترز)",
  "المصدر:",
  "\t",
  " ",
  "بينهم",
  "طفلا",
  "نحو",
  "أكثر من",
  "ألف",
];
const input = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(" ")),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join("")),
);

describe("fuzz: extraction and the Markdown round trip", () => {
  it("10,000 inputs: never throws, and the stored article reads back as written", () => {
    let n = 0;
    fc.assert(
      fc.property(input, (text) => {
        n++;
        const extraction = extractArticle(text);
        const doc = articleDocument(extraction, {
          keys: ["inbox/fuzz.txt"],
          sha256: "0".repeat(64),
          bytes: Math.max(1, text.length),
          encoding: "utf-8",
          format: "text",
          ingested: "2026-01-01T00:00:00.000Z",
        });
        const back = readArticleMarkdown(writeArticleMarkdown(doc));
        expect(back.frontmatter).toEqual(doc.frontmatter);
        // What the writer stores of each paragraph (storedParagraph), empty ones dropped.
        const written = doc.paragraphs.map(storedParagraph).filter(Boolean);
        expect(back.paragraphs).toEqual(written);
      }),
      { numRuns: 10_000, seed: 20_261_206 },
    );
    expect(n).toBe(10_000);
  }, 300_000);
});
