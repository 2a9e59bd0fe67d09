/**
 * Markdown (a CMS export, notes): parsed by remark, so emphasis markers, link targets and
 * image syntax never reach the article text; headings, paragraphs, list items and quotes
 * become paragraphs, link text is kept. YAML frontmatter gives title, date, source/outlet,
 * url and author; without a title the first heading is the title.
 */
import type { Root, RootContent } from "mdast";
import { toString as mdText } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";
import { parseDateValue } from "../extract/page/dateline.ts";
import { type ArticleSource, cleanParagraphs, type ReadResult, refusal } from "./source.ts";

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
/** Frontmatter larger than this is not metadata. */
const MAX_FRONTMATTER = 16 * 1024;

function field(data: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = data[k];
    if (typeof v === "string" && v.trim()) return v.trim();
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
    if (v && typeof v === "object" && "name" in v && typeof v.name === "string") return v.name;
  }
  return null;
}

/** The blocks of a Markdown tree that hold text, in order (lists and quotes opened up). */
function textBlocks(nodes: readonly RootContent[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === "paragraph" || node.type === "heading" || node.type === "code") {
      out.push(mdText(node));
    } else if ("children" in node && node.type !== "table") {
      textBlocks(node.children as RootContent[], out);
    } else if (node.type === "table") {
      for (const row of node.children) out.push(row.children.map((c) => mdText(c)).join(" — "));
    }
  }
}

export function readMarkdown(text: string, encoding: string): ReadResult {
  const tree = parser.parse(text) as Root;
  let data: Record<string, unknown> = {};
  const first = tree.children[0];
  if (first?.type === "yaml" && first.value.length <= MAX_FRONTMATTER) {
    try {
      const parsed = parseYaml(first.value, { maxAliasCount: 10 }) as unknown;
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
        data = parsed as Record<string, unknown>;
    } catch {
      // Frontmatter that is not YAML: the article is still the body.
    }
  }
  const body = tree.children.filter((n) => n.type !== "yaml");
  let title = field(data, ["title", "headline"]);
  const firstHeading = body.findIndex((n) => n.type === "heading");
  const blocks: string[] = [];
  textBlocks(
    title === null && firstHeading >= 0 ? body.filter((_, i) => i !== firstHeading) : body,
    blocks,
  );
  if (title === null && firstHeading >= 0) title = mdText(body[firstHeading] as RootContent);
  const paragraphs = cleanParagraphs(blocks);
  if (paragraphs.length === 0)
    return refusal("empty", "the Markdown file holds no text outside its frontmatter", "markdown");
  const date = field(data, ["published", "date", "published_at", "datePublished", "created"]);
  const source: ArticleSource = {
    format: "markdown",
    encoding,
    title: title?.trim() || null,
    published: date ? parseDateValue(date) : null,
    outlet: field(data, ["outlet", "source", "publisher", "site", "site_name"]),
    url: field(data, ["url", "link", "canonical"]),
    author: field(data, ["author", "byline", "authors"]),
    paragraphs,
  };
  return { ok: true, source };
}
