/**
 * Which format an upload is: by its bytes first (a PDF or a Word file says so in its first
 * bytes, whatever it is named), then by its name or content type, then by its text (a saved
 * page is HTML even when it is called .txt). Markdown is taken only when the file says it is
 * (.md, text/markdown): Arabic prose with a stray «**» is still plain text.
 */
import type { Format } from "./source.ts";

const startsWith = (bytes: Uint8Array, text: string): boolean =>
  [...text].every((c, i) => bytes[i] === c.charCodeAt(0));

/** The container formats, recognised by their magic bytes. */
export function binaryFormat(bytes: Uint8Array): "pdf" | "zip" | null {
  if (startsWith(bytes, "%PDF-")) return "pdf";
  if (startsWith(bytes, "PK\u0003\u0004")) return "zip";
  return null;
}

const EXTENSIONS: Readonly<Record<string, Format>> = {
  html: "html",
  htm: "html",
  xhtml: "html",
  md: "markdown",
  markdown: "markdown",
  docx: "docx",
  pdf: "pdf",
  txt: "text",
  text: "text",
};
const TYPES: Readonly<Record<string, Format>> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

/** The format a name or content type claims, if any. */
export function claimedFormat(name?: string, contentType?: string): Format | null {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  if (type && TYPES[type]) return TYPES[type];
  const ext = /\.([a-z0-9]{1,10})$/i.exec(name ?? "")?.[1]?.toLowerCase();
  return ext && EXTENSIONS[ext] ? EXTENSIONS[ext] : null;
}

/** Decoded text that is an HTML document or fragment: a doctype, or tags from its first KB. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (/^(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/.test(head)) return true;
  const tags = head.match(
    /<\/?(?:html|head|body|article|p|div|span|h[1-6]|br|meta|title|section)\b[^>]*>/g,
  );
  return (tags?.length ?? 0) >= 3;
}
