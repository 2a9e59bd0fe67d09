/**
 * The one ordering of articles, used by the article lists and the feeds: newest first by
 * publication day, falling back to the day the article was ingested; ties go to the most
 * recently ingested, then to the id so the order never depends on file-system order.
 */
export interface Orderable {
  readonly id: string;
  readonly published: string | null;
  readonly ingested: string;
}

/** The day an article is dated by: its publication day, else the day it was ingested. */
export const effectiveDay = (a: Orderable): string => a.published ?? a.ingested.slice(0, 10);

export function compareNewestFirst(a: Orderable, b: Orderable): number {
  const day = effectiveDay(b).localeCompare(effectiveDay(a));
  if (day !== 0) return day;
  const ingested = Date.parse(b.ingested) - Date.parse(a.ingested);
  if (ingested !== 0) return ingested;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A sorted copy (O(n log n)); the input is left as it is. */
export function newestFirst<T>(items: readonly T[], facts: (item: T) => Orderable): T[] {
  return [...items].sort((a, b) => compareNewestFirst(facts(a), facts(b)));
}
