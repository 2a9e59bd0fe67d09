/**
 * The gazetteer scan: at each token the longest reading the context accepts (or, in the
 * second scan, the surname of someone the article named in full) becomes a mention, and the
 * scan moves on past it. Longest match left to right, so a name is never read inside another.
 */

import { type Candidate, candidatesAt, type GazEntity } from "../gazetteer/index.ts";
import type { Cue } from "../gazetteer/lines.ts";
import { cliticForms } from "../text/normalize.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import { splitsOf } from "../text/words.ts";
import { accept, type LastEnds } from "./cues.ts";
import { type Mention, surfaceOf } from "./mention.ts";
import { isDefinite } from "./name-words.ts";
import { placeNisba } from "./surnames.ts";

export interface ScanOptions {
  readonly seen: ReadonlySet<string> | null;
  readonly surnames: ReadonlyMap<string, GazEntity> | null;
  /** "para:token" keys a gazetteer reading may not cover (another person's full name). */
  readonly blocked?: ReadonlySet<string>;
}

/** Gazetteer readings at token i of paragraph p. */
export type CandidateReader = (p: number, i: number) => readonly Candidate[];

/**
 * The gazetteer readings of one article's tokens, each position read at most once: both scans
 * ask for the same positions, and the answer depends only on the tokens.
 */
export function candidateReader(
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
): CandidateReader {
  const memo: (readonly Candidate[] | undefined)[][] = paras.map(() => []);
  return (p, i) => {
    const row = memo[p] as (readonly Candidate[] | undefined)[];
    let found = row[i];
    if (found === undefined) {
      found = candidatesAt(paras[p] ?? "", tokens[p] ?? [], i);
      row[i] = found;
    }
    return found;
  };
}

/** The reading taken at a token: where it ends, whose it is, and how it was written. */
interface Best {
  end: number;
  entity: GazEntity;
  clitic: string;
  stem: string;
  cue: Cue | null;
}

/** What one scan reads every paragraph with, and where its mentions go. */
interface ScanContext {
  readonly candidates: CandidateReader;
  readonly opts: ScanOptions;
  readonly surnameHeads: ReadonlySet<string>;
  readonly out: Mention[];
}

export function scan(
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
  candidates: CandidateReader,
  opts: ScanOptions,
): Mention[] {
  const out: Mention[] = [];
  const ctx: ScanContext = { candidates, opts, surnameHeads: surnameHeadsOf(opts.surnames), out };
  paras.forEach((text, p) => {
    scanParagraph(ctx, text, p, tokens[p] ?? []);
  });
  return out;
}

/**
 * Every written form (clitics included) of the first words of the document's surname keys:
 * most tokens are rejected with one lookup.
 */
function surnameHeadsOf(surnames: ReadonlyMap<string, GazEntity> | null): Set<string> {
  const surnameHeads = new Set<string>();
  for (const key of surnames?.keys() ?? []) {
    for (const form of cliticForms(key.split(" ")[0] ?? "")) surnameHeads.add(form);
  }
  return surnameHeads;
}

/** One paragraph, left to right: the reading taken at each token, then past its end. */
function scanParagraph(ctx: ScanContext, text: string, p: number, toks: readonly Token[]): void {
  const { opts, surnameHeads } = ctx;
  const lastEnd: LastEnds = { place: -1, club: -1 };
  let i = 0;
  while (i < toks.length) {
    let best = gazetteerReading(ctx.candidates(p, i), toks, i, opts.seen, lastEnd);
    if (opts.surnames && surnameHeads.size > 0 && surnameHeads.has(toks[i]?.norm ?? "")) {
      best = surnameReading(text, toks, i, opts.surnames, best);
    }
    if (best && opts.blocked && opts.blocked.size > 0 && covers(opts.blocked, p, i, best.end)) {
      best = null;
    }
    if (!best) {
      i++;
      continue;
    }
    const first = toks[i];
    const last = toks[best.end - 1];
    if (first && last) {
      ctx.out.push({
        entity: best.entity,
        para: p,
        start: first.start,
        end: last.end,
        tokStart: i,
        tokEnd: best.end,
        surface: surfaceOf(text, toks, i, best.end, best.clitic, best.stem),
      });
      if (best.entity.type === "place") lastEnd.place = best.end;
      if (best.cue === "club") lastEnd.club = best.end;
    }
    i = best.end;
  }
}

/** The longest gazetteer reading at token i with a hit the context accepts. */
function gazetteerReading(
  candidates: readonly Candidate[],
  toks: readonly Token[],
  i: number,
  seen: ReadonlySet<string> | null,
  lastEnd: LastEnds,
): Best | null {
  for (const c of candidates) {
    const hit = c.hits.find((h) => accept(h, toks, i, c, seen, lastEnd));
    if (hit) {
      return { end: c.end, entity: hit.entity, clitic: c.clitic, stem: c.stem, cue: hit.cue };
    }
  }
  return null;
}

/**
 * A surname (one word or two) or kunya (up to three: «ابو عبد الله») of someone the article
 * named in full, at token i.
 */
function surnameReading(
  text: string,
  toks: readonly Token[],
  i: number,
  surnames: ReadonlyMap<string, GazEntity>,
  best: Best | null,
): Best | null {
  // Document-local surnames beat global readings of the same length.
  const t0 = toks[i];
  if (!t0) return best;
  const tails = surnameTails(text, toks, i);
  for (let len = tails.length; len >= 1; len--) {
    if (best && best.end - i > len) break;
    const tail = tails[len - 1] ?? "";
    const split = splitsOf(t0).find((s) => surnames.has(s.stem + tail));
    const person = split && surnames.get(split.stem + tail);
    if (!split || !person) continue;
    // «الشطر التركي»: after a definite noun, a family name that is a place's adjective
    // («التركي», «المصري») is that adjective.
    const before = toks[i - 1];
    if (len === 1 && before && isDefinite(before) && placeNisba(t0.norm)) continue;
    return { end: i + len, entity: person, clitic: split.clitic, stem: split.stem, cue: null };
  }
  return best;
}

/** The words after token i that a surname or kunya of one, two or three words would add. */
function surnameTails(text: string, toks: readonly Token[], i: number): string[] {
  const tails = [""];
  for (let k = i + 1; k < i + 3; k++) {
    const t = toks[k];
    const prev = toks[k - 1];
    if (!t || !prev || !adjacent(text, prev, t)) break;
    tails.push(`${tails[tails.length - 1]} ${t.norm}`);
  }
  return tails;
}

/** Does any token of [i, end) in paragraph p have a key in `blocked`? */
function covers(blocked: ReadonlySet<string>, p: number, i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (blocked.has(`${p}:${k}`)) return true;
  return false;
}
