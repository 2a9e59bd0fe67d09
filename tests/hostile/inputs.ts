/**
 * The hostile-input matrix: files a careless or hostile user drops, each with what must become
 * of it. Every case has a plain file name, so the same bytes can go through the local inbox
 * and an S3 bucket alike; names themselves are tested in tests/core/isolation.test.ts.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

export interface HostileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** written: an article; refused: a reason; ignored: not an upload at all. */
  readonly expect: "written" | "refused" | "either";
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const SAMPLE = readFileSync(
  fileURLToPath(new URL("../../samples/002_661c46d4ddf144fc.txt", import.meta.url)),
  "utf8",
);
const PDF_SCAN = new Uint8Array(
  readFileSync(fileURLToPath(new URL("../formats/fixtures/scan.pdf", import.meta.url))),
);
const PDF = new Uint8Array(
  readFileSync(fileURLToPath(new URL("../formats/fixtures/article.pdf", import.meta.url))),
);
const MARKUP = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  "<svg onload=alert(1)>",
  "</title><script>alert(2)</script>",
  "]]><script>alert(3)</script>",
  "{{constructor.constructor('alert(4)')()}}",
  "<iframe src=//evil.example>",
  "<base href=//evil.example/>",
  "javascript:alert(5)",
].join(" ");
const SENTENCE = "قتل 12 شخصا في قصف على مدينة حلب اليوم بحسب المرصد السوري لحقوق الإنسان.";

function encode1256(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((c) => table.get(c) ?? 0x3f));
}

function utf16(text: string, bom: boolean, be = false): Uint8Array {
  const out: number[] = bom ? (be ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (be) out.push(c >> 8, c & 0xff);
    else out.push(c & 0xff, c >> 8);
  }
  return new Uint8Array(out);
}

