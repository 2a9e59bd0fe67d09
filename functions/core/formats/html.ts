/**
 * Saved web pages: the charset from the byte-order mark, `<meta charset>` or its http-equiv
 * form (windows-1256 pages are common), else UTF-8 when the bytes are valid UTF-8, else
 * Windows-1256; a real DOM (linkedom); the article found by Mozilla's Readability, as
 * paragraphs; and the page's own metadata, most trusted first: JSON-LD NewsArticle, Open Graph
 * and article:* meta, `<time datetime>`, then `<title>` without its " | Outlet" tail.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parseDateValue } from "../extract/page/dateline.ts";
import { parseDateLine } from "../extract/page/page-date.ts";
import { blockTexts, stripNonText } from "./dom.ts";
import { type ArticleSource, cleanParagraphs, type ReadResult, refusal } from "./source.ts";

/** Fewer words than this and a page holds no article (a login wall, an index page). */
const MIN_WORDS = 25;
/** JSON-LD blocks read at most, and the largest one parsed. */
const MAX_LD_BLOCKS = 20;
const MAX_LD_CHARS = 256 * 1024;

/** The charset a page declares in its first bytes, read as ASCII. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096)).toLowerCase();
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/.exec(head);
  return m?.[1] ?? null;
}

/** Decodes a page's bytes; null when they are not text in any charset we trust. */
export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } | null {
  const bom: [number[], string][] = [
    [[0xef, 0xbb, 0xbf], "utf-8"],
    [[0xff, 0xfe], "utf-16le"],
    [[0xfe, 0xff], "utf-16be"],
  ];
  for (const [prefix, label] of bom) {
    if (prefix.every((b, i) => bytes[i] === b)) {
      return {
        text: new TextDecoder(label).decode(bytes.subarray(prefix.length)),
        encoding: label,
      };
    }
  }
  const declared = declaredCharset(bytes);
  if (declared && declared !== "utf-8" && declared !== "utf8") {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // A charset no decoder knows: detect as if none were declared.
    }
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1256").decode(bytes), encoding: "windows-1256" };
  }
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** Every object in a JSON-LD value (arrays and @graph included), depth-first, bounded. */
function* ldObjects(value: Json, depth = 0): Generator<Record<string, Json>> {
  if (depth > 8 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value) yield* ldObjects(v, depth + 1);
    return;
  }
  yield value;
  const graph = value["@graph"];
  if (graph) yield* ldObjects(graph, depth + 1);
}

const ldText = (v: Json | undefined): string | null => {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) return v.map(ldText).filter(Boolean).join("، ") || null;
  if (v && typeof v === "object") return ldText(v.name ?? v["@id"] ?? null);
  return null;
};

interface PageMeta {
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  author: string | null;
}

/** The NewsArticle (or Article) a page describes in JSON-LD, if it has one. */
function jsonLd(html: string): PageMeta | null {
  const re = /<script[^>]+application\/ld\+json[^>]*>([\s\S]*?)<\/script\s*>/gi;
  let blocks = 0;
  for (const m of html.matchAll(re)) {
    if (++blocks > MAX_LD_BLOCKS) break;
    const raw = m[1] ?? "";
    if (raw.length > MAX_LD_CHARS) continue;
    let parsed: Json;
    try {
      parsed = JSON.parse(raw) as Json;
    } catch {
      continue;
    }
    for (const o of ldObjects(parsed)) {
      const type = ldText(o["@type"] ?? null) ?? "";
      if (!/article|report|posting/i.test(type)) continue;
      const entity = o.mainEntityOfPage;
      return {
        title: ldText(o.headline ?? o.name ?? null),
        published: parseDateValue(ldText(o.datePublished ?? o.dateCreated ?? null) ?? ""),
        outlet: ldText(o.publisher ?? null),
        url:
          ldText(o.url ?? null) ?? (typeof entity === "string" ? entity : ldText(entity ?? null)),
        author: ldText(o.author ?? null),
      };
    }
  }
  return null;
}

/** `<title>` without the outlet's name after a separator: «عنوان الخبر | الجزيرة نت». */
export function titleWithoutSuffix(title: string, outlet: string | null): string {
  const parts = title
    .split(/\s+[|–—:-]{1,2}\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return title.trim();
  const kept = parts.filter((p) => !outlet || p !== outlet.trim());
  // The headline is the longest part; the outlet's name and section labels are short.
  return kept.reduce((a, b) => (b.length > a.length ? b : a), kept[0] ?? title.trim());
}

const words = (paragraphs: readonly string[]) =>
  paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0);

