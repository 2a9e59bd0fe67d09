/**
 * Counts written in a text: digits in any script (ASCII, Arabic-Indic ٠-٩, Persian ۰-۹) with
 * thousands separators (1,200 / ١٬٢٠٠ / 1.200) and decimals before a scale word (1.5 مليون,
 * ١٫٥ مليون), and Arabic number words, including compounds:
 *
 *   ثلاثة، خمسة عشر، واحد وعشرون، مئة وخمسون، مئتان، ثلاثمئة / ثلاث مئة، ألف، ألفين،
 *   ثلاثة آلاف، خمسة عشر ألفا، مئة ألف، مليون، مليونا، ثلاثة ملايين، ألف ومئتان…
 *
 * and digits with a scale and a remainder, as tolls are written: «34 ألفا و683» (34,683).
 *
 * and the vague plurals عشرات / مئات / آلاف (also «عشرات الآلاف», «مئات الآلاف»).
 *
 * CONVENTION for the vague plurals: the count is the LOWER BOUND of what the word can mean
 * (عشرات → 10, مئات → 100, آلاف → 1000, عشرات الآلاف → 10000) and `vague` is true; the
 * figure reader turns that into the qualifier "more_than" ("tens of" is more than ten). The
 * number is never guessed upward.
 *
 * Ordinals (الثالث، الخامس عشر، العشرين) are NOT numbers: no table here holds them, and a
 * word with the article is never read as a cardinal (clitics ≤ 2 letters only: و، ف، ب، ل، ك).
 *
 * The words and their values are lexicon/numbers.json (class "numbers"); the tables are built
 * once at module load; reading is a bounded look-ahead of a few tokens.
 */
import { table, words } from "../lexicon/index.ts";
import type { Token } from "./tokenize.ts";
import { perWord, splitsOf } from "./words.ts";

export interface NumberRead {
  readonly value: number;
  /** Index of the token after the number. */
  readonly end: number;
  /** عشرات / مئات / آلاف: `value` is the lower bound. */
  readonly vague: boolean;
}

/**
 * Largest count believed as a count: more is a phone number, a year run, a typo or a lie.
 * Numbers are still read beyond it, so a figure that large is kept as written, with a note,
 * rather than silently lost (figures.ts sets it aside).
 */
export const MAX_COUNT = 100_000_000;

/** Cardinals 1–10, in every case and gender. */
const UNITS = table<number>("numbers", "units");
/** «عشر/عشرة» after a unit makes a teen: خمسة عشر = 15. */
const TEEN = words("numbers", "teen");
const TENS = table<number>("numbers", "tens");
/** Hundreds written as one word (مئة، مئتان، ثلاثمئة، تسعمائة…), in both spellings. */
const HUNDREDS = table<number>("numbers", "hundreds");
/** The word «مئة» after a unit written apart: «ثلاث مئة». */
const HUNDRED_WORD = words("numbers", "hundred-word");

/** Scale words: the number before them is multiplied; alone they are one (or two) of them. */
interface Scale {
  readonly factor: number;
  /** The value of the word standing alone («ألف» = 1000, «ألفان» = 2000), or null (آلاف). */
  readonly alone: number | null;
}
const SCALES = table<Scale>("numbers", "scales");

/** Vague plurals and their lower bounds (with or without the article: «المئات من القتلى»). */
const VAGUE = table<number>("numbers", "vague");
/** «عشرات الآلاف»: the plural of thousands after a vague word multiplies it. */
const VAGUE_SCALE = table<number>("numbers", "vague-scale");

/** Every word a number can start with: most tokens are rejected on one Set lookup. */
const FIRST_WORDS = new Set<string>();
for (const map of [UNITS, TENS, HUNDREDS, SCALES, VAGUE] as const) {
  for (const k of map.keys()) FIRST_WORDS.add(k);
}
/** First code units of those words, or of a clitic in front of them. */
const INITIALS = new Set<number>();
for (const k of FIRST_WORDS) INITIALS.add(k.charCodeAt(0));
for (const c of "وفبلك") INITIALS.add(c.charCodeAt(0));

