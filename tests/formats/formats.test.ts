/**
 * Every upload format read into the same article: the title, date, outlet and body each format
 * states, none of its furniture in the facts, and the same entities, figures and quotes as the
 * article's plain text gives.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractSource } from "../../functions/core/extraction-runner.ts";
import type { Facts } from "../../functions/core/facts.ts";
import { readUpload } from "../../functions/core/formats/index.ts";
import {
  brPage,
  divSoupPage,
  markdownFile,
  type PlainArticle,
  plainArticle,
  semanticPage,
  wordFile,
} from "./pages.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

async function factsOf(bytes: Uint8Array, name: string) {
  const read = await readUpload(bytes, { name });
  if (!read.ok) throw new Error(`${name}: ${read.message}`);
  const extracted = extractSource(read.source);
  if (!extracted.ok) throw new Error(`${name}: ${extracted.message}`);
  return {
    source: read.source,
    facts: extracted.extraction.facts,
    paragraphs: extracted.extraction.paragraphs,
  };
}

/** What must agree between formats: names, casualty figures, quotes. */
function comparable(facts: Omit<Facts, "id">) {
  return {
    entities: facts.entities.map((e) => `${e.type}:${e.name.ar}`).sort(),
    figures: facts.figures.map((f) => `${f.kind}:${f.count}:${f.qualifier}`).sort(),
    quotes: facts.quotes.map((q) => q.text).sort(),
  };
}

/** Text the furniture of tests/formats/pages.ts holds, which no format may let through. */
const FURNITURE_WORDS = [
  "اقرأ أيضا",
  "الأكثر قراءة",
  "شارك على فيسبوك",
  "جميع الحقوق محفوظة",
  "التعليقات",
  "إعلان",
];

function expectNoFurniture(result: Awaited<ReturnType<typeof factsOf>>, name: string) {
  const text = result.paragraphs.join("\n");
  for (const w of FURNITURE_WORDS) expect(text, `${name}: «${w}»`).not.toContain(w);
  expect(
    result.facts.figures.map((f) => f.count),
    name,
  ).not.toContain(999);
  expect(
    result.facts.figures.map((f) => f.count),
    name,
  ).not.toContain(77);
  expect(
    result.facts.entities.map((e) => e.name.en),
    name,
  ).not.toContain("Jean-Yves Le Drian");
  expect(result.facts.quotes.map((q) => q.text).join(" "), name).not.toContain("يرحم الشهداء");
  expect(text, name).not.toMatch(/<\/?[a-z]+[\s>]/i);
}

/** Articles whose text opens with its headline, from three outlets, with their publishers. */
const OUTLETS: Record<string, string> = {
  enab: "عنب بلدي",
  araby: "العربي الجديد",
  sky: "سكاي نيوز عربية",
};
const ARTICLES = Object.keys(OUTLETS).map(plainArticle);

/** The article's prose paragraphs (a page may drop a one-line credit such as «عنب بلدي – إدلب»). */
const prose = (paragraphs: readonly string[]) =>
  paragraphs.filter((p) => p.split(/\s+/).length >= 8);

describe.each(ARTICLES.map((a) => [a.name, a] as const))(
  "the %s article in every format",
  (_, article: PlainArticle) => {
    const plain = () => factsOf(utf8(article.text), `${article.name}.txt`);
    const META = {
      outlet: OUTLETS[article.name] as string,
      date: "2021-09-14",
      url: "https://news.example/a/1",
    };

    it("reads a semantic page with JSON-LD: headline, date, outlet, url, author and body", async () => {
      const page = await factsOf(utf8(semanticPage(article, META)), "page.html");
      expect(page.source.format).toBe("html");
      expect(page.facts.title.ar).toBe(article.title);
      expect(page.facts.published).toBe("2021-09-14");
      expect(page.facts.outlet?.ar).toBe(META.outlet);
      expect(page.facts.outlet?.via).toBe("metadata");
      expect(page.facts.url).toBe(META.url);
      expect(page.facts.author).toBe("فريق التحرير");
      expect(prose(page.paragraphs)).toEqual(prose(article.paragraphs));
      expectNoFurniture(page, "semantic");
      expect(comparable(page.facts)).toEqual(comparable((await plain()).facts));
    });

    it("reads div soup with Open Graph, and a page saved under .txt", async () => {
      for (const name of ["soup.html", "saved-page.txt"]) {
        const page = await factsOf(utf8(divSoupPage(article, META)), name);
        expect(page.source.format, name).toBe("html");
        expect(page.facts.title.ar, name).toBe(article.title);
        expect(page.facts.published, name).toBe("2021-09-14");
        expect(page.facts.outlet?.ar, name).toBe(META.outlet);
        expectNoFurniture(page, name);
        expect(comparable(page.facts), name).toEqual(comparable((await plain()).facts));
      }
    });

    it("reads a page's printed date when its metadata has none, not the header's or a side box's", async () => {
      const body = article.paragraphs.map((p) => `<p>${p}</p>`).join("");
      const page = (date: string) =>
        utf8(
          `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>${article.title}</title></head><body>` +
            `<header><span class="date">الاثنين 7 كانون الأول 2026</span></header>` +
            `<article><h1>${article.title}</h1>${date}${body}</article>` +
            `<aside><span class="date">20 سبتمبر 2016</span></aside></body></html>`,
        );
      const dated = await factsOf(page('<div class="post-date">19 سبتمبر 2016</div>'), "p.html");
      expect(dated.facts.published).toBe("2016-09-19");
      const undated = await factsOf(page(""), "p.html");
      expect(undated.facts.published).toBeNull();
    });

    it("reads an old CMS's <br>-separated page in Windows-1256, title without its outlet", async () => {
      const page = await factsOf(brPage(article, META), "old.htm");
      expect(page.source.encoding).toBe("windows-1256");
      expect(page.facts.title.ar).toBe(article.title);
      expectNoFurniture(page, "br");
      expect(comparable(page.facts)).toEqual(comparable((await plain()).facts));
    });

    it("reads Markdown: frontmatter metadata, no ** or link targets in the text", async () => {
      const md = await factsOf(utf8(markdownFile(article, META)), "article.md");
      expect(md.source.format).toBe("markdown");
      expect(md.facts.title.ar).toBe(article.title);
      expect(md.facts.published).toBe("2021-09-14");
      expect(md.facts.url).toBe(META.url);
      expect(md.paragraphs.join("\n")).not.toMatch(/\*\*|\]\(|https:\/\/example\.org/);
      expect(comparable(md.facts)).toEqual(comparable((await plain()).facts));
    });

    it("reads a Word file with right-to-left paragraphs: Heading 1 title, created date", async () => {
      const doc = await factsOf(await wordFile(article, { created: "2021-09-15" }), "article.docx");
      expect(doc.source.format).toBe("docx");
      expect(doc.facts.title.ar).toBe(article.title);
      expect(doc.facts.published).toBe("2021-09-15");
      // The same cleaned body as the plain text (the credit line read as a dateline in both).
      expect(doc.paragraphs).toEqual((await plain()).paragraphs);
      expect(doc.facts.author).toBe("مراسل");
      expect(doc.facts.author).toBe("مراسل");
      expect(comparable(doc.facts)).toEqual(comparable((await plain()).facts));
    });
  },
);

