/** Counted work (functions/core/extract/work.ts) checked for linear growth, never timed. */
import { expect } from "vitest";
import type { Pass } from "../../functions/core/extract/work.ts";

export const PASSES: readonly Pass[] = [
  "surname-overlaps",
  "consistency-readings",
  "figure-places",
  "quote-speakers",
  "quote-marks",
];

/**
 * Each pass's work on four times the input is at most five times its work on the input
 * (linear is about four; a quadratic pass would be sixteen). The constant 64 lets a pass
 * that barely ran be noisy.
 */
export function expectLinearWork(
  small: Partial<Record<Pass, number>>,
  large: Partial<Record<Pass, number>>,
): void {
  for (const pass of PASSES) {
    const a = small[pass] ?? 0;
    const b = large[pass] ?? 0;
    expect(b, `${pass}: ${a} → ${b}`).toBeLessThanOrEqual(5 * a + 64);
  }
}
