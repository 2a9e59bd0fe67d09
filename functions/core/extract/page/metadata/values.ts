/**
 * What a file's own publication metadata gives (`Metadata`), and how one metadata value is
 * read: a date as YYYY-MM-DD, a publisher's name without its quotes. Dates are taken as
 * written: an ISO timestamp's date part without converting its time zone (the outlet's own
 * calendar day).
 */
import { isoDayPrefix } from "../../dates/day.ts";
import { findDates, isoDay } from "../../dates/index.ts";
import { asciiDigits } from "../../text/normalize.ts";
import { parseDateLine } from "../page-date.ts";

export interface Metadata {
  /** The text without its frontmatter block (unchanged when there is none). */
  readonly body: string;
  /** YYYY-MM-DD from frontmatter or HTML metadata. */
  readonly published: string | null;
  /** A `title:` from frontmatter, if any. */
  readonly title: string | null;
  /**
   * Publisher names the metadata gives, most trusted first, as written (the caller judges
   * whether each names an outlet: a `source:` may be a URL).
   */
  readonly publishers: readonly string[];
}

/** A publisher name is short: longer values are prose or markup. */
const MAX_PUBLISHER_CHARS = 100;

/** A metadata value without its quotes and spaces, or null when empty or too long. */
export function publisherValue(raw: string | undefined): string | null {
  const v =
    raw
      ?.trim()
      .replace(/^["']|["']$/g, "")
      .trim() ?? "";
  return v === "" || v.length > MAX_PUBLISHER_CHARS ? null : v;
}

/** A date value as metadata writes it: ISO (date part), or any date the text reader knows. */
export function parseDateValue(raw: string): string | null {
  const v = asciiDigits(raw.trim().replace(/^["']|["']$/g, "")).trim();
  if (v === "" || v.length > 100) return null;
  const iso = isoDayPrefix(v);
  if (iso) return iso.iso;
  const line = parseDateLine(v);
  if (line) return line;
  const full = findDates(v).find((d) => d.day !== null && d.month !== null && d.year !== null);
  return full?.day && full.month && full.year ? isoDay(full.year, full.month, full.day) : null;
}