describe("files that cannot be articles", () => {
  it("refuses a page with no article, saying it is a web page", async () => {
    const html = `<html><head><title>تسجيل الدخول</title></head><body><nav><a href="/">الرئيسية</a></nav><form><input name="u"><button>دخول</button></form></body></html>`;
    const read = await readUpload(utf8(html), { name: "login.html" });
    expect(read).toMatchObject({ ok: false, reason: "no-article", format: "html" });
  });

  it("refuses a zip bomb by its declared sizes, and a damaged Word file, without crashing", async () => {
    const { default: JSZip } = await import("jszip");
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    zip.file("word/media/bomb.bin", new Uint8Array(80 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const read = await readUpload(bomb, { name: "bomb.docx" });
    expect(read).toMatchObject({ ok: false, reason: "too-large", format: "docx" });
    expect(read.ok ? "" : read.message).toMatch(/zip bomb/);
    const truncated = (
      await wordFile(ARTICLES[0] as PlainArticle, { created: "2021-01-01" })
    ).slice(0, 400);
    expect(await readUpload(truncated, { name: "cut.docx" })).toMatchObject({
      ok: false,
      format: "docx",
    });
  });

  it("refuses a file named .pdf or .docx whose bytes are not one", async () => {
    const read = await readUpload(utf8("هذا نص عادي وليس ملف PDF"), { name: "report.pdf" });
    expect(read).toMatchObject({ ok: false, reason: "damaged", format: "pdf" });
  });

  it("keeps plain text exactly as the text path always read it", async () => {
    const article = ARTICLES[0] as PlainArticle;
    const read = await readUpload(utf8(article.text), { name: "a.txt" });
    expect(read.ok && read.source.format).toBe("text");
    expect(read.ok && read.source.paragraphs.join("\n")).toBe(article.text);
  });
});

describe("PDF", () => {
  const fixture = (name: string) =>
    new Uint8Array(readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))));

  it("reads an Arabic text layer stored in presentation forms and visual order", async () => {
    // Made by scripts/make-pdf-fixtures.ts from the enab article, the way Arabic PDFs store text.
    const article = plainArticle("enab");
    const pdf = await factsOf(fixture("article.pdf"), "article.pdf");
    expect(pdf.source.format).toBe("pdf");
    expect(pdf.facts.title.ar).toBe(article.title);
    expect(pdf.facts.published).toBe("2021-09-14");
    // No presentation forms, no reversed words left in the body.
    const body = pdf.paragraphs.join(" ");
    expect(body).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/);
    expect(body).toContain("قُتل خمسة مدنيين، بينهم طفلان وامرأة");
    expect(body).toContain("الثلاثاء 14 من أيلول 2021");
    const plain = comparable(
      (await factsOf(new TextEncoder().encode(article.text), "enab.txt")).facts,
    );
    const fromPdf = comparable(pdf.facts);
    expect(fromPdf.figures).toEqual(plain.figures);
    expect(fromPdf.quotes).toEqual(plain.quotes);
    const shared = fromPdf.entities.filter((e) => plain.entities.includes(e));
    expect(shared.length).toBeGreaterThanOrEqual(0.8 * plain.entities.length);
  });

  it("refuses a scan with no text layer, and a damaged file, with the reason", async () => {
    expect(await readUpload(fixture("scan.pdf"), { name: "scan.pdf" })).toMatchObject({
      ok: false,
      reason: "no-text-layer",
      format: "pdf",
    });
    const cut = fixture("article.pdf").slice(0, 900);
    expect(await readUpload(cut, { name: "cut.pdf" })).toMatchObject({ ok: false, format: "pdf" });
  });
});
