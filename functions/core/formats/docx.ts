/**
 * Word files (.docx): the zip's own directory is checked before anything is inflated (a zip
 * bomb is refused by its declared sizes, not discovered by running out of memory), then
 * mammoth turns the document into HTML whose blocks become paragraphs; Heading 1, else the
 * document's title property, else the first paragraph is the title. The core properties give
 * the title and the creation date (a Word file has no publication date of its own).
 */
import JSZip from "jszip";
import { parseHTML } from "linkedom";
import mammoth from "mammoth";
import { parseDateValue } from "../extract/page/dateline.ts";
import { blockTexts } from "./dom.ts";
import { type ArticleSource, cleanParagraphs, type ReadResult, refusal } from "./source.ts";

/** What a Word file may inflate to, in all and per byte stored. */
export const MAX_UNZIPPED = 64 * 1024 * 1024;
const MAX_RATIO = 200;
const MAX_ENTRIES = 5000;

interface ZipEntry {
  readonly name: string;
  readonly compressed: number;
  readonly size: number;
}

/** The entries a zip's central directory declares, or null when there is none to read. */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES) return null;
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, compressed, size });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

function coreProperty(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}[^>]*>([^<]{1,500})</${tag}>`).exec(xml);
  return m?.[1]?.trim() || null;
}

export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  const entries = zipDirectory(bytes);
  if (!entries) {
    return refusal("damaged", "the Word file is damaged: its zip directory cannot be read", "docx");
  }
  if (!entries.some((e) => e.name === "word/document.xml")) {
    return refusal(
      "undecodable",
      "the zip file is not a Word document (no word/document.xml)",
      "docx",
    );
  }
  const total = entries.reduce((n, e) => n + e.size, 0);
  const stored = entries.reduce((n, e) => n + e.compressed, 0);
  if (total > MAX_UNZIPPED || total > Math.max(stored, 1) * MAX_RATIO) {
    return refusal(
      "too-large",
      `the Word file would unpack to ${Math.round(total / 1024 / 1024)} MB (at most ${MAX_UNZIPPED / 1024 / 1024} MB, ${MAX_RATIO}× its size): refused as a likely zip bomb`,
      "docx",
    );
  }
  let html: string;
  let core = "";
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    html = (await mammoth.convertToHtml({ buffer })).value;
    const zip = await JSZip.loadAsync(buffer);
    core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  } catch (error) {
    return refusal(
      "damaged",
      `the Word file cannot be read: ${error instanceof Error ? error.message.slice(0, 200) : "unknown error"}`,
      "docx",
    );
  }
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const heading = document.querySelector("h1")?.textContent?.trim() || null;
  let paragraphs = cleanParagraphs(blockTexts(document));
  const propertyTitle = coreProperty(core, "dc:title");
  const title = heading ?? propertyTitle ?? paragraphs[0] ?? null;
  if (title && paragraphs[0] === title) paragraphs = paragraphs.slice(1);
  if (paragraphs.length === 0) {
    return refusal(
      "empty",
      "the Word file holds no text (images only, or an empty document)",
      "docx",
    );
  }
  const created = coreProperty(core, "dcterms:created");
  const source: ArticleSource = {
    format: "docx",
    encoding: "docx",
    title,
    published: created ? parseDateValue(created) : null,
    outlet: null,
    url: null,
    author: coreProperty(core, "dc:creator"),
    paragraphs,
  };
  return { ok: true, source };
}