/** A token's number-word readings, with no clitic or a short one (و، ف، ب، ل، ك). */
const NONE: readonly string[] = [];
const numberStems = perWord((norm, word): readonly string[] => {
  const out: string[] = [];
  for (const c of splitsOf({ norm, word })) {
    if (c.clitic.length <= 2 && FIRST_WORDS.has(c.stem)) out.push(c.stem);
  }
  return out.length > 0 ? out : NONE;
});

/** The token's stem after a conjunction «و» (attached «وعشرون», or a separate «و» token). */
function afterAnd(tokens: readonly Token[], i: number): { stem: string; at: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.norm === "و") {
    const n = tokens[i + 1];
    return n ? { stem: n.norm, at: i + 1 } : null;
  }
  if (t.norm.length > 2 && t.norm.charCodeAt(0) === 0x0648) return { stem: t.norm.slice(1), at: i };
  return null;
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Below one hundred, starting exactly at token i with the given first stem. */
function belowHundred(
  tokens: readonly Token[],
  i: number,
  first: string,
): { value: number; end: number } | null {
  const tens = TENS.get(first);
  if (tens !== undefined) return { value: tens, end: i + 1 };
  const unit = UNITS.get(first);
  if (unit === undefined) return null;
  const next = tokens[i + 1]?.norm ?? "";
  if (unit < 10 && TEEN.has(next)) return { value: unit + 10, end: i + 2 };
  if (unit < 10) {
    const and = afterAnd(tokens, i + 1);
    const t = and ? TENS.get(and.stem) : undefined;
    if (and && t !== undefined) return { value: unit + t, end: and.at + 1 };
  }
  return { value: unit, end: i + 1 };
}

/** Below one thousand: hundreds, optionally «و» + the rest, or just below a hundred. */
function belowThousand(
  tokens: readonly Token[],
  i: number,
  first: string,
): { value: number; end: number } | null {
  let hundreds = HUNDREDS.get(first);
  let end = i + 1;
  if (hundreds === undefined) {
    const unit = UNITS.get(first);
    // «ثلاث مئة» written apart.
    if (
      unit !== undefined &&
      unit >= 3 &&
      unit <= 9 &&
      HUNDRED_WORD.has(tokens[i + 1]?.norm ?? "")
    ) {
      hundreds = unit * 100;
      end = i + 2;
    }
  }
  if (hundreds === undefined) return belowHundred(tokens, i, first);
  const and = afterAnd(tokens, end);
  if (and) {
    const rest = belowHundred(tokens, and.at, and.stem);
    if (rest) return { value: hundreds + rest.value, end: rest.end };
  }
  return { value: hundreds, end };
}

/** A scale word at token i («آلاف», «ألفا», «مليون»…), with or without a short clitic. */
function scaleAt(tokens: readonly Token[], i: number): Scale | undefined {
  const t = tokens[i];
  return t ? SCALES.get(t.norm) : undefined;
}

/**
 * The «و» + smaller number after a scale: «ألف ومئتان», «مليون وخمسمئة ألف», and in digits
 * «34 ألفا و683» (how tolls are written: 34,683).
 */
/** «نصف» (half), after «و» and a scale word. */
const HALF = "نصف";

function andRest(
  tokens: readonly Token[],
  end: number,
  below: number,
): { value: number; end: number } | null {
  const and = afterAnd(tokens, end);
  if (!and) return null;
  // «مليون ونصف (مليون)», «ثلاثة آلاف ونصف»: half the scale.
  if (and.stem === HALF) {
    const again = scaleAt(tokens, and.at + 1);
    return { value: below / 2, end: and.at + (again ? 2 : 1) };
  }
  const small =
    isDigits(and.stem) && and.stem.length <= 6
      ? { value: Number(and.stem), end: and.at + 1 }
      : belowThousand(tokens, and.at, and.stem);
  if (!small) return null;
  let value = small.value;
  let stop = small.end;
  const sc = scaleAt(tokens, stop);
  if (sc && sc.factor < below && sc.factor >= 1000) {
    value *= sc.factor === 2000 ? 1000 : sc.factor;
    stop++;
  } else if (sc) {
    // «34 ألفا و77 ألف جريح»: a second count of the same scale, not the remainder.
    return null;
  }
  return value < below ? { value, end: stop } : null;
}