export function readHtml(text: string, encoding: string): ReadResult {
  const ld = jsonLd(text);
  const { document } = parseHTML(stripNonText(text));
  const meta = (key: string): string | null => {
    for (const el of document.querySelectorAll("meta")) {
      const name = (
        el.getAttribute("property") ??
        el.getAttribute("name") ??
        el.getAttribute("itemprop") ??
        ""
      ).toLowerCase();
      if (name === key) return el.getAttribute("content")?.trim() || null;
    }
    return null;
  };
  const timeAttr = document.querySelector("time[datetime]")?.getAttribute("datetime") ?? "";
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  const pageTitle = document.querySelector("title")?.textContent ?? "";

  // Readability takes apart the document it reads: it reads a copy.
  const copy = document.cloneNode(true) as unknown as Document;
  let article: ReturnType<Readability["parse"]> = null;
  try {
    article = new Readability(copy, { charThreshold: 100 }).parse();
  } catch {
    // Markup Readability cannot walk (it throws on some broken trees): the page's own text
    // below stands in, as when it finds no article.
  }
  const outlet =
    ld?.outlet ?? meta("og:site_name") ?? meta("application-name") ?? article?.siteName ?? null;
  const date = (v: string | null | undefined) => (v ? parseDateValue(v) : null);
  const published =
    ld?.published ??
    date(meta("article:published_time")) ??
    date(meta("og:published_time")) ??
    date(meta("datepublished")) ??
    date(meta("pubdate")) ??
    date(timeAttr) ??
    date(article?.publishedTime) ??
    visibleDate(document);
  const title =
    ld?.title ??
    meta("og:title") ??
    (pageTitle.trim() ? titleWithoutSuffix(pageTitle, outlet) : null) ??
    article?.title ??
    null;

  let paragraphs: string[] = [];
  if (article?.content) {
    paragraphs = cleanParagraphs(
      blockTexts(parseHTML(`<html><body>${article.content}</body></html>`).document),
    );
  }
  if (words(paragraphs) < MIN_WORDS) {
    // Readability found nothing it trusts: the page's own text, without its furniture.
    const body = document.body;
    const fallback = body
      ? cleanParagraphs(
          blockTexts(
            body,
            new Set(["nav", "header", "footer", "aside", "form", "button", "select"]),
          ),
        )
      : [];
    if (words(fallback) > words(paragraphs)) paragraphs = fallback;
  }
  // The headline is the title, not the first paragraph too.
  if (title && paragraphs[0] === title.trim()) paragraphs = paragraphs.slice(1);
  if (words(paragraphs) < MIN_WORDS) {
    return refusal(
      "no-article",
      `the web page holds no article text (${words(paragraphs)} words outside its menus and boxes)`,
      "html",
    );
  }
  const source: ArticleSource = {
    format: "html",
    encoding,
    title: title?.trim() || null,
    published,
    outlet: outlet?.trim() || null,
    url: ld?.url ?? meta("og:url") ?? canonical,
    author: ld?.author ?? meta("author") ?? article?.byline?.trim() ?? null,
    paragraphs,
  };
  return { ok: true, source };
}

/** Elements pages print their date in: by class, id or itemprop. */
const DATE_ELEMENTS =
  '[class*="date"], [class*="Date"], [class*="time"], [class*="publish"], [id*="date"], [itemprop*="date"]';
/** Page chrome whose dates are not the article's («today» stamps, related items). */
const CHROME = "header, nav, footer, aside";
/** A date element says little more than the date. */
const MAX_DATE_TEXT = 120;

/**
 * A page with no date in its metadata still prints one beside the headline («<span
 * class="post-date">19 سبتمبر 2016</span>»): the first short element named for a date, outside
 * the page's header, menus, footer and side boxes, that reads as a date line.
 */
function visibleDate(document: ReturnType<typeof parseHTML>["document"]): string | null {
  for (const el of document.querySelectorAll(DATE_ELEMENTS)) {
    const text = (el.textContent ?? "").trim();
    if (text === "" || text.length > MAX_DATE_TEXT || el.closest(CHROME)) continue;
    const date = parseDateLine(text);
    if (date) return date;
  }
  return null;
}
