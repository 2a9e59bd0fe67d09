/**
 * Label-path arithmetic for the consistency pass: BIO label indices by entity type, and the
 * spans a label path holds.
 */
import { ENTITY_TYPES, LABELS } from "./labels.ts";

// Label indices: O is 0, then B- and I- per type in ENTITY_TYPES order (labels.ts).
export const TYPES = ENTITY_TYPES.length;
export const MISC = ENTITY_TYPES.indexOf("MISC");
export const beginOf = (t: number) => 1 + 2 * t;
export const insideOf = (t: number) => 2 + 2 * t;
export const typeOf = (y: number) => (y > 0 ? (y - 1) >> 1 : -1);
ENTITY_TYPES.forEach((type, t) => {
  if (LABELS[beginOf(t)] !== `B-${type}` || LABELS[insideOf(t)] !== `I-${type}`) {
    throw new Error("bio-spans.ts: the tagger's label order changed");
  }
});

/** Calls fn for each span of a label path (BIO; an I- after another type opens a span). */
export function eachSpan(path: Int32Array, fn: (start: number, end: number, type: number) => void) {
  let type = -1;
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    const y = i < path.length ? (path[i] as number) : 0;
    const t = typeOf(y);
    const begins = y === beginOf(t) || (t >= 0 && t !== type);
    if (type >= 0 && (t < 0 || begins)) fn(start, i, type);
    if (t < 0) type = -1;
    else if (begins) {
      type = t;
      start = i;
    }
  }
}

/** Do the len words from i form exactly one labelled span (nothing to copy)? */
export function isOneSpan(path: Int32Array, i: number, len: number): boolean {
  const t = typeOf(path[i] as number);
  if (t < 0 || path[i] !== beginOf(t)) return false;
  for (let k = i + 1; k < i + len; k++) if (path[k] !== insideOf(t)) return false;
  return true;
}

/** Does position i continue a span begun before it? */
export function continues(path: Int32Array, i: number): boolean {
  const y = i < path.length ? (path[i] as number) : 0;
  return y > 0 && y === insideOf(typeOf(y));
}
