/**
 * The speaker model: a linear score over each candidate's features (candidates.ts); the
 * highest wins, and a tie keeps the rules' choice. The weights are learned by
 * training/quotes/train-speakers.ts from the annotated quotes of the development articles
 * (a softmax over each quote's candidates) and committed as speaker-model.json; with no
 * weights at all, the rules' choice stands. When the committed weights never overturn the
 * rules on the quotes they were trained on (`decides: false`), extraction takes the rules'
 * choice without building the candidates (unless training listens).
 */

import type { Candidate } from "./candidates.ts";
import model from "./speaker-model.json" with { type: "json" };

export type Weights = ReadonlyMap<string, number>;

const COMMITTED: Weights = new Map(Object.entries(model.weights as Record<string, number>));
const COMMITTED_DECIDES = model.decides;
let WEIGHTS = COMMITTED;
let decides = COMMITTED_DECIDES;

/** Training tries weights of its own (which then always decide); null restores the committed. */
export function useSpeakerWeights(weights: Weights | null): void {
  WEIGHTS = weights ?? COMMITTED;
  decides = weights ? true : COMMITTED_DECIDES;
}

/** Must a quote's candidates be built: can the weights in use overturn the rules, or is training listening? */
export function candidatesNeeded(): boolean {
  return decides || listener !== null;
}

export function scoreOf(c: Candidate, weights: Weights = WEIGHTS): number {
  let s = 0;
  for (const f of c.features) s += weights.get(f) ?? 0;
  return s;
}

/** The best candidate: the rules' choice (or nobody, when the rules chose none) unless beaten. */
export function choose(candidates: readonly Candidate[], weights: Weights = WEIGHTS): Candidate {
  const ruled =
    candidates.find((c) => c.features.includes("rule")) ??
    (candidates.find((c) => c.entity === null) as Candidate);
  let best = ruled;
  let top = scoreOf(ruled, weights);
  for (const c of candidates) {
    const s = scoreOf(c, weights);
    if (s > top) {
      best = c;
      top = s;
    }
  }
  return best;
}

/** Who listens to each quote's candidates (training only); null when nobody does. */
let listener: ((quote: string, candidates: readonly Candidate[]) => void) | null = null;

/** Hands every quote's candidates to `fn` while it is set (training reads them). */
export function listenToCandidates(
  fn: ((quote: string, candidates: readonly Candidate[]) => void) | null,
): void {
  listener = fn;
}

export function heard(quote: string, candidates: readonly Candidate[]): void {
  listener?.(quote, candidates);
}
