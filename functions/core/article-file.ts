/**
 * Reading a stored article quickly: the site reads every article on every build, so this
 * reader does without the Markdown stack (article-document.ts writes the files, and reads
 * them back with remark where speed does not matter). The tests hold the two readers equal
 * on every file the writer writes.
 */
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import type { z } from "zod";
import { ArticleFrontmatter } from "./facts.ts";

export interface ArticleDocument {
  readonly frontmatter: ArticleFrontmatter;
  readonly paragraphs: readonly string[];
}

export class InvalidArticleError extends Error {
  override name = "InvalidArticleError";
}

/** What the schema refused, on one line: each field's path and the reason. */
export function schemaProblems(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(frontmatter)"}: ${issue.message}`)
    .join("; ");
}

/**
 * The YAML block remark-frontmatter reads: the file's first line `---`, up to the next line
 * that is `---` (trailing blanks allowed).
 */
const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Reads a stored article without a Markdown parse. For a file the writer wrote, the same document as readArticleMarkdown (the tests
 * hold the two equal); anything else is refused the same way, with InvalidArticleError.
 */
export function readArticleFile(markdown: string): ArticleDocument {
  const block = FRONTMATTER.exec(markdown);
  if (!block) throw new InvalidArticleError("the file has no YAML frontmatter");
  let yaml: unknown;
  try {
    // js-yaml: ten times faster than the writer's `yaml` here, and the same values for what
    // the writer writes (every string quoted), in YAML 1.2's core schema.
    yaml = loadYaml(block[1] ?? "", { schema: CORE_SCHEMA });
  } catch (error) {
    throw new InvalidArticleError(`the frontmatter is not YAML: ${(error as Error).message}`);
  }
  const parsed = ArticleFrontmatter.safeParse(yaml);
  if (!parsed.success) {
    throw new InvalidArticleError(
      `the frontmatter does not match the schema: ${schemaProblems(parsed.error)}`,
    );
  }
  return { frontmatter: parsed.data, paragraphs: bodyParagraphs(markdown.slice(block[0].length)) };
}

/** CommonMark backslash escapes (of ASCII punctuation), and the character references remark writes. */
const ESCAPE = /\\([!-/:-@[-`{-~])|&#x([0-9a-f]{1,6});|&#([0-9]{1,7});/gi;

/**
 * The paragraphs of a body that `writeArticleMarkdown` wrote (every block a text paragraph):
 * split at blank lines, escapes undone. The same as reading the body with remark, without a
 * parse: the site reads thousands of bodies per build. The tests hold the two equal.
 */
export function bodyParagraphs(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .trim()
        .replace(
          ESCAPE,
          (_, punct: string | undefined, hex: string | undefined, dec: string | undefined) =>
            punct ?? String.fromCodePoint(Number.parseInt(hex ?? dec ?? "0", hex ? 16 : 10)),
        ),
    )
    .filter((p) => p !== "");
}
