/**
 * One name, one reading per document. The tagger labels each sentence on its own evidence
 * (pass 2 sees the first pass's labels of nearby words, but not its own), so a name it
 * recognised in one sentence can stand unlabelled, cut short or under another type a few
 * sentences on: «أنوش أنصاري» is a person in one sentence and only «أنصاري» in the next;
 * «مارادونا» is a person once and an organisation twice. Within DOC_WINDOW sentences either
 * side, the same words are taken to name the same thing, so two repairs run after tagging:
 *
 *  1. propagate — words that spell a name labelled nearby (the same words, a conjunction or
 *     preposition aside: «وستودهام» after «ستودهام») get its label when they stand
 *     unlabelled, or when only part of them is labelled (the cut-short «أنصاري» becomes
 *     «أنوش أنصاري» again). Two labelled names side by side are joined only when they were
 *     labelled as one name nearby: the evidence is the document's, not a rule about adjacency
 *     («استفزازات ماتيراتزي لزيدان» names two men);
 *  2. vote — a name labelled with different types nearby takes the type it has most often
 *     (ties keep the label it has).
 *
 * Margins: a propagated word takes the margin of the most confident span it copies, so a
 * reader that keeps only confident spans keeps the copy exactly when it keeps the source.
 * MISC spans are voted on but never copied (their class is too loose to spread).
 *
 * Cost: the tagger hands over each word's key from its lexicon, so a word costs one map
 * lookup; a sentence nothing changes in is returned as it came.
 */
import { normalizeArabic } from "../normalize.ts";
import { LABELS } from "./decoder.ts";
import { bareStem, DOC_WINDOW } from "./features.ts";
import type { TagResult } from "./tagger.ts";

/** Longest run of words that is compared with the names nearby. */
const MAX_COPY = 4;

/** Per label index: its entity type ("" for O) and whether it begins a span. */
const TYPE_OF = LABELS.map((l) => (l === "O" ? "" : l.slice(2)));
const BEGINS = LABELS.map((l) => l.startsWith("B-"));
const B_OF = new Map(LABELS.map((l, i) => [l.slice(2), i] as const).filter(([, i]) => BEGINS[i]));
const I_OF = new Map(LABELS.map((l, i) => [l.slice(2), i] as const).filter(([, i]) => !BEGINS[i]));
const O = LABELS.indexOf("O");

interface Span {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** What one name's spans in one sentence say: how often each type, and its best margin. */
interface Tally {
  readonly count: Map<string, number>;
  readonly confidence: Map<string, number>;
}

/** The key of a word from its clitic analysis: the article is kept, other clitics dropped. */
export function keyFromStem(stem: { readonly clitic: string; readonly bare: string }): string {
  return stem.clitic.endsWith("ال") || stem.clitic.endsWith("لل") ? `ال${stem.bare}` : stem.bare;
}

/**
 * The form two mentions of a word share: normalised, conjunction and preposition off, the
 * article kept («بالمشهد» is «المشهد», the scene, never «مشهد», Mashhad).
 */
export function mentionKey(word: string): string {
  return keyFromStem(bareStem(normalizeArabic(word) || word));
}

/** The spans of a label path (BIO; an I- after another type opens a span, as in scoring). */
function spansOf(path: Int32Array): Span[] {
  const out: Span[] = [];
  let type = "";
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    const y = i < path.length ? (path[i] as number) : O;
    const ty = TYPE_OF[y] ?? "";
    const begins = BEGINS[y] === true || (ty !== "" && ty !== type);
    if (type !== "" && (ty === "" || begins)) out.push({ start, end: i, type });
    if (ty === "") type = "";
    else if (begins) {
      type = ty;
      start = i;
    }
  }
  return out;
}

function keyOf(keys: readonly string[], start: number, end: number): string {
  let key = keys[start] ?? "";
  for (let i = start + 1; i < end; i++) key += ` ${keys[i] ?? ""}`;
  return key;
}

/**
 * The document's labelled names, by key and sentence. Lookups cost the same however often a
 * name recurs (a 1 MB line of one repeated name is one sentence with one tally).
 */
class Names {
  private readonly byKey = new Map<string, Map<number, Tally>>();
  /** Keys read with more than one type somewhere in the document (only these can be outvoted). */
  private readonly mixed = new Set<string>();
  private readonly firstType = new Map<string, string>();
  /** First word's key → the most words a name starting with it has. */
  readonly longest = new Map<string, number>();

  add(s: number, keys: readonly string[], sp: Span, confidence: number): void {
    const key = keyOf(keys, sp.start, sp.end);
    let perSentence = this.byKey.get(key);
    if (!perSentence) {
      perSentence = new Map();
      this.byKey.set(key, perSentence);
      this.firstType.set(key, sp.type);
    } else if (this.firstType.get(key) !== sp.type) {
      this.mixed.add(key);
    }
    let tally = perSentence.get(s);
    if (!tally) {
      tally = { count: new Map(), confidence: new Map() };
      perSentence.set(s, tally);
    }
    tally.count.set(sp.type, (tally.count.get(sp.type) ?? 0) + 1);
    tally.confidence.set(sp.type, Math.max(tally.confidence.get(sp.type) ?? 0, confidence));
    const first = keys[sp.start] ?? "";
    this.longest.set(first, Math.max(this.longest.get(first) ?? 0, sp.end - sp.start));
  }

  isMixed(key: string): boolean {
    return this.mixed.has(key);
  }

