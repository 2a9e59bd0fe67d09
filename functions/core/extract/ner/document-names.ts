/**
 * The labelled names of a document for the consistency pass: per name (its words' keys), how
 * often each sentence read it as each type and how confidently, looked up within a window of
 * sentences; and the majority vote over such a tally.
 */
import { tally } from "../work.ts";
import { TYPES } from "./bio-spans.ts";

/**
 * What a name's spans say within some sentences: per type, how many and the best margin
 * (counts in [0, TYPES), margins in [TYPES, 2·TYPES)).
 */
export type Tally = Float64Array;

interface Reading {
  readonly s: number;
  readonly tally: Tally;
}

/**
 * The document's labelled names, by key, with their readings in sentence order. Lookups cost
 * the same however often a name recurs (a 1 MB line of one repeated name is one reading).
 */
export class Names {
  private readonly byKey = new Map<string, Reading[]>();
  /** Per key, a bit per type it was read as (only names read two ways can be outvoted). */
  private readonly typeBits = new Map<string, number>();
  /** First word's key → the most words a name starting with it has. */
  readonly longest = new Map<string, number>();

  /** Sentences must be added in order. */
  add(s: number, key: string, first: string, len: number, type: number, margin: number): void {
    let readings = this.byKey.get(key);
    if (!readings) {
      readings = [];
      this.byKey.set(key, readings);
    }
    let last = readings[readings.length - 1];
    if (last?.s !== s) {
      last = { s, tally: new Float64Array(2 * TYPES) };
      readings.push(last);
    }
    const tally = last.tally;
    tally[type] = (tally[type] ?? 0) + 1;
    tally[TYPES + type] = Math.max(tally[TYPES + type] ?? 0, margin);
    this.typeBits.set(key, (this.typeBits.get(key) ?? 0) | (1 << type));
    this.longest.set(first, Math.max(this.longest.get(first) ?? 0, len));
  }

  isMixed(key: string): boolean {
    const bits = this.typeBits.get(key) ?? 0;
    return (bits & (bits - 1)) !== 0;
  }

  /** The readings of `key` within `window` sentences of s, summed into `out` (false if none). */
  near(key: string, s: number, window: number, out: Tally): boolean {
    const readings = this.byKey.get(key);
    if (!readings) return false;
    out.fill(0);
    let lo = 0;
    let hi = readings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((readings[mid] as Reading).s < s - window) lo = mid + 1;
      else hi = mid;
    }
    let any = false;
    tally("consistency-readings");
    for (let k = lo; k < readings.length; k++) {
      const r = readings[k] as Reading;
      if (r.s > s + window) break;
      tally("consistency-readings");
      any = true;
      for (let t = 0; t < TYPES; t++) {
        out[t] = (out[t] ?? 0) + (r.tally[t] ?? 0);
        out[TYPES + t] = Math.max(out[TYPES + t] ?? 0, r.tally[TYPES + t] ?? 0);
      }
    }
    return any;
  }
}

/** The most frequent type of a tally (ties: `keep` if it is among the tied, else the first). */
export function majority(tally: Tally, keep: number): number {
  let best = keep;
  let top = keep >= 0 ? (tally[keep] ?? 0) : 0;
  for (let t = 0; t < TYPES; t++) {
    if ((tally[t] ?? 0) > top) {
      best = t;
      top = tally[t] ?? 0;
    }
  }
  return best;
}
