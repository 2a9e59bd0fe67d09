/**
 * The NER model: hashed feature weights (one row of per-label weights per feature hash),
 * label transitions, start scores and the training-split name lists the features consult.
 *
 * Serialised form (model.json): weights quantised to int16 with one global scale; rows stored
 * sparsely (a label bitmask per row and only the non-zero values), all binary parts base64
 * little-endian, rows in ascending hash order, so the same weights always give the same bytes.
 */
import { NUM_LABELS } from "./labels.ts";
import type { NameLists } from "./name-lists.ts";

export { RowTable } from "./row-table.ts";

export const MODEL_FORMAT = "taqrir-ner/1";

export interface NerModel {
  readonly labels: readonly string[];
  /** Feature hash of each row of `weights` (row r occupies [r*L, r*L+L)), ascending. */
  readonly hashes: Uint32Array;
  readonly weights: Float32Array;
  readonly trans: Float32Array;
  readonly start: Float32Array;
  readonly lists: NameLists;
}

export interface SerialisedModel {
  readonly format: string;
  readonly labels: readonly string[];
  readonly scale: number;
  readonly features: number;
  readonly trans: string;
  readonly start: string;
  /** One line per word: `word<TAB>feat,feat`. */
  readonly lists: string;
  readonly hashes: string;
  readonly masks: string;
  readonly values: string;
  readonly meta: Readonly<Record<string, string | number>>;
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

function fromBase64(s: string): Uint8Array {
  const b = Buffer.from(s, "base64");
  // Copy into a fresh, aligned buffer for the typed-array views.
  const out = new Uint8Array(b.byteLength);
  out.set(b);
  return out;
}

function int16Bytes(values: ArrayLike<number>): Uint8Array {
  const dv = new DataView(new ArrayBuffer(values.length * 2));
  for (let i = 0; i < values.length; i++) dv.setInt16(i * 2, values[i] ?? 0, true);
  return new Uint8Array(dv.buffer);
}

function uint32Bytes(values: readonly number[]): Uint8Array {
  const dv = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((h, i) => {
    dv.setUint32(i * 4, h, true);
  });
  return new Uint8Array(dv.buffer);
}

function uint16Bytes(values: readonly number[]): Uint8Array {
  const dv = new DataView(new ArrayBuffer(values.length * 2));
  values.forEach((m, i) => {
    dv.setUint16(i * 2, m, true);
  });
  return new Uint8Array(dv.buffer);
}

function readInt16(bytes: Uint8Array): Int16Array {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Int16Array(bytes.byteLength / 2);
  for (let i = 0; i < out.length; i++) out[i] = dv.getInt16(i * 2, true);
  return out;
}

export interface RawWeights {
  /** Feature hashes (any order) and their L float weights each. */
  readonly hashes: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
  readonly trans: ArrayLike<number>;
  readonly start: ArrayLike<number>;
  readonly lists: NameLists;
  readonly meta: Readonly<Record<string, string | number>>;
}

/**
 * Quantise, prune (weights that round below `minUnits` quanta are dropped, rows left empty
 * go) and serialise. Deterministic: rows sorted by hash, lists sorted by word.
 */
export function serialiseModel(
  raw: RawWeights,
  labels: readonly string[],
  minUnits = 1,
): SerialisedModel {
  const scale = quantum(raw);
  const q = (w: number) => Math.round(w / scale);
  const rows = sparseRows(raw, labels.length, q, minUnits);
  return {
    format: MODEL_FORMAT,
    labels: [...labels],
    scale,
    features: rows.hashes.length,
    trans: toBase64(int16Bytes(Array.from(raw.trans, (w) => q(w)))),
    start: toBase64(int16Bytes(Array.from(raw.start, (w) => q(w)))),
    lists: listsText(raw.lists),
    hashes: toBase64(uint32Bytes(rows.hashes)),
    masks: toBase64(uint16Bytes(rows.masks)),
    values: toBase64(int16Bytes(rows.values)),
    meta: raw.meta,
  };
}

/** The quantum: the largest weight in absolute value maps to 32000 quanta. */
function quantum(raw: RawWeights): number {
  let maxAbs = 0;
  for (let i = 0; i < raw.weights.length; i++)
    maxAbs = Math.max(maxAbs, Math.abs(raw.weights[i] ?? 0));
  for (let i = 0; i < raw.trans.length; i++) maxAbs = Math.max(maxAbs, Math.abs(raw.trans[i] ?? 0));
  for (let i = 0; i < raw.start.length; i++) maxAbs = Math.max(maxAbs, Math.abs(raw.start[i] ?? 0));
  // Round the scale to a float32-exact value so reloading reproduces it bit for bit.
  return Math.fround(maxAbs > 0 ? maxAbs / 32000 : 1);
}

/**
 * The quantised rows in ascending hash order, sparsely: per row its hash and a bitmask of the
 * labels it has a weight for, and those weights one after another.
 */
function sparseRows(
  raw: RawWeights,
  L: number,
  q: (w: number) => number,
  minUnits: number,
): { hashes: number[]; masks: number[]; values: number[] } {
  const order = Array.from({ length: raw.hashes.length }, (_, i) => i).sort(
    (a, b) => (raw.hashes[a] ?? 0) - (raw.hashes[b] ?? 0),
  );
  const hashes: number[] = [];
  const masks: number[] = [];
  const values: number[] = [];
  for (const r of order) {
    let mask = 0;
    const vals: number[] = [];
    for (let y = 0; y < L; y++) {
      const v = q(raw.weights[r * L + y] ?? 0);
      if (Math.abs(v) >= minUnits) {
        mask |= 1 << y;
        vals.push(v);
      }
    }
    if (mask === 0) continue;
    hashes.push(raw.hashes[r] ?? 0);
    masks.push(mask);
    values.push(...vals);
  }
  return { hashes, masks, values };
}

/** The name lists as text, one `word<TAB>feat,feat` line per word, sorted by word. */
function listsText(lists: NameLists): string {
  return [...lists.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w, f]) => `${w}\t${f.join(",")}`)
    .join("\n");
}