  /** The tallies of `key` within `window` sentences of s, merged (null if none). */
  near(key: string, s: number, window: number): Tally | null {
    const perSentence = this.byKey.get(key);
    if (!perSentence) return null;
    const merged: Tally = { count: new Map(), confidence: new Map() };
    const take = (t: Tally) => {
      for (const [type, n] of t.count) merged.count.set(type, (merged.count.get(type) ?? 0) + n);
      for (const [type, c] of t.confidence) {
        merged.confidence.set(type, Math.max(merged.confidence.get(type) ?? 0, c));
      }
    };
    if (perSentence.size <= 2 * window + 1) {
      for (const [t, tally] of perSentence) if (Math.abs(t - s) <= window) take(tally);
    } else {
      for (let t = s - window; t <= s + window; t++) {
        const tally = perSentence.get(t);
        if (tally) take(tally);
      }
    }
    return merged.count.size > 0 ? merged : null;
  }
}

/** The most frequent type (ties: `keep` if it is among the tied, else the first counted). */
function majority(tally: Tally, keep: string | null): string {
  let best = keep ?? "";
  let top = keep === null ? 0 : (tally.count.get(keep) ?? 0);
  for (const [type, n] of tally.count) {
    if (n > top) {
      best = type;
      top = n;
    }
  }
  return best;
}

/** Do the len words from i form exactly one labelled span (nothing to copy)? */
function isOneSpan(path: Int32Array, i: number, len: number): boolean {
  const b = path[i] as number;
  if (!BEGINS[b]) return false;
  const inside = I_OF.get(TYPE_OF[b] ?? "");
  for (let k = i + 1; k < i + len; k++) if (path[k] !== inside) return false;
  return true;
}

function startsInside(path: Int32Array, i: number): boolean {
  return i < path.length && !BEGINS[path[i] as number] && path[i] !== O;
}

function namesOf(
  keys: readonly (readonly string[])[],
  paths: readonly Int32Array[],
  margins: readonly Float64Array[],
  copyable: boolean,
): Names {
  const names = new Names();
  paths.forEach((path, s) => {
    const m = margins[s] as Float64Array;
    for (const sp of spansOf(path)) {
      if (copyable && sp.type === "MISC") continue;
      let confidence = Number.POSITIVE_INFINITY;
      for (let i = sp.start; i < sp.end; i++) confidence = Math.min(confidence, m[i] ?? 0);
      names.add(s, keys[s] ?? [], sp, confidence);
    }
  });
  return names;
}

/** mentionKey of every word, for callers that hold words rather than the tagger's lexicon. */
export function mentionKeys(sentences: readonly (readonly string[])[]): string[][] {
  return sentences.map((ws) => ws.map(mentionKey));
}

/**
 * The two repairs over one document's tagging: `keys[s][i]` is mentionKey of word i of
 * sentence s, results in sentence order. The input is not changed; a sentence nothing changes
 * in comes back as the same object.
 */
export function harmonise(
  keys: readonly (readonly string[])[],
  results: readonly TagResult[],
  window = DOC_WINDOW,
): TagResult[] {
  const paths = results.map((r) => r.path);
  const margins = results.map((r) => r.margins);
  const changed = new Set<number>();
  const edit = (s: number) => {
    if (!changed.has(s)) {
      changed.add(s);
      paths[s] = Int32Array.from(paths[s] as Int32Array);
      margins[s] = Float64Array.from(margins[s] as Float64Array);
    }
    return { path: paths[s] as Int32Array, margin: margins[s] as Float64Array };
  };
  const label = (s: number, start: number, end: number, type: string) => {
    const { path } = edit(s);
    const b = B_OF.get(type) ?? O;
    const inside = I_OF.get(type) ?? O;
    for (let i = start; i < end; i++) path[i] = i === start ? b : inside;
  };

  // 1. propagate
  const known = namesOf(keys, paths, margins, true);
  if (known.longest.size > 0) {
    paths.forEach((_, s) => {
      const ks = keys[s] ?? [];
      for (let i = 0; i < ks.length; i++) {
        const longest = known.longest.get(ks[i] ?? "");
        if (longest === undefined) continue;
        const path = paths[s] as Int32Array;
        if (startsInside(path, i)) continue;
        for (let len = Math.min(longest, MAX_COPY, ks.length - i); len >= 1; len--) {
          if (startsInside(path, i + len) || isOneSpan(path, i, len)) continue;
          const tally = known.near(keyOf(ks, i, i + len), s, window);
          if (!tally) continue;
          const type = majority(tally, null);
          label(s, i, i + len, type);
          edit(s).margin.fill(tally.confidence.get(type) ?? 0, i, i + len);
          i += len - 1;
          break;
        }
      }
    });
  }

  // 2. vote
  const all = namesOf(keys, paths, margins, false);
  paths.forEach((path, s) => {
    const ks = keys[s] ?? [];
    for (const sp of spansOf(path)) {
      const key = keyOf(ks, sp.start, sp.end);
      if (!all.isMixed(key)) continue;
      const tally = all.near(key, s, window);
      const type = tally ? majority(tally, sp.type) : sp.type;
      if (type !== sp.type) label(s, sp.start, sp.end, type);
    }
  });

  return results.map((r, s) => {
    if (!changed.has(s)) return r;
    const path = paths[s] as Int32Array;
    return {
      tags: Array.from(path, (y) => LABELS[y] ?? "O"),
      path,
      margins: margins[s] as Float64Array,
    };
  });
}
