/**
 * The outlet cue of trust 1: a publisher name the file's metadata gives (frontmatter
 * `outlet:`, `source:` …; HTML `og:site_name`, JSON-LD `"publisher"`), read by metadata.ts.
 * A site's name often comes with its Latin name or a slogan: the Arabic part is tried first.
 */
import type { BilingualName } from "../../../facts.ts";
import { outletName } from "./name.ts";

/** Separators between a site's names or its name and a slogan («القدس العربي | Al-Quds Al-Arabi»). */
const SITE_NAME_PARTS = /\s+[|–—-]\s+|\s*[|:]\s*/;

/** The outlet a metadata value names: its Arabic part first, then any other. */
export function metadataOutlet(value: string): BilingualName | null {
  if (/:\/\/|^www\.|@/i.test(value)) return null;
  const parts = value.split(SITE_NAME_PARTS).filter((p) => p.trim() !== "");
  const arabicFirst = [
    ...parts.filter((p) => /[\u0621-\u064A]/.test(p)),
    ...parts.filter((p) => !/[\u0621-\u064A]/.test(p)),
  ];
  for (const p of arabicFirst) {
    const name = outletName(p, "named");
    if (name) return name;
  }
  return null;
}
