/** `taqrir report` as a user runs it over a content folder: summary, --json, --csv. */
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleKey, writeArticleMarkdown } from "../../functions/core/article-document.ts";
import type { StoryModel } from "../../functions/core/consolidate/index.ts";
import { factsDoc, sampleDocs } from "../consolidate/docs.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "taqrir.mjs");

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({
        code: error ? (typeof error.code === "number" ? error.code : 1) : 0,
        stdout,
        stderr,
      });
    });
  });
}

/** A hostile upload: text a spreadsheet would run, quotes and line breaks inside cells. */
const HOSTILE = '=HYPERLINK("http://127.0.0.1/x","click")';

let dir: { path: string; cleanup: () => Promise<void> };
let content: string;
beforeAll(async () => {
  dir = await tempDir("report-cli");
  content = join(dir.path, "content");
  await mkdir(join(content, "articles"), { recursive: true });
  const docs = [
    ...sampleDocs(),
    factsDoc({
      title: { ar: HOSTILE, en: null },
      quotes: [{ text: `قال "نعم"،\nثم ${HOSTILE}`, speaker: null }],
    }),
  ];
  for (const d of docs) {
    await writeFile(join(content, articleKey(d.frontmatter.id)), writeArticleMarkdown(d));
  }
  await writeFile(join(content, "articles", "0000000000000bad.md"), "not an article");
});
afterAll(() => dir.cleanup());

describe("taqrir report", () => {
  it("prints a readable summary: incidents with every report, actors, outlets", async () => {
    const { code, stdout, stderr } = await run(["report", "--content", content]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/skipped articles\/0000000000000bad\.md/);
    expect(stdout).toMatch(/^6 articles/);
    expect(stdout).toMatch(/killed in Aleppo: 250 — 2 reports/);
    expect(stdout).toMatch(/John Kerry \(جون كيري\) \[john-kerry\] — 5 articles/);
  });

  it("--json prints the whole model", async () => {
    const { code, stdout } = await run(["report", "--content", content, "--json"]);
    expect(code).toBe(0);
    const model = JSON.parse(stdout) as StoryModel;
    expect(model.articles).toHaveLength(6);
    expect(Object.keys(model)).toEqual([
      "articles",
      "entities",
      "incidents",
      "quotes",
      "timeline",
      "outlets",
    ]);
    expect(model.incidents.find((i) => i.range.max === 250)?.reports).toHaveLength(2);
  });

  it("--csv writes spreadsheet tables with a byte-order mark that a CSV parser reads back", async () => {
    const out = join(dir.path, "csv");
    const { code } = await run(["report", "--content", content, "--csv", out]);
    expect(code).toBe(0);
    const read = async (name: string) => {
      const text = await readFile(join(out, name), "utf8");
      expect(text.charCodeAt(0)).toBe(0xfeff);
      return parse(text, { bom: true, columns: true }) as Record<string, string>[];
    };
    const incidents = await read("incidents.csv");
    const aleppo = incidents.filter((r) => r.places_en === "Aleppo" && r.max === "250");
    expect(aleppo.map((r) => [r.count, r.qualifier])).toEqual([
      ["250", "exact"],
      ["250", "more_than"],
    ]);
    expect((await read("entities.csv")).find((r) => r.entity === "john-kerry")?.articles).toBe("5");
    const articles = await read("articles.csv");
    expect(articles).toHaveLength(6);
    // The formula is text: prefixed, never a cell a spreadsheet would run.
    expect(articles.some((r) => r.title_ar === `'${HOSTILE}`)).toBe(true);
    expect(articles.every((r) => !/^[=+@-]/.test(r.title_ar ?? ""))).toBe(true);
    const quotes = await read("quotes.csv");
    expect(quotes.some((r) => r.text === `قال "نعم"،\nثم ${HOSTILE}`)).toBe(true);
    expect((await read("timeline.csv")).length).toBeGreaterThan(0);
  });

  it("refuses --json with --csv", async () => {
    const { code, stderr } = await run([
      "report",
      "--content",
      content,
      "--json",
      "--csv",
      dir.path,
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/not both/);
  });
});