/** The committed artefact: a two-pass (stacked) tagger. */
export const STACKED_FORMAT = "taqrir-ner-stacked/1";

export interface StackedModelFile {
  readonly format: string;
  readonly meta: Readonly<Record<string, string | number>>;
  /** The name lists both passes consult (stored once; the stages' own `lists` are empty). */
  readonly lists: string;
  readonly stage1: SerialisedModel;
  readonly stage2: SerialisedModel;
}

/** Assemble the artefact; both passes must have been trained with the same lists. */
export function stackedFile(
  meta: Readonly<Record<string, string | number>>,
  stage1: SerialisedModel,
  stage2: SerialisedModel,
): StackedModelFile {
  if (stage1.lists !== stage2.lists) throw new Error("NER passes were trained on different lists");
  return {
    format: STACKED_FORMAT,
    meta,
    lists: stage1.lists,
    stage1: { ...stage1, lists: "" },
    stage2: { ...stage2, lists: "" },
  };
}

/** JSON text of the artefact, one top-level property per line (stable bytes). */
export function modelJson(m: StackedModelFile): string {
  const lines = Object.entries(m).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${lines.join(",\n")}\n}\n`;
}

export function loadStacked(file: StackedModelFile): { stage1: NerModel; stage2: NerModel } {
  if (file.format !== STACKED_FORMAT) throw new Error(`unknown NER model format ${file.format}`);
  const lists = parseLists(file.lists);
  return { stage1: loadModel(file.stage1, lists), stage2: loadModel(file.stage2, lists) };
}

function parseLists(text: string): Map<string, readonly string[]> {
  const lists = new Map<string, readonly string[]>();
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    lists.set(line.slice(0, tab), line.slice(tab + 1).split(","));
  }
  return lists;
}

/** Build the run-time model from its serialised form (lists given when stored elsewhere). */
export function loadModel(s: SerialisedModel, sharedLists?: NameLists): NerModel {
  if (s.format !== MODEL_FORMAT) throw new Error(`unknown NER model format ${s.format}`);
  const L = s.labels.length;
  if (L !== NUM_LABELS) throw new Error(`NER model has ${L} labels, expected ${NUM_LABELS}`);
  const hb = fromBase64(s.hashes);
  const hv = new DataView(hb.buffer, hb.byteOffset, hb.byteLength);
  const mb = fromBase64(s.masks);
  const mv = new DataView(mb.buffer, mb.byteOffset, mb.byteLength);
  const values = readInt16(fromBase64(s.values));
  const n = hb.byteLength / 4;
  const hashes = new Uint32Array(n);
  const weights = new Float32Array(n * L);
  let v = 0;
  for (let r = 0; r < n; r++) {
    hashes[r] = hv.getUint32(r * 4, true);
    const mask = mv.getUint16(r * 2, true);
    for (let y = 0; y < L; y++) {
      if (mask & (1 << y)) weights[r * L + y] = (values[v++] ?? 0) * s.scale;
    }
  }
  const trans = Float32Array.from(readInt16(fromBase64(s.trans)), (x) => x * s.scale);
  const start = Float32Array.from(readInt16(fromBase64(s.start)), (x) => x * s.scale);
  const lists = sharedLists ?? parseLists(s.lists);
  return { labels: s.labels, hashes, weights, trans, start, lists };
}
