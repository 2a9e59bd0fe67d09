import { describe, expect, it } from "vitest";
import { decodeArticle } from "../../functions/core/decode.ts";

const arabic = "قال وزير الخارجية إن الهدنة في سوريا صامدة.";
const utf8 = new TextEncoder().encode(arabic);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

/** Windows-1256 bytes for the Arabic letters used here, from the code page's table. */
function windows1256(text: string): Uint8Array {
  const table = new Map<string, number>();
  const decoder = new TextDecoder("windows-1256");
  for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array(
    [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x80) return code;
      const b = table.get(ch);
      if (b === undefined) throw new Error(`no Windows-1256 byte for ${ch}`);
      return b;
    }),
  );
}

describe("decodeArticle", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeArticle(utf8)).toEqual({ ok: true, text: arabic, encoding: "utf-8" });
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeArticle(bytes)).toEqual({ ok: true, text: arabic, encoding: "utf-8-bom" });
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    expect(decodeArticle(utf16(arabic, true))).toEqual({
      ok: true,
      text: arabic,
      encoding: "utf-16le",
    });
    expect(decodeArticle(utf16(arabic, false))).toEqual({
      ok: true,
      text: arabic,
      encoding: "utf-16be",
    });
  });

  it("reads Windows-1256 Arabic that is not valid UTF-8", () => {
    const bytes = windows1256(arabic);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(decodeArticle(bytes)).toEqual({ ok: true, text: arabic, encoding: "windows-1256" });
  });

  it("refuses empty and whitespace-only files", () => {
    expect(decodeArticle(new Uint8Array())).toMatchObject({ ok: false, reason: "empty" });
    expect(decodeArticle(new TextEncoder().encode(" \n\t\n"))).toMatchObject({
      ok: false,
      reason: "empty",
    });
  });

  it("refuses files over the size limit, saying the sizes", () => {
    const result = decodeArticle(new Uint8Array(3000).fill(0x61), { maxBytes: 2048 });
    expect(result).toMatchObject({ ok: false, reason: "too-large" });
    expect(!result.ok && result.message).toMatch(/2\.9 KB.*2\.0 KB/);
  });

  it("refuses binary files: NUL bytes, PNG headers, random bytes", () => {
    expect(decodeArticle(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]))).toMatchObject({
      ok: false,
      reason: "binary",
    });
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
    ]);
    expect(decodeArticle(png).ok).toBe(false);
    let seed = 7;
    const noise = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return (seed >> 8) & 0xff;
    });
    expect(decodeArticle(noise).ok).toBe(false);
  });

  it("refuses text full of control characters", () => {
    const bytes = new TextEncoder().encode(`abc${"\u0001\u0002\u0003".repeat(50)}`);
    expect(decodeArticle(bytes)).toMatchObject({ ok: false, reason: "binary" });
  });

  it("refuses Latin-1 prose that is neither UTF-8 nor Arabic", () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode("Caf"),
      0xe9,
      0x20,
      0xe0,
      0x20,
      0xfc,
      0xf6,
    ]);
    expect(decodeArticle(latin1)).toMatchObject({ ok: false, reason: "undecodable" });
  });

  it("refuses a UTF-16 BOM followed by an odd, broken byte count", () => {
    expect(decodeArticle(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false });
  });
});

describe("a file that mixes UTF-8 and Windows-1256 lines", () => {
  it("decodes each line as what it is, and says so", () => {
    const table = new Map<string, number>();
    const cp = new TextDecoder("windows-1256");
    for (let b = 0; b < 256; b++) table.set(cp.decode(new Uint8Array([b])), b);
    const legacy = "وأصيب 30 آخرون بجروح في القصف نفسه";
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("قتل 12 شخصا في قصف على مدينة حلب\n"),
      ...[...legacy].map((c) => table.get(c) ?? 0x3f),
      ...new TextEncoder().encode("\nوقال المرصد إن الحصيلة مرشحة للارتفاع"),
    ]);
    const decoded = decodeArticle(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: "utf-8+windows-1256" });
    expect(decoded.ok && decoded.text.split("\n")).toEqual([
      "قتل 12 شخصا في قصف على مدينة حلب",
      legacy,
      "وقال المرصد إن الحصيلة مرشحة للارتفاع",
    ]);
  });
});
