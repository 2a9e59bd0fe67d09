/**
 * `npm run train:ner` must reproduce the committed model byte for byte: retrain from
 * ../shared/data into a temporary file and compare. It catches what an evaluation of the
 * committed model cannot: a change to the tagger or features that the training run (which
 * tags with other, fold-held-out models) depends on. About a minute on one core.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DATA = fileURLToPath(new URL("../../../shared/data/", import.meta.url));
const available = existsSync(join(DATA, "anercorp", "ANERCorp.txt"));

if (!available && process.env.CI) throw new Error(`ANERcorp is required in CI: ${DATA} is missing`);

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

describe.skipIf(!available)("npm run train:ner reproduces the committed model", () => {
  it("writes the same bytes as functions/core/extract/ner/model.json", {
    timeout: 300_000,
  }, async () => {
    const dir = await tempDir("train-ner");
    cleanups.push(dir.cleanup);
    const out = join(dir.path, "model.json");
    execFileSync(process.execPath, ["scripts/train-ner.ts", DATA, "--out", out], {
      cwd: ROOT,
      stdio: "ignore",
    });
    const committed = readFileSync(join(ROOT, "functions/core/extract/ner/model.json"));
    expect(readFileSync(out).equals(committed)).toBe(true);
  });
});
