/**
 * The joint-sequence ("graphone") transliteration model and its decoder.
 *
 * A graphone pairs an Arabic chunk (one letter in the shipped model; the trainer can use two)
 * with the Latin chunk (0–4 letters) it was aligned to in training: «ش»:"sh", «ي»:"i",
 * «م»:"mo", «ع»:"". Unwritten short vowels ride on a neighbouring letter. A name is a sequence of
 * graphones; its probability comes from a back-off n-gram model over graphones (Kneser-Ney,
 * trained by train.ts). Transliterating an Arabic word means finding the graphone sequence
 * whose Arabic sides spell the word and whose n-gram probability is highest: a left-to-right
 * beam search over letter positions, where hypotheses that reach the same position with the
 * same n-gram history are merged (Viterbi) and only the best `beam` histories survive.
 *
 * An optional Latin character n-gram model can add its score (weight `charWeight`); the
 * shipped model does not use it (on held-out data it gained 0.4 points of exact match for a
 * 3× larger artefact and half the speed).
 *
 * The artefact is compact text inside JSON (see `TranslitArtefact`) so that it stays small
 * (~0.7 MB) and loads with one JSON import.
 */

export interface TranslitArtefact {
  /** Format tag; a decoder refuses an artefact it does not know. */
  readonly format: "taqrir-translit/1";
  /** n-gram order over graphones. */
  readonly order: number;
  /** Graphones, one per line: Arabic letters (no spaces) TAB Latin chunk. Ids start at 2. */
  readonly graphones: string;
  /**
   * The back-off n-grams grouped by history, one history per line: its graphone ids (base 36,
   * comma-separated; 0 = <s>, 1 = </s>; empty for the root) TAB space-separated entries
   * `id:round(100·ln p)[:round(100·ln backoff)]` (back-off omitted when 0).
   */
  readonly ngrams: string;
  /** Order and n-grams (same layout; ids 2–27 = a–z) of the Latin character model. */
  readonly charOrder: number;
  readonly chars: string;
  /** Weight of the character model's ln p in the search score (0 = unused). */
  readonly charWeight: number;
  /** Training facts for the record (data, sizes, settings, held-out figures). */
  readonly meta: Readonly<Record<string, string | number>>;
}

export const ARTEFACT_FORMAT = "taqrir-translit/1";
export const BOS = 0;
export const EOS = 1;

/** Log-probability charged for a letter the model never saw (its fallback rendering is used). */
const UNSEEN_LETTER_LOGP = -12;
/** Floor below the unigram level (a graphone unknown even as a unigram). */
const FLOOR_LOGP = -20;

/**
 * Fixed letter table: the baseline the model must beat, and the rendering of letters the
 * model never saw. Context-free except that و/ي are consonants (w/y) word-initially and
 * vowels (o/i) elsewhere, which is what a careful rule writer would do first.
 */
export const LETTER_TABLE: Readonly<Record<string, string>> = {
  ء: "",
  آ: "a",
  أ: "a",
  ؤ: "",
  إ: "i",
  ئ: "",
  ا: "a",
  ب: "b",
  ة: "a",
  ت: "t",
  ث: "th",
  ج: "j",
  ح: "h",
  خ: "kh",
  د: "d",
  ذ: "dh",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "sh",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  ع: "",
  غ: "gh",
  ف: "f",
  ق: "q",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  و: "o",
  ى: "a",
  ي: "i",
  پ: "p",
  چ: "ch",
  ڤ: "v",
  گ: "g",
  ڭ: "g",
};

/** The baseline: the fixed letter table applied letter by letter. */
export function tableTransliterate(letters: readonly string[]): string {
  let out = "";
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i] ?? "";
    if (i === 0 && ch === "و") out += "w";
    else if (i === 0 && ch === "ي") out += "y";
    else out += LETTER_TABLE[ch] ?? "";
  }
  return out;
}

/** Search defaults: histories kept per position, graphones tried per Arabic chunk. */
export const DEFAULT_BEAM = 4;
export const DEFAULT_CANDIDATES = 8;

/** Character ids of the Latin model: a–z → 2–27. */
export function charId(code: number): number {
  return code - 95;
}

/** A search hypothesis: a back-pointer chain of graphones (or fallback text when g < 0). */
interface Hyp {
  readonly score: number;
  readonly state: number;
  readonly cstate: number;
  readonly prev: Hyp | null;
  readonly g: number;
  readonly text: string;
}

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

export class GraphoneModel {
  readonly joint: BackoffLM;
  readonly chars: BackoffLM | null;
  readonly charWeight: number;
  /** Latin side of each graphone id, as text and as character ids. */
  private readonly latin: string[];
  private readonly latinIds: number[][];
  /** Candidate graphone ids for each Arabic chunk (1 or 2 letters joined), most probable first. */
  private readonly byArabic: Map<string, number[]>;

