/**
 * The tagger's cache of pair-feature scores: per pair of neighbouring word ids, their summed
 * scores under every model, in an open-addressing table over typed arrays.
 */
import { LABELS } from "./labels.ts";

const L = LABELS.length;

/** Word pairs whose summed pair-feature scores are kept (about 19 MB of float64 for two passes). */
const PAIR_LIMIT = 1 << 16;

/** Slots a pair table starts with; it doubles as pairs come, up to twice PAIR_LIMIT. */
const PAIR_MIN_SLOTS = 1 << 12;

/**
 * Summed pair-feature scores (context-features.ts pairFeatures) per pair of neighbouring word ids, under
 * every model: entry e holds at e·2ML the scores of the first word (M × L), then those of the
 * second. Word pairs repeat («في مدينة», «وزير الخارجية»), and one probe here replaces the
 * half-dozen weight-table probes and hashes their features cost. Open addressing over typed
 * arrays; when full it starts again empty (cheaper than tracking recency, and the pairs that
 * matter come back at once).
 *
 * The slot table grows with its contents (at most half full) instead of starting at full size:
 * hashing scatters the pairs over every line of the table, so a table sized for 65,536 pairs
 * holding a few thousand makes each probe a likely cache miss, where a table sized to them
 * stays in the processor's cache.
 */
export class PairScores {
  readonly values: Float64Array;
  readonly stride: number;
  /** Per slot (a, b, entry + 1, unused): one cache line per probe; entry + 1 = 0 when empty. */
  private slots = new Int32Array(PAIR_MIN_SLOTS * 4);
  private mask = PAIR_MIN_SLOTS - 1;
  private count = 0;

  constructor(models: number) {
    this.stride = 2 * models * L;
    this.values = new Float64Array(PAIR_LIMIT * this.stride);
  }

  /** The entry of pair (a, b), or -1. */
  get(a: number, b: number): number {
    const { slots, mask } = this;
    let i = slot(a, b, mask);
    for (;;) {
      const e = slots[4 * i + 2] as number;
      if (e === 0) return -1;
      if (slots[4 * i] === a && slots[4 * i + 1] === b) return e - 1;
      i = (i + 1) & mask;
    }
  }

  /** A new entry for pair (a, b), not present, its scores zeroed. */
  add(a: number, b: number): number {
    if (this.count === PAIR_LIMIT) this.clear();
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    const e = this.count++;
    this.put(a, b, e);
    this.values.fill(0, e * this.stride, (e + 1) * this.stride);
    return e;
  }

  clear(): void {
    this.slots = new Int32Array(PAIR_MIN_SLOTS * 4);
    this.mask = PAIR_MIN_SLOTS - 1;
    this.count = 0;
  }

  private put(a: number, b: number, e: number): void {
    const { slots, mask } = this;
    let i = slot(a, b, mask);
    while (slots[4 * i + 2] !== 0) i = (i + 1) & mask;
    slots[4 * i] = a;
    slots[4 * i + 1] = b;
    slots[4 * i + 2] = e + 1;
  }

  private grow(): void {
    const old = this.slots;
    const size = 2 * (this.mask + 1);
    this.slots = new Int32Array(size * 4);
    this.mask = size - 1;
    for (let i = 0; i < old.length; i += 4) {
      const e = old[i + 2] as number;
      if (e !== 0) this.put(old[i] as number, old[i + 1] as number, e - 1);
    }
  }
}

/** The slot of pair (a, b) in a table of mask + 1 slots. */
function slot(a: number, b: number, mask: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  return (h ^ (h >>> 13)) & mask;
}
