/**
 * Names fused by scraping: a page that drops the space between words turns «الولايات المتحدة»
 * into «الولاياتالمتحدة», which no list or tagger knows. A word that is two adjacent words of
 * a listed name written together (behind «و», «ف» or «ب» too) is read as those words, the
 * longest known split first, the whole word read as words of names («الولاياتالمتحدةالأمريكية»).
 * Name particles («عبدالله», «أبوظبي») are not split: written together is a spelling of its
 * own. Only the tokens change: the text is shown as written.
 */
import { normalizeArabic } from "../text/normalize.ts";
import { type Token, tokenize } from "../text/tokenize.ts";
import { eachNamePair, isKnownWord } from "./index.ts";

/** Shorter parts are too likely to be a word's own letters. */
const MIN_PART = 3;
/** A fused pair is at least this long; shorter letter runs are never tried. */
const MIN_FUSED = 2 * MIN_PART;
const CLITICS = ["", "و", "ف", "ب"] as const;
/** The most words one fused run is read as. */
const MAX_WORDS = 4;

interface FusedIndex {
  /** Fused form (normalised) → length of its first word (normalised). */
  readonly pairs: ReadonlyMap<string, number>;
  /** The first MIN_FUSED letters of every fused form: most words are turned away by one look-up. */
  readonly heads: ReadonlySet<string>;
}

let built: FusedIndex | null = null;

/** Built on first use: the gazetteer's name pairs. */
function fusedIndex(): FusedIndex {
  if (built) return built;
  const pairs = new Map<string, number>();
  eachNamePair((first, second, particle) => {
    if (particle || first.length < MIN_PART || second.length < MIN_PART) return;
    const fused = first + second;
    if (!isKnownWord(fused) && !pairs.has(fused)) pairs.set(fused, first.length);
  });
  built = { pairs, heads: new Set([...pairs.keys()].map((k) => k.slice(0, MIN_FUSED))) };
  return built;
}

/** Can a word whose letters start at `from` be a fused name at all? */
function mayBeFused(norm: string, from: number): boolean {
  return fusedIndex().heads.has(norm.slice(from, from + MIN_FUSED));
}

/** Where in `raw` the normalised prefix reaches `n` letters (diacritics fall where they may). */
function rawIndex(raw: string, n: number): number {
  for (let i = 1; i <= raw.length; i++) if (normalizeArabic(raw.slice(0, i)).length === n) return i;
  return -1;
}

/**
 * Where a normalised letter run splits into the words of listed names (offsets, in order), or
 * null: the whole run is a fused pair, or a pair starts it and its second word on splits too.
 */
function splits(norm: string, depth: number): number[] | null {
  const { pairs } = fusedIndex();
  const whole = pairs.get(norm);
  if (whole !== undefined) return [whole];
  if (depth >= MAX_WORDS - 2) return null;
  for (let end = norm.length - MIN_PART; end >= MIN_FUSED; end--) {
    const first = pairs.get(norm.slice(0, end));
    if (first === undefined) continue;
    const rest = splits(norm.slice(first), depth + 1);
    if (rest) return [first, ...rest.map((at) => at + first)];
  }
  return null;
}

/** The words that passed the first look-up, with their cuts (a bounded memo). */
const candidates = new Map<string, readonly number[] | null>();
const CLITIC_LETTERS = new Set<string>(CLITICS.filter((c) => c !== ""));

/**
 * Where a word (normalised) splits into the words of listed names, behind its clitic: the
 * normalised offsets, or null.
 */
function fusedCuts(norm: string): readonly number[] | null {
  // Most words start no fused pair at all: one or two look-ups, no memo to grow.
  if (!mayBeFused(norm, 0) && !(CLITIC_LETTERS.has(norm.charAt(0)) && mayBeFused(norm, 1))) {
    return null;
  }
  let cuts = candidates.get(norm);
  if (cuts === undefined) {
    cuts = null;
    for (const clitic of CLITICS) {
      if (!norm.startsWith(clitic) || !mayBeFused(norm, clitic.length)) continue;
      const at = splits(norm.slice(clitic.length), 0);
      if (at) {
        cuts = at.map((n) => clitic.length + n);
        break;
      }
    }
    if (candidates.size > 10_000) candidates.clear();
    candidates.set(norm, cuts);
  }
  return cuts;
}

/** A fused token as the tokens of its words, over the same letters (no space is added). */
function splitToken(t: Token, at: readonly number[]): Token[] | null {
  const cuts = at.map((n) => rawIndex(t.text, n));
  if (cuts.some((c) => c <= 0)) return null;
  const out: Token[] = [];
  for (const [i, from] of [0, ...cuts].entries()) {
    const to = cuts[i] ?? t.text.length;
    const [part] = tokenize(t.text.slice(from, to));
    if (!part) return null;
    out.push({ ...part, start: t.start + from, end: t.start + to });
  }
  return out;
}

/**
 * The tokens with every fused name read as its words: «الولاياتالمتحدة» is two tokens over
 * the same letters, so names match while the text stays as written.
 */
export function splitFusedTokens(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const at = t.norm.length >= MIN_FUSED ? fusedCuts(t.norm) : null;
    const parts = at ? splitToken(t, at) : null;
    // Most paragraphs have no fused name: their token array is returned as it is.
    if (parts) out ??= tokens.slice(0, i);
    if (out) out.push(...(parts ?? [t]));
  }
  return out ?? tokens;
}
