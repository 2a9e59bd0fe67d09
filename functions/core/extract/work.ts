/**
 * Work counters for the extractor's passes that could turn superlinear on hostile input (a
 * name compared with every mention, a window that grows with the sentence). Each pass calls
 * `tally` with the items it examined; nothing is recorded unless a caller asked, so the cost
 * outside `countingWork` is one null check. Tests use the counts to show that work grows
 * linearly with the input without ever timing anything.
 */

export type Pass =
  | "surname-overlaps"
  | "consistency-readings"
  | "figure-places"
  | "quote-speakers"
  | "quote-marks";

let current: Map<Pass, number> | null = null;

/** Records `n` units of work for `pass`, when someone is counting. */
export function tally(pass: Pass, n = 1): void {
  if (current) current.set(pass, (current.get(pass) ?? 0) + n);
}

/** Runs `fn` (synchronously) and returns its result with the work each pass recorded. */
export function countingWork<T>(fn: () => T): { result: T; work: Partial<Record<Pass, number>> } {
  const outer = current;
  current = new Map();
  try {
    const result = fn();
    return { result, work: Object.fromEntries(current) as Partial<Record<Pass, number>> };
  } finally {
    current = outer;
  }
}