async function docx(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, body] of Object.entries(files)) zip.file(name, body);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export async function hostileInputs(): Promise<HostileInput[]> {
  const cases: [string, Uint8Array | string, HostileInput["expect"]][] = [
    // Empty and near-empty.
    ["empty.txt", "", "refused"],
    ["spaces.txt", "   \n\t\n  ", "refused"],
    ["bom-only.txt", new Uint8Array([0xef, 0xbb, 0xbf]), "refused"],
    ["newlines.txt", "\n".repeat(5000), "refused"],
    ["punctuation.txt", "... ،،، !!! ؟؟؟", "refused"],
    ["digits.txt", "1234567890 ٠١٢٣٤٥", "refused"],
    // Binary and wrong encodings.
    [
      "image.png",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      "refused",
    ],
    ["nul.txt", new Uint8Array([0x41, 0, 0x42, 0, 0x43]), "refused"],
    [
      "random.bin",
      new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      "refused",
    ],
    ["utf16-no-bom.txt", utf16(SENTENCE, false), "refused"],
    ["utf16le.txt", utf16(SENTENCE, true), "written"],
    ["utf16be.txt", utf16(SENTENCE, true, true), "written"],
    ["latin1.txt", new Uint8Array([0xe9, 0xe8, 0xe0, 0x20, 0xfc, 0xf6, 0xe4]), "either"],
    ["cp1256.txt", encode1256(SENTENCE), "written"],
    [
      "mixed-encodings.txt",
      new Uint8Array([...utf8(`${SENTENCE}\n`), ...encode1256(SENTENCE)]),
      "written",
    ],
    ["invalid-utf8.txt", new Uint8Array([...utf8(SENTENCE), 0xc3, 0x28, 0xa0, 0xa1]), "either"],
    // Markup and injection in text.
    ["markup.txt", `${SENTENCE}\n${MARKUP}`, "written"],
    ["markup-title.txt", `${MARKUP}\n${SENTENCE}`, "written"],
    [
      "frontmatter-markup.md",
      `---\ntitle: "${MARKUP.replace(/"/g, "'")}"\ndate: 2016-05-03\n---\n\n${SENTENCE}`,
      "written",
    ],
    ["frontmatter-broken.md", `---\ntitle: [unclosed\n---\n${SENTENCE}`, "written"],
    [
      "yaml-aliases.md",
      `---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c]\n---\n${SENTENCE}`,
      "written",
    ],
    [
      "markdown-links.md",
      `# عنوان\n\n[انقر](javascript:alert(1)) ${SENTENCE} ![x](x onerror=alert(1))`,
      "written",
    ],
    ["bidi-override.txt", `\u202e${SENTENCE}\u202c\n\u2066${SENTENCE}\u2069`, "written"],
    ["zero-width.txt", SENTENCE.replace(/ /g, " \u200b\u200c\u200d"), "written"],
    ["rlm-brief.txt", `${SENTENCE.replace(".", "")}\u200f\nوأصيب 30 آخرون بجروح\u200f`, "written"],
    ["emoji-brief.txt", `${SENTENCE.replace(".", "")} 😢\nوأصيب 30 آخرون بجروح 🙏🏽`, "written"],
    ["emoji-only.txt", "😀😃😄😁😆😅🤣😂🙂🙃😉😊😇", "either"],
    ["controls.txt", `${SENTENCE}\u0007\u0008\u001b[31m\u007f`, "either"],
    // Encoded as U+FFFD: short text full of replacement characters reads as broken, refused.
    ["lone-surrogates.txt", `${SENTENCE}\ud800 \udfff`, "either"],
    ["crlf.txt", `${SENTENCE}\r\n${SENTENCE}\r\n`, "written"],
    ["cr-only.txt", `${SENTENCE}\r${SENTENCE}\r`, "written"],
    ["form-feeds.txt", `${SENTENCE}\f\f${SENTENCE}`, "written"],
    ["tatweel.txt", SENTENCE.replace(/ل/g, "لـــــــ"), "written"],
    ["diacritics.txt", SENTENCE.replace(/(.)/g, "$1\u064b\u0652"), "written"],
    // Size and repetition.
    ["long-title.txt", `${"عنوان ".repeat(50_000)}\n${SENTENCE}`, "written"],
    ["long-line.txt", SENTENCE.repeat(8_000), "written"],
    ["repeated-names.txt", "وقال جون كيري إن ".repeat(20_000), "written"],
    ["repeated-quotes.txt", "«قال» ".repeat(30_000), "either"],
    ["many-lines.txt", Array.from({ length: 20_000 }, (_, i) => `سطر ${i}`).join("\n"), "either"],
    ["huge-number.txt", `قتل 150000000000 شخص في حلب. ${SENTENCE}`, "written"],
    ["deep-nesting.txt", `${"«".repeat(5000)}${SENTENCE}${"»".repeat(5000)}`, "written"],
    ["too-large.txt", `${SENTENCE}\n`.repeat(40_000), "refused"],
    // Web pages.
    [
      "page.html",
      `<!doctype html><html><head><title>t</title></head><body><article><h1>عنوان</h1><p>${SENTENCE}</p><p>${SENTENCE} ${MARKUP}</p><p>${SENTENCE} وقال المرصد إن الحصيلة مرشحة للارتفاع.</p></article></body></html>`,
      "written",
    ],
    [
      "page-no-article.html",
      "<html><body><nav><a href=/>الرئيسية</a></nav><form><input></form></body></html>",
      "refused",
    ],
    ["page-unclosed-script.html", `<html><body><p>${SENTENCE}</p><script>while(true){}`, "either"],
    [
      "page-deep.html",
      `${"<div>".repeat(20_000)}<p>${SENTENCE} ${SENTENCE} ${SENTENCE}</p>${"</div>".repeat(20_000)}`,
      "either",
    ],
    [
      "page-ld-bomb.html",
      `<html><head><script type="application/ld+json">${"[".repeat(10_000)}${"]".repeat(10_000)}</script></head><body><article><p>${SENTENCE} ${SENTENCE} ${SENTENCE}</p></article></body></html>`,
      "either",
    ],
    [
      "page-bad-charset.html",
      `<html><head><meta charset="x-no-such-charset"></head><body><article><p>${SENTENCE} ${SENTENCE} ${SENTENCE}</p></article></body></html>`,
      "either",
    ],
    [
      "page-as.txt",
      `<!DOCTYPE html><html><body><article><p>${SENTENCE} ${SENTENCE} ${SENTENCE}</p></article></body></html>`,
      "written",
    ],
    [
      "svg.svg",
      `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><text>${SENTENCE}</text></svg>`,
      "either",
    ],
    ["data.json", JSON.stringify({ title: SENTENCE, body: MARKUP }), "either"],
    ["data.csv", `a,b\n"${SENTENCE}",${MARKUP}`, "either"],
    // Word files.
    [
      "empty.docx",
      await docx({
        "word/document.xml":
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
      }),
      "refused",
    ],
    [
      "bomb.docx",
      await docx({
        "word/document.xml": "<w:document/>",
        "word/media/x.bin": new Uint8Array(70 * 1024 * 1024),
      }),
      "refused",
    ],
    [
      "truncated.docx",
      (await docx({ "word/document.xml": `<w:document>${SENTENCE}</w:document>` })).slice(0, 120),
      "refused",
    ],
    ["not-word.docx", await docx({ "readme.txt": SENTENCE }), "refused"],
    ["zip-as.txt", await docx({ "a.txt": SENTENCE }), "refused"],
    // PDFs.
    ["scan.pdf", PDF_SCAN, "refused"],
    ["truncated.pdf", PDF.slice(0, 700), "refused"],
    ["garbage.pdf", utf8(`%PDF-1.7\n${"garbage ".repeat(1000)}`), "refused"],
    ["named.pdf", utf8(SENTENCE), "refused"],
    ["article.pdf", PDF, "written"],
    // A good article, the control: it must be written whatever else is dropped.
    ["control.txt", SAMPLE, "written"],
  ];
  return cases.map(([name, bytes, expect]) => ({
    name,
    bytes: typeof bytes === "string" ? utf8(bytes) : bytes,
    expect,
  }));
}
