/**
 * Evaluation of a transliterator on held-out pairs: exact match (case-insensitive) and
 * character error rate. CER here is corpus-level: the sum of Levenshtein distances divided by
 * the sum of reference lengths (long names weigh more than short ones); the mean of per-name
 * rates is reported alongside.
 */

/** Levenshtein distance (unit costs) between two strings, by code unit. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

export interface Scores {
  /** Number of pairs evaluated. */
  n: number;
  /** Share of outputs equal to the reference (case-insensitive), 0–1. */
  exact: number;
  /** Corpus CER: Σ distance / Σ reference length. */
  cer: number;
  /** Mean of per-pair distance / reference length. */
  meanCer: number;
}

export function score(outputs: readonly string[], references: readonly string[]): Scores {
  let exact = 0;
  let dist = 0;
  let len = 0;
  let perPair = 0;
  for (let i = 0; i < references.length; i++) {
    const ref = (references[i] ?? "").toLowerCase();
    const out = (outputs[i] ?? "").toLowerCase();
    const d = levenshtein(out, ref);
    if (d === 0) exact++;
    dist += d;
    len += ref.length;
    perPair += ref.length === 0 ? (out.length === 0 ? 0 : 1) : d / ref.length;
  }
  const n = references.length;
  return {
    n,
    exact: n === 0 ? 0 : exact / n,
    cer: len === 0 ? 0 : dist / len,
    meanCer: n === 0 ? 0 : perPair / n,
  };
}

export function formatScores(label: string, s: Scores): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return `${label.padEnd(34)} exact ${pct(s.exact).padStart(6)}   CER ${s.cer.toFixed(3)}   mean CER ${s.meanCer.toFixed(3)}   (n=${s.n})`;
}

/** A held-out pair as the evaluation needs it. */
export interface EvalPair {
  readonly letters: readonly string[];
  /** Reference folded to a–z. */
  readonly latin: string;
  /** Reference as written (lowercased), accents and apostrophes kept. */
  readonly raw: string;
}

export interface Evaluation {
  /** Against the folded (a–z) reference: the headline figure. */
  folded: Scores;
  /** Against the reference as written (accents kept): the model never writes accents. */
  raw: Scores;
  /** Folded, only pairs whose Arabic spelling never occurs in training (truly unknown names). */
  unseen: Scores;
  /** Folded, only pairs whose Arabic has a letter of Arabic (not foreign) names: ع ح ق ص ض ط ظ ذ ث خ. */
  arabic: Scores;
}

const ARABIC_ONLY_LETTERS = /[عحقصضطظذثخ]/;

/** Scores of a transliterator over held-out pairs, overall and on the two subsets. */
export function evaluate(
  transliterate: (letters: readonly string[]) => string,
  pairs: readonly EvalPair[],
  trainSpellings: ReadonlySet<string>,
): Evaluation {
  const outs = pairs.map((p) => transliterate(p.letters));
  const subset = (keep: (p: EvalPair) => boolean): Scores => {
    const o: string[] = [];
    const r: string[] = [];
    pairs.forEach((p, i) => {
      if (!keep(p)) return;
      o.push(outs[i] ?? "");
      r.push(p.latin);
    });
    return score(o, r);
  };
  return {
    folded: score(
      outs,
      pairs.map((p) => p.latin),
    ),
    raw: score(
      outs,
      pairs.map((p) => p.raw),
    ),
    unseen: subset((p) => !trainSpellings.has(p.letters.join(""))),
    arabic: subset((p) => ARABIC_ONLY_LETTERS.test(p.letters.join(""))),
  };
}

export function formatEvaluation(label: string, e: Evaluation): string {
  return [
    formatScores(`${label}`, e.folded),
    formatScores(`${label}, accents kept in reference`, e.raw),
    formatScores(`${label}, unseen Arabic spellings`, e.unseen),
    formatScores(`${label}, Arabic-letter names`, e.arabic),
  ].join("\n");
}
