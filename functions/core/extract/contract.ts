/**
 * The extractor's public contract. Everything under functions/core/extract/
 * serves `extractArticle`; callers (the CLI, the extract handler) never reach
 * past this file.
 */
import type { Facts } from "../facts.ts";

/** Bump when the extractor's output can change for the same text: stored articles are then rewritten. */
export const EXTRACTOR_VERSION = "2.9.0";

/** Facts without the id, which the caller derives from the bytes, and the cleaned text. */
export interface Extraction {
  readonly facts: Omit<Facts, "id">;
  /** The article body with page furniture removed, one string per paragraph, as written. */
  readonly paragraphs: readonly string[];
}

/** Texts larger than this (UTF-8 bytes) are refused unless the caller sets another limit. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export interface ExtractOptions {
  /** Largest text accepted, in UTF-8 bytes (default DEFAULT_MAX_BYTES). */
  readonly maxBytes?: number;
}

/**
 * Thrown by `extractArticle` for a text over the size limit — the ONLY error it throws.
 * Refusing is deliberate: an article is never megabytes of text, so such input is a wrong
 * file or an attack, and the caller should say so rather than store a truncated reading.
 */
export class InputTooLargeError extends Error {
  readonly bytes: number;
  readonly maxBytes: number;
  constructor(bytes: number, maxBytes: number) {
    super(`input is ${bytes} bytes of UTF-8 text, over the extractor's limit of ${maxBytes} bytes`);
    this.name = "InputTooLargeError";
    this.bytes = bytes;
    this.maxBytes = maxBytes;
  }
}

/**
 * UTF-8 size of a string without encoding it: 1 byte below U+0080, 2 below U+0800, 4 per
 * surrogate pair, 3 otherwise (a lone surrogate is written as U+FFFD, 3 bytes).
 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
