/**
 * `npm run bench:compare` keeps working: two revisions exported and loaded side by side in one
 * process, both loading orders, one JSON object. Tiny sizes; it measures nothing here.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("npm run bench:compare", () => {
  it("compares a git revision with the working tree in both loading orders", () => {
    const out = execFileSync(
      process.execPath,
      ["scripts/bench-compare.ts", "HEAD", ".", "--json"],
      {
        cwd: ROOT,
        env: { ...process.env, BENCH_ARTICLES: "20", BENCH_RUNS: "1", BENCH_UNSEEN: "0" },
        encoding: "utf8",
      },
    );
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(result.a).toBe("HEAD");
    expect(result.b).toBe(".");
    for (const order of ["a_first", "b_first"]) {
      const sides = result[order] as Record<string, { warm: number; unseen: number | null }>;
      for (const side of ["a", "b"]) {
        expect(sides[side]?.warm, `${order}.${side}`).toBeGreaterThan(0);
        expect(sides[side]?.unseen).toBeNull();
      }
    }
    expect(typeof result.warm_change_percent).toBe("number");
    expect(result.unseen_change_percent).toBeNull();
  }, 120_000);

  it("refuses anything but two revisions", () => {
    expect(() =>
      execFileSync(process.execPath, ["scripts/bench-compare.ts", "HEAD"], {
        cwd: ROOT,
        stdio: "pipe",
      }),
    ).toThrow(/usage/);
  });
});
