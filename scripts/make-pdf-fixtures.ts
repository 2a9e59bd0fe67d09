/**
 * Writes the PDF test fixtures (tests/formats/fixtures/*.pdf) from a fresh article, with
 * Debian's Noto Naskh Arabic (apt-get install fonts-noto-core) embedded as a subset:
 *
 *   article.pdf           the article the way Arabic PDFs store it: presentation forms (ﺍﻟ…)
 *                         and each line in visual order (right to left, written left to right),
 *                         with a title and creation date in the document's properties;
 *   scan.pdf              a page with no text layer (a drawn rectangle only).
 *
 * Usage: node scripts/make-pdf-fixtures.ts [font.ttf]. The fixtures are committed; this
 * script is how they were made (pdf-lib does no Arabic shaping, so glyphs are isolated forms:
 * what is tested is the text layer, not the look).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb } from "pdf-lib";

const font = readFileSync(
  process.argv[2] ?? "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
);
const out = join(import.meta.dirname, "..", "tests", "formats", "fixtures");
const article = readFileSync(
  join(import.meta.dirname, "..", "tests", "fresh", "articles", "enab.txt"),
  "utf8",
);
const [title = "", ...paragraphs] = article
  .split(/\n+/)
  .map((l) => l.trim())
  .filter(Boolean);

/** A paragraph cut into lines of at most `width` characters, at spaces. */
function wrap(text: string, width = 70): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Arabic letters' final, initial, medial and isolated presentation forms (FE70–FEFC). */
const FORMS: Record<string, [number, number, number, number]> = {};
const BASE = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي";
// Each base letter's isolated form in the Arabic Presentation Forms-B block, in Unicode order.
const ISOLATED = [
  0xfe80, 0xfe81, 0xfe83, 0xfe85, 0xfe87, 0xfe89, 0xfe8d, 0xfe8f, 0xfe93, 0xfe95, 0xfe99, 0xfe9d,
  0xfea1, 0xfea5, 0xfea9, 0xfeab, 0xfead, 0xfeaf, 0xfeb1, 0xfeb5, 0xfeb9, 0xfebd, 0xfec1, 0xfec5,
  0xfec9, 0xfecd, 0xfed1, 0xfed5, 0xfed9, 0xfedd, 0xfee1, 0xfee5, 0xfee9, 0xfeed, 0xfeef, 0xfef1,
];
const JOINS_BOTH = new Set("بتثجحخسشصضطظعغفقكلمنهيئ");
[...BASE].forEach((c, i) => {
  const iso = ISOLATED[i] as number;
  // Hamza has one form; right-joining letters two (isolated, final); the rest four.
  if (c === "ء") FORMS[c] = [iso, iso, iso, iso];
  else if (JOINS_BOTH.has(c)) FORMS[c] = [iso, iso + 1, iso + 2, iso + 3];
  else FORMS[c] = [iso, iso + 1, iso + 1, iso + 1];
});

/** A line as older PDFs store it: contextual presentation forms, then reversed (visual order). */
function visual(line: string): string {
  const chars = [...line];
  const shaped = chars.map((c, i) => {
    const f = FORMS[c];
    if (!f) return c;
    const prev = chars[i - 1] ?? "";
    const next = chars[i + 1] ?? "";
    const fromPrev = JOINS_BOTH.has(prev) && FORMS[c] !== undefined;
    const toNext = JOINS_BOTH.has(c) && FORMS[next] !== undefined;
    const code = fromPrev && toNext ? f[3] : fromPrev ? f[1] : toNext ? f[2] : f[0];
    return String.fromCodePoint(code);
  });
  return shaped
    .reverse()
    .join("")
    .replace(/[0-9]+/g, (d) => [...d].reverse().join(""));
}

async function write(name: string, lines: string[], meta: boolean): Promise<void> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const embedded = await pdf.embedFont(font, { subset: true });
  // Characters the font has no glyph for would be written as glyph 0: leave them out.
  const drawable = new Set(embedded.getCharacterSet());
  const clean = (line: string) =>
    [...line].filter((c) => drawable.has(c.codePointAt(0) ?? 0)).join("");
  if (meta) {
    pdf.setTitle(title);
    pdf.setCreationDate(new Date(Date.UTC(2021, 8, 14, 9)));
  }
  let page = pdf.addPage([595, 842]);
  let y = 800;
  for (const line of lines) {
    if (y < 60) {
      page = pdf.addPage([595, 842]);
      y = 800;
    }
    if (line !== "") page.drawText(clean(line), { x: 40, y, size: 11, font: embedded });
    y -= line === "" ? 10 : 18;
  }
  writeFileSync(join(out, name), await pdf.save({ useObjectStreams: false }));
}

// Quotation marks and dashes the Arabic font has no glyph for become its own forms.
const plain = (t: string) => t.replace(/"([^"]*)"/g, "«$1»").replace(/[–—]/g, "-");
const body = paragraphs.map(plain).flatMap((p) => [...wrap(p), ""]);
await write(
  "article.pdf",
  [visual(plain(title)), "", ...body.map((l) => (l ? visual(l) : l))],
  true,
);
const scan = await PDFDocument.create();
scan
  .addPage([595, 842])
  .drawRectangle({ x: 40, y: 40, width: 515, height: 762, color: rgb(0.9, 0.9, 0.9) });
writeFileSync(join(out, "scan.pdf"), await scan.save());
console.log(`wrote the PDF fixtures into ${out}`);
