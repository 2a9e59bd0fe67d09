import { defineConfig } from "vitest/config";

/**
 * Three tiers, one run (`npm test`); each can run alone (`npm run test:unit`, `test:corpus`,
 * `test:system`):
 *   unit   — modules on their own: no server, no site build, no browser (seconds);
 *   corpus — the extractor and tagger scored on whole articles and corpora (the score tables);
 *   system — the site, S3 on s3rver, the CLI, the local loop, the browser, the bench scripts.
 */
const CORPUS = [
  "tests/gold/**/*.test.ts",
  "tests/fresh/**/*.test.ts",
  "tests/ner/eval.test.ts",
  "tests/ner/reproduce.test.ts",
  "tests/translit/evaluation.test.ts",
];
const SYSTEM = [
  "tests/site/**/*.test.ts",
  "tests/local/**/*.test.ts",
  "tests/publish/**/*.test.ts",
  "tests/integration/**/*.test.ts",
  "tests/browser/**/*.test.ts",
  "tests/cli/**/*.test.ts",
  "tests/handlers/**/*.test.ts",
  "tests/hostile/**/*.test.ts",
  "tests/bench/**/*.test.ts",
  // On s3rver.
  "tests/core/parallel-events.test.ts",
  "tests/core/s3-storage.test.ts",
];

export default defineConfig({
  test: {
    // Site builds and the browser run take seconds each; unit tests take milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores here: more workers only make Astro builds fight for them.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          isolate: false,
          include: ["tests/**/*.test.ts"],
          exclude: [...CORPUS, ...SYSTEM],
        },
      },
      { test: { name: "corpus", include: CORPUS } },
      { test: { name: "system", include: SYSTEM } },
    ],
  },
});
