/**
 * The lookup every feature of every token goes through when tagging: feature hash → the row
 * of its weights.
 */

/**
 * Feature hash → row index, open addressing over typed arrays. (A Map keyed by 32-bit hashes
 * is several times slower: hashes above 2^30 are heap numbers, not small integers.)
 */
export class RowTable {
  readonly size: number;
  /** Interleaved (key, row + 1) pairs: one cache line per probe. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(hashes: ArrayLike<number>) {
    // Filled up to 2/3 at most: probes stay short (linear probing, 8 slots per cache line)
    // and the table half the size it would be at 1/2, so more of it stays in cache.
    let cap = 16;
    while (cap * 2 < hashes.length * 3) cap *= 2;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
    this.size = hashes.length;
    for (let r = 0; r < hashes.length; r++) {
      const h = (hashes[r] ?? 0) | 0;
      let i = (h ^ (h >>> 16)) & this.mask;
      while (this.slots[2 * i + 1] !== 0 && this.slots[2 * i] !== h) i = (i + 1) & this.mask;
      this.slots[2 * i] = h;
      this.slots[2 * i + 1] = r + 1;
    }
  }

  /** Row index of a hash, or -1. */
  get(hash: number): number {
    const h = hash | 0;
    const slots = this.slots;
    let i = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const v = slots[2 * i + 1] as number;
      if (v === 0) return -1;
      if (slots[2 * i] === h) return v - 1;
      i = (i + 1) & this.mask;
    }
  }
}
