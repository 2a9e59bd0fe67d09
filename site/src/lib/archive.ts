/**
 * A long list (articles, incidents) as pages numbered from its oldest item: page 1 holds the
 * oldest `size` items, page 2 the next, and so on. A new item usually lands at the newest
 * end, so it changes only the last page and the "latest" view, and page N stays page N: its
 * URL, its contents and every link to it are unchanged, which is what lets an incremental
 * build skip it and a CDN keep it. (A list numbered from the newest would move every item
 * on every page whenever one arrives.)
 *
 * The "latest" view is the newest `size` items, newest first; each archive page also lists
 * its items newest first. Pure: no I/O, no Astro.
 */

export interface ArchivePage<T> {
  /** 1 = the oldest items. */
  readonly page: number;
  /** Newest first. */
  readonly items: readonly T[];
  /** The page of the next older items, if any. */
  readonly older: number | null;
  /** The page of the next newer items; null on the newest page (the latest view is newer). */
  readonly newer: number | null;
}

export interface Archive<T> {
  readonly size: number;
  /** How many archive pages (0 for an empty list). */
  readonly pages: number;
  /** The newest `size` items, newest first. */
  readonly latest: readonly T[];
  /** The archive page holding the items just older than the latest view, if any. */
  readonly olderThanLatest: number | null;
  /** Archive page `page` (1-based). */
  page(page: number): ArchivePage<T>;
  /** The archive page of the item at this position in the newest-first list. */
  pageOf(newestFirstIndex: number): number;
}

export function archive<T>(newestFirst: readonly T[], size: number): Archive<T> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size ${size}`);
  const n = newestFirst.length;
  const pages = Math.ceil(n / size);
  const pageOf = (i: number) => Math.floor((n - 1 - i) / size) + 1;
  return {
    size,
    pages,
    latest: newestFirst.slice(0, size),
    olderThanLatest: n > size ? pageOf(size) : null,
    pageOf,
    page(page) {
      if (!Number.isInteger(page) || page < 1 || page > pages) {
        throw new RangeError(`page ${page} of ${pages}`);
      }
      return {
        page,
        items: newestFirst.slice(Math.max(0, n - page * size), n - (page - 1) * size),
        older: page > 1 ? page - 1 : null,
        newer: page < pages ? page + 1 : null,
      };
    },
  };
}
