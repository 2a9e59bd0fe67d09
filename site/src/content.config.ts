/**
 * One collection, `articles`: the Markdown files the extractor writes. Its schema is
 * THE schema (functions/core/facts.ts) that the extractor and the writer use, so a
 * file the writer would refuse also fails the site build, naming the file and field.
 */
import { pathToFileURL } from "node:url";
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "zod";
import { ArticleFrontmatter } from "../../functions/core/facts.ts";

const contentDir = process.env.TAQRIR_CONTENT_DIR;
if (!contentDir) throw new Error("TAQRIR_CONTENT_DIR is not set (astro.config.mjs sets it)");

/**
 * The writer emits YAML 1.2 (the `yaml` package), where `2016-03-01` is a string;
 * Astro reads frontmatter with js-yaml, which still turns unquoted timestamps into
 * Dates. Turn them back into the strings that were written before validating.
 */
function undoYamlTimestamps(value: unknown, key?: string): unknown {
  if (value instanceof Date) {
    const iso = value.toISOString();
    if (key === "published") return iso.slice(0, 10);
    if (key === "ingested") return iso;
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map((item) => undoYamlTimestamps(item));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, undoYamlTimestamps(v, k)]));
  }
  return value;
}

const articles = defineCollection({
  loader: glob({
    pattern: "*.md",
    base: pathToFileURL(`${contentDir.replace(/\/+$/, "")}/articles/`),
    generateId: ({ entry }) => entry.replace(/\.md$/, ""),
  }),
  schema: z.preprocess((data) => undoYamlTimestamps(data), ArticleFrontmatter),
});

export const collections = { articles };
