/**
 * Bytes → text. Uploads come from newsroom tools of every age, so we accept
 * UTF-8 (with or without BOM), UTF-16 with a BOM and Windows-1256 (the legacy
 * Arabic code page), and refuse everything else with a reason a person can act on.
 */

import { DEFAULT_MAX_BYTES } from "./extract/contract.ts";

export { DEFAULT_MAX_BYTES };

export type Encoding =
  | "utf-8"
  | "utf-8-bom"
  | "utf-16le"
  | "utf-16be"
  | "windows-1256"
  /** UTF-8 with some lines in Windows-1256 (text pasted together from two tools). */
  | "utf-8+windows-1256";

export type RefusalReason = "empty" | "too-large" | "binary" | "undecodable";

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding }
  | { readonly ok: false; readonly reason: RefusalReason; readonly message: string };

export interface DecodeOptions {
  readonly maxBytes?: number;
}

const refuse = (reason: RefusalReason, message: string): Decoded => ({
  ok: false,
  reason,
  message,
});

export function decodeArticle(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) return refuse("empty", "the file is empty (0 bytes)");
  if (bytes.length > maxBytes) {
    return refuse(
      "too-large",
      `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for one article`,
    );
  }
  const attempt = decodeText(bytes);
  if (!attempt.ok) return attempt;
  const text = attempt.text;
  if (text.trim().length === 0) return refuse("empty", "the file holds only white space");
  if (looksBinary(text)) {
    return refuse(
      "binary",
      "the file looks binary (control characters or NUL bytes), not text: upload the article as plain text",
    );
  }
  if (!hasLetters(text)) {
    return refuse("undecodable", "the file holds no letters in any script we could decode");
  }
  return attempt;
}

function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict("utf-8", bytes.subarray(3), "utf-8-bom");
  if (startsWith(bytes, [0xff, 0xfe])) return strict("utf-16le", bytes.subarray(2), "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return strict("utf-16be", bytes.subarray(2), "utf-16be");
  // A NUL byte never occurs in text in the 8-bit encodings we accept: refuse before guessing.
  if (bytes.includes(0)) {
    return refuse(
      "binary",
      "the file contains NUL bytes: it is binary or UTF-16 without a byte-order mark",
    );
  }
  const utf8 = strict("utf-8", bytes, "utf-8");
  if (utf8.ok) return utf8;
  const mixed = mixedLines(bytes);
  if (mixed) return mixed;
  // Not valid UTF-8. Windows-1256 maps almost every byte, so only accept it when
  // most non-ASCII characters come out Arabic, as they do for real Arabic text.
  if (arabicShareAs1256(bytes) >= 0.6) return strict("windows-1256", bytes, "windows-1256");
  return refuse(
    "undecodable",
    "the file is neither UTF-8, UTF-16 with a byte-order mark, nor Windows-1256 Arabic: save it as UTF-8",
  );
}

function strict(label: string, bytes: Uint8Array, encoding: Encoding): Decoded {
  try {
    const text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    return refuse(
      "undecodable",
      `the file claims ${encoding} but its bytes are not valid ${encoding}`,
    );
  }
}

/**
 * A file whose lines are UTF-8 except some in Windows-1256 (one article pasted together from
 * two tools): each line decoded as what it is, instead of the whole file as 1256 (which turns
 * every UTF-8 line into mojibake). Only when some line is real multibyte UTF-8 and every other
 * line reads as Arabic in 1256; otherwise null.
 */
function mixedLines(bytes: Uint8Array): Decoded | null {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const cp1256 = new TextDecoder("windows-1256");
  const parts: string[] = [];
  let multibyteUtf8 = false;
  let legacy = false;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    start = i + 1;
    try {
      parts.push(utf8.decode(line));
      if (line.some((b) => b >= 0x80)) multibyteUtf8 = true;
    } catch {
      if (arabicShareAs1256(line) < 0.6) return null;
      parts.push(cp1256.decode(line));
      legacy = true;
    }
  }
  if (!multibyteUtf8 || !legacy) return null;
  return { ok: true, text: parts.join("\n"), encoding: "utf-8+windows-1256" };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Share of non-ASCII characters that are Arabic once the bytes are read as Windows-1256. */
function arabicShareAs1256(bytes: Uint8Array): number {
  const text = new TextDecoder("windows-1256").decode(bytes);
  let high = 0;
  let arabic = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) continue;
    high++;
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
  }
  return high === 0 ? 0 : arabic / high;
}

/** Text with more than 1% C0 control characters (other than tab, CR, LF, FF) is not an article. */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
    else if (c === 0xfffd) controls++;
  }
  return controls > text.length / 100;
}

function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
