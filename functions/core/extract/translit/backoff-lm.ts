/**
 * A back-off n-gram model over small integer symbols (graphones, or Latin characters), read
 * from the artefact's text layout, and the hash table its n-grams live in.
 */
import { BOS, EOS } from "./artefact.ts";

/** Floor below the unigram level (a graphone unknown even as a unigram). */
const FLOOR_LOGP = -20;

/**
 * A back-off n-gram model over small integer symbols, read from the artefact's text layout.
 * States are history ids (0 = empty history); `step` answers both "ln p of symbol g here"
 * (left in `lastLogp`) and "which history follows" in one back-off walk.
 */
export class BackoffLM {
  readonly order: number;
  private readonly table: PairTable;
  /** Per history id: ln back-off weight and the history without its oldest symbol. */
  private readonly bow: number[] = [0];
  private readonly parent: number[] = [0];
  private readonly floor: number;
  readonly start: number;
  lastLogp = 0;

  constructor(text: string, order: number) {
    this.order = order;
    const ctxId = new Map<string, number>([["", 0]]);
    const records: { ids: number[]; logp: number; bow: number }[] = [];
    for (const line of text.split("\n")) {
      const tab = line.indexOf("\t");
      if (tab < 0) continue;
      const hist =
        tab === 0
          ? []
          : line
              .slice(0, tab)
              .split(",")
              .map((x) => Number.parseInt(x, 36));
      for (const entry of line.slice(tab + 1).split(" ")) {
        const [g = "0", lp = "0", bw = "0"] = entry.split(":");
        records.push({
          ids: [...hist, Number.parseInt(g, 36)],
          logp: Number(lp) / 100,
          bow: Number(bw) / 100,
        });
      }
    }
    // Shorter n-grams first so that every history exists before it is extended (stable sort).
    records.sort((a, b) => a.ids.length - b.ids.length);
    let symbols = 2;
    for (const r of records) for (const id of r.ids) symbols = Math.max(symbols, id + 1);
    // Packed keys (history · 2^k + symbol) must fit 31 bits; histories < records.
    if (records.length * 2 ** Math.ceil(Math.log2(symbols)) >= 2 ** 31) {
      throw new Error("n-gram model too large for packed keys");
    }
    this.table = new PairTable(records.length, symbols);
    let floor = 0;
    for (const r of records) {
      const h = ctxId.get(r.ids.slice(0, -1).join(","));
      if (h === undefined) continue; // orphan: cannot happen in a well-formed artefact
      const g = r.ids[r.ids.length - 1] ?? EOS;
      let child = -1;
      if (r.ids.length < order && g !== EOS) {
        child = this.bow.length;
        ctxId.set(r.ids.join(","), child);
        this.bow.push(r.bow);
        this.parent.push(ctxId.get(r.ids.slice(1).join(",")) ?? 0);
      } else if (g !== EOS) {
        // A top-order n-gram is no history itself; store the history that follows it (the
        // longest suffix that is one) so the decoder's walk stops here. Shorter n-grams are
        // all in the table already.
        child = this.step(this.parent[h] ?? 0, g);
      }
      this.table.set(h, g, r.logp, child);
      if (r.ids.length === 1 && g !== BOS) floor = Math.min(floor, r.logp);
    }
    this.floor = floor + FLOOR_LOGP;
    const slot = this.table.find(0, BOS);
    this.start = slot >= 0 ? Math.max(0, this.table.child[slot] as number) : 0;
  }

  /** ln p of a unigram (symbol after the empty history), or undefined if not stored. */
  unigram(g: number): number | undefined {
    const slot = this.table.find(0, g);
    return slot >= 0 ? (this.table.logp[slot] as number) : undefined;
  }

  /** ln p of symbol g in history `state` (left in `lastLogp`); returns the next history. */
  step(state: number, g: number): number {
    const table = this.table;
    let s = state;
    let acc = 0;
    let found = false;
    for (;;) {
      const slot = table.find(s, g);
      if (slot >= 0) {
        if (!found) {
          this.lastLogp = acc + (table.logp[slot] as number);
          found = true;
        }
        const c = table.child[slot] as number;
        if (c >= 0) return c;
      } else if (!found) acc += this.bow[s] ?? 0;
      if (s === 0) {
        if (!found) this.lastLogp = acc + this.floor;
        return 0;
      }
      s = this.parent[s] ?? 0;
    }
  }
}

/**
 * Open-addressing hash table from (history id, symbol id) to ln p and child history id:
 * one packed int key, Fibonacci hashing, linear probing at ≤ 25% load. Several times faster
 * than a Map on the decoder's hot path.
 */
class PairTable {
  private readonly keys: Int32Array;
  readonly logp: Float64Array;
  readonly child: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly symbolBits: number;

  constructor(entries: number, symbols: number) {
    let bits = 4;
    while (1 << bits < entries * 4) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    let symbolBits = 1;
    while (1 << symbolBits < symbols) symbolBits++;
    this.symbolBits = symbolBits;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.logp = new Float64Array(1 << bits);
    this.child = new Int32Array(1 << bits).fill(-1);
  }

  private key(h: number, g: number): number {
    return (h << this.symbolBits) | g;
  }

  set(h: number, g: number, logp: number, child: number): void {
    const key = this.key(h, g);
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.logp[i] = logp;
    this.child[i] = child;
  }

  /** The slot of (h, g), or −1. */
  find(h: number, g: number): number {
    const key = (h << this.symbolBits) | g;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[i] as number;
      if (k === key) return i;
      if (k === -1) return -1;
      i = (i + 1) & this.mask;
    }
  }
}
