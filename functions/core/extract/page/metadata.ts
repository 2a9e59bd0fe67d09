/**
 * Publication metadata in the file itself: Markdown/YAML frontmatter (stripped from the
 * body) and, when the text is HTML, its head's metas, `<time>` tags and JSON-LD. The parts
 * live in metadata/: frontmatter.ts, html.ts, json-ld.ts, values.ts.
 */
import { frontmatter } from "./metadata/frontmatter.ts";
import { htmlMetadata } from "./metadata/html.ts";
import type { Metadata } from "./metadata/values.ts";

export { type Metadata, parseDateValue } from "./metadata/values.ts";

/** Frontmatter (stripped from the body) and HTML publication metadata of a text. */
export function readMetadata(text: string): Metadata {
  const fm = frontmatter(text);
  if (!fm) return { body: text, title: null, ...htmlMetadata(text) };
  if (fm.published && fm.publishers.length > 0) return fm;
  const html = htmlMetadata(fm.body);
  return {
    ...fm,
    published: fm.published ?? html.published,
    publishers: [...fm.publishers, ...html.publishers],
  };
}
