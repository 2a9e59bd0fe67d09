/**
 * What links two mentions of a word across a document for the second pass: its bare stem,
 * unless the word is too short, not Arabic or too common; and how many sentences either side
 * the link reaches.
 */
import { normalizeArabic } from "../text/normalize.ts";
import { bareStem } from "./clitics.ts";

/** Sentences either side whose first-pass labels inform the second pass. */
export const DOC_WINDOW = 15;

/** Words too common to link mentions across a document. */
const DOC_STOP = new Set(
  "في من الي علي عن مع ان او ثم قد لا ما هذا هذه ذلك التي الذي الذين كان كانت بين عند بعد قبل حيث كما انه انها اليوم امس قال وقال".split(
    " ",
  ),
);

const docKeyCache = new Map<string, string | null>();

/** The key that links two mentions of a word in one document: its bare stem (or null). */
export function docKey(word: string): string | null {
  const hit = docKeyCache.get(word);
  if (hit !== undefined) return hit;
  const key = computeDocKey(word);
  if (docKeyCache.size >= 100_000) docKeyCache.clear();
  docKeyCache.set(word, key);
  return key;
}

function computeDocKey(word: string): string | null {
  const norm = normalizeArabic(word);
  return docKeyOf(norm, bareStem(norm).bare);
}

/** docKey of a word already analysed: from its normalised form and its bare stem. */
export function docKeyOf(norm: string, bare: string): string | null {
  if (!/^[\u0621-\u064A]{3,}$/.test(norm)) return null;
  if (bare.length < 3 || DOC_STOP.has(bare) || DOC_STOP.has(norm)) return null;
  return bare;
}
