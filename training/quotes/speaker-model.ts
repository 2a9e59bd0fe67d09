/**
 * Fits the speaker model's weights (functions/core/extract/quotes/ranker.ts): a conditional
 * log-linear model over each quote's candidates, P(c) ∝ exp(Σ w·features(c)), trained by
 * full-batch gradient descent on the log-likelihood of the annotated candidate with an L2
 * penalty that pulls the weights towards a prior: the rules' choice, weighted so that it
 * wins. With few examples the model then keeps to the rules and departs from them only
 * where the examples agree it should. Deterministic: same examples, same weights.
 */

import type { Candidate } from "../../functions/core/extract/quotes/candidates.ts";

/** One annotated quote: its candidates and the index of the right one. */
export interface SpeakerExample {
  readonly candidates: readonly Candidate[];
  readonly gold: number;
}

export interface FitOptions {
  readonly iterations: number;
  readonly rate: number;
  /** L2 penalty per weight, per example, on its distance from the prior. */
  readonly l2: number;
}

export const DEFAULT_FIT: FitOptions = { iterations: 400, rate: 0.5, l2: 0.003 };

/**
 * The prior: the rules' choice scores RULE_PRIOR more than any other candidate (the nobody
 * candidate carries it when the rules name nobody: an unnamed subject, or no one at all).
 */
const RULE_PRIOR = 2;
export const PRIOR: ReadonlyMap<string, number> = new Map([
  ["rule", RULE_PRIOR],
  ["nobody:unnamed", RULE_PRIOR],
  ["nobody:none", RULE_PRIOR],
]);

/** Weights (feature → weight), rounded to 3 decimals, zeros dropped, sorted by feature. */
export function fitSpeakerModel(
  examples: readonly SpeakerExample[],
  options: FitOptions = DEFAULT_FIT,
): Map<string, number> {
  const names = [...new Set(examples.flatMap((e) => e.candidates.flatMap((c) => c.features)))];
  names.sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const encoded = examples.map((e) => ({
    gold: e.gold,
    rows: e.candidates.map((c) => c.features.map((f) => index.get(f) as number)),
  }));
  const prior = Float64Array.from(names, (name) => PRIOR.get(name) ?? 0);
  const w = Float64Array.from(prior);
  const grad = new Float64Array(names.length);
  const n = Math.max(1, encoded.length);
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    for (const { gold, rows } of encoded) addGradient(w, rows, gold, grad);
    for (let j = 0; j < w.length; j++) {
      // A gradient step on the likelihood, then the penalty's proximal step (stable however
      // strong the pull): w ← (w + rate·prior·l2) / (1 + rate·l2).
      const stepped = (w[j] as number) + (options.rate * (grad[j] as number)) / n;
      const pull = options.rate * options.l2;
      w[j] = (stepped + pull * (prior[j] as number)) / (1 + pull);
    }
  }
  const out = new Map<string, number>();
  names.forEach((name, j) => {
    const v = Math.round((w[j] as number) * 1000) / 1000;
    if (v !== 0) out.set(name, v);
  });
  return out;
}

/** Adds ∂ log P(gold) / ∂w for one example to `grad`. */
function addGradient(w: Float64Array, rows: readonly number[][], gold: number, grad: Float64Array) {
  const scores = rows.map((r) => r.reduce((s, j) => s + (w[j] as number), 0));
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const z = exps.reduce((a, b) => a + b, 0);
  rows.forEach((r, c) => {
    const p = (exps[c] as number) / z;
    const target = c === gold ? 1 : 0;
    for (const j of r) grad[j] = (grad[j] as number) + target - p;
  });
}
