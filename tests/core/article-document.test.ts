import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ArticleDocumentInput,
  InvalidArticleError,
  readArticleMarkdown,
  writeArticleMarkdown,
} from "../../functions/core/article-document.ts";
import { bodyParagraphs, readArticleFile } from "../../functions/core/article-file.ts";
import { ArticleFrontmatter } from "../../functions/core/facts.ts";

const sampleDocument = (
  overrides: Partial<ArticleDocumentInput["frontmatter"]> = {},
  paragraphs?: string[],
): ArticleDocumentInput => ({
  frontmatter: {
    id: "0123456789abcdef",
    title: { ar: "هدنة في حلب", en: null },
    lead: "أعلنت روسيا هدنة.",
    published: "2016-05-04",
    entities: [{ type: "place", name: { ar: "حلب", en: "Aleppo" }, mentions: 2, aliases: ["حلب"] }],
    figures: [
      {
        kind: "killed",
        count: 250,
        qualifier: "more_than",
        places: [{ ar: "حلب", en: "Aleppo" }],
        source: null,
        text: "أكثر من 250 قتيلا",
      },
    ],
    quotes: [{ text: "الهدنة صامدة", speaker: { ar: "لافروف", en: "Sergey Lavrov" } }],
    dates: [{ day: 27, month: 2, year: 2016, text: "27 فبراير" }],
    source: { keys: ["inbox/a.txt"], sha256: "a".repeat(64), bytes: 120, encoding: "utf-8" },
    extractor: "1.0.0",
    ingested: "2026-11-22T10:00:00.000Z",
    ...overrides,
  },
  paragraphs: paragraphs ?? ["أعلنت روسيا هدنة.", "وقال لافروف «الهدنة صامدة»."],
});

/** The document as read back: the schema fills the fields the input left to their defaults. */
const withDefaults = (doc: ArticleDocumentInput) => ({
  frontmatter: ArticleFrontmatter.parse(doc.frontmatter),
  paragraphs: doc.paragraphs,
});

describe("article document", () => {
  it("round-trips facts and paragraphs", () => {
    const doc = sampleDocument();
    const markdown = writeArticleMarkdown(doc);
    expect(markdown.startsWith("---\n")).toBe(true);
    expect(readArticleMarkdown(markdown)).toEqual(withDefaults(doc));
  });

  it("writes the same bytes for the same document", () => {
    expect(writeArticleMarkdown(sampleDocument())).toBe(writeArticleMarkdown(sampleDocument()));
  });

  it("keeps hostile text as text: HTML, Markdown syntax and YAML breakers are escaped", () => {
    const hostile = [
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "[click](javascript:alert(1))",
      "# not a heading",
      "---",
      "* not a list",
      "```",
      "&amp; &lt;",
    ];
    const doc = sampleDocument({ title: { ar: hostile.join(" "), en: "---\nx: 1" } }, hostile);
    const markdown = writeArticleMarkdown(doc);
    // Exactly one frontmatter block: the two fences, and no third line of bare dashes.
    expect(markdown.match(/^---$/gm)).toHaveLength(2);
    const body = markdown.slice(markdown.indexOf("\n---\n", 4) + 5);
    // Every character Markdown would read as HTML or syntax at the start of a block is escaped.
    expect(body).not.toMatch(/(^|[^\\])<[a-z]/im);
    expect(body).not.toMatch(/(^|[^\\])\[click\]\(/);
    expect(body).not.toMatch(/^(#|\*|```|---)/m);
    expect(readArticleMarkdown(markdown)).toEqual(withDefaults(doc));
  });

  it("refuses a file without frontmatter or with facts that break the schema", () => {
    expect(() => readArticleMarkdown("just text")).toThrow(InvalidArticleError);
    expect(() => readArticleMarkdown("---\nid: nope\n---\n\ntext\n")).toThrow(InvalidArticleError);
  });

  it("refuses to write facts that break the schema", () => {
    const doc = sampleDocument({ id: "not-an-id" });
    expect(() => writeArticleMarkdown(doc)).toThrow();
  });
});

describe("article frontmatter for other YAML readers", () => {
  it("quotes strings so YAML 1.1 readers (js-yaml, as Astro uses) keep dates and words as strings", async () => {
    const { load } = await import("js-yaml");
    const markdown = writeArticleMarkdown(sampleDocument({ title: { ar: "no", en: "on" } }));
    const yaml = markdown.split("\n---\n")[0]?.replace(/^---\n/, "") ?? "";
    const data = load(yaml) as Record<string, unknown>;
    expect(data.published).toBe("2016-05-04");
    expect(data.ingested).toBe("2026-11-22T10:00:00.000Z");
    expect(data.title).toEqual({ ar: "no", en: "on" });
  });
});

describe("bodyParagraphs (the site's parse-free reader)", () => {
  it("gives what remark reads back, for any paragraph text", () => {
    // Arabic, Markdown and HTML syntax, escapes, entities and odd spacing.
    const piece = fc.constantFrom(
      "نص",
      "حلب",
      " ",
      "*",
      "_",
      "<b>",
      "&",
      "&amp;",
      "[",
      "]",
      "(",
      ")",
      "#",
      "`",
      "\\",
      ">",
      "-",
      "1.",
      "=",
      "!",
      "|",
      "~",
      "\u00a0",
      "\t",
      "«",
      "»",
      '"',
      "'",
      ":",
      "؟",
      "٣",
    );
    const paragraph = fc.array(piece, { minLength: 1, maxLength: 12 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const markdown = writeArticleMarkdown(sampleDocument({}, paragraphs));
        const body = markdown.slice(markdown.indexOf("\n---\n") + 5);
        expect(bodyParagraphs(body)).toEqual(readArticleMarkdown(markdown).paragraphs);
      }),
      { numRuns: 300 },
    );
  });
});

describe("readArticleFile (the site's reader of whole files)", () => {
  const text = fc
    .array(fc.constantFrom("نص", " ", "---", "\n", "\n---\n", ":", "#", "'", '"', "-", "*", "|"), {
      minLength: 1,
      maxLength: 10,
    })
    .map((xs) => xs.join(""));

  it("reads every file the writer writes as remark does, whatever the facts and text", () => {
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(text, { minLength: 1, maxLength: 4 }),
        (title, lead, body) => {
          const doc = sampleDocument({ title: { ar: title, en: null }, lead }, body);
          const markdown = writeArticleMarkdown(doc);
          expect(readArticleFile(markdown)).toEqual(readArticleMarkdown(markdown));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses a file without frontmatter, or with facts the schema refuses, saying why on one line", () => {
    expect(() => readArticleFile("just text\n")).toThrow(InvalidArticleError);
    const markdown = writeArticleMarkdown(sampleDocument());
    const broken = markdown.replace(/^id: .*$/m, "id: not-an-id");
    expect(broken).not.toBe(markdown);
    expect(() => readArticleFile(broken)).toThrow(
      /^the frontmatter does not match the schema: id: [^\n]+$/,
    );
    expect(() => readArticleFile("---\nid: [\n---\nbody\n")).toThrow(InvalidArticleError);
  });
});
