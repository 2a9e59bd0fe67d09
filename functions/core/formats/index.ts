/**
 * readUpload: an uploaded file's bytes → the decoded-article record (source.ts), whatever its
 * format, or a refusal that says which format the file looked like and why it cannot be read.
 * Containers are recognised by their bytes (PDF, zip), pages by their markup, Markdown by its
 * name or content type; everything else is plain text (decode.ts).
 *
 * Limits: plain text and Markdown up to `maxBytes` (default 2 MB, the article limit); saved
 * pages, Word files and PDFs carry scripts, styles, images and fonts around the article, so
 * they may be up to `maxFileBytes` (default 16 MB). The text read out of them is then held to
 * the article limit by the extractor. Every reader is bounded in the work it does per byte.
 */
import { DEFAULT_MAX_BYTES, decodeArticle, formatBytes } from "../decode.ts";
import { readDocx } from "./docx.ts";
import { decodeHtml, readHtml } from "./html.ts";
import { readMarkdown } from "./markdown.ts";
import { readPdf } from "./pdf.ts";
import { binaryFormat, claimedFormat, looksLikeHtml } from "./sniff.ts";
import { type ArticleSource, type Format, type ReadResult, refusal } from "./source.ts";

export type { ArticleSource, Format, ReadResult, RefusalReason } from "./source.ts";
export { FORMATS } from "./source.ts";

export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface ReadOptions {
  /** The file's name or key: its extension is a hint. */
  readonly name?: string;
  readonly contentType?: string;
  /** Largest plain text or Markdown file (default 2 MB). */
  readonly maxBytes?: number;
  /** Largest web page, Word file or PDF (default 16 MB, and never below maxBytes). */
  readonly maxFileBytes?: number;
}

function tooLarge(bytes: number, max: number, format: Format | null): ReadResult {
  const what =
    format === null || format === "text"
      ? "one article"
      : `a ${format === "html" ? "web page" : format === "docx" ? "Word file" : format.toUpperCase()}`;
  return refusal(
    "too-large",
    `the file is ${formatBytes(bytes)}, over the ${formatBytes(max)} limit for ${what}`,
    format,
  );
}

/**
 * Reads an upload. A reader that throws (a library meeting input it was not written for) is a
 * refusal with the reason, never a crash of the caller.
 */
export async function readUpload(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult> {
  try {
    return await readAny(bytes, options);
  } catch (error) {
    const format =
      binaryFormat(bytes) === "pdf" ? "pdf" : claimedFormat(options.name, options.contentType);
    return refusal(
      "damaged",
      `the file could not be read: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`,
      format,
    );
  }
}

async function readAny(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxFileBytes = Math.max(options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, maxBytes);
  const claimed = claimedFormat(options.name, options.contentType);
  if (bytes.length === 0) return refusal("empty", "the file is empty (0 bytes)", claimed);
  const container = binaryFormat(bytes);
  if (container !== null) {
    const format = container === "pdf" ? "pdf" : "docx";
    if (bytes.length > maxFileBytes) return tooLarge(bytes.length, maxFileBytes, format);
    return container === "pdf" ? readPdf(bytes) : readDocx(bytes);
  }
  if (claimed === "pdf" || claimed === "docx") {
    return refusal(
      "damaged",
      `the file is named as a ${claimed === "pdf" ? "PDF" : "Word file"} but its bytes are not one`,
      claimed,
    );
  }
  if (
    claimed === "html" ||
    (bytes.length <= maxFileBytes &&
      looksLikeHtml(new TextDecoder("latin1").decode(bytes.subarray(0, 4096))))
  ) {
    if (bytes.length > maxFileBytes) return tooLarge(bytes.length, maxFileBytes, "html");
    const page = decodeHtml(bytes);
    if (page === null)
      return refusal(
        "undecodable",
        "the web page's bytes are not text in any charset we read",
        "html",
      );
    return readHtml(page.text, page.encoding);
  }
  const decoded = decodeArticle(bytes, { maxBytes });
  if (!decoded.ok) return refusal(decoded.reason, decoded.message, claimed);
  if (looksLikeHtml(decoded.text)) return readHtml(decoded.text, decoded.encoding);
  if (claimed === "markdown") return readMarkdown(decoded.text, decoded.encoding);
  return { ok: true, source: textSource(decoded.text, decoded.encoding) };
}

/** Plain text as a source: its lines as written (the extractor reads frontmatter, furniture
 * and datelines off them itself). */
export function textSource(text: string, encoding: string): ArticleSource {
  return {
    format: "text",
    encoding,
    title: null,
    published: null,
    outlet: null,
    url: null,
    author: null,
    paragraphs: text.split("\n"),
  };
}
