/**
 * Document features (second pass) as readable strings: the reference form of what
 * docFeatureIds computes as hashes (tests check both agree), and the hashes of such strings.
 */
import { DOC_SEED } from "./doc-feature-ids.ts";
import { docKey } from "./doc-keys.ts";
import { fnv } from "./hash.ts";

/**
 * Document features for a second tagging pass: for each word, the first-pass label it got
 * («s1=B-PERS») and the first-pass labels of the OTHER occurrences of the same stem within
 * `window` sentences either side («d=I-PERS», «dm=…» for the most frequent one). A surname that
 * was tagged inside a full name earlier in the article is then recognised on its own.
 */
export function docFeatures(
  sentences: readonly (readonly string[])[],
  firstPass: readonly (readonly string[])[],
  window: number,
): string[][][] {
  const keys = sentences.map((ws) => ws.map(docKey));
  // Per sentence: stem → label counts in that sentence.
  const perSentence = keys.map((ks, s) => {
    const m = new Map<string, Map<string, number>>();
    ks.forEach((k, i) => {
      if (!k) return;
      const label = firstPass[s]?.[i] ?? "O";
      const c = m.get(k) ?? new Map<string, number>();
      c.set(label, (c.get(label) ?? 0) + 1);
      m.set(k, c);
    });
    return m;
  });
  // Every word with the same stem, sentence and own label gets the same features: memoise, so
  // a stem repeated thousands of times in one long paragraph costs one window sum.
  const memo = new Map<string, string[]>();
  return sentences.map((ws, s) => {
    const lo = Math.max(0, s - window);
    const hi = Math.min(sentences.length - 1, s + window);
    const labels = firstPass[s] ?? [];
    return ws.map((_, i) => {
      const own = labels[i] ?? "O";
      // First-pass labels of the neighbours: label context beyond the first-order transitions.
      const around = `s1=${labels[i - 1] ?? "<s>"}|${own}|${labels[i + 1] ?? "</s>"}`;
      const k = keys[s]?.[i];
      if (!k) return [`s1=${own}`, around];
      const memoKey = `${k}\u0001${s}\u0001${own}`;
      const hit = memo.get(memoKey);
      if (hit) return [...hit, around];
      const out = [`s1=${own}`];
      const counts = new Map<string, number>();
      for (let t = lo; t <= hi; t++) {
        const c = perSentence[t]?.get(k);
        if (!c) continue;
        for (const [label, n] of c) counts.set(label, (counts.get(label) ?? 0) + n);
      }
      // Leave this occurrence out.
      counts.set(own, (counts.get(own) ?? 0) - 1);
      let best = "";
      let bestN = 0;
      for (const [label, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        if (n <= 0) continue;
        out.push(`d=${label}`);
        if (n > bestN) {
          best = label;
          bestN = n;
        }
      }
      if (best !== "") out.push(`dm=${best}`, `dm=${best}|s1=${own}`);
      memo.set(memoKey, out);
      return [...out, around];
    });
  });
}

/** Document features come from a small closed set (labels and label pairs): memoise hashes. */
const docHashes = new Map<string, number>();

/** Hashes of document features. */
export function docFeatureHashes(feats: readonly string[] | undefined, out: number[]): void {
  if (!feats) return;
  for (const f of feats) {
    let h = docHashes.get(f);
    if (h === undefined) {
      h = fnv(f, DOC_SEED);
      if (docHashes.size < 10_000) docHashes.set(f, h);
    }
    out.push(h);
  }
}
