/**
 * Updated tolls: «قتل 10 أشخاص في غارة على حلب … وارتفعت حصيلة القتلى لاحقا إلى 25». A count
 * right after «إلى» with a rising verb a few words before it is the new total of an earlier
 * figure of its kind and unit that was lower (supersede), unless the two name different places:
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

/** How many times a toll may grow in one update; a total up to SMALL_TOTAL may update any. */
const MAX_GROWTH = 5;
const SMALL_TOTAL = 12;

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
 * one's): of the lower figures of its kind, the largest, which is the toll before it rather
 * than a smaller count read since («… 525 شهيدا … استشهد 4 مواطنين … ارتفع عدد الشهداء إلى
 * 548»: the 525); and none that the new toll outgrows more than MAX_GROWTH times (a day's 7
 * dead are not the campaign's 121), unless the new toll is small («قتل شخصان … ارتفعت إلى 11»).
 * False when there is none: the caller keeps it as a figure of its own.
 */
export function supersede(scan: Breakable, update: Figure): boolean {
  const matches = (f: Figure) =>
    f.kind === update.kind &&
    f.unit === update.unit &&
    f.count < update.count &&
    update.count <= Math.max(f.count * MAX_GROWTH, SMALL_TOTAL) &&
    samePlaces(f, update);
  // Of this paragraph's figures, then the article's earlier ones, latest first, the largest
  // that the update matches (of equal counts, the latest).
  const held: { figure: Figure; put: (f: Figure) => void }[] = [];
  for (let k = scan.out.length - 1; k >= 0; k--) {
    const figure = scan.out[k] as Figure;
    if (matches(figure)) held.push({ figure, put: (f) => (scan.out[k] = f) });
  }
  for (let k = scan.earlier.length - 1; k >= 0; k--) {
    const figure = scan.updated.get(k) ?? (scan.earlier[k] as Figure);
    if (matches(figure)) held.push({ figure, put: (f) => scan.updated.set(k, f) });
  }
  const best = held.reduce<(typeof held)[number] | undefined>(
    (b, h) => (!b || h.figure.count > b.figure.count ? h : b),
    undefined,
  );
  if (!best) return false;
  best.put(superseded(best.figure, update));
  return true;
}
