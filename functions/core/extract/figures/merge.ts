/**
 * Merging an article's figures: one figure per kind, count, unit and qualifier, so a figure
 * read in several paragraphs is listed once, with the places, source and parts its repeats add.
 */

import type { Figure } from "../../facts.ts";

/**
 * One figure per kind, count, unit and qualifier; places, sources and parts of repeats are
 * merged. Two of one sentence (`sentences`, one key per figure) that both name places, none
 * in common, are two figures: «قتل اثنان في قرية الهبيط، وطفلان في قرية عابدين» counts four
 * dead, not two. (Across sentences a town and its district would look as far apart.)
 */
export function mergeFigures(
  figures: readonly Figure[],
  sentences: readonly string[] = [],
): Figure[] {
  const out = new Map<string, { figure: Figure; sentences: Set<string> }>();
  figures.forEach((f, i) => {
    const sentence = sentences[i];
    let key = `${f.kind}:${f.count}:${f.unit}:${f.qualifier}`;
    for (let had = out.get(key); had && listed(had, f, sentence); had = out.get(key)) key += "+";
    const had = out.get(key);
    if (!had) {
      out.set(key, { figure: f, sentences: new Set(sentence === undefined ? [] : [sentence]) });
      return;
    }
    const places = [...had.figure.places];
    for (const p of f.places) if (!places.some((q) => q.ar === p.ar)) places.push(p);
    const parts = had.figure.parts.length > 0 ? had.figure.parts : f.parts;
    had.figure = { ...had.figure, places, source: had.figure.source ?? f.source, parts };
    if (sentence !== undefined) had.sentences.add(sentence);
  });
  return [...out.values()].map((v) => v.figure);
}

/** Is `f` listed beside a figure `had` holds, in one of its sentences, at other places? */
function listed(
  had: { figure: Figure; sentences: ReadonlySet<string> },
  f: Figure,
  sentence: string | undefined,
): boolean {
  const a = had.figure.places;
  if (sentence === undefined || !had.sentences.has(sentence)) return false;
  if (a.length === 0 || f.places.length === 0) return false;
  return !f.places.some((p) => a.some((q) => q.ar === p.ar));
}
