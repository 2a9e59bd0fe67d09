/**
 * Word analysis: everything the features need to know about one word (normal form, stem,
 * shape, cue class, name-list and cluster entries, gazetteer roles, value hashes), computed
 * once per distinct word and cached, so the per-token feature code only reads fields.
 */
import { normalizeArabic } from "../text/normalize.ts";
import { type Word, wordOf } from "../text/words.ts";
import { bareStem } from "./clitics.ts";
import { CUE_ID, cueOf } from "./cues.ts";
import { gazetteerView } from "./gazetteer-view.ts";
import { fnv } from "./hash.ts";
import type { NameLists } from "./name-lists.ts";
import { lenBucket, shapeOf, startsArabic } from "./word-shape.ts";

/** Everything the features need to know about one word, computed once per distinct word. */
export interface WordInfo {
  readonly raw: string;
  readonly norm: string;
  /** The normalised word's shared record of memoised answers (gazetteer starts…). */
  readonly word: Word;
  /** The normalised word without conjunction, preposition+article or article. */
  readonly bare: string;
  /** What was stripped to get `bare` ("" for nothing). */
  readonly clitic: string;
  readonly shape: string;
  readonly len: string;
  readonly cue: string;
  /** The cue class as a small number: 0 for none, then CUES order. */
  readonly cueId: number;
  /** Name-list features of the normalised form and of the bare stem. */
  readonly lists: readonly string[];
  /** Word-cluster ids («a12» coarse, «b140» fine; «B…» when only the bare stem has one). */
  readonly clusters: readonly string[];
  /** Where the word occurs in gazetteer names («person:first»…). */
  readonly gazWord: readonly string[];
  /** Can a gazetteer name start at this word (an Arabic word some name begins with)? */
  readonly startsName: boolean;
  /** Value hashes for context conjunctions (fnv of norm, bare, cue, shape, clitic, lists). */
  readonly hNorm: number;
  readonly hBare: number;
  readonly hCue: number;
  readonly hShape: number;
  readonly hClitic: number;
  /** Clitic + last letter: «ال…ي» marks a nisba adjective (الروسي، الفرنسي). */
  readonly hNisba: number;
  readonly hLists: readonly number[];
  /**
   * Training only: the word does not occur outside this sentence's fold, so its identity
   * features are withheld (as they are missing for a new word at run time) and the model learns
   * to read unknown words from their letters and context.
   */
  readonly unknown: boolean;
}

/** The sentence padding: words of their own, with no stem, shape, cue or lists. */
export const BOS = "<s>";
export const EOS = "</s>";

/**
 * The name lists by kind, keyed by the bare word, each value already carrying the prefix its
 * feature uses («n|قال» → ["nO10"] under n). Analysing a new word then costs lookups by the word
 * itself: no key string to build and hash per kind, no feature string per list entry.
 */
interface ListsByKind {
  readonly n: ReadonlyMap<string, readonly string[]>;
  readonly b: ReadonlyMap<string, readonly string[]>;
  readonly w: ReadonlyMap<string, readonly string[]>;
  readonly wb: ReadonlyMap<string, readonly string[]>;
  readonly k: ReadonlyMap<string, readonly string[]>;
  readonly kB: ReadonlyMap<string, readonly string[]>;
}

const listsByKindOf = new WeakMap<NameLists, ListsByKind>();

function listsByKind(lists: NameLists): ListsByKind {
  const hit = listsByKindOf.get(lists);
  if (hit) return hit;
  // Value lists repeat (a few hundred distinct): one prefixed array each, shared.
  const shared = new Map<string, readonly string[]>();
  const prefixed = (prefix: string, values: readonly string[]) => {
    const key = `${prefix}\u0001${values.join(",")}`;
    let out = shared.get(key);
    if (out === undefined) {
      out = values.map((v) => `${prefix}${v}`);
      shared.set(key, out);
    }
    return out;
  };
  const n = new Map<string, readonly string[]>();
  const b = new Map<string, readonly string[]>();
  const w = new Map<string, readonly string[]>();
  const wb = new Map<string, readonly string[]>();
  const k = new Map<string, readonly string[]>();
  const kB = new Map<string, readonly string[]>();
  for (const [key, values] of lists) {
    const word = key.slice(2);
    switch (key.slice(0, 2)) {
      case "n|":
        n.set(word, prefixed("n", values));
        break;
      case "b|":
        b.set(word, prefixed("b", values));
        break;
      case "w|":
        w.set(word, prefixed("w", values));
        wb.set(word, prefixed("wb", values));
        break;
      case "k|":
        k.set(word, prefixed("", values));
        kB.set(word, prefixed("B", values));
        break;
    }
  }
  const out = { n, b, w, wb, k, kB };
  listsByKindOf.set(lists, out);
  return out;
}

const NONE: readonly string[] = [];

/** A word analyser bound to one set of name lists, with its own cache. */
export function makeAnalyzer(
  lists: NameLists,
  known?: ReadonlySet<string>,
): (raw: string) => WordInfo {
  const cache = new Map<string, WordInfo>();
  const byKind = listsByKind(lists);
  const gazetteer = gazetteerView(lists);
  return (raw: string): WordInfo => {
    const hit = cache.get(raw);
    if (hit) return hit;
    const pad = raw === BOS || raw === EOS;
    const norm = pad ? raw : normalizeArabic(raw) || raw;
    const { clitic, bare } = pad ? { clitic: "", bare: raw } : bareStem(norm);
    const l: string[] = [];
    for (const f of byKind.n.get(norm) ?? NONE) l.push(f);
    for (const f of byKind.b.get(bare) ?? NONE) l.push(f);
    for (const f of byKind.w.get(norm) ?? NONE) l.push(f);
    if (bare !== norm) for (const f of byKind.wb.get(bare) ?? NONE) l.push(f);
    let clusters = byKind.k.get(norm) ?? NONE;
    if (clusters.length === 0 && bare !== norm) clusters = byKind.kB.get(bare) ?? NONE;
    const gazWord = pad ? [] : [...gazetteer.rolesOf(norm)];
    if (!pad && bare !== norm) for (const r of gazetteer.rolesOf(bare)) gazWord.push(`b${r}`);
    const shape = pad ? raw : shapeOf(raw);
    const cue = pad ? "" : cueOf(norm, bare);
    const word = wordOf(norm);
    const info: WordInfo = {
      raw,
      norm,
      word,
      bare,
      clitic,
      shape,
      len: pad ? "0" : lenBucket(norm.length),
      cue,
      cueId: CUE_ID.get(cue) ?? 0,
      lists: l,
      clusters,
      gazWord,
      startsName: !pad && startsArabic(norm) && gazetteer.mayStart(norm),
      hNorm: fnv(norm),
      hBare: fnv(bare),
      hCue: fnv(cue),
      hShape: fnv(shape),
      hClitic: fnv(clitic),
      hNisba: fnv(`${clitic}|${norm.slice(-1)}`),
      hLists: l.map((f) => fnv(f)),
      unknown: !pad && known !== undefined && !known.has(norm),
    };
    if (cache.size >= 100_000) cache.clear();
    cache.set(raw, info);
    return info;
  };
}
