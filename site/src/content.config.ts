/**
 * One collection, `articles`: the Markdown files the extractor writes. Its schema is
 * THE schema (functions/core/facts.ts) that the extractor and the writer use, so a
 * file the writer would refuse also fails the site build, naming the file and field.
 */

import { defineCollection } from "astro:content";
import { pathToFileURL } from "node:url";
import { glob } from "astro/loaders";
import { ArticleFrontmatter } from "../../functions/core/facts.ts";

const contentDir = process.env.TAQRIR_CONTENT_DIR;
if (!contentDir) throw new Error("TAQRIR_CONTENT_DIR is not set (astro.config.mjs sets it)");

const articles = defineCollection({
  loader: glob({
    pattern: "*.md",
    base: pathToFileURL(`${contentDir.replace(/\/+$/, "")}/articles/`),
    generateId: ({ entry }) => entry.replace(/\.md$/, ""),
  }),
  schema: ArticleFrontmatter,
});

export const collections = { articles };
