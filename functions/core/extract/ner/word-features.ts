/**
 * Word features: a function of ONE word and its offset from the tagged position (the word, its
 * normalised form, clitic-stripped stem, affixes, shape, cue class, name-list membership, word
 * clusters, gazetteer roles, character n-grams). The tagger sums their weights once per
 * distinct word and offset and caches them.
 */
import { fnv, mix, seed } from "./hash.ts";
import type { WordInfo } from "./word-info.ts";

/** Word-feature offsets, most negative first. */
export const OFFSETS: readonly number[] = [-3, -2, -1, 0, 1, 2, 3];

/** Template seeds of the word features (per offset where the template has one). */
const S = {
  bias: seed("bias"),
  w: seed("w0"),
  n: OFFSETS.map((k) => seed(`n${k}`)),
  b: OFFSETS.map((k) => seed(`b${k}`)),
  c: OFFSETS.map((k) => seed(`c${k}`)),
  shape: OFFSETS.map((k) => seed(`shape${k}`)),
  cue: OFFSETS.map((k) => seed(`cue${k}`)),
  list: OFFSETS.map((k) => seed(`list${k}`)),
  k: OFFSETS.map((k) => seed(`k${k}`)),
  s2: OFFSETS.map((k) => seed(`s2${k}`)),
  p1: seed("p1"),
  p2: seed("p2"),
  p3: seed("p3"),
  s1: seed("s1"),
  s3: seed("s3"),
  bp2: seed("bp2"),
  bs1: seed("bs1"),
  bs2: seed("bs2"),
  bs3: seed("bs3"),
  len: seed("len0"),
  gw: OFFSETS.map((k) => seed(`gw${k}`)),
  ng3: seed("ng3"),
  ng4: seed("ng4"),
  nisba: OFFSETS.map((k) => seed(`nisba${k}`)),
  clShape: seed("c0|shape0"),
};

/**
 * Push the word features of `w` seen at `offset` from the tagged position. Offsets ±3 carry only
 * the cue class; ±2 add the word clusters, the word, stem, lists and gazetteer roles; ±1 add
 * shape, clitic and endings; 0 adds everything.
 */
export function wordFeatures(w: WordInfo, offset: number, out: number[]): void {
  const k = offset + 3;
  if (w.cue !== "") out.push(fnv(w.cue, S.cue[k]));
  if (offset === 3 || offset === -3) return;
  for (const c of w.clusters) out.push(fnv(c, S.k[k]));
  if (!w.unknown) out.push(fnv(w.norm, S.n[k]), fnv(w.bare, S.b[k]));
  for (const l of w.lists) out.push(fnv(l, S.list[k]));
  for (const g of w.gazWord) out.push(fnv(g, S.gw[k]));
  if (offset === 2 || offset === -2) return;
  out.push(
    fnv(w.shape, S.shape[k]),
    fnv(w.clitic, S.c[k]),
    fnv(w.norm.slice(-2), S.s2[k]),
    mix(S.nisba[k] as number, w.hNisba, 0),
  );
  if (offset !== 0) return;
  out.push(mix(S.clShape, w.hClitic, w.hShape));
  const n = w.norm;
  const b = w.bare;
  if (!w.unknown) out.push(fnv(w.raw, S.w));
  out.push(
    S.bias,
    fnv(n.slice(0, 1), S.p1),
    fnv(n.slice(0, 2), S.p2),
    fnv(n.slice(0, 3), S.p3),
    fnv(n.slice(-1), S.s1),
    fnv(n.slice(-3), S.s3),
    fnv(b.slice(0, 2), S.bp2),
    fnv(b.slice(-1), S.bs1),
    fnv(b.slice(-2), S.bs2),
    fnv(b.slice(-3), S.bs3),
    fnv(w.len, S.len),
  );
  // Character 3- and 4-grams of the stem: transliterated foreign names have their own letters.
  if (w.shape === "a" && b.length >= 3) {
    const x = `^${b}$`;
    for (let i = 0; i + 3 <= x.length; i++) out.push(fnv(x.slice(i, i + 3), S.ng3));
    for (let i = 0; i + 4 <= x.length; i++) out.push(fnv(x.slice(i, i + 4), S.ng4));
  }
}
