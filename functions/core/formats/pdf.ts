/**
 * PDF: the text layer through unpdf (Mozilla's pdf.js, serverless build), page by page and line
 * by line. Arabic set in presentation forms (ﻻ, ﺍﻟ…) is brought back to ordinary letters by
 * NFKC; a line stored in visual order (right to left written left to right, so «ال» comes out
 * as «لا» at the ends of words) is put back in logical order. A PDF without a text layer (a
 * scan) or with a password is refused with the reason. At most MAX_PAGES pages are read.
 */
import { getDocumentProxy, getMeta } from "unpdf";
import { parseDateValue } from "../extract/dateline.ts";
import { type ArticleSource, cleanParagraphs, type ReadResult, refusal } from "./source.ts";

const MAX_PAGES = 300;
/** Fewer letters than this over the whole file and it has no text layer worth the name. */
const MIN_LETTERS = 40;

const ARABIC_WORD = /[\u0621-\u064a]{2,}/g;

/**
 * Whether a line of Arabic reads backwards: in logical order many words begin with the
 * article «ال»; read backwards they end in «لا» instead.
 */
export function isVisualOrder(line: string): boolean {
  let forwards = 0;
  let backwards = 0;
  for (const [w] of line.matchAll(ARABIC_WORD)) {
    if (w.startsWith("ال")) forwards++;
    if (w.endsWith("لا")) backwards++;
  }
  return backwards >= 2 && backwards > 2 * forwards;
}

/** A visual-order line in logical order: characters reversed, runs of digits and Latin kept. */
export function logicalOrder(line: string): string {
  const reversed = [...line].reverse().join("");
  return reversed.replace(/[0-9A-Za-z][0-9A-Za-z.,:/%-]*/g, (run) => [...run].reverse().join(""));
}

interface TextItem {
  readonly str?: string;
  readonly hasEOL?: boolean;
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
    const lines: string[] = [];
    let current = "";
    const pages = Math.min(pdf.numPages, MAX_PAGES);
    for (let n = 1; n <= pages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items as TextItem[]) {
        current += item.str ?? "";
        if (item.hasEOL) {
          lines.push(current);
          current = "";
        }
      }
      lines.push(current, "");
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
    // Lines of one paragraph run on; an empty line, a page end or a line that ends a
    // sentence closes it.
    const paragraphs: string[] = [];
    let para: string[] = [];
    for (const line of text) {
      const t = line.trim();
      if (t !== "") para.push(t);
      if ((t === "" || /[.!?؟:»"]$/.test(t)) && para.length > 0) {
        paragraphs.push(para.join(" "));
        para = [];
      }
    }
    if (para.length > 0) paragraphs.push(para.join(" "));
    const created = metaText("CreationDate");
    const source: ArticleSource = {
      format: "pdf",
      encoding: "pdf",
      title: metaText("Title"),
      published: created
        ? parseDateValue(created.replace(/^D:(\d{4})(\d{2})(\d{2}).*/, "$1-$2-$3"))
        : null,
      outlet: null,
      url: null,
      author: metaText("Author"),
      paragraphs: cleanParagraphs(paragraphs),
    };
    return { ok: true, source };
  } finally {
    // Frees the document's resources (pdf.js keeps fonts and pages cached until then).
    await pdf.cleanup();
  }
}
