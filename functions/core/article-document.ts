/**
 * An article on disk: `content/articles/<id>.md`, YAML frontmatter holding the
 * facts and a body holding the cleaned Arabic text. The Markdown is produced from
 * an mdast tree by remark, never by pasting strings, so text from an upload can
 * only ever become text: remark escapes anything Markdown or HTML would read as syntax.
 */

import type { Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import type { z } from "zod";
import { type ArticleDocument, InvalidArticleError, schemaProblems } from "./article-file.ts";
import { ArticleFrontmatter, type ArticleId } from "./facts.ts";

export type { ArticleDocument } from "./article-file.ts";
export { InvalidArticleError } from "./article-file.ts";

/** What the writer accepts: the schema's input, so fields with defaults may be left out. */
export interface ArticleDocumentInput {
  readonly frontmatter: z.input<typeof ArticleFrontmatter>;
  readonly paragraphs: readonly string[];
}

export const articleKey = (id: ArticleId): string => `articles/${id}.md`;

const writer = unified().use(remarkFrontmatter, ["yaml"]).use(remarkStringify, {
  bullet: "-",
  emphasis: "_",
});
const reader = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);

/**
 * A paragraph as it is stored: white space folded, control characters (which no article text
 * needs, and which Markdown readers turn into U+FFFD) dropped, a lone surrogate half replaced
 * by U+FFFD as any reader would. Reading the file back gives exactly this.
 */
export function storedParagraph(p: string): string {
  return withoutControls(p)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .replace(/\s+/g, " ")
    .trim();
}

/** C0 controls but tab, newline, form feed and CR; and DEL. */
function withoutControls(p: string): string {
  let out = "";
  for (const ch of p) {
    const c = ch.charCodeAt(0);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) continue;
    out += ch;
  }
  return out;
}

export function toMarkdownTree(doc: ArticleDocumentInput): Root {
  const frontmatter = ArticleFrontmatter.parse(doc.frontmatter);
  const yaml: RootContent = {
    type: "yaml",
    // Every string double-quoted: YAML 1.1 readers (Astro uses js-yaml) would
    // otherwise turn 2016-05-04 into a Date and "no" into false.
    value: stringifyYaml(frontmatter, {
      lineWidth: 0,
      defaultStringType: "QUOTE_DOUBLE",
      defaultKeyType: "PLAIN",
    }).trimEnd(),
  };
  const body: RootContent[] = doc.paragraphs
    .map(storedParagraph)
    .filter((p) => p.length > 0)
    .map((p) => ({ type: "paragraph", children: [{ type: "text", value: p }] }));
  return { type: "root", children: [yaml, ...body] };
}

export function writeArticleMarkdown(doc: ArticleDocumentInput): string {
  return writer.stringify(toMarkdownTree(doc));
}

/** Reads a stored article back; throws InvalidArticleError when it is not one of ours. */
export function readArticleMarkdown(markdown: string): ArticleDocument {
  const tree = reader.parse(markdown);
  const [first, ...rest] = tree.children;
  if (first?.type !== "yaml") throw new InvalidArticleError("the file has no YAML frontmatter");
  const parsed = ArticleFrontmatter.safeParse(parseYaml(first.value));
  if (!parsed.success) {
    throw new InvalidArticleError(
      `the frontmatter does not match the schema: ${schemaProblems(parsed.error)}`,
    );
  }
  const paragraphs = rest
    .filter((node) => node.type === "paragraph")
    .map((node) => markdownText(node.children));
  return { frontmatter: parsed.data, paragraphs };
}

function markdownText(nodes: readonly RootContent[]): string {
  return nodes
    .map((n) => ("value" in n ? n.value : "children" in n ? markdownText(n.children) : ""))
    .join("");
}
