/**
 * The extractor stays readable: one algorithm per file, no file over 400 lines (functions are
 * held to 60 lines by Biome's noExcessiveLinesPerFunction, in biome.json). Blank lines and
 * comments count.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const EXTRACT = join(ROOT, "functions/core/extract");
const MAX_FILE_LINES = 400;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

/** Lines of text: every newline ends one, and a last line without one counts too. */
const lineCount = (text: string) =>
  text === "" ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0);

describe("extractor size", () => {
  it("counts lines, a last one without a newline too", () => {
    expect([lineCount(""), lineCount("a\n"), lineCount("a\nb"), lineCount("a\nb\n")]).toEqual([
      0, 1, 2, 2,
    ]);
  });

  it(`has no file over ${MAX_FILE_LINES} lines`, () => {
    const files = sources(EXTRACT);
    expect(files.length).toBeGreaterThan(50);
    const long = files
      .map((f) => [relative(ROOT, f), lineCount(readFileSync(f, "utf8"))] as const)
      .filter(([, n]) => n > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });
});
