/**
 * PDF: the text layer through unpdf (Mozilla's pdf.js, serverless build), page by page and line
 * by line. Arabic set in presentation forms (ﻻ, ﺍﻟ…) is brought back to ordinary letters by
 * NFKC; a line pdf.js could not put in logical order (it reads backwards: «ال» comes out as
 * «لا» at the ends of words) is reversed. A PDF without a text layer (a
 * scan) or with a password is refused with the reason. At most MAX_PAGES pages are read.
 */
import { getDocumentProxy, getMeta } from "unpdf";
import { parseDateValue } from "../extract/page/dateline.ts";
import { type ArticleSource, cleanParagraphs, type ReadResult, refusal } from "./source.ts";

const MAX_PAGES = 300;
/** Fewer letters than this over the whole file and it has no text layer worth the name. */
const MIN_LETTERS = 40;

const ARABIC_WORD = /[\u0621-\u064a]{2,}/g;

/**
 * Whether a line of Arabic reads backwards. Written forwards, words begin with the article
 * «ال» and end with «ة» or «ى»; read backwards they end in «لا» and begin with «ة» or «ى»,
 * which no Arabic word does. The line is backwards when the backward signs outnumber the
 * forward ones («إلا» alone does not turn a line).
 */
export function isVisualOrder(line: string): boolean {
  let forwards = 0;
  let backwards = 0;
  for (const [w] of line.matchAll(ARABIC_WORD)) {
    if (w.startsWith("ال")) forwards++;
    if (/[ةى]$/.test(w)) forwards++;
    if (w.endsWith("لا")) backwards++;
    if (/^[ةى]/.test(w)) backwards++;
  }
  return backwards > forwards;
}

/**
 * A backwards line in logical order. pdf.js hands such a line over with its digit runs already
 * turned round with it, so reversing the whole line puts letters and digits right.
 */
export function logicalOrder(line: string): string {
  return [...line].reverse().join("");
}

interface TextItem {
  readonly str?: string;
  readonly hasEOL?: boolean;
  /** [a, b, c, d, x, y]: where the item stands on its page. */
  readonly transform?: readonly number[];
}

/**
 * The distance between two lines of one paragraph: a low percentile of the gaps between lines
 * (paragraph breaks are the wider gaps; short paragraphs can make them half of all gaps).
 */
function lineSpacing(ys: readonly number[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < ys.length; i++) {
    const gap = (ys[i - 1] as number) - (ys[i] as number);
    if (gap > 0 && Number.isFinite(gap)) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 5)] ?? Number.POSITIVE_INFINITY;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (/password/i.test(name)) {
      return refusal(
        "encrypted",
        "the PDF is protected by a password: save an unprotected copy",
        "pdf",
      );
    }
    return refusal(
      "damaged",
      `the PDF cannot be read: ${error instanceof Error ? error.message.slice(0, 200) : "unknown error"}`,
      "pdf",
    );
  }
  try {
    // Lines with the height they stand at; a page break is a gap of its own.
    const lines: string[] = [];
    const ys: number[] = [];
    let current = "";
    let y: number | null = null;
    const pages = Math.min(pdf.numPages, MAX_PAGES);
    for (let n = 1; n <= pages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items as TextItem[]) {
        if (current === "" && item.transform) y = item.transform[5] ?? null;
        current += item.str ?? "";
        if (item.hasEOL) {
          lines.push(current);
          ys.push(y ?? Number.NaN);
          current = "";
        }
      }
      lines.push(current, "");
      ys.push(y ?? Number.NaN, Number.NaN);
      current = "";
    }
    const text = lines
      .map((l) => l.normalize("NFKC"))
      .map((l) => (isVisualOrder(l) ? logicalOrder(l) : l));
    const letters = text.join("").match(/\p{L}/gu)?.length ?? 0;
    if (letters < MIN_LETTERS) {
      return refusal(
        "no-text-layer",
        "the PDF has no text layer (a scan or images of text): run it through OCR, or upload the text",
        "pdf",
      );
    }
    let info: Record<string, unknown> = {};
    try {
      info = (await getMeta(pdf)).info as Record<string, unknown>;
    } catch {
      // Metadata is optional.
    }
    const metaText = (key: string) =>
      (typeof info[key] === "string" && (info[key] as string).trim()) || null;
    // Lines of one paragraph run on; an empty line, a page end, a wider gap than the usual
    // line spacing, or a line that ends a sentence closes it.
    const spacing = lineSpacing(ys);
    const paragraphs: string[] = [];
    let para: string[] = [];
    text.forEach((line, i) => {
      const t = line.trim();
      const gapAfter = (ys[i] as number) - (ys[i + 1] as number);
      const breaks = t === "" || /[.!?؟:»"]$/.test(t) || !(gapAfter <= spacing * 1.4);
      if (t !== "") para.push(t);
      if (breaks && para.length > 0) {
        paragraphs.push(para.join(" "));
        para = [];
      }
    });
    if (para.length > 0) paragraphs.push(para.join(" "));
    const created = metaText("CreationDate");
    const source: ArticleSource = {
      format: "pdf",
      encoding: "pdf",
      title: metaText("Title") ?? paragraphs[0] ?? null,
      published: created
        ? parseDateValue(created.replace(/^D:(\d{4})(\d{2})(\d{2}).*/, "$1-$2-$3"))
        : null,
      outlet: null,
      url: null,
      author: metaText("Author"),
      // The title is not a paragraph too.
      paragraphs: cleanParagraphs(paragraphs).filter(
        (p, i) => i > 0 || p !== (metaText("Title") ?? paragraphs[0]),
      ),
    };
    return { ok: true, source };
  } finally {
    // Frees the document's resources (pdf.js keeps fonts and pages cached until then).
    await pdf.cleanup();
  }
}
