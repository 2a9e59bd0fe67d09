/**
 * The decoded-article record: what every upload format (plain text, HTML, Markdown, Word, PDF)
 * is read into before extraction, so the extractor only ever sees paragraphs of text and the
 * metadata the file itself gave — never markup.
 */
export const FORMATS = ["text", "html", "markdown", "docx", "pdf"] as const;
export type Format = (typeof FORMATS)[number];

export interface ArticleSource {
  readonly format: Format;
  /** How the bytes were decoded: a text encoding, or the container ("docx", "pdf"). */
  readonly encoding: string;
  /** Metadata the file states (JSON-LD, Open Graph, frontmatter, document properties), or null. */
  readonly title: string | null;
  /** YYYY-MM-DD. */
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly author: string | null;
  /** The article's text, one string per paragraph (headings and list items included). */
  readonly paragraphs: readonly string[];
}

/** A file that cannot be read as an article, and why, in words a person can act on. */
export type RefusalReason =
  | "empty"
  | "too-large"
  | "binary"
  | "undecodable"
  | "no-article"
  | "encrypted"
  | "no-text-layer"
  | "damaged"
  /** A name no storage can hold (a backslash, «..», over 1,024 characters). */
  | "bad-name"
  /** The storage could not hand the file over (a permission, a broken link). */
  | "unreadable"
  /** Reading and extracting it took longer than the time budget. */
  | "timeout";

export type ReadResult =
  | { readonly ok: true; readonly source: ArticleSource }
  | {
      readonly ok: false;
      readonly reason: RefusalReason;
      readonly message: string;
      /** The format the file looked like, when it looked like one. */
      readonly format: Format | null;
    };

export const refusal = (
  reason: RefusalReason,
  message: string,
  format: Format | null,
): ReadResult => ({ ok: false, reason, message, format });

/** Paragraphs as the extractor wants them: white space folded, empty ones dropped. */
export function cleanParagraphs(paragraphs: Iterable<string>): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const t = p.replace(/[ \t\u00a0\u2000-\u200a\u3000]+/g, " ").trim();
    if (t !== "") out.push(t);
  }
  return out;
}
