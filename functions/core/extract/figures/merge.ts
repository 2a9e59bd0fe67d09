/**
 * Merging an article's figures: one figure per kind, count, unit and qualifier, so a figure
 * read in several paragraphs is listed once, with the places, source and parts its repeats add.
 */

import type { Figure } from "../../facts.ts";

/** One figure per kind, count, unit and qualifier; places, sources and parts of repeats are merged. */
export function mergeFigures(figures: readonly Figure[]): Figure[] {
  const out = new Map<string, Figure>();
  for (const f of figures) {
    const key = `${f.kind}:${f.count}:${f.unit}:${f.qualifier}`;
    const had = out.get(key);
    if (!had) {
      out.set(key, f);
      continue;
    }
    const places = [...had.places];
    for (const p of f.places) if (!places.some((q) => q.ar === p.ar)) places.push(p);
    const parts = had.parts.length > 0 ? had.parts : f.parts;
    out.set(key, { ...had, places, source: had.source ?? f.source, parts });
  }
  return [...out.values()];
}
