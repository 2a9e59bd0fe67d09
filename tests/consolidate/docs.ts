/** Article documents for consolidation tests: bytes → the stored document the pipeline writes. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import type { ArticleDocument } from "../../functions/core/article-document.ts";
import { articleDocument } from "../../functions/core/article-store.ts";
import { decodeArticle } from "../../functions/core/decode.ts";
import { extractSource } from "../../functions/core/extraction-runner.ts";
import { ArticleFrontmatter, type Entity, type Figure } from "../../functions/core/facts.ts";
import { textSource } from "../../functions/core/formats/index.ts";

export const SAMPLES = join(import.meta.dirname, "..", "..", "samples");

/** The document `content/` would hold for these bytes, first seen at `ingested`. */
export function docOf(bytes: Uint8Array | string, key: string, ingested: string): ArticleDocument {
  const raw = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  const decoded = decodeArticle(raw);
  if (!decoded.ok) throw new Error(`${key}: ${decoded.message}`);
  const extracted = extractSource(textSource(decoded.text, decoded.encoding));
  if (!extracted.ok) throw new Error(`${key}: ${extracted.message}`);
  return articleDocument(extracted.extraction, {
    keys: [key],
    sha256: createHash("sha256").update(raw).digest("hex"),
    bytes: raw.length,
    encoding: decoded.encoding,
    format: "text",
    ingested,
  });
}

/** Minute `n` of a fixed day: distinct, ordered ingest times. */
export const at = (n: number): string => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();

export function sampleDocs(): ArticleDocument[] {
  const names = [
    "000_4a470ce0ac0b1c40",
    "001_7e28444f50e46fbb",
    "002_661c46d4ddf144fc",
    "003_7a41c80445518d85",
    "004_18a2c8e27a3ab171",
  ];
  return names.map((n, i) =>
    docOf(readFileSync(join(SAMPLES, `${n}.txt`)), `inbox/${n}.txt`, at(i)),
  );
}

let serial = 0;

/** A stored article made directly from facts: for rules that extraction would blur. */
export function factsDoc(
  facts: Partial<Omit<z.input<typeof ArticleFrontmatter>, "source">> & {
    readonly paragraphs?: readonly string[];
    readonly key?: string;
  },
): ArticleDocument {
  serial++;
  const { paragraphs, key, ...rest } = facts;
  const id = rest.id ?? serial.toString(16).padStart(16, "0");
  const frontmatter = ArticleFrontmatter.parse({
    title: { ar: `مقال ${serial}`, en: null },
    published: null,
    entities: [],
    figures: [],
    quotes: [],
    dates: [],
    extractor: "test",
    ingested: at(serial),
    ...rest,
    id,
    source: {
      keys: [key ?? `inbox/${id}.txt`],
      sha256: id.repeat(4),
      bytes: 1,
      encoding: "utf-8",
      format: "text",
    },
  });
  return { frontmatter, paragraphs: paragraphs ?? [`نص المقال رقم ${serial}.`] };
}

type EntityInput = z.input<typeof Entity>;

export const person = (
  ar: string,
  en: string | null,
  extra: Partial<EntityInput> = {},
): EntityInput => ({
  type: "person",
  name: { ar, en },
  mentions: 1,
  aliases: [ar],
  englishSource: en ? "transliteration" : null,
  origin: "tagger",
  ...extra,
});

export const place = (ar: string, en: string, extra: Partial<EntityInput> = {}): EntityInput => ({
  type: "place",
  name: { ar, en },
  mentions: 1,
  aliases: [ar],
  englishSource: "gazetteer",
  origin: "gazetteer",
  ...extra,
});

export function killed(
  count: number,
  places: { ar: string; en: string }[],
  extra: Partial<z.input<typeof Figure>> = {},
): z.input<typeof Figure> {
  return { kind: "killed", count, qualifier: "exact", places, text: `مقتل ${count}`, ...extra };
}
