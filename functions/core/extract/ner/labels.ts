/**
 * The BIO label set the tagger decodes over (O, then B-/I- per entity type) and the BIO
 * constraint (I-X only after B-X or I-X). Kept apart from the decoder: the features, the
 * consistency pass and the model format need the label order but not Viterbi.
 */

export const ENTITY_TYPES = ["PERS", "LOC", "ORG", "MISC"] as const;
export type EntityTag = (typeof ENTITY_TYPES)[number];

/** Label order: O, then B-/I- per type. */
export const LABELS: readonly string[] = [
  "O",
  ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`]),
];
export const NUM_LABELS = LABELS.length;

/** Label index of a tag string (unknown tags read as O). */
export function labelIndex(tag: string): number {
  const i = LABELS.indexOf(tag);
  return Math.max(i, 0);
}

/** allowed[prev * L + cur]: may `cur` follow `prev`? */
export function bioConstraints(labels: readonly string[]): {
  allowed: Uint8Array;
  allowedStart: Uint8Array;
} {
  const L = labels.length;
  const allowed = new Uint8Array(L * L);
  const allowedStart = new Uint8Array(L);
  for (let c = 0; c < L; c++) {
    const cur = labels[c] ?? "O";
    allowedStart[c] = cur.startsWith("I-") ? 0 : 1;
    for (let p = 0; p < L; p++) {
      const prev = labels[p] ?? "O";
      let ok = true;
      if (cur.startsWith("I-")) ok = prev !== "O" && prev.slice(2) === cur.slice(2);
      allowed[p * L + c] = ok ? 1 : 0;
    }
  }
  return { allowed, allowedStart };
}
