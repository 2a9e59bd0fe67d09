/**
 * Parser for the curated gazetteer line format (people.ts, orgs.ts, places.ts):
 *
 *   English name = Arabic form | variant [; short: form | …] [; local: form | …] [; cue: media|place|club]
 *     [; country: ISO code]
 *
 * Lines starting with # are comments. Kept tiny and dependency-free so the build script and
 * the runtime read the same source.
 */
import type { EntityType } from "../../facts.ts";

export type Cue = "media" | "place" | "club";

export interface CuratedEntry {
  readonly type: EntityType;
  readonly en: string;
  /** Full forms; the first is the canonical Arabic name. */
  readonly forms: readonly string[];
  /** Forms that name the entity on their own anywhere. */
  readonly short: readonly string[];
  /** Forms trusted only after a full form appeared in the same article. */
  readonly local: readonly string[];
  /** A word that must precede every form (see orgs.ts / places.ts). */
  readonly cue: Cue | null;
  /** `short: none`: the surname is an ordinary word; never use it alone. */
  readonly noSurname: boolean;
  /**
   * `country: QA`: the country a place is in, where a town elsewhere shares its name (Doha,
   * Kabul): the city tables' town of that name is not this place.
   */
  readonly country: string | null;
}

function cueOf(value: string): Cue {
  return value === "media" || value === "club" ? value : "place";
}

function split(list: string): string[] {
  return list
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function parseLines(source: string, type: EntityType): CuratedEntry[] {
  const out: CuratedEntry[] = [];
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq < 0) continue;
    const en = line.slice(0, eq).trim();
    const [formsPart = "", ...options] = line.slice(eq + 1).split(";");
    let short: string[] = [];
    let local: string[] = [];
    let cue: Cue | null = null;
    let noSurname = false;
    let country: string | null = null;
    for (const opt of options) {
      const colon = opt.indexOf(":");
      const key = opt.slice(0, colon).trim();
      const value = opt.slice(colon + 1);
      if (key === "short" && value.trim() === "none") noSurname = true;
      else if (key === "short") short = split(value);
      else if (key === "local") local = split(value);
      else if (key === "cue") cue = cueOf(value.trim());
      else if (key === "country") country = value.trim();
    }
    out.push({ type, en, forms: split(formsPart), short, local, cue, noSurname, country });
  }
  return out;
}
