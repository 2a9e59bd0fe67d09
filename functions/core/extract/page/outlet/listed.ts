/**
 * Which gazetteer organisations are news outlets (those in its media sections), and the
 * listed name at a token, preferring its reading as an outlet.
 */
import type { BilingualName } from "../../../facts.ts";
import { ORGS } from "../../gazetteer/curated.ts";
import { candidatesAt, type GazEntity } from "../../gazetteer/index.ts";
import { type Cue, parseLines } from "../../gazetteer/lines.ts";
import type { Token } from "../../text/tokenize.ts";

/** Ids of the organisations in the gazetteer's media sections (orgs.ts). */
const MEDIA_IDS: ReadonlySet<string> = (() => {
  const ids = new Set<string>();
  for (const section of ORGS.split(/^(?=#)/m)) {
    const header = section.slice(0, section.indexOf("\n"));
    if (!/\bnews\b|\bmedia\b/i.test(header)) continue;
    for (const e of parseLines(section, "org")) ids.add(`org:${e.en}`);
  }
  return ids;
})();

/** Is this gazetteer entity a news outlet? */
export function isMediaOrg(e: GazEntity): boolean {
  return MEDIA_IDS.has(e.id);
}

export interface Listed {
  readonly entity: GazEntity;
  readonly end: number;
  readonly cue: Cue | null;
}

/** The longest gazetteer name at token i (no clitic), preferring an outlet's reading. */
export function listedAt(text: string, tokens: readonly Token[], i: number): Listed | null {
  for (const c of candidatesAt(text, tokens, i)) {
    if (c.clitic !== "") continue;
    const hits = c.hits.filter((h) => h.kind !== "local");
    const hit = hits.find((h) => isMediaOrg(h.entity)) ?? hits[0];
    if (hit) return { entity: hit.entity, end: c.end, cue: hit.cue };
  }
  return null;
}

export function fromEntity(e: GazEntity, fallbackAr: string): BilingualName {
  return { ar: e.ar || fallbackAr, en: e.en };
}
