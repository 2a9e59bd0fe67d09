/**
 * A round is one pass of rendering over one state of the content: one build, or one update
 * of the resident renderer (functions/publish/site-renderer.ts), which starts the next round
 * by bumping a number on globalThis. Work that reads the content is done once per round.
 */

/** Where the round number lives: shared by the site bundle and the renderer that loads it. */
const ROUND = Symbol.for("taqrir.site.round");

type WithRound = { [ROUND]?: number };

export function currentRound(): number {
  return (globalThis as WithRound)[ROUND] ?? 0;
}

/** Starts the next round: everything made by perRound is computed again when next asked. */
export function nextRound(): void {
  (globalThis as WithRound)[ROUND] = currentRound() + 1;
}

/** `compute`, called at most once per round. */
export function perRound<T>(compute: () => Promise<T>): () => Promise<T> {
  let made: { round: number; value: Promise<T> } | undefined;
  return () => {
    const round = currentRound();
    if (made?.round !== round) made = { round, value: compute() };
    return made.value;
  };
}
