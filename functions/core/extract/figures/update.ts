/**
 * Updated tolls: «قتل 10 أشخاص في غارة على حلب … وارتفعت حصيلة القتلى لاحقا إلى 25». A count
 * right after «إلى» with a rising verb a few words before it is the new total of the latest
 * earlier figure of its kind and unit that was lower, unless the two name different places:
 * that figure is replaced (the new count, qualifier and text; the places of both; the new
 * source, else the old), so an article reports one toll, the latest.
 */
import type { Figure } from "../../facts.ts";
import { words } from "../lexicon/index.ts";
import type { Breakable } from "./breakdown.ts";
import type { CountSite } from "./site.ts";
import { stems } from "./stems.ts";

const RISES = words("event-cues", "toll-rises");
const TO = words("particles", "to");
/**
 * How far before «إلى» the rising verb may stand: «ارتفعت حصيلة قتلى الغارة على حلب إلى», «رفع
 * المرصد، في حصيلة محدثة مساء اليوم، عدد القتلى إلى».
 */
const VERB_WINDOW = 10;

/** Is the figure starting at `site.start` the new total of a rising toll? */
export function risesTo(site: CountSite): boolean {
  const { tokens, start } = site;
  const to = tokens[start - 1];
  if (!to || !TO.has(to.norm) || !site.inSentence(start - 1)) return false;
  for (let k = start - 2; k >= Math.max(0, start - 1 - VERB_WINDOW); k--) {
    if (!site.inSentence(k)) return false;
    if (stems(tokens[k]).some((st) => RISES.has(st))) return true;
  }
  return false;
}

const samePlaces = (a: Figure, b: Figure) =>
  a.places.length === 0 ||
  b.places.length === 0 ||
  a.places.some((p) => b.places.some((q) => q.ar === p.ar));

function superseded(old: Figure, update: Figure): Figure {
  const places = [...old.places];
  for (const p of update.places) if (!places.some((q) => q.ar === p.ar)) places.push(p);
  return {
    ...update,
    places,
    source: update.source ?? old.source,
    parts: update.parts.length > 0 ? update.parts : old.parts,
  };
}

/**
 * Puts an updated toll in place of the figure it updates (this paragraph's or an earlier
 * one's). False when there is none: the caller keeps it as a figure of its own.
 */
export function supersede(scan: Breakable, update: Figure): boolean {
  const matches = (f: Figure) =>
    f.kind === update.kind &&
    f.unit === update.unit &&
    f.count < update.count &&
    samePlaces(f, update);
  for (let k = scan.out.length - 1; k >= 0; k--) {
    const f = scan.out[k] as Figure;
    if (!matches(f)) continue;
    scan.out[k] = superseded(f, update);
    return true;
  }
  for (let k = scan.earlier.length - 1; k >= 0; k--) {
    const f = scan.updated.get(k) ?? (scan.earlier[k] as Figure);
    if (!matches(f)) continue;
    scan.updated.set(k, superseded(f, update));
    return true;
  }
  return false;
}
