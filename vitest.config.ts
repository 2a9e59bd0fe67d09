import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Site builds and the browser run take seconds each; unit tests take milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores here: more workers only make Astro builds fight for them.
    maxWorkers: 2,
  },
});
