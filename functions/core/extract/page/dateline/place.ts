/**
 * The place a dateline opens with: one to three words joined by spaces only, then a
 * separator (or a date with none before it). Words that can never start a place (verbs of
 * saying, connectives, page labels) rule the line out at once.
 */
import { words } from "../../lexicon/index.ts";
import type { Token } from "../../text/tokenize.ts";
import type { Reading } from "./reading.ts";
import { isDash, skipSpaces } from "./scan.ts";

const MAX_PLACE_WORDS = 3;
const MAX_PLACE_CHARS = 32;

/** First words that can never start a place: page labels and verbs of saying, bare or behind «و». */
const NOT_PLACE = words("media", "not-place");
const notPlace = (norm: string) =>
  NOT_PLACE.has(norm) || (norm.startsWith("و") && NOT_PLACE.has(norm.slice(1)));

/**
 * Reads the place at the start of the line into `r` (start, placeEnd, dateNext). False when
 * the line does not open with one.
 */
export function readPlace(r: Reading): boolean {
  const { lead, tokens } = r;
  const first = tokens[0];
  if (!first || first.start > 2 || /^[0-9]/.test(first.norm)) return false;
  if (notPlace(first.norm)) return false;
  const h = shrinkToSeparator(r, placeWords(lead, tokens));
  if (h < 1) return false;
  const placeEnd = (tokens[h - 1] as Token).end;
  const place = lead.slice(first.start, placeEnd);
  if (place.length > MAX_PLACE_CHARS || /[0-9]/.test(place)) return false;
  r.start = first.start;
  r.placeEnd = placeEnd;
  return true;
}

/** The place: up to three words joined by spaces only, then a separator. Returns the count. */
function placeWords(lead: string, tokens: readonly Token[]): number {
  let h = 1;
  while (h < tokens.length && h < MAX_PLACE_WORDS) {
    const prev = tokens[h - 1] as Token;
    const t = tokens[h] as Token;
    if (/^[0-9]/.test(t.norm) || lead.slice(prev.end, t.start).trim() !== "") break;
    h++;
  }
  return h;
}

/**
 * Shrink the place until a separator follows it, or a date with no separator before it
 * («عمان 4 آب (بترا)-», «رام الله 12-5-2021 وفا-»: then the date must be there, and
 * `r.dateNext` says so). Returns the place's word count, 0 when no count fits.
 */
function shrinkToSeparator(r: Reading, words: number): number {
  const { lead, limit, tokens } = r;
  let h = words;
  for (; h >= 1; h--) {
    const last = tokens[h - 1] as Token;
    const k = skipSpaces(lead, last.end, limit);
    const c = lead[k] ?? "";
    if (isDash(c) || c === ":" || c === "،" || c === "," || c === "(" || c === "/") break;
    if (k > last.end && c >= "0" && c <= "9") {
      r.dateNext = true;
      break;
    }
  }
  return h;
}