function wordsAt(tokens: readonly Token[], i: number, first: string): NumberRead | null {
  // A scale word alone: «ألف», «ألفين», «مليون» (then maybe «و» + the rest).
  const alone = SCALES.get(first);
  if (alone && alone.alone !== null) {
    let value = alone.alone;
    let end = i + 1;
    const rest = andRest(tokens, end, alone.factor >= 1_000_000 ? 1_000_000 : 1000);
    if (rest) {
      value += rest.value;
      end = rest.end;
    }
    return { value, end, vague: false };
  }
  const small = belowThousand(tokens, i, first);
  if (!small) return null;
  let value = small.value;
  let end = small.end;
  const sc = scaleAt(tokens, end);
  if (sc && value > 0) {
    // «ثلاثة آلاف», «خمسة عشر ألفا», «مئة ألف», «ثلاثة ملايين».
    value *= sc.factor >= 1_000_000 ? 1_000_000 : 1000;
    end++;
    const rest = andRest(tokens, end, value >= 1_000_000 ? 1_000_000 : 1000);
    if (rest) {
      value += rest.value;
      end = rest.end;
    }
  }
  return { value, end, vague: false };
}

/** Digits at token i, with separators, decimals before a scale, and a trailing scale word. */
function digitsAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  norm: string,
): NumberRead | null {
  if (norm.length > 12) return null;
  let value = Number(norm);
  let end = i + 1;
  let decimals = false;
  // Thousands separators: 1,200 / 1٬200 / 1.200 / 1,200,000.
  for (let groups = 0; groups < 3; groups++) {
    const prev = tokens[end - 1];
    const next = tokens[end];
    if (!prev || !next || next.norm.length !== 3 || !isDigits(next.norm)) break;
    if (next.start - prev.end !== 1 || !",٬.’'".includes(text[prev.end] ?? "x")) break;
    value = value * 1000 + Number(next.norm);
    end++;
  }
  // A decimal before a scale word: 1.5 مليون, ١٫٥ مليون, 2,5 ألف.
  if (end === i + 1) {
    const prev = tokens[i];
    const next = tokens[i + 1];
    if (
      prev &&
      next &&
      next.norm.length <= 2 &&
      isDigits(next.norm) &&
      next.start - prev.end === 1 &&
      ".,٫".includes(text[prev.end] ?? "x") &&
      scaleAt(tokens, i + 2)
    ) {
      value = Number(`${norm}.${next.norm}`);
      end = i + 2;
      decimals = true;
    }
  }
  const sc = scaleAt(tokens, end);
  if (sc) {
    const factor = sc.factor >= 1_000_000 ? 1_000_000 : 1000;
    value *= factor;
    end++;
    const rest = decimals ? null : andRest(tokens, end, factor);
    if (rest && rest.value > 0) {
      value += rest.value;
      end = rest.end;
    }
  } else if (decimals) return null;
  value = Math.round(value);
  return value > 0 ? { value, end, vague: false } : null;
}

/**
 * Does a count ending in this word (normalised) take its noun in the accusative singular
 * («خمسة عشر جنديا», «عشرون مدنيا»)? The last word of 11–99: «عشر/عشرة» or a tens word.
 */
export function endsAccusativeCount(norm: string): boolean {
  return TEEN.has(norm) || TENS.has(norm);
}

/**
 * The number starting at token i, or null. A leading conjunction or preposition is allowed
 * («وخمسة», «بثلاثة»); the article is not (that would be an ordinal or «the five»). The value
 * may exceed MAX_COUNT: whether to believe it is the caller's call.
 */
export function readNumber(text: string, tokens: readonly Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (!t) return null;
  const c0 = t.norm.charCodeAt(0);
  if (c0 >= 0x30 && c0 <= 0x39) return isDigits(t.norm) ? digitsAt(text, tokens, i, t.norm) : null;
  if (!INITIALS.has(c0)) return null;
  for (const stem of numberStems(t)) {
    const vague = VAGUE.get(stem);
    if (vague !== undefined) {
      // «عشرات الآلاف», «مئات الآلاف»: the lower bound scales too.
      const sc = VAGUE_SCALE.get(tokens[i + 1]?.norm ?? "");
      if (sc !== undefined && vague < 1000) return { value: vague * sc, end: i + 2, vague: true };
      return { value: vague, end: i + 1, vague: true };
    }
    const r = wordsAt(tokens, i, stem);
    if (r && r.value > 0) return r;
  }
  return null;
}
