/**
 * Markdown/YAML frontmatter at the very top of a file: `---` lines around `key: value`
 * pairs, giving the publication date (`date:`, `published:` …), the title and the publisher
 * (`outlet:`, `source:` …). Only the head of the file is searched.
 */
import { type Metadata, parseDateValue, publisherValue } from "./values.ts";

/** Frontmatter keys that hold the publication date, best first. */
const DATE_KEYS = [
  "published",
  "published_at",
  "publishedat",
  "published_time",
  "datepublished",
  "pubdate",
  "date",
  "created",
  "created_at",
];
/** Frontmatter keys that name the publisher, best first. */
const PUBLISHER_KEYS = [
  "outlet",
  "publisher",
  "site_name",
  "sitename",
  "site",
  "website",
  "source",
];
/** Only the head of a file is searched for frontmatter. */
const FRONTMATTER_MAX = 16 * 1024;

/** Markdown/YAML frontmatter at the very top: `---` lines around `key: value` pairs. */
export function frontmatter(text: string): Metadata | null {
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < text.length && i < 64 && /\s/.test(text[i] ?? "")) i++;
  if (!text.startsWith("---", i)) return null;
  const firstEol = text.indexOf("\n", i);
  if (firstEol < 0 || text.slice(i + 3, firstEol).trim() !== "") return null;
  const head = text.slice(firstEol + 1, firstEol + 1 + FRONTMATTER_MAX);
  const close = /^(?:---|\.\.\.)[ \t]*\r?$/m.exec(head);
  if (!close) return null;
  const values = keyValues(head.slice(0, close.index));
  const bodyStart = firstEol + 1 + close.index + close[0].length;
  let published: string | null = null;
  for (const key of DATE_KEYS) {
    const v = values.get(key);
    if (v !== undefined) published = parseDateValue(v);
    if (published) break;
  }
  const rawTitle =
    values
      .get("title")
      ?.trim()
      .replace(/^["']|["']$/g, "")
      .trim() ?? "";
  const publishers: string[] = [];
  for (const key of PUBLISHER_KEYS) {
    const v = publisherValue(values.get(key));
    if (v !== null) publishers.push(v);
  }
  return {
    body: text.slice(bodyStart).replace(/^\r?\n/, ""),
    published,
    title: rawTitle === "" ? null : rawTitle,
    publishers,
  };
}

/** The block's `key: value` pairs, keys lower-cased with «-» as «_»; the first of each wins. */
function keyValues(block: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const raw of block.split("\n")) {
    const m = /^([A-Za-z_][A-Za-z0-9_-]{0,40})\s*:\s*(.*)$/.exec(raw.replace(/\r$/, ""));
    if (m?.[1] && m[2] !== undefined && !values.has(m[1].toLowerCase().replace(/-/g, "_"))) {
      values.set(m[1].toLowerCase().replace(/-/g, "_"), m[2]);
    }
  }
  return values;
}