  constructor(artefact: TranslitArtefact) {
    if (artefact.format !== ARTEFACT_FORMAT) {
      throw new Error(`unknown transliteration artefact format ${String(artefact.format)}`);
    }
    this.joint = new BackoffLM(artefact.ngrams, artefact.order);
    this.charWeight = artefact.charWeight;
    this.chars =
      artefact.charWeight > 0 && artefact.chars
        ? new BackoffLM(artefact.chars, artefact.charOrder)
        : null;
    this.latin = ["", ""];
    this.latinIds = [[], []];
    this.byArabic = new Map();
    const lines = artefact.graphones.split("\n").filter((l) => l !== "");
    for (const line of lines) {
      const tab = line.indexOf("\t");
      const g = this.latin.length;
      const latin = line.slice(tab + 1);
      this.latin.push(latin);
      this.latinIds.push([...latin].map((ch) => charId(ch.charCodeAt(0))));
      if (this.joint.unigram(g) === undefined) continue;
      const key = line.slice(0, tab);
      const list = this.byArabic.get(key);
      if (list) list.push(g);
      else this.byArabic.set(key, [g]);
    }
    // Most probable first: the decoder tries the first `maxCandidates` of each list.
    for (const list of this.byArabic.values()) {
      list.sort((a, b) => (this.joint.unigram(b) ?? 0) - (this.joint.unigram(a) ?? 0) || a - b);
    }
  }

  /**
   * The best Latin form of a sequence of (normalised) Arabic letters, or "" for none.
   * `beam` bounds the hypotheses kept per letter position, `maxCandidates` the graphones tried
   * per Arabic chunk (the most probable ones).
   */
  decode(
    letters: readonly string[],
    beam = DEFAULT_BEAM,
    maxCandidates = DEFAULT_CANDIDATES,
  ): string {
    const n = letters.length;
    if (n === 0) return "";
    const columns: Map<number, Hyp>[] = [];
    for (let i = 0; i <= n; i++) columns.push(new Map());
    const start: Hyp = {
      score: 0,
      state: this.joint.start,
      cstate: this.chars?.start ?? 0,
      prev: null,
      g: -1,
      text: "",
    };
    columns[0]?.set(0, start);
    for (let i = 0; i < n; i++) {
      const column = columns[i] as Map<number, Hyp>;
      if (column.size === 0) continue;
      const hyps = prune(column, beam);
      const one = letters[i] ?? "";
      const single = this.byArabic.get(one);
      const double = i + 1 < n ? this.byArabic.get(one + (letters[i + 1] ?? "")) : undefined;
      const next1 = columns[i + 1] as Map<number, Hyp>;
      for (const hyp of hyps) {
        if (single) this.extend(hyp, single, next1, maxCandidates);
        else {
          // A letter the model never saw: the fixed table, a heavy cost and fresh histories.
          const text = i === 0 ? tableTransliterate([one]) : (LETTER_TABLE[one] ?? "");
          offer(next1, {
            score: hyp.score + UNSEEN_LETTER_LOGP,
            state: 0,
            cstate: 0,
            prev: hyp,
            g: -1,
            text,
          });
        }
        if (double) this.extend(hyp, double, columns[i + 2] as Map<number, Hyp>, maxCandidates);
      }
    }
    let best: Hyp | undefined;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const hyp of (columns[n] as Map<number, Hyp>).values()) {
      this.joint.step(hyp.state, EOS);
      let s = hyp.score + this.joint.lastLogp;
      if (this.chars) {
        this.chars.step(hyp.cstate, EOS);
        s += this.charWeight * this.chars.lastLogp;
      }
      if (s > bestScore) {
        bestScore = s;
        best = hyp;
      }
    }
    const parts: string[] = [];
    for (let h = best; h; h = h.prev ?? undefined) {
      parts.push(h.g >= 0 ? (this.latin[h.g] ?? "") : h.text);
    }
    return parts.reverse().join("");
  }

  private extend(
    hyp: Hyp,
    candidates: readonly number[],
    target: Map<number, Hyp>,
    maxCandidates: number,
  ): void {
    const n = Math.min(candidates.length, maxCandidates);
    const chars = this.chars;
    for (let c = 0; c < n; c++) {
      const g = candidates[c] as number;
      const state = this.joint.step(hyp.state, g);
      let score = hyp.score + this.joint.lastLogp;
      let cstate = hyp.cstate;
      if (chars) {
        let lp = 0;
        for (const id of this.latinIds[g] as number[]) {
          cstate = chars.step(cstate, id);
          lp += chars.lastLogp;
        }
        score += this.charWeight * lp;
      }
      const key = state * 4_194_304 + cstate;
      const old = target.get(key);
      if (!old || score > old.score)
        target.set(key, { score, state, cstate, prev: hyp, g, text: "" });
    }
  }
}

/**
 * Keep the better of two hypotheses with the same histories. Ties keep the first offered:
 * candidates are tried in a fixed order, so the result is deterministic.
 */
function offer(target: Map<number, Hyp>, hyp: Hyp): void {
  const key = hyp.state * 4_194_304 + hyp.cstate;
  const old = target.get(key);
  if (!old || hyp.score > old.score) target.set(key, hyp);
}

function prune(column: Map<number, Hyp>, beam: number): Hyp[] {
  const hyps = [...column.values()];
  if (hyps.length <= beam) return hyps;
  // Stable sort: equal scores keep insertion order (deterministic).
  hyps.sort((a, b) => b.score - a.score);
  return hyps.slice(0, beam);
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
