/**
 * One name, one reading per document. The tagger labels each sentence on its own evidence
 * (pass 2 sees the first pass's labels of nearby words, but not its own), so a name it
 * recognised in one sentence can stand unlabelled, split in two, or under another type a few
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
 */
import { normalizeArabic } from "../normalize.ts";
import { labelIndex } from "./decoder.ts";
import { bareStem, DOC_WINDOW } from "./features.ts";
import type { TagResult } from "./tagger.ts";

/** Longest run of unlabelled words that is compared with the names nearby. */
const MAX_COPY = 4;

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

const keyCache = new Map<string, string>();

/**
 * The form two mentions of a word share: normalised, conjunction and preposition off, the
 * article kept («بالمشهد» is «المشهد», the scene, never «مشهد», Mashhad).
 */
export function mentionKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    const { clitic, bare } = bareStem(normalizeArabic(word) || word);
    key = clitic.endsWith("ال") || clitic.endsWith("لل") ? `ال${bare}` : bare;
    if (keyCache.size >= 100_000) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

/** The spans of a label path (BIO; an I- after another type opens a span, as in scoring). */
function spansOf(tags: readonly string[]): Span[] {
  const out: Span[] = [];
  let type = "";
  let start = 0;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? (tags[i] ?? "O") : "O";
    const ty = t === "O" ? "" : t.slice(2);
    const begins = t.startsWith("B-") || (ty !== "" && ty !== type);
    if (type !== "" && (ty === "" || begins)) out.push({ start, end: i, type });
    if (ty === "") type = "";
    else if (begins) {
      type = ty;
      start = i;
    }
  }
  return out;
}

function keyOf(words: readonly string[], start: number, end: number): string {
  let key = mentionKey(words[start] ?? "");
  for (let i = start + 1; i < end; i++) key += ` ${mentionKey(words[i] ?? "")}`;
  return key;
}

function label(tags: string[], start: number, end: number, type: string): void {
  for (let i = start; i < end; i++) tags[i] = `${i === start ? "B" : "I"}-${type}`;
}

/**
 * The document's labelled names, by key and sentence. Lookups cost the same however often a
 * name recurs (a 1 MB line of one repeated name is one sentence with one tally).
 */
class Names {
  private readonly byKey = new Map<string, Map<number, Tally>>();
  /** First word's key → the most words a name starting with it has. */
  readonly longest = new Map<string, number>();

  add(s: number, words: readonly string[], sp: Span, confidence: number): void {
    const key = keyOf(words, sp.start, sp.end);
    let perSentence = this.byKey.get(key);
    if (!perSentence) {
      perSentence = new Map();
      this.byKey.set(key, perSentence);
    }
    let tally = perSentence.get(s);
    if (!tally) {
      tally = { count: new Map(), confidence: new Map() };
      perSentence.set(s, tally);
    }
    tally.count.set(sp.type, (tally.count.get(sp.type) ?? 0) + 1);
    tally.confidence.set(sp.type, Math.max(tally.confidence.get(sp.type) ?? 0, confidence));
    const first = mentionKey(words[sp.start] ?? "");
    this.longest.set(first, Math.max(this.longest.get(first) ?? 0, sp.end - sp.start));
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
function isOneSpan(t: readonly string[], i: number, len: number): boolean {
  if (!t[i]?.startsWith("B-")) return false;
  const inside = `I-${t[i]?.slice(2)}`;
  for (let k = i + 1; k < i + len; k++) if (t[k] !== inside) return false;
  return true;
}

function namesOf(
  sentences: readonly (readonly string[])[],
  spans: readonly Span[][],
  margins: readonly Float64Array[],
  keep: (sp: Span) => boolean,
): Names {
  const names = new Names();
  spans.forEach((list, s) => {
    const m = margins[s] as Float64Array;
    for (const sp of list) {
      if (!keep(sp)) continue;
      let confidence = Number.POSITIVE_INFINITY;
      for (let i = sp.start; i < sp.end; i++) confidence = Math.min(confidence, m[i] ?? 0);
      names.add(s, sentences[s] ?? [], sp, confidence);
    }
  });
  return names;
}

/**
 * The two repairs over one document's tagging (results in sentence order; the input is not
 * changed). Pure: the same sentences and labels give the same output.
 */
export function harmonise(
  sentences: readonly (readonly string[])[],
  results: readonly TagResult[],
  window = DOC_WINDOW,
): TagResult[] {
  const tags = results.map((r) => [...r.tags]);
  const margins = results.map((r) => Float64Array.from(r.margins));

  // 1. propagate
  const known = namesOf(sentences, tags.map(spansOf), margins, (sp) => sp.type !== "MISC");
  if (known.longest.size > 0) {
    tags.forEach((t, s) => {
      const words = sentences[s] ?? [];
      for (let i = 0; i < t.length; i++) {
        if (t[i]?.startsWith("I-")) continue;
        const longest = Math.min(known.longest.get(mentionKey(words[i] ?? "")) ?? 0, MAX_COPY);
        for (let len = Math.min(longest, t.length - i); len >= 1; len--) {
          if (t[i + len]?.startsWith("I-") || isOneSpan(t, i, len)) continue;
          const tally = known.near(keyOf(words, i, i + len), s, window);
          if (!tally) continue;
          const type = majority(tally, null);
          label(t, i, i + len, type);
          (margins[s] as Float64Array).fill(tally.confidence.get(type) ?? 0, i, i + len);
          i += len - 1;
          break;
        }
      }
    });
  }

  // 2. vote
  const spans = tags.map(spansOf);
  const all = namesOf(sentences, spans, margins, () => true);
  spans.forEach((list, s) => {
    const words = sentences[s] ?? [];
    for (const sp of list) {
      const tally = all.near(keyOf(words, sp.start, sp.end), s, window);
      const type = tally ? majority(tally, sp.type) : sp.type;
      if (type !== sp.type) label(tags[s] as string[], sp.start, sp.end, type);
    }
  });

  return tags.map((t, s) => ({
    tags: t,
    path: Int32Array.from(t, (x) => labelIndex(x)),
    margins: margins[s] as Float64Array,
  }));
}
